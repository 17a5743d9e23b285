"""The change log the sync feed reads: one row per insert, update or delete of a synced table.

Rows are written by database triggers (migration ``0015_sync``), never by application
code, so every write path — ORM flushes, Core ``UPDATE``s that recompute dates, ``ON
DELETE CASCADE`` — records its change in the same transaction, and a deletion leaves
its tombstone (``op = 'D'``) with the scope keys the row had (plan, unit, parent, user).

``txid`` is the PostgreSQL transaction id of the change (``pg_current_xact_id()``): the
feed's watermark is the oldest transaction still running when a sync starts, so a
change that commits late is never skipped (docs/adr/0015-sync.md). On SQLite, where
writers are serialised, ``seq`` is in commit order and ``txid`` stays empty.
"""

from __future__ import annotations

import uuid

from sqlalchemy import BigInteger, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from plandesk.core.db import Base

SequenceId = BigInteger().with_variant(Integer(), "sqlite")


class SyncChange(Base):
    __tablename__ = "sync_changes"
    __table_args__ = (
        Index("ix_sync_changes_txid", "txid"),
        Index("ix_sync_changes_changed_at", "changed_at"),
        # AUTOINCREMENT on SQLite: a seq is never reused after the newest rows are pruned.
        {"sqlite_autoincrement": True},
    )

    seq: Mapped[int] = mapped_column(SequenceId, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(32))
    object_id: Mapped[uuid.UUID]
    # I(nsert), U(pdate), D(elete)
    op: Mapped[str] = mapped_column(String(1))
    plan_id: Mapped[uuid.UUID | None]
    unit_id: Mapped[uuid.UUID | None]
    # The object this one hangs on when that decides its scope (an assignment's task).
    parent_id: Mapped[uuid.UUID | None]
    # The one user an object belongs to (notifications).
    user_id: Mapped[uuid.UUID | None]
    txid: Mapped[int | None] = mapped_column(BigInteger)
    # Unix seconds, the database's clock: what retention prunes by.
    changed_at: Mapped[int] = mapped_column(BigInteger)
