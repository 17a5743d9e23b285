"""notifications.email_message_id: the Message-ID an e-mail is sent (and re-sent) under

- ``notifications.email_message_id``: set when a worker claims the notification for
  sending, before anything reaches the SMTP server, and kept: a retry after a crash sends
  the same e-mail under the same Message-ID, so a duplicate is recognisable as one (see
  ``plandesk.notifications.email``). Null until first claimed. No data moves.

Revision ID: 0020_reminder_sets
Revises: 0013_synthesis_published
Create Date: 2026-11-29 11:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0020_reminder_sets"
down_revision: str | Sequence[str] | None = "0013_synthesis_published"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("notifications", sa.Column("email_message_id", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.drop_column("email_message_id")
