"""events: partial indexes for the two consumers, none on occurred_at

Every submission writes an event (``feedback.submitted``) that the webhook relay and the
notification outbox each mark as taken (``dispatched_at``, ``notified_at``). Both updates
change an indexed column, so neither can be HOT: each new row version entered all six
indexes — 18 index entries per event. The consumers' indexes become partial on ``seq``,
holding only the events still to take: a taken event leaves the index instead of entering
it again. The index on ``occurred_at`` goes: only the daily prune filters on it (a scan of
the table once a day). An event now enters five indexes and its versions four and three.

Revision ID: 0023_partial_event_indexes
Revises: 0022_unit_read_versions
Create Date: 2026-11-30 01:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0023_partial_event_indexes"
down_revision: str | Sequence[str] | None = "0022_unit_read_versions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _where(condition: str) -> dict[str, sa.TextClause]:
    return {"postgresql_where": sa.text(condition), "sqlite_where": sa.text(condition)}


def upgrade() -> None:
    op.drop_index("ix_events_undispatched", table_name="events")
    op.drop_index("ix_events_unnotified", table_name="events")
    op.drop_index("ix_events_occurred_at", table_name="events")
    op.create_index("ix_events_undispatched", "events", ["seq"], **_where("dispatched_at IS NULL"))
    op.create_index("ix_events_unnotified", "events", ["seq"], **_where("notified_at IS NULL"))


def downgrade() -> None:
    op.drop_index("ix_events_undispatched", table_name="events")
    op.drop_index("ix_events_unnotified", table_name="events")
    op.create_index("ix_events_undispatched", "events", ["dispatched_at", "seq"])
    op.create_index("ix_events_unnotified", "events", ["notified_at", "seq"])
    op.create_index("ix_events_occurred_at", "events", ["occurred_at"])
