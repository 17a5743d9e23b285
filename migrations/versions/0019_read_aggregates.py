"""read_aggregates: per-plan data versions (``read_versions``), bumped by triggers

A plan's dashboard is cached in each process and served while the plan's version is
unchanged. The version is bumped in the writing transaction by a trigger on
``sync_changes`` — which every insert, update and delete of a plan's plans, milestones,
phases, channels, tasks and assignments rows already fills from triggers (0015) — so no
write path can forget it. A version is a random 64-bit number, not a counter: a database
restored from a backup, or a table emptied, cannot bring back a version a process has
cached figures under. Unit names appear on the dashboard too: a trigger on ``units``
bumps the row of the nil UUID, which every dashboard's cache key includes.

Revision ID: 0019_read_aggregates
Revises: 0020_reminder_sets
Create Date: 2026-11-29 11:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019_read_aggregates"
down_revision: str | Sequence[str] | None = "0020_reminder_sets"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_PG_FUNCTIONS = """
CREATE OR REPLACE FUNCTION read_versions_bump_plan() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO read_versions (plan_id, version) VALUES (NEW.plan_id, {random})
    ON CONFLICT (plan_id) DO UPDATE SET version = EXCLUDED.version;
    RETURN NULL;
END
$$
---
CREATE OR REPLACE FUNCTION read_versions_bump_units() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO read_versions (plan_id, version) VALUES ('00000000-0000-0000-0000-000000000000', {random})
    ON CONFLICT (plan_id) DO UPDATE SET version = EXCLUDED.version;
    RETURN NULL;
END
$$
""".replace("{random}", "(random() * 9.0e18)::bigint")

_SQLITE_NIL = "'00000000000000000000000000000000'"  # sa.Uuid's storage on SQLite: 32 hex digits


def upgrade() -> None:
    op.create_table(
        "read_versions",
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("plan_id", name=op.f("pk_read_versions")),
    )
    # Every plan (and the units) starts with a version: a missing row means "not cacheable".
    random = "(random() * 9.0e18)::bigint" if op.get_bind().dialect.name == "postgresql" else "random()"
    op.execute(f"INSERT INTO read_versions (plan_id, version) SELECT id, {random} FROM plans")  # noqa: S608
    nil = (
        "'00000000-0000-0000-0000-000000000000'"
        if op.get_bind().dialect.name == "postgresql"
        else _SQLITE_NIL
    )
    op.execute(f"INSERT INTO read_versions (plan_id, version) VALUES ({nil}, {random})")  # noqa: S608
    if op.get_bind().dialect.name == "postgresql":
        for function in _PG_FUNCTIONS.split("---"):  # asyncpg runs one statement at a time
            op.execute(function)
        op.execute(
            "CREATE TRIGGER read_versions_plan AFTER INSERT ON sync_changes FOR EACH ROW "
            "WHEN (NEW.plan_id IS NOT NULL) EXECUTE FUNCTION read_versions_bump_plan()"
        )
        # Per statement: a bulk rename bumps once.
        op.execute(
            "CREATE TRIGGER read_versions_units AFTER INSERT OR UPDATE OR DELETE ON units "
            "FOR EACH STATEMENT EXECUTE FUNCTION read_versions_bump_units()"
        )
        return
    op.execute(
        "CREATE TRIGGER read_versions_plan AFTER INSERT ON sync_changes WHEN NEW.plan_id IS NOT NULL "
        "BEGIN INSERT INTO read_versions (plan_id, version) VALUES (NEW.plan_id, random()) "
        "ON CONFLICT (plan_id) DO UPDATE SET version = excluded.version; END"
    )
    for event in ("insert", "update", "delete"):
        bump = f"INSERT INTO read_versions (plan_id, version) VALUES ({_SQLITE_NIL}, random())"  # noqa: S608
        op.execute(
            f"CREATE TRIGGER read_versions_units_{event} AFTER {event.upper()} ON units "
            f"BEGIN {bump} ON CONFLICT (plan_id) DO UPDATE SET version = excluded.version; END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS read_versions_plan ON sync_changes")
        op.execute("DROP TRIGGER IF EXISTS read_versions_units ON units")
        op.execute("DROP FUNCTION IF EXISTS read_versions_bump_plan()")
        op.execute("DROP FUNCTION IF EXISTS read_versions_bump_units()")
    else:
        op.execute("DROP TRIGGER IF EXISTS read_versions_plan")
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS read_versions_units_{event}")
    op.drop_table("read_versions")
