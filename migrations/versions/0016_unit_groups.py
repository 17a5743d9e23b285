"""unit groups, not pseudo-units: tasks addressed to a group, member assignments, pseudo-units migrated

Revision ID: 0016_unit_groups
Revises: 0014_reports_jobs
Create Date: 2026-11-29 08:05:00

Schema: ``tasks.lead_unit_id`` becomes nullable, ``tasks.lead_group_id`` (the unit group a
task is addressed to) and ``tasks.awaiting_members`` are added, and ``task_groups`` records
the groups each task is addressed to (``lead``) or supported by (``support``).

Data — every *pseudo-unit* becomes a group. A pseudo-unit is a unit whose name the plan
importer recognises as a group (``plandesk.importer.units.is_group``: "Các huyện ủy, thị
ủy …", "UBND các huyện …", "… cấp huyện") and to which no user belongs. For each one:

1. the unit group with the same normalised name (``importer.units.unit_key``) is used, or
   one is created with the unit's name; if it has no members, the active units nested
   under the pseudo-unit (``parent_id``) become its members;
2. a task the pseudo-unit led is addressed to the group (``lead_unit_id`` null,
   ``lead_group_id`` set, a ``lead`` link); a task it supported gets a ``support`` link;
3. the pseudo-unit's own assignments go: one nobody ever reported on or urged is deleted;
   one with history is kept as ``cancelled`` (so it counts nowhere, and its history stays);
4. every member of the group gets its assignment on the tasks the group leads (role
   ``member``; a member that already supported such a task — the old importer gave the
   members ``support`` assignments — is switched to ``member`` and keeps its progress) and
   a ``support`` assignment on those it supports;
5. the tasks' derived status, percent and summary are recomputed; a task addressed to a
   group without members is ``awaiting_members`` (never counted late);
6. the pseudo-unit is deleted — or, when something else still refers to it (a kept
   assignment, a consultation, a unit report, a feedback meeting), deactivated and taken
   out of every group.

Downgrade drops the new columns and table; it does not recreate pseudo-units (tasks
addressed to a group get their first member — or nothing — as lead is not attempted:
downgrading refuses while such tasks exist).
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0016_unit_groups"
down_revision: str | Sequence[str] | None = "0014_reports_jobs"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.alter_column("lead_unit_id", existing_type=sa.Uuid(), nullable=True)
        batch_op.add_column(sa.Column("lead_group_id", sa.Uuid(), nullable=True))
        batch_op.add_column(
            sa.Column("awaiting_members", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.create_index(batch_op.f("ix_tasks_lead_group_id"), ["lead_group_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_tasks_lead_group_id_unit_groups"),
            "unit_groups",
            ["lead_group_id"],
            ["id"],
            ondelete="RESTRICT",
        )
    op.create_table(
        "task_groups",
        sa.Column("task_id", sa.Uuid(), nullable=False),
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.Column("role", sa.String(length=8), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["unit_groups.id"],
            name=op.f("fk_task_groups_group_id_unit_groups"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"], ["tasks.id"], name=op.f("fk_task_groups_task_id_tasks"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("task_id", "group_id", name=op.f("pk_task_groups")),
    )
    with op.batch_alter_table("task_groups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_groups_group_id"), ["group_id"], unique=False)
    migrate_pseudo_units(op.get_bind())


def downgrade() -> None:
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT count(*) FROM tasks WHERE lead_unit_id IS NULL")).scalar():
        raise RuntimeError("tasks are addressed to unit groups: give each a lead unit before downgrading")
    with op.batch_alter_table("task_groups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_task_groups_group_id"))
    op.drop_table("task_groups")
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_tasks_lead_group_id_unit_groups"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_tasks_lead_group_id"))
        batch_op.drop_column("awaiting_members")
        batch_op.drop_column("lead_group_id")
        batch_op.alter_column("lead_unit_id", existing_type=sa.Uuid(), nullable=False)


# --- the data migration ----------------------------------------------------------------

_m = sa.MetaData()
units = sa.Table(
    "units",
    _m,
    sa.Column("id", sa.Uuid()),
    sa.Column("name", sa.String()),
    sa.Column("parent_id", sa.Uuid()),
    sa.Column("active", sa.Boolean()),
    sa.Column("version", sa.Integer()),
)
users = sa.Table("users", _m, sa.Column("id", sa.Uuid()), sa.Column("unit_id", sa.Uuid()))
groups = sa.Table(
    "unit_groups",
    _m,
    sa.Column("id", sa.Uuid()),
    sa.Column("name", sa.String()),
    sa.Column("name_folded", sa.String()),
    sa.Column("description", sa.String()),
    sa.Column("version", sa.Integer()),
    sa.Column("created_at", sa.DateTime(timezone=True)),
    sa.Column("updated_at", sa.DateTime(timezone=True)),
)
members = sa.Table(
    "unit_group_members", _m, sa.Column("group_id", sa.Uuid()), sa.Column("unit_id", sa.Uuid())
)
tasks = sa.Table(
    "tasks",
    _m,
    sa.Column("id", sa.Uuid()),
    sa.Column("plan_id", sa.Uuid()),
    sa.Column("lead_unit_id", sa.Uuid()),
    sa.Column("lead_group_id", sa.Uuid()),
    sa.Column("due_date", sa.Date()),
    sa.Column("status", sa.String()),
    sa.Column("percent", sa.Integer()),
    sa.Column("completed_on", sa.Date()),
    sa.Column("assignment_summary", sa.JSON().with_variant(postgresql.JSONB(), "postgresql")),
    sa.Column("awaiting_members", sa.Boolean()),
)
task_groups = sa.Table(
    "task_groups",
    _m,
    sa.Column("task_id", sa.Uuid()),
    sa.Column("group_id", sa.Uuid()),
    sa.Column("role", sa.String()),
)
assignments = sa.Table(
    "assignments",
    _m,
    sa.Column("id", sa.Uuid()),
    sa.Column("task_id", sa.Uuid()),
    sa.Column("plan_id", sa.Uuid()),
    sa.Column("unit_id", sa.Uuid()),
    sa.Column("role", sa.String()),
    sa.Column("due_date", sa.Date()),
    sa.Column("status", sa.String()),
    sa.Column("percent", sa.Integer()),
    sa.Column("completed_on", sa.Date()),
    sa.Column("version", sa.Integer()),
    sa.Column("created_at", sa.DateTime(timezone=True)),
    sa.Column("updated_at", sa.DateTime(timezone=True)),
)
progress_updates = sa.Table("progress_updates", _m, sa.Column("assignment_id", sa.Uuid()))
urges = sa.Table("urges", _m, sa.Column("assignment_id", sa.Uuid()))
# Tables that keep a unit from being deleted (it is deactivated instead).
_REFERRERS = (
    ("consultations", "lead_unit_id"),
    ("feedback_meetings", "unit_id"),
    ("unit_reports", "unit_id"),
)


def _derive(rows: list[tuple[str, int, object]]) -> tuple[str, int, object]:
    """The task's (status, percent, completed_on): the rule of ``tasks.progress.derive_progress``."""
    active = [r for r in rows if r[0] != "cancelled"]
    if not rows:
        return "not_started", 0, None
    if not active:
        return "cancelled", 0, None
    percent = round(sum(r[1] for r in active) / len(active))
    statuses = {r[0] for r in active}
    if statuses == {"done"}:
        return "done", 100, max((r[2] for r in active if r[2] is not None), default=None)  # type: ignore[type-var]
    if "blocked" in statuses:
        return "blocked", percent, None
    if statuses & {"in_progress", "done"} or percent > 0:
        return "in_progress", percent, None
    return "not_started", percent, None


def _refresh_task(bind: sa.Connection, task_id: uuid.UUID, lead_group_id: uuid.UUID | None) -> None:
    rows = bind.execute(
        sa.select(
            assignments.c.unit_id,
            assignments.c.role,
            assignments.c.status,
            assignments.c.percent,
            assignments.c.completed_on,
        )
        .where(assignments.c.task_id == task_id)
        .order_by(assignments.c.role, assignments.c.created_at, assignments.c.id)
    ).all()
    status, percent, completed_on = _derive([(r.status, r.percent, r.completed_on) for r in rows])
    bind.execute(
        tasks.update()
        .where(tasks.c.id == task_id)
        .values(
            status=status,
            percent=percent,
            completed_on=completed_on,
            awaiting_members=lead_group_id is not None and not any(r.role == "member" for r in rows),
            assignment_summary=[
                {"unit_id": str(r.unit_id), "role": r.role, "status": r.status, "percent": r.percent}
                for r in rows
            ],
        )
    )


def migrate_pseudo_units(bind: sa.Connection) -> int:
    """Turn every pseudo-unit into a unit group (the rule in the module docstring); how many."""
    from plandesk.core.db import utcnow
    from plandesk.core.text import fold
    from plandesk.importer.units import is_group, unit_key

    staffed = {r for (r,) in bind.execute(sa.select(users.c.unit_id).where(users.c.unit_id.is_not(None)))}
    pseudo = [
        u
        for u in bind.execute(sa.select(units.c.id, units.c.name))
        if is_group(u.name) and u.id not in staffed
    ]
    if not pseudo:
        return 0
    existing_groups = {unit_key(g.name): g.id for g in bind.execute(sa.select(groups.c.id, groups.c.name))}
    now = utcnow()
    for unit in pseudo:
        group_id = existing_groups.get(unit_key(unit.name))
        if group_id is None:
            group_id = uuid.uuid4()
            bind.execute(
                groups.insert().values(
                    id=group_id,
                    name=unit.name,
                    name_folded=fold(unit.name),
                    description="Migrated from the unit of the same name (0016_unit_groups)",
                    version=1,
                    created_at=now,
                    updated_at=now,
                )
            )
            existing_groups[unit_key(unit.name)] = group_id
        member_ids = [
            r
            for (r,) in bind.execute(sa.select(members.c.unit_id).where(members.c.group_id == group_id))
            if r != unit.id
        ]
        if not member_ids:
            member_ids = [
                r
                for (r,) in bind.execute(
                    sa.select(units.c.id).where(units.c.parent_id == unit.id, units.c.active.is_(True))
                )
            ]
            for m in member_ids:
                bind.execute(members.insert().values(group_id=group_id, unit_id=m))
        active_members = (
            set(
                bind.execute(
                    sa.select(units.c.id).where(units.c.id.in_(member_ids), units.c.active.is_(True))
                )
                .scalars()
                .all()
            )
            if member_ids
            else set()
        )
        ordered_members = [m for m in member_ids if m in active_members]

        # 2. tasks it led or supported → addressed to / supported by the group.
        led = bind.execute(
            sa.select(tasks.c.id, tasks.c.plan_id, tasks.c.due_date).where(tasks.c.lead_unit_id == unit.id)
        ).all()
        supported = bind.execute(
            sa.select(tasks.c.id, tasks.c.plan_id, tasks.c.due_date)
            .join(assignments, assignments.c.task_id == tasks.c.id)
            .where(assignments.c.unit_id == unit.id, assignments.c.role != "lead")
        ).all()
        touched: dict[uuid.UUID, uuid.UUID | None] = {}
        for task, role in [*((t, "lead") for t in led), *((t, "support") for t in supported)]:
            if role == "lead":
                bind.execute(
                    tasks.update()
                    .where(tasks.c.id == task.id)
                    .values(lead_unit_id=None, lead_group_id=group_id)
                )
            linked = bind.execute(
                sa.select(task_groups.c.role).where(
                    task_groups.c.task_id == task.id, task_groups.c.group_id == group_id
                )
            ).scalar()
            if linked is None:
                bind.execute(task_groups.insert().values(task_id=task.id, group_id=group_id, role=role))
            # 4. every member owes its share.
            have = {
                r.unit_id: r
                for r in bind.execute(
                    sa.select(assignments.c.id, assignments.c.unit_id, assignments.c.role).where(
                        assignments.c.task_id == task.id
                    )
                )
            }
            member_role = "member" if role == "lead" else "support"
            for m in ordered_members:
                if m in have:
                    if role == "lead" and have[m].role == "support":
                        bind.execute(
                            assignments.update().where(assignments.c.id == have[m].id).values(role="member")
                        )
                    continue
                bind.execute(
                    assignments.insert().values(
                        id=uuid.uuid4(),
                        task_id=task.id,
                        plan_id=task.plan_id,
                        unit_id=m,
                        role=member_role,
                        due_date=task.due_date,
                        status="not_started",
                        percent=0,
                        version=1,
                        created_at=now,
                        updated_at=now,
                    )
                )
            touched[task.id] = group_id if role == "lead" else touched.get(task.id)

        # 3. its own assignments: deleted, or cancelled when they have a history.
        kept = False
        for a in bind.execute(sa.select(assignments.c.id).where(assignments.c.unit_id == unit.id)).all():
            history = (
                bind.execute(
                    sa.select(sa.func.count())
                    .select_from(progress_updates)
                    .where(progress_updates.c.assignment_id == a.id)
                ).scalar()
                or bind.execute(
                    sa.select(sa.func.count()).select_from(urges).where(urges.c.assignment_id == a.id)
                ).scalar()
            )
            if history:
                kept = True
                bind.execute(
                    assignments.update()
                    .where(assignments.c.id == a.id)
                    .values(status="cancelled", role="support")
                )
            else:
                bind.execute(assignments.delete().where(assignments.c.id == a.id))

        # 5. derived task fields.
        for task_id in touched:
            lead_group = bind.execute(sa.select(tasks.c.lead_group_id).where(tasks.c.id == task_id)).scalar()
            _refresh_task(bind, task_id, lead_group)

        # 6. the pseudo-unit itself.
        bind.execute(members.delete().where(members.c.unit_id == unit.id))
        referred = kept or any(
            bind.execute(
                sa.select(sa.func.count())
                .select_from(sa.table(table, sa.column(column, sa.Uuid())))
                .where(sa.column(column, sa.Uuid()) == unit.id)
            ).scalar()
            for table, column in _REFERRERS
            if sa.inspect(bind).has_table(table)
        )
        if referred:
            bind.execute(units.update().where(units.c.id == unit.id).values(active=False))
        else:
            bind.execute(units.update().where(units.c.parent_id == unit.id).values(parent_id=None))
            bind.execute(units.delete().where(units.c.id == unit.id))
    return len(pseudo)
