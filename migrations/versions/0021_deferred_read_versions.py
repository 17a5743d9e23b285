"""deferred_read_versions: bump a plan's read version at commit, not at the write

0019's triggers upserted the plan's ``read_versions`` row as each change row was written, so
the row stayed locked until the writer committed: a second transaction writing the same plan
waited for the first, and two transactions writing two plans in opposite orders could
deadlock. On PostgreSQL the triggers become constraint triggers ``DEFERRABLE INITIALLY
DEFERRED``: they run in the commit step of the writing transaction, so the row is locked only
for the duration of that commit (still in the same transaction, so the version changes
exactly when the data does). SQLite has one writer at a time; nothing changes there.

Revision ID: 0021_deferred_read_versions
Revises: 0019_read_aggregates
Create Date: 2026-11-29 15:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0021_deferred_read_versions"
down_revision: str | Sequence[str] | None = "0019_read_aggregates"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS read_versions_plan ON sync_changes")
    op.execute("DROP TRIGGER IF EXISTS read_versions_units ON units")
    op.execute(
        "CREATE CONSTRAINT TRIGGER read_versions_plan AFTER INSERT ON sync_changes "
        "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
        "WHEN (NEW.plan_id IS NOT NULL) EXECUTE FUNCTION read_versions_bump_plan()"
    )
    # Constraint triggers are per row; units change rarely (an admin's edit or an import).
    op.execute(
        "CREATE CONSTRAINT TRIGGER read_versions_units AFTER INSERT OR UPDATE OR DELETE ON units "
        "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION read_versions_bump_units()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS read_versions_plan ON sync_changes")
    op.execute("DROP TRIGGER IF EXISTS read_versions_units ON units")
    op.execute(
        "CREATE TRIGGER read_versions_plan AFTER INSERT ON sync_changes FOR EACH ROW "
        "WHEN (NEW.plan_id IS NOT NULL) EXECUTE FUNCTION read_versions_bump_plan()"
    )
    op.execute(
        "CREATE TRIGGER read_versions_units AFTER INSERT OR UPDATE OR DELETE ON units "
        "FOR EACH STATEMENT EXECUTE FUNCTION read_versions_bump_units()"
    )
