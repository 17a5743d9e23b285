"""The demo world: what `make run` loads on an empty database so a new user has something to see.

The seed plan 148-KH/TU is imported through the plan importer, published and
set active; a few progress reports replay how spring 2020 went (some tasks
done on time, one late, some under way, one blocked) so the dashboard has
something to show; a consultation on a draft political report is open, with
a dozen opinions in every moderation state (see :mod:`plandesk.demo.consultation`);
and there is one user per role, the unit officer in Ban Tuyên giáo Tỉnh ủy,
which leads nine of the plan's tasks and the consultation. The province's
fifteen district-level party committees are the members of the plan's unit
group "Các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc", each with its own
share of the group's tasks (see :mod:`plandesk.demo.districts`).

Demo data is created only when asked for (``plandesk demo``); passwords are
generated and printed, never fixed in code.
"""

from __future__ import annotations

import datetime as dt
import secrets
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core.config import Settings
from plandesk.core.pagination import PageParams
from plandesk.core.policy import Principal
from plandesk.core.text import fold
from plandesk.demo import alive, districts, timeshift
from plandesk.demo.consultation import DemoConsultation, load_consultation
from plandesk.demo.reports import DemoReports, load_reports
from plandesk.demo.seed import SEED_FILENAME, seed_plan_bytes
from plandesk.importer import service as importer
from plandesk.plans import crud as plan_crud
from plandesk.plans.schedule import FixedDate
from plandesk.tasks import crud as task_crud
from plandesk.tasks import due_dates as task_due_dates
from plandesk.tasks import listing as task_listing
from plandesk.tasks import progress as task_progress
from plandesk.tasks.schemas import TaskUpdate
from plandesk.users import service as users
from plandesk.users.models import User

DEMO_DOMAIN = "demo.plandesk.local"
OFFICER_UNIT = "Ban Tuyên giáo Tỉnh ủy"

ROLES = (
    ("admin", "Quản trị hệ thống"),
    ("coordinator", "Điều phối viên Kế hoạch"),
    ("unit_officer", "Cán bộ Ban Tuyên giáo"),
    ("moderator", "Biên tập viên góp ý"),
    ("viewer", "Người theo dõi"),
)


@dataclass(frozen=True)
class DemoAccount:
    role: str
    email: str
    password: str


@dataclass
class DemoWorld:
    """What ``plandesk demo`` loaded."""

    accounts: list[DemoAccount]
    plan_id: uuid.UUID
    plan_code: str
    plan_title: str
    officer_unit: str
    counts: dict[str, int]
    progress_updates: int = 0
    urges: int = 0
    consultation: DemoConsultation | None = None
    reports: DemoReports | None = None
    offset_days: int = 0  # how far the plan's dates were moved from the document's


async def database_is_empty(session: AsyncSession) -> bool:
    return (await session.execute(select(func.count()).select_from(User))).scalar_one() == 0


async def demo_is_loaded(session: AsyncSession) -> bool:
    """True when the demo accounts exist already."""
    found = await session.execute(select(User.id).where(User.email.like(f"%@{DEMO_DOMAIN}")).limit(1))
    return found.first() is not None


def _principal(user: User) -> Principal:
    return Principal(id=user.id, role=user.role, unit_id=user.unit_id, email=user.email)


async def _create_account(
    session: AsyncSession, role: str, full_name: str, unit_id: uuid.UUID | None = None
) -> tuple[DemoAccount, User]:
    password = secrets.token_urlsafe(12)
    email = f"{role.replace('_', '.')}@{DEMO_DOMAIN}"
    user = await users.create_user(
        session, None, email=email, full_name=full_name, role=role, password=password, unit_id=unit_id
    )
    return DemoAccount(role, email, password), user


async def load_demo(
    session: AsyncSession,
    settings: Settings | None = None,
    *,
    as_issued: bool = False,
    today: dt.date | None = None,
) -> DemoWorld:
    """Accounts, the seed plan (imported, published, active) with its first reports, and an
    open consultation on a draft political report with sample opinions.

    Unless ``as_issued``, every date of the plan is moved so that ``today`` (default: the
    current UTC day) falls in the middle of phase II (see :mod:`plandesk.demo.timeshift`)."""
    accounts: dict[str, DemoAccount] = {}
    people: dict[str, User] = {}
    for role, full_name in ROLES:
        if role == "unit_officer":
            continue  # needs the plan's units: created after the import
        accounts[role], people[role] = await _create_account(session, role, full_name)
    coordinator = _principal(people["coordinator"])
    admin = _principal(people["admin"])

    # The district-level party committees exist before the plan: its group matches them.
    districts_group = await districts.create_district_committees(session, admin)
    draft = await importer.read_plan_file(session, seed_plan_bytes(), SEED_FILENAME)
    imported = await importer.import_plan(session, coordinator, draft, dry_run=False, filename=SEED_FILENAME)
    assert imported.plan is not None  # not a dry run
    plan = await plan_crud.update_plan(
        session, coordinator, imported.plan, {"status": "active", "published": True}
    )

    plan_id, plan_code, plan_title = plan.id, plan.code, plan.title
    offset = dt.timedelta(0)
    if not as_issued:
        # Today where the plan is issued (its time zone), unless a test freezes it.
        today = await task_due_dates.plan_today(session, plan_id, today)
        offset = await timeshift.offset_to_middle_of_phase(session, plan_id, today)
        await timeshift.shift_plan(session, plan_id, offset)

    unit_ids = {fold(u["name"]): u["unit_id"] for u in imported.units}
    officer_unit = unit_ids[fold(OFFICER_UNIT)]
    full_name = dict(ROLES)["unit_officer"]
    accounts["unit_officer"], people["unit_officer"] = await _create_account(
        session, "unit_officer", full_name, officer_unit
    )
    officer = _principal(people["unit_officer"])

    reports, urges = await _replay_spring_2020(session, plan_id, coordinator, officer, offset)
    if not as_issued:
        more_reports, more_urges = await _bring_to_today(
            session, plan_id, coordinator, officer, await task_due_dates.plan_today(session, plan_id, today)
        )
        reports, urges = reports + more_reports, urges + more_urges
    reports += await districts.report_district_progress(
        session, coordinator, districts_group, await task_due_dates.plan_today(session, plan_id, today)
    )
    consultation = await load_consultation(
        session,
        settings or Settings(),
        coordinator=coordinator,
        moderator=_principal(people["moderator"]),
        officer=officer,
        lead_unit_id=officer_unit,
    )
    closing = await load_reports(
        session,
        plan_id,
        coordinator,
        admin,
        officer,
        consultation.consultation_id,
        await task_due_dates.plan_today(session, plan_id, today),
    )
    return DemoWorld(
        accounts=[accounts[role] for role, _ in ROLES],
        plan_id=plan_id,
        plan_code=plan_code,
        plan_title=plan_title,
        officer_unit=OFFICER_UNIT,
        counts=imported.counts,
        progress_updates=reports,
        urges=urges,
        consultation=consultation,
        reports=closing,
        offset_days=offset.days,
    )


@dataclass(frozen=True)
class _Report:
    """A progress report as a unit sent it in 2020: which task, what, when."""

    task_starts: str
    status: str
    percent: int | None
    note: str
    on: dt.date
    whole_task: bool = False  # every assignment of the task reports it (lead and supporters)


def _at(day: dt.date, hour: int = 9) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=dt.UTC)


REPORTS: tuple[_Report, ...] = (
    _Report(
        "Xây dựng Hướng dẫn thực hiện Kế hoạch này",
        "done",
        100,
        "Đã ban hành Hướng dẫn thực hiện Kế hoạch, gửi các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc.",
        dt.date(2020, 2, 20),
    ),
    _Report(
        "Chủ trì, phối hợp với Liên hiệp các Hội khoa học kỹ thuật tỉnh tổ chức hội nghị",
        "done",
        100,
        "Đã tổ chức hội nghị lấy ý kiến nhân sĩ, trí thức, chuyên gia ngày 11/3/2020 (58 đại biểu); "
        "báo cáo tổng hợp đã gửi Tiểu ban Văn kiện.",
        dt.date(2020, 3, 12),
        whole_task=True,
    ),
    _Report(
        "Phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tổ chức phản biện xã hội",
        "done",
        100,
        "Hội nghị phản biện xã hội dự thảo Báo cáo chính trị đã tổ chức ngày 26/3/2020.",
        dt.date(2020, 3, 27),
        whole_task=True,
    ),
    _Report(
        "Tổ chức Hội nghị xin ý kiến các đồng chí cán bộ lão thành cách mạng",
        "done",
        100,
        "Đã tổ chức hội nghị ngày 30/3/2020; 41 ý kiến góp ý đã được tổng hợp.",
        dt.date(2020, 3, 30),
        whole_task=True,
    ),
    _Report(
        "Chủ trì tổng hợp ý kiến đóng góp của Nhân dân vào Báo cáo chính trị",
        "done",
        100,
        "Hoàn thành báo cáo tổng hợp ý kiến đóng góp của Nhân dân; chậm 7 ngày do một số huyện gửi "
        "kết quả muộn.",
        dt.date(2020, 4, 22),
        whole_task=True,
    ),
    _Report(
        "Lấy ý kiến góp ý của một số ban, bộ, ngành Trung ương",
        "in_progress",
        60,
        "Đã nhận ý kiến của 5/8 ban, bộ, ngành Trung ương; đang đôn đốc các cơ quan còn lại.",
        dt.date(2020, 4, 6),
    ),
    _Report(
        "Tổ chức các kỳ Hội nghị Báo cáo viên cấp tỉnh",
        "in_progress",
        50,
        "Đã tổ chức 2/4 kỳ Hội nghị Báo cáo viên cấp tỉnh (tháng 3 và tháng 6/2020).",
        dt.date(2020, 6, 30),
    ),
    _Report(
        "Xây dựng kế hoạch tổ chức tuyên truyền, công bố các dự thảo văn kiện",
        "in_progress",
        40,
        "Đã phát sóng chuyên mục “Hướng tới Đại hội” hằng tuần; đang chuẩn bị truyền hình trực tiếp.",
        dt.date(2020, 5, 15),
    ),
    _Report(
        "Chủ trì tham mưu kế hoạch và tổ chức các hoạt động văn hóa, nghệ thuật",
        "blocked",
        None,
        "Chờ phê duyệt kinh phí tổ chức chương trình nghệ thuật chào mừng Đại hội.",
        dt.date(2020, 9, 20),
    ),
)

URGES = (
    (
        "Lấy ý kiến góp ý của một số ban, bộ, ngành Trung ương",
        "Đề nghị Văn phòng Tỉnh ủy khẩn trương hoàn thành việc lấy ý kiến, báo cáo kết quả về "
        "Ban Tuyên giáo Tỉnh ủy để tổng hợp.",
    ),
)


def _first_owner(assignments: list[dict[str, Any]]) -> dict[str, Any]:
    """The lead's assignment; on a task addressed to a unit group, its first member's."""
    return next(a for a in assignments if a["role"] in ("lead", "member"))


async def _replay_spring_2020(
    session: AsyncSession,
    plan_id: uuid.UUID,
    coordinator: Principal,
    officer: Principal,
    offset: dt.timedelta = dt.timedelta(0),
) -> tuple[int, int]:
    """Post the demo's progress reports (dated as they were made, moved by ``offset`` with the
    plan) and urges; return their numbers."""
    items, _ = await task_listing.list_tasks(
        session, plan_id, PageParams(limit=200, cursor=None), task_listing.TaskFilters()
    )

    async def task_starting(prefix: str) -> dict[str, Any]:
        (found,) = [t for t in items if t["title"].startswith(prefix)]
        task = await task_crud.get_task(session, uuid.UUID(str(found["id"])))
        return await task_crud.task_view(session, task)

    posted = 0
    for report in REPORTS:
        task = await task_starting(report.task_starts)
        owed = [a for a in task["assignments"] if report.whole_task or a["role"] == "lead"] or [
            _first_owner(task["assignments"])
        ]
        # Supporters report a day before the lead closes the task.
        owed.sort(key=lambda a: a["role"] == "lead")
        for assignment in owed:
            on = report.on + offset
            day = on if assignment["role"] == "lead" else on - dt.timedelta(days=1)
            # The officer reports for Ban Tuyên giáo; the coordinator records other units' reports.
            author = officer if officer.unit_id == assignment["unit_id"] else coordinator
            await task_progress.post_progress(
                session,
                author,
                task["id"],
                assignment["unit_id"],
                report.status,
                report.percent,
                report.note if assignment["role"] == "lead" else "Đã phối hợp thực hiện.",
                reported_at=_at(day),
            )
            await session.commit()
            posted += 1
    urged = 0
    for prefix, message in URGES:
        task = await task_starting(prefix)
        lead = _first_owner(task["assignments"])
        assignment = await task_progress.get_assignment(session, task["id"], lead["unit_id"])
        await task_progress.urge(session, coordinator, assignment, message)
        urged += 1
    return posted, urged


async def _bring_to_today(
    session: AsyncSession, plan_id: uuid.UUID, coordinator: Principal, officer: Principal, today: dt.date
) -> tuple[int, int]:
    """Working deadlines around ``today`` and the reports and urges of the past weeks
    (see :mod:`plandesk.demo.alive`); return how many reports and urges were added."""
    items, _ = await task_listing.list_tasks(
        session, plan_id, PageParams(limit=200, cursor=None), task_listing.TaskFilters(), today
    )

    def task_id(prefix: str) -> uuid.UUID:
        (found,) = [t for t in items if t["title"].startswith(prefix)]
        return uuid.UUID(str(found["id"]))

    for prefix, days in alive.DEADLINES:
        task = await task_crud.get_task(session, task_id(prefix))
        due = TaskUpdate(due=FixedDate(kind="fixed", date=today + dt.timedelta(days=days)))
        await task_crud.update_task(session, coordinator, task, {"due"}, due)
    posted = 0
    for report in alive.REPORTS:
        view = await task_crud.task_view(
            session, await task_crud.get_task(session, task_id(report.task_starts)), today
        )
        lead = _first_owner(view["assignments"])
        author = officer if officer.unit_id == lead["unit_id"] else coordinator
        await task_progress.post_progress(
            session,
            author,
            view["id"],
            lead["unit_id"],
            report.status,
            report.percent,
            report.note,
            reported_at=_at(alive.reported_on(today, report), hour=15),
        )
        await session.commit()
        posted += 1
    urged = 0
    for prefix, message in alive.URGES:
        view = await task_crud.task_view(session, await task_crud.get_task(session, task_id(prefix)), today)
        lead = _first_owner(view["assignments"])
        await task_progress.urge(
            session,
            coordinator,
            await task_progress.get_assignment(session, view["id"], lead["unit_id"]),
            message,
        )
        urged += 1
    return posted, urged
