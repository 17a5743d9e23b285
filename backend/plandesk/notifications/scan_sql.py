"""The reminder scan's statements: what is due, the ledger rows, the notifications, the marks — all in SQL.

``due``: the open assignments with a due date that have no mark, a mark for another due
date (the deadline moved) or a mark whose next reminder day has come, each with what is
due today in its plan's zone — the same arithmetic as :mod:`plandesk.notifications.schedule`
(the *latest* officer offset reached, weekly after the last one while overdue, the
escalation once overdue long enough, the next reminder day). The default offsets are a
CASE on the day count written from ``schedule.DEFAULT_RULES``; a plan with its own rule
row reads its JSON list. Layers are fenced (``OFFSET 0``) so that each expression is
computed once per row rather than copied into every expression that uses it.

``ledger``: ``INSERT INTO reminders … SELECT … FROM due ON CONFLICT DO NOTHING RETURNING``.

``notifications``: from the ledger rows just inserted, one per recipient — the unit's
officers, or for an escalation the plan's coordinators and the unit's head — with their
preferences (language, muted kinds, e-mail mode, quiet hours) and the kinds' texts of
:mod:`plandesk.notifications.kinds` compiled into SQL.

``marks``: the due date planned for and the next reminder day, one upsert.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import (
    CTE,
    ColumnElement,
    Date,
    FromClause,
    Integer,
    Select,
    String,
    Table,
    and_,
    case,
    false,
    func,
    literal,
    not_,
    null,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy import cast as sql_cast
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from plandesk.core.db import date_text, uuid_text
from plandesk.core.policy import Role
from plandesk.notifications.kinds import KINDS
from plandesk.notifications.models import (
    Notification,
    NotificationPreference,
    Reminder,
    ReminderMark,
    ReminderRuleSet,
)
from plandesk.notifications.schedule import DEFAULT_RULES, WEEK
from plandesk.notifications.sqlfn import (
    add_days,
    days_between,
    dmy_text,
    json_flag,
    json_object,
    new_uuid,
    sql_literal,
    uuid_hex,
)
from plandesk.plans.models import Plan, PlanCoordinator
from plandesk.tasks.models import Assignment, Task, still_open
from plandesk.units.models import Unit
from plandesk.users.models import User

REMINDER_KINDS = ("deadline_approaching", "deadline_today", "overdue", "escalation")

A = cast(Table, Assignment.__table__)
M = cast(Table, ReminderMark.__table__)
R = cast(Table, Reminder.__table__)
RR = cast(Table, ReminderRuleSet.__table__)
N = cast(Table, Notification.__table__)
P = cast(Table, Plan.__table__)
PC = cast(Table, PlanCoordinator.__table__)
PREF = cast(Table, NotificationPreference.__table__)
T = cast(Table, Task.__table__)
U = cast(Table, User.__table__)
UNIT = cast(Table, Unit.__table__)


@dataclass(frozen=True)
class ScanParams:
    """The constants of one scan: the instant, each zone's today, e-mail on, quiet hours' ends."""

    now: dt.datetime
    default_today: dt.date
    zone_todays: Mapping[str, dt.date]  # a plan's time zone -> today there
    email_on: bool
    local_hour: int  # the hour now in the deployment zone (quiet hours are local)
    quiet_ends: Mapping[int, dt.datetime]  # quiet hours ending at this hour end at this instant
    limit: int  # at most this many assignments in one pass (the most overdue first)


def insert_for(dialect: str) -> Any:
    return pg_insert if dialect == "postgresql" else sqlite_insert


def _now(p: ScanParams) -> ColumnElement[Any]:
    return literal(p.now, N.c.created_at.type)


def _text(value: str) -> ColumnElement[str]:
    return sql_literal(value)


def _bool(value: bool) -> ColumnElement[bool]:
    return true() if value else false()


# --- what is due ---------------------------------------------------------------------------


def _today(p: ScanParams) -> ColumnElement[Any]:
    default = literal(p.default_today, Date())
    if not p.zone_todays:
        return default
    return case(
        {zone: literal(day, Date()) for zone, day in sorted(p.zone_todays.items())},
        value=P.c.timezone,
        else_=default,
    )


def _fence(stmt: Select[Any], name: str) -> Any:
    """A subquery the planner computes as it stands (``OFFSET 0``): each expression once per row."""
    return stmt.offset(0).subquery(name)


def _step_case(days: ColumnElement[int], bounds: tuple[int, ...], values: list[Any], last: Any) -> Any:
    """``values[i]`` for ``days < bounds[i]`` (first that holds), else ``last``."""
    if not bounds:
        return last
    return case(*((days < b, v) for b, v in zip(bounds, values, strict=True)), else_=last)


def _custom_offsets(offsets: ColumnElement[Any], dialect: str) -> tuple[Any, Any]:
    """A rule row's offsets (a JSON list) as a one-column relation, and its integer value."""
    if dialect == "postgresql":
        items = func.jsonb_array_elements_text(offsets).table_valued("value").alias("o")
    else:
        items = func.json_each(offsets).table_valued("value").alias("o")
    return items, sql_cast(items.c.value, Integer)


def due_cte(p: ScanParams, dialect: str) -> CTE:
    """The assignments to look at now, with their officer rule, escalation rule and next day."""
    today = _today(p)
    source: FromClause = A.outerjoin(M, M.c.assignment_id == A.c.id).outerjoin(
        RR, RR.c.plan_id == A.c.plan_id
    )
    if p.zone_todays:
        source = source.join(P, P.c.id == A.c.plan_id)
    no_rules = RR.c.plan_id.is_(None)
    default_esc = DEFAULT_RULES.escalate_after_days
    base = _fence(
        select(
            A.c.id,
            A.c.plan_id,
            A.c.unit_id,
            A.c.task_id,
            A.c.role,
            A.c.due_date,
            and_(M.c.assignment_id.is_not(None), M.c.due_date != A.c.due_date).label("moved"),
            days_between(today, A.c.due_date).label("days"),
            no_rules.label("no_rules"),
            RR.c.offsets,
            case((no_rules, _bool(DEFAULT_RULES.weekly_overdue)), else_=RR.c.weekly_overdue).label("weekly"),
            case(
                (no_rules, literal(default_esc, Integer()) if default_esc is not None else null()),
                else_=RR.c.escalate_after_days,
            ).label("esc"),
            case((no_rules, _bool(DEFAULT_RULES.include_support)), else_=RR.c.include_support).label("incl"),
        )
        .select_from(source)
        .where(
            A.c.due_date.is_not(None),
            still_open(A.c.status),
            or_(
                M.c.assignment_id.is_(None),
                M.c.due_date != A.c.due_date,
                M.c.next_fire_on <= today,
            ),
        )
        .order_by(A.c.due_date, A.c.id)
        .limit(p.limit),
        "base",
    )
    b = base.c
    # The latest offset reached, the last offset, the next offset: for the default rules a
    # CASE on the day count (from schedule.DEFAULT_RULES); for a plan's own rules, its list.
    offsets = DEFAULT_RULES.offsets
    items, o = _custom_offsets(b.offsets, dialect)
    reached = case(
        (
            b.no_rules,
            _step_case(b.days, offsets, [null(), *offsets[:-1]], offsets[-1] if offsets else null()),
        ),
        else_=select(func.max(o)).select_from(items).where(o <= b.days).scalar_subquery(),
    )
    last = case(
        (b.no_rules, literal(offsets[-1], Integer()) if offsets else null()),
        else_=select(func.max(o)).select_from(items).scalar_subquery(),
    )
    nxt = case(
        (b.no_rules, _step_case(b.days, offsets, list(offsets), null())),
        else_=select(func.min(o)).select_from(items).where(o > b.days).scalar_subquery(),
    )
    sched = _fence(
        select(
            *(col for col in base.c if col.name != "offsets"),
            reached.label("reached"),
            last.label("last"),
            nxt.label("nxt"),
        ),
        "sched",
    )
    c = sched.c
    weekly_on = and_(c.weekly, c.last.is_not(None), c.last >= 0)
    officer = case(
        (c.reached.is_(None), null()),
        # Weekly after the last offset while overdue: last+7, last+14, …
        (and_(weekly_on, c.days > c.last), c.last + WEEK * ((c.days - c.last) // WEEK)),
        else_=c.reached,
    )
    next_officer = case(
        (c.nxt.is_not(None), c.nxt),
        (weekly_on, c.last + WEEK * ((c.days - c.last) // WEEK + 1)),
        else_=null(),
    )
    next_esc = case((and_(c.esc.is_not(None), c.days < c.esc), c.esc), else_=null())
    planned = _fence(
        select(
            c.id,
            c.plan_id,
            c.unit_id,
            c.task_id,
            c.role,
            c.due_date,
            c.moved,
            c.days,
            c.esc,
            c.incl,
            officer.label("officer"),
            next_officer.label("next_officer"),
            next_esc.label("next_esc"),
        ),
        "planned",
    )
    q = planned.c
    next_days = case(
        (q.next_officer.is_(None), q.next_esc),
        (q.next_esc.is_(None), q.next_officer),
        (q.next_officer < q.next_esc, q.next_officer),
        else_=q.next_esc,
    )
    officer_rule = case(
        (
            and_(q.officer.is_not(None), or_(q.role == "lead", q.incl)),
            _text("d")
            + case((q.officer < 0, _text("-")), else_=_text("+"))
            + sql_cast(func.abs(q.officer), String()),
        ),
        else_=null(),
    )
    esc_rule = case(
        (and_(q.esc.is_not(None), q.days >= q.esc), _text("esc+") + sql_cast(q.esc, String())),
        else_=null(),
    )
    return select(
        q.id,
        q.plan_id,
        q.due_date,
        q.moved,
        officer_rule.label("officer_rule"),
        esc_rule.label("esc_rule"),
        add_days(q.due_date, next_days).label("next_fire_on"),
    ).cte("due")


# --- the ledger and the marks ---------------------------------------------------------------


def ledger_insert(due: CTE, p: ScanParams, dialect: str) -> Any:
    """The reminders due, each (assignment, rule, due date) once ever; RETURNING what was new."""

    def rows(rule: ColumnElement[Any]) -> Select[Any]:
        return select(
            new_uuid(), due.c.id, rule, due.c.due_date, due.c.plan_id, _text("sent"), _now(p)
        ).where(rule.is_not(None))

    return (
        insert_for(dialect)(R)
        .from_select(
            ["id", "assignment_id", "rule", "due_date", "plan_id", "state", "created_at"],
            union_all(rows(due.c.officer_rule), rows(due.c.esc_rule)),
        )
        .on_conflict_do_nothing(index_elements=["assignment_id", "rule", "due_date"])
        .returning(R.c.id, R.c.assignment_id, R.c.rule, R.c.due_date, R.c.plan_id)
    )


def marks_upsert(due: CTE, dialect: str) -> Any:
    """Every assignment looked at: the due date planned for and its next reminder day."""
    stmt = insert_for(dialect)(M).from_select(
        ["assignment_id", "due_date", "next_fire_on"],
        # WHERE: SQLite needs one before ON CONFLICT in an INSERT … SELECT.
        select(due.c.id, due.c.due_date, due.c.next_fire_on).where(due.c.id.is_not(None)),
    )
    return stmt.on_conflict_do_update(
        index_elements=["assignment_id"],
        set_={"due_date": stmt.excluded.due_date, "next_fire_on": stmt.excluded.next_fire_on},
    ).returning(M.c.assignment_id)


def cancel_moved_ledger(due: CTE) -> Any:
    """A deadline moved: the old series' ledger rows are cancelled (a new series starts)."""
    return (
        R.update()
        .where(
            R.c.assignment_id == due.c.id,
            due.c.moved,
            R.c.due_date != due.c.due_date,
            R.c.state == "sent",
        )
        .values(state="cancelled")
        .returning(R.c.id)
    )


# --- the notifications --------------------------------------------------------------------------


def _template(template: str, fields: Mapping[str, ColumnElement[Any]]) -> ColumnElement[str]:
    """A ``str.format`` template of kinds.py as SQL concatenation over ``fields``."""
    parts: list[ColumnElement[Any]] = []
    for text, name, spec, conversion in string.Formatter().parse(template):
        if text:
            parts.append(_text(text))
        if name is not None:
            if spec or conversion:
                raise ValueError(f"format spec in reminder template {template!r}")
            parts.append(fields[name])  # KeyError: a template field the scan does not provide
    if not parts:
        return _text("")
    out = parts[0]
    for part in parts[1:]:
        out = out + part
    return out


def _texts(
    kind: ColumnElement[str], lang: ColumnElement[str], fields: Mapping[str, ColumnElement[Any]], which: int
) -> Any:
    """The title (0) or body (1) of each reminder kind in the recipient's language (vi by default)."""
    by_kind = {}
    for name in REMINDER_KINDS:
        texts = KINDS[name].texts or {}
        by_language = {
            language: _template(pair[which], fields) for language, pair in texts.items() if language != "vi"
        }
        vi = _template(texts["vi"][which], fields)
        by_kind[name] = case(by_language, value=lang, else_=vi) if by_language else vi
    return case(by_kind, value=kind, else_=_text(""))


def _kind_default(kind: ColumnElement[str], channel: str) -> Any:
    """The kind's default for ``channel`` ("in_app" or "email") when the user chose nothing."""
    return case({k: _bool(getattr(KINDS[k], channel)) for k in REMINDER_KINDS}, value=kind, else_=true())


def _targets(fired: FromClause) -> FromClause:
    """(ledger row, its assignment, user): the unit's officers for officer reminders; the plan's
    coordinators and the unit's head for escalations."""
    rows = (
        select(
            fired.c.assignment_id,
            fired.c.rule,
            fired.c.due_date,
            A.c.plan_id,
            A.c.unit_id,
            A.c.task_id,
            A.c.role,
            fired.c.rule.like("esc%").label("escalation"),
        )
        .select_from(fired.join(A, A.c.id == fired.c.assignment_id))
        .cte("fired_rows")
    )
    f = rows.c
    officers = (
        select(*rows.c, U.c.id.label("user_id"))
        .select_from(
            rows.join(U, and_(U.c.unit_id == f.unit_id, U.c.role == Role.unit_officer.value, U.c.active))
        )
        .where(not_(f.escalation))
    )
    heads = (
        select(*rows.c, U.c.id.label("user_id"))
        .select_from(rows.join(U, and_(U.c.unit_id == f.unit_id, U.c.unit_head, U.c.active)))
        .where(f.escalation)
    )
    coordinators = (
        select(*rows.c, U.c.id.label("user_id"))
        .select_from(
            rows.join(PC, PC.c.plan_id == f.plan_id).join(
                U, and_(U.c.id == PC.c.user_id, U.c.role == Role.coordinator.value, U.c.active)
            )
        )
        .where(f.escalation)
    )
    return union_all(officers, heads, coordinators).subquery("targets")


def notifications_insert(fired: FromClause, p: ScanParams, dialect: str) -> Any:
    """One notification per recipient of each ledger row in ``fired``; RETURNING the new ones.

    ``fired`` has the ledger's ``assignment_id``, ``rule`` and ``due_date``.
    """
    return (
        insert_for(dialect)(N)
        .from_select(NOTIFICATION_COLUMNS, notification_rows(fired, p))
        .on_conflict_do_nothing(index_elements=["dedupe_key"])
        .returning(N.c.id)
    )


def notification_rows(fired: FromClause, p: ScanParams) -> Select[Any]:
    """The rows of :func:`notifications_insert`, in the order of ``NOTIFICATION_COLUMNS``."""
    t = _targets(fired)
    offset = case(
        (t.c.escalation, sql_cast(func.substr(t.c.rule, 5), Integer)),
        else_=sql_cast(func.substr(t.c.rule, 2), Integer),
    )
    first = _fence(
        select(
            t.c.assignment_id,
            t.c.rule,
            t.c.due_date,
            t.c.user_id,
            U.c.unit_id.label("user_unit_id"),
            t.c.plan_id,
            t.c.role,
            t.c.escalation,
            offset.label("offset"),
            uuid_text(t.c.assignment_id).label("assignment_text"),
            uuid_text(t.c.task_id).label("task_text"),
            uuid_text(t.c.unit_id).label("unit_text"),
            date_text(t.c.due_date).label("due_iso"),
            func.coalesce(T.c.title, _text("")).label("task_title"),
            func.coalesce(UNIT.c.name, _text("")).label("unit_name"),
            func.coalesce(PREF.c.language, _text("vi")).label("language"),
            func.coalesce(PREF.c.email_mode, _text("immediate")).label("email_mode"),
            PREF.c.kinds,
            PREF.c.quiet_start_hour,
            PREF.c.quiet_end_hour,
        ).select_from(
            t.join(T, T.c.id == t.c.task_id)
            .outerjoin(UNIT, UNIT.c.id == t.c.unit_id)
            .join(U, U.c.id == t.c.user_id)
            .outerjoin(PREF, PREF.c.user_id == t.c.user_id)
        ),
        "n0",
    )
    kind = case(
        (first.c.escalation, _text("escalation")),
        (first.c.offset < 0, _text("deadline_approaching")),
        (first.c.offset == 0, _text("deadline_today")),
        else_=_text("overdue"),
    )
    first = _fence(
        select(
            *(col for col in first.c if col.name not in ("escalation", "offset")),
            kind.label("kind"),
            sql_cast(func.abs(first.c.offset), String()).label("days_text"),
            func.abs(first.c.offset).label("days"),
        ),
        "n1",
    )
    n1 = first.c
    in_app = func.coalesce(json_flag(n1.kinds, n1.kind, _text("in_app")), _kind_default(n1.kind, "in_app"))
    email = and_(
        func.coalesce(json_flag(n1.kinds, n1.kind, _text("email")), _kind_default(n1.kind, "email")),
        n1.email_mode != "off",
    )
    second = _fence(select(*first.c, in_app.label("in_app"), email.label("email")), "n2")
    n = second.c
    email_state: Any
    if p.email_on:
        email_state = case(
            (n.email, case((n.email_mode == "digest", _text("digest")), else_=_text("pending"))),
            else_=_text("none"),
        )
        start, end, hour = n.quiet_start_hour, n.quiet_end_hour, p.local_hour
        quiet_now = and_(
            start.is_not(None),
            end.is_not(None),
            start != end,
            case(
                (start < end, and_(start <= hour, end > hour)),
                else_=or_(start <= hour, end > hour),
            ),
        )
        held_until = case(
            {h: literal(at, N.c.deliver_after.type) for h, at in sorted(p.quiet_ends.items())},
            value=end,
            else_=null(),
        )
        deliver_after: Any = case(
            (and_(n.email, n.email_mode != "digest", quiet_now), held_until), else_=null()
        )
    else:
        email_state = _text("none")
        deliver_after = null()
    fields = {
        "task_title": n.task_title,
        "unit_name": n.unit_name,
        "days": n.days_text,
        "due_text": case((n.language == "vi", dmy_text(n.due_date)), else_=n.due_iso),
    }
    now = _now(p)
    values: list[ColumnElement[Any]] = [
        new_uuid(),
        n.user_id,
        n.user_unit_id,
        n.kind,
        _text("assignment"),
        n.assignment_text,
        n.plan_id,
        _text("/tasks/") + n.task_text + _text("?unit=") + n.unit_text,
        func.substr(_texts(n.kind, n.language, fields, 0), 1, 500),
        _texts(n.kind, n.language, fields, 1),
        n.language,
        json_object(
            *(
                x
                for key, value in (
                    ("task_id", n.task_text),
                    ("unit_id", n.unit_text),
                    ("assignment_id", n.assignment_text),
                    ("task_title", n.task_title),
                    ("unit_name", n.unit_name),
                    ("role", n.role),
                    ("due_date", n.due_iso),
                    ("rule", n.rule),
                    ("days", n.days),
                )
                for x in (_text(key), value)
            )
        ),
        now,
        # Not wanted in the app: kept (the e-mail refers to it) but never rings the bell.
        case((n.in_app, null()), else_=now),
        email_state,
        deliver_after,
        func.substr(
            _text("rem:")
            + uuid_hex(n.assignment_id)
            + _text(":")
            + n.rule
            + _text(":")
            + n.due_iso
            + _text(":")
            + uuid_hex(n.user_id),
            1,
            200,
        ),
    ]
    return select(*(v.label(name) for v, name in zip(values, NOTIFICATION_COLUMNS, strict=True))).where(
        or_(n.in_app, n.email)
    )


NOTIFICATION_COLUMNS = [
    "id",
    "user_id",
    "unit_id",
    "kind",
    "subject_type",
    "subject_id",
    "plan_id",
    "link",
    "title",
    "body",
    "language",
    "data",
    "created_at",
    "read_at",
    "email_state",
    "deliver_after",
    "dedupe_key",
]
