"""a consultation's synthesis published for everyone to read

- ``consultations.synthesis_published_at``: when the coordinator published the
  synthesis (counts by state, group, channel and section) on the public page; null
  while it is not published. No data moves.

Revision ID: 0013_synthesis_published
Revises: 0012_notifications
Create Date: 2026-11-29 08:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

import plandesk.core.db
from alembic import op

revision: str = "0013_synthesis_published"
down_revision: str | Sequence[str] | None = "0012_notifications"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("consultations", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("synthesis_published_at", plandesk.core.db.UTCDateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("consultations", schema=None) as batch_op:
        batch_op.drop_column("synthesis_published_at")
