"""webhook signing secrets sealed at rest: room for the encrypted form

The API seals secrets still stored in clear when it starts (webhooks/sealing.py); the
migration only widens the columns (it does not know the deployment's key).

Revision ID: 0018_sealed_webhook_secrets
Revises: 0017_plan_coordinators
Create Date: 2026-11-29 08:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0018_sealed_webhook_secrets"
down_revision: str | Sequence[str] | None = "0017_plan_coordinators"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("webhook_endpoints", schema=None) as batch_op:
        batch_op.alter_column(
            "secret", existing_type=sa.String(100), type_=sa.String(400), existing_nullable=False
        )
        batch_op.alter_column(
            "previous_secret", existing_type=sa.String(100), type_=sa.String(400), existing_nullable=True
        )


def downgrade() -> None:
    # Sealed values do not fit the old width: on PostgreSQL the downgrade fails while any
    # is stored (rotate nothing back by hand; restore the backup taken before upgrading).
    with op.batch_alter_table("webhook_endpoints", schema=None) as batch_op:
        batch_op.alter_column(
            "secret", existing_type=sa.String(400), type_=sa.String(100), existing_nullable=False
        )
        batch_op.alter_column(
            "previous_secret", existing_type=sa.String(400), type_=sa.String(100), existing_nullable=True
        )
