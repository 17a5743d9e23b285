"""The reminder scan's statements: what is due, the ledger rows, the notifications, the marks — all in SQL.

``due``: the open assignments with a due date that have no mark, a mark for another due
date (the deadline moved) or a mark whose next reminder day has come, each with what is
due today in its plan's zone — the same arithmetic as :mod:`plandesk.notifications.schedule`
(the *latest* officer offset reached, weekly after the last one while overdue, the
escalation once overdue long enough, the next reminder day). A plan's offsets come from
its rule row (a JSON list) or the defaults; they are aggregated once per (rule set, days
from the deadline), not per assignment.

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
import uuid
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
    Uuid,
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
# The rule-set key of plans without a rule row (the defaults).
DEFAULT_KEY = uuid.UUID(int=0)

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


def _offsets(dialect: str) -> CTE:
    """(rule-set key, offset): each rule row's offsets, and the defaults under ``DEFAULT_KEY``."""
    rules = RR.alias("rr_offsets")
    if dialect == "postgresql":
        items = func.jsonb_array_elements_text(rules.c.offsets).table_valued("value").alias("o")
    else:
        items = func.json_each(rules.c.offsets).table_valued("value").alias("o")
    custom = select(rules.c.plan_id.label("rk"), sql_cast(items.c.value, Integer).label("o")).select_from(
        rules.join(items, true())
    )
    defaults = [
        select(literal(DEFAULT_KEY, Uuid()).label("rk"), literal(o, Integer()).label("o"))
        for o in DEFAULT_RULES.offsets
    ]
    return union_all(custom, *defaults).cte("offs")


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
    cand = (
        select(
            A.c.id,
            A.c.plan_id,
            A.c.unit_id,
            A.c.role,
            A.c.due_date,
            and_(M.c.assignment_id.is_not(None), M.c.due_date != A.c.due_date).label("moved"),
            days_between(today, A.c.due_date).label("days"),
            func.coalesce(RR.c.plan_id, literal(DEFAULT_KEY, Uuid())).label("rk"),
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
        .cte("cand")
    )
    offs = _offsets(dialect)
    keys = select(cand.c.rk, cand.c.days).distinct().cte("sched_keys")
    sched = (
        select(
            keys.c.rk,
            keys.c.days,
            func.max(case((offs.c.o <= keys.c.days, offs.c.o))).label("reached"),
            func.max(offs.c.o).label("last"),
            func.min(case((offs.c.o > keys.c.days, offs.c.o))).label("nxt"),
        )
        .select_from(keys.outerjoin(offs, offs.c.rk == keys.c.rk))
        .group_by(keys.c.rk, keys.c.days)
        .cte("sched")
    )
    c, s = cand, sched
    weekly_on = and_(c.c.weekly, s.c.last.is_not(None), s.c.last >= 0)
    officer = case(
        (s.c.reached.is_(None), null()),
        # Weekly after the last offset while overdue: last+7, last+14, …
        (and_(weekly_on, c.c.days > s.c.last), s.c.last + WEEK * ((c.c.days - s.c.last) // WEEK)),
        else_=s.c.reached,
    )
    next_officer = case(
        (s.c.nxt.is_not(None), s.c.nxt),
        (weekly_on, s.c.last + WEEK * ((c.c.days - s.c.last) // WEEK + 1)),
        else_=null(),
    )
    next_esc = case((and_(c.c.esc.is_not(None), c.c.days < c.c.esc), c.c.esc), else_=null())
    planned = (
        select(
            c.c.id,
            c.c.plan_id,
            c.c.unit_id,
            c.c.role,
            c.c.due_date,
            c.c.moved,
            c.c.days,
            c.c.esc,
            c.c.incl,
            officer.label("officer"),
            next_officer.label("next_officer"),
            next_esc.label("next_esc"),
        )
        .select_from(c.join(s, and_(s.c.rk == c.c.rk, s.c.days == c.c.days)))
        .cte("planned")
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
    """(ledger row, user): officers for officer reminders; coordinators and the head for escalations."""
    f = fired.c
    escalation = f.rule.like("esc%")
    cols = (f.assignment_id, f.rule, f.due_date)
    officers = (
        select(*cols, U.c.id.label("user_id"))
        .select_from(
            fired.join(A, A.c.id == f.assignment_id).join(
                U, and_(U.c.unit_id == A.c.unit_id, U.c.role == Role.unit_officer.value, U.c.active)
            )
        )
        .where(not_(escalation))
    )
    heads = (
        select(*cols, U.c.id.label("user_id"))
        .select_from(
            fired.join(A, A.c.id == f.assignment_id).join(
                U, and_(U.c.unit_id == A.c.unit_id, U.c.unit_head, U.c.active)
            )
        )
        .where(escalation)
    )
    coordinators = (
        select(*cols, U.c.id.label("user_id"))
        .select_from(
            fired.join(PC, PC.c.plan_id == f.plan_id).join(
                U, and_(U.c.id == PC.c.user_id, U.c.role == Role.coordinator.value, U.c.active)
            )
        )
        .where(escalation)
    )
    return union_all(officers, heads, coordinators).subquery("targets")


def notifications_insert(fired: FromClause, p: ScanParams, dialect: str) -> Any:
    """One notification per recipient of each ledger row in ``fired``; RETURNING the new ones.

    ``fired`` has the ledger's ``assignment_id``, ``rule``, ``due_date`` and ``plan_id``.
    """
    t = _targets(fired)
    escalation = t.c.rule.like("esc%")
    offset = case(
        (escalation, sql_cast(func.substr(t.c.rule, 5), Integer)),
        else_=sql_cast(func.substr(t.c.rule, 2), Integer),
    )
    kind = case(
        (escalation, _text("escalation")),
        (offset < 0, _text("deadline_approaching")),
        (offset == 0, _text("deadline_today")),
        else_=_text("overdue"),
    )
    first = (
        select(
            t.c.assignment_id,
            t.c.rule,
            t.c.due_date,
            t.c.user_id,
            U.c.unit_id.label("user_unit_id"),
            A.c.task_id,
            A.c.unit_id,
            A.c.plan_id,
            A.c.role,
            func.coalesce(T.c.title, _text("")).label("task_title"),
            func.coalesce(UNIT.c.name, _text("")).label("unit_name"),
            func.abs(offset).label("days"),
            kind.label("kind"),
            func.coalesce(PREF.c.language, _text("vi")).label("language"),
            func.coalesce(PREF.c.email_mode, _text("immediate")).label("email_mode"),
            PREF.c.kinds,
            PREF.c.quiet_start_hour,
            PREF.c.quiet_end_hour,
        )
        .select_from(
            t.join(A, A.c.id == t.c.assignment_id)
            .join(T, T.c.id == A.c.task_id)
            .outerjoin(UNIT, UNIT.c.id == A.c.unit_id)
            .join(U, U.c.id == t.c.user_id)
            .outerjoin(PREF, PREF.c.user_id == t.c.user_id)
        )
        .subquery("n1")
    )
    n1 = first.c
    in_app = func.coalesce(json_flag(n1.kinds, n1.kind, _text("in_app")), _kind_default(n1.kind, "in_app"))
    email = and_(
        func.coalesce(json_flag(n1.kinds, n1.kind, _text("email")), _kind_default(n1.kind, "email")),
        n1.email_mode != "off",
    )
    second = select(*first.c, in_app.label("in_app"), email.label("email")).subquery("n2")
    n = second.c
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
        "days": sql_cast(n.days, String()),
        "due_text": case((n.language == "vi", dmy_text(n.due_date)), else_=date_text(n.due_date)),
    }
    now = _now(p)
    rows = select(
        new_uuid(),
        n.user_id,
        n.user_unit_id,
        n.kind,
        _text("assignment"),
        uuid_text(n.assignment_id),
        n.plan_id,
        _text("/tasks/") + uuid_text(n.task_id) + _text("?unit=") + uuid_text(n.unit_id),
        func.substr(_texts(n.kind, n.language, fields, 0), 1, 500),
        _texts(n.kind, n.language, fields, 1),
        n.language,
        json_object(
            _text("task_id"),
            uuid_text(n.task_id),
            _text("unit_id"),
            uuid_text(n.unit_id),
            _text("assignment_id"),
            uuid_text(n.assignment_id),
            _text("task_title"),
            n.task_title,
            _text("unit_name"),
            n.unit_name,
            _text("role"),
            n.role,
            _text("due_date"),
            date_text(n.due_date),
            _text("rule"),
            n.rule,
            _text("days"),
            n.days,
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
            + date_text(n.due_date)
            + _text(":")
            + uuid_hex(n.user_id),
            1,
            200,
        ),
    ).where(or_(n.in_app, n.email))
    columns = [
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
    return (
        insert_for(dialect)(N)
        .from_select(columns, rows)
        .on_conflict_do_nothing(index_elements=["dedupe_key"])
        .returning(N.c.id)
    )
