"""who coordinates each plan: ``plan_coordinators``

Until now every coordinator counted as coordinating every plan (webhook management,
escalations). The upgrade keeps that for existing plans: each gets every active
coordinator; from now on a coordinator who creates a plan coordinates it, and admins or
the plan's coordinators change the list.

Revision ID: 0017_plan_coordinators
Revises: 0007_events_webhooks
Create Date: 2026-11-29 08:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0017_plan_coordinators"
down_revision: str | Sequence[str] | None = "0007_events_webhooks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "plan_coordinators",
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plans.id"], name=op.f("fk_plan_coordinators_plan_id_plans"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_plan_coordinators_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("plan_id", "user_id", name=op.f("pk_plan_coordinators")),
    )
    op.create_index("ix_plan_coordinators_user_id", "plan_coordinators", ["user_id"], unique=False)
    op.execute(
        "INSERT INTO plan_coordinators (plan_id, user_id) "
        "SELECT plans.id, users.id FROM plans CROSS JOIN users "
        "WHERE users.role = 'coordinator' AND users.active"
    )


def downgrade() -> None:
    op.drop_index("ix_plan_coordinators_user_id", table_name="plan_coordinators")
    op.drop_table("plan_coordinators")
