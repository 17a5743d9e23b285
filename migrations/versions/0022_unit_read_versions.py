"""unit_read_versions: a read version per unit, for the unit's worklist (``/me/assignments``)

A unit's worklist shows its assignments across plans with each task's title and phase. Its
``read_versions`` row (keyed by the unit's id; plan ids and unit ids are both random UUIDs)
is replaced whenever one of those rows changes:

* an assignment inserted, updated or deleted (``ON DELETE CASCADE`` included) bumps its unit
  — both units when an update moves it from one unit to another;
* a task updated bumps every unit that has an assignment on it (title, phase).

On PostgreSQL these are constraint triggers ``DEFERRABLE INITIALLY DEFERRED`` (as 0021): they
run in the writer's commit, so the unit's row is locked only for that commit. A worklist
page is then cached per process under the unit's version (tasks/worklist_cache.py). Every
existing unit gets a row now; a unit without one is not cached until its first assignment.
A later migration that rebuilds ``assignments`` or ``tasks`` on SQLite must recreate these
triggers (as 0015's ``create_triggers``); ``tests/test_migration_unit_read_versions.py``
checks them.

Revision ID: 0022_unit_read_versions
Revises: 0021_deferred_read_versions
Create Date: 2026-11-29 15:30:00
"""

from collections.abc import Sequence

from alembic import op

# ruff: noqa: S608  (every statement below is built from constants of this file, not input)

revision: str = "0022_unit_read_versions"
down_revision: str | Sequence[str] | None = "0021_deferred_read_versions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_PG_RANDOM = "(random() * 9.0e18)::bigint"
_PG_FUNCTIONS = [
    f"""
CREATE OR REPLACE FUNCTION read_versions_bump_assignment_units() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        INSERT INTO read_versions (plan_id, version) VALUES (OLD.unit_id, {_PG_RANDOM})
        ON CONFLICT (plan_id) DO UPDATE SET version = EXCLUDED.version;
    END IF;
    IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.unit_id IS DISTINCT FROM OLD.unit_id) THEN
        INSERT INTO read_versions (plan_id, version) VALUES (NEW.unit_id, {_PG_RANDOM})
        ON CONFLICT (plan_id) DO UPDATE SET version = EXCLUDED.version;
    END IF;
    RETURN NULL;
END
$$
""",
    f"""
CREATE OR REPLACE FUNCTION read_versions_bump_task_units() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO read_versions (plan_id, version)
    SELECT DISTINCT unit_id, {_PG_RANDOM} FROM assignments WHERE task_id = NEW.id
    ON CONFLICT (plan_id) DO UPDATE SET version = EXCLUDED.version;
    RETURN NULL;
END
$$
""",
]

_SQLITE_UPSERT = "ON CONFLICT (plan_id) DO UPDATE SET version = excluded.version"


def upgrade() -> None:
    random = _PG_RANDOM if op.get_bind().dialect.name == "postgresql" else "random()"
    op.execute(f"INSERT INTO read_versions (plan_id, version) SELECT id, {random} FROM units")
    if op.get_bind().dialect.name == "postgresql":
        for function in _PG_FUNCTIONS:
            op.execute(function)
        op.execute(
            "CREATE CONSTRAINT TRIGGER read_versions_assignment_units "
            "AFTER INSERT OR UPDATE OR DELETE ON assignments DEFERRABLE INITIALLY DEFERRED "
            "FOR EACH ROW EXECUTE FUNCTION read_versions_bump_assignment_units()"
        )
        op.execute(
            "CREATE CONSTRAINT TRIGGER read_versions_task_units AFTER UPDATE ON tasks "
            "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION read_versions_bump_task_units()"
        )
        return
    bump_new = (
        f"INSERT INTO read_versions (plan_id, version) VALUES (NEW.unit_id, random()) {_SQLITE_UPSERT};"
    )
    bump_old = (
        f"INSERT INTO read_versions (plan_id, version) VALUES (OLD.unit_id, random()) {_SQLITE_UPSERT};"
    )
    op.execute(
        f"CREATE TRIGGER read_versions_assignment_insert AFTER INSERT ON assignments BEGIN {bump_new} END"
    )
    op.execute(
        f"CREATE TRIGGER read_versions_assignment_delete AFTER DELETE ON assignments BEGIN {bump_old} END"
    )
    op.execute(
        f"CREATE TRIGGER read_versions_assignment_update AFTER UPDATE ON assignments BEGIN {bump_old} {bump_new} END"
    )
    op.execute(
        "CREATE TRIGGER read_versions_task_units AFTER UPDATE ON tasks BEGIN "
        "INSERT INTO read_versions (plan_id, version) "
        "SELECT DISTINCT unit_id, random() FROM assignments WHERE task_id = NEW.id AND true "
        f"{_SQLITE_UPSERT}; END"
    )


def downgrade() -> None:
    op.execute("DELETE FROM read_versions WHERE plan_id IN (SELECT id FROM units)")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS read_versions_assignment_units ON assignments")
        op.execute("DROP TRIGGER IF EXISTS read_versions_task_units ON tasks")
        op.execute("DROP FUNCTION IF EXISTS read_versions_bump_assignment_units()")
        op.execute("DROP FUNCTION IF EXISTS read_versions_bump_task_units()")
        return
    for name in ("assignment_insert", "assignment_delete", "assignment_update", "task_units"):
        op.execute(f"DROP TRIGGER IF EXISTS read_versions_{name}")
