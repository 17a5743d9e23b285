"""sync: the change log (``sync_changes``) and the triggers that fill it

Every insert, update and delete of a synced table writes one ``sync_changes`` row in
the same transaction, from a trigger: no write path can forget it, ``ON DELETE
CASCADE`` included. See docs/adr/0015-sync.md.

A later migration that rebuilds one of these tables on SQLite (``batch_alter_table``
copies and drops the table, and its triggers with it) must recreate its triggers with
:func:`create_triggers`; ``tests/sync/test_triggers.py`` fails when one is missing.

Revision ID: 0015_sync
Revises: 0014_reports_jobs
Create Date: 2026-11-29 07:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_sync"
down_revision: str | Sequence[str] | None = "0014_reports_jobs"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table -> (kind, plan column, unit column, parent column, user column); "" = none.
SYNCED_TABLES: dict[str, tuple[str, str, str, str, str]] = {
    "plans": ("plan", "id", "", "", ""),
    "milestones": ("milestone", "plan_id", "", "", ""),
    "phases": ("phase", "plan_id", "", "", ""),
    "channels": ("channel", "plan_id", "", "", ""),
    "tasks": ("task", "plan_id", "", "", ""),
    "assignments": ("assignment", "plan_id", "unit_id", "task_id", ""),
}

_PG_FUNCTION = """
CREATE OR REPLACE FUNCTION sync_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    j jsonb;
    change_op char(1);
BEGIN
    IF TG_OP = 'DELETE' THEN
        j := to_jsonb(OLD); change_op := 'D';
    ELSIF TG_OP = 'INSERT' THEN
        j := to_jsonb(NEW); change_op := 'I';
    ELSE
        j := to_jsonb(NEW); change_op := 'U';
    END IF;
    INSERT INTO sync_changes (kind, object_id, op, plan_id, unit_id, parent_id, user_id, txid, changed_at)
    VALUES (
        TG_ARGV[0],
        (j->>'id')::uuid,
        change_op,
        NULLIF(j->>TG_ARGV[1], '')::uuid,
        NULLIF(j->>TG_ARGV[2], '')::uuid,
        NULLIF(j->>TG_ARGV[3], '')::uuid,
        NULLIF(j->>TG_ARGV[4], '')::uuid,
        pg_current_xact_id()::text::bigint,
        floor(extract(epoch FROM clock_timestamp()))::bigint
    );
    RETURN NULL;
END
$$
"""


def _sqlite_value(row: str, column: str) -> str:
    return f"{row}.{column}" if column else "NULL"


def create_triggers(table: str) -> None:
    """The change-log triggers of one synced table (both databases)."""
    kind, plan_col, unit_col, parent_col, user_col = SYNCED_TABLES[table]
    if op.get_bind().dialect.name == "postgresql":
        args = ", ".join(f"'{a}'" for a in (kind, plan_col, unit_col, parent_col, user_col))
        op.execute(
            f"CREATE TRIGGER sync_{table}_change AFTER INSERT OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION sync_record_change({args})"
        )
        # An UPDATE that changes nothing records nothing.
        op.execute(
            f"CREATE TRIGGER sync_{table}_update AFTER UPDATE ON {table} "
            f"FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION sync_record_change({args})"
        )
        return
    for event, row, code in (("INSERT", "NEW", "I"), ("UPDATE", "NEW", "U"), ("DELETE", "OLD", "D")):
        values = ", ".join(
            [
                f"'{kind}'",
                f"{row}.id",
                f"'{code}'",
                *(_sqlite_value(row, c) for c in (plan_col, unit_col, parent_col, user_col)),
                "NULL",
                "CAST(strftime('%s', 'now') AS INTEGER)",
            ]
        )
        # Names from SYNCED_TABLES above, not input.
        columns = "kind, object_id, op, plan_id, unit_id, parent_id, user_id, txid, changed_at"
        insert = f"INSERT INTO sync_changes ({columns}) VALUES ({values})"  # noqa: S608
        op.execute(
            f"CREATE TRIGGER sync_{table}_{event.lower()} AFTER {event} ON {table} FOR EACH ROW BEGIN {insert}; END"
        )


def drop_triggers(table: str) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP TRIGGER IF EXISTS sync_{table}_change ON {table}")
        op.execute(f"DROP TRIGGER IF EXISTS sync_{table}_update ON {table}")
        return
    for event in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS sync_{table}_{event}")


def upgrade() -> None:
    op.create_table(
        "sync_changes",
        sa.Column(
            "seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("object_id", sa.Uuid(), nullable=False),
        sa.Column("op", sa.String(length=1), nullable=False),
        sa.Column("plan_id", sa.Uuid(), nullable=True),
        sa.Column("unit_id", sa.Uuid(), nullable=True),
        sa.Column("parent_id", sa.Uuid(), nullable=True),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("txid", sa.BigInteger(), nullable=True),
        sa.Column("changed_at", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_changes")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_sync_changes_changed_at", "sync_changes", ["changed_at"], unique=False)
    op.create_index("ix_sync_changes_txid", "sync_changes", ["txid"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_PG_FUNCTION)
    for table in SYNCED_TABLES:
        create_triggers(table)


def downgrade() -> None:
    for table in SYNCED_TABLES:
        drop_triggers(table)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS sync_record_change()")
    op.drop_index("ix_sync_changes_txid", table_name="sync_changes")
    op.drop_index("ix_sync_changes_changed_at", table_name="sync_changes")
    op.drop_table("sync_changes")
