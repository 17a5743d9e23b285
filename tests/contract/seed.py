"""A small world for the contract run: an admin, units, a group. Domains add their data here."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.consultations import consultations
from plandesk.consultations.clustering import dedup
from plandesk.consultations.documents import documents
from plandesk.consultations.moderation import answer_templates
from plandesk.consultations.submissions import submissions
from plandesk.core.config import Settings
from plandesk.core.db import utcnow
from plandesk.core.ratelimit import MemoryCounterStore
from plandesk.plans import channels as plan_channels
from plandesk.plans import crud as plan_crud
from plandesk.plans import milestones as plan_milestones
from plandesk.plans import phases as plan_phases
from plandesk.plans.schemas import ChannelCreate, MilestoneCreate, PhaseCreate, PlanCreate
from plandesk.tasks import crud as task_crud
from plandesk.tasks.schemas import TaskCreate
from plandesk.units import service as units
from plandesk.users import service as users
from plandesk.users.models import User

# Ids of the seeded objects by path-parameter name: the contract run puts them into
# generated requests so operations are exercised on real rows, not only on 404s.
IDS: dict[str, str] = {}


async def seed_world(session: AsyncSession) -> User:
    admin = await users.create_user(
        session,
        None,
        email="admin@contract.test",
        full_name="Admin",
        role="admin",
        password="contract-admin-pw",
    )
    unit = await units.create_unit(
        session, None, {"name": "Ban Tuyên giáo Tỉnh ủy", "kind": "party_committee"}
    )
    district = await units.create_unit(session, None, {"name": "Huyện ủy Krông Pắc", "kind": "district"})
    group = await units.create_group(session, None, "Các huyện ủy", None, [unit.id, district.id])
    IDS.update(unit_id=str(unit.id), group_id=str(group.id), user_id=str(admin.id))
    await seed_plan(session, unit.id, district.id, group.id)
    from tests.contract.seed_reports import seed_reports

    IDS.update(await seed_reports(session, admin.id, uuid.UUID(IDS["plan_id"]), unit.id))
    await seed_consultation(session, admin, unit.id)
    await session.refresh(admin)  # clustering ends with a rollback when it runs dry, expiring objects
    return admin


async def seed_plan(session: AsyncSession, lead_id, support_id, group_id) -> None:  # type: ignore[no-untyped-def]
    """A published plan with a milestone-anchored schedule, channels and tasks."""
    plan = await plan_crud.create_plan(
        session,
        None,
        PlanCreate(code="148-KH/TU", title="Kế hoạch tuyên truyền đại hội", status="active", published=True),
        commit=False,
    )
    congress = await plan_milestones.create_milestone(
        session,
        None,
        plan.id,
        MilestoneCreate(title="Đại hội cấp huyện", date="2020-08-01", precision="month"),
        commit=False,
    )
    await plan_milestones.create_milestone(
        session, None, plan.id, MilestoneCreate(title="Chưa rõ ngày"), commit=False
    )
    phase = await plan_phases.create_phase(
        session,
        None,
        plan.id,
        PhaseCreate(
            label="I",
            title="Đợt I",
            topics=["90 năm lịch sử vẻ vang của Đảng"],
            start={"kind": "fixed", "date": "2020-02-01"},
            end={"kind": "milestone", "milestone_id": congress.id, "side": "end"},
        ),
        commit=False,
    )
    await plan_phases.create_phase(
        session, None, plan.id, PhaseCreate(label="1.1", title="Tiểu đợt", parent_id=phase.id), commit=False
    )
    channel = await plan_channels.create_channel(
        session, None, plan.id, ChannelCreate(label="1", title="Báo chí", items=["Báo Đắk Lắk"]), commit=False
    )
    task = await task_crud.create_task(
        session,
        None,
        plan.id,
        TaskCreate(
            title="Hướng dẫn tuyên truyền",
            source_section="IV.1",
            lead_unit_id=lead_id,
            supporting_unit_ids=[support_id],
            phase_id=phase.id,
            channel_ids=[channel.id],
            due={"kind": "milestone", "milestone_id": congress.id, "side": "end", "offset_days": -15},
        ),
        commit=False,
    )
    await task_crud.create_task(
        session,
        None,
        plan.id,
        TaskCreate(
            title="Tuyên truyền cấp huyện",
            lead_unit_id=support_id,
            supporting_group_ids=[group_id],
            due={"kind": "fixed", "date": "2020-04-15"},
        ),
        commit=False,
    )
    await session.commit()
    IDS.update(
        plan_id=str(plan.id),
        milestone_id=str(congress.id),
        phase_id=str(phase.id),
        channel_id=str(channel.id),
        task_id=str(task.id),
    )


async def seed_consultation(session: AsyncSession, admin: User, unit_id: uuid.UUID) -> None:
    """A draft document, an open consultation on it, feedback (two near-duplicates), a template."""
    from plandesk.core.policy import Principal

    actor = Principal(id=admin.id, role="admin")
    document = await documents.create_document(
        session,
        actor,
        title="Dự thảo Báo cáo chính trị",
        description=None,
        status="published",
        sections=[
            documents.SectionDraft("I", "Đánh giá", "Kinh tế tăng trưởng khá."),
            documents.SectionDraft("II", "Phương hướng", "Phát triển nông nghiệp công nghệ cao."),
        ],
    )
    now = utcnow()
    consultation = await consultations.create_consultation(
        session,
        actor,
        {
            "document_id": document.id,
            "title": "Lấy ý kiến Nhân dân",
            "opens_at": now - dt.timedelta(days=1),
            "closes_at": now + dt.timedelta(days=30),
            "lead_unit_id": unit_id,
            "status": "open",
        },
    )
    IDS.update(document_id=str(document.id), consultation_id=str(consultation.id), number="1")
    throttle = submissions.FeedbackThrottle(MemoryCounterStore(), Settings(secret_key="x" * 40))
    text = "Đề nghị bổ sung chính sách hỗ trợ nông dân trồng cà phê tái canh với lãi suất ưu đãi."
    for body in (text, text + " Trân trọng.", "Nhất trí với dự thảo."):
        outcome = await submissions.submit(
            session,
            throttle,
            consultation.id,
            {"body": body, "contributor_group": "citizen", "channel": "web", "name": "Người góp ý"},
            principal=actor,
            address="127.0.0.1",
            idempotency_key=None,
        )
        IDS.setdefault("feedback_id", str(outcome.body["id"]))
        IDS.setdefault("receipt", str(outcome.body["receipt_code"]))
    template = await answer_templates.create_template(
        session, actor, {"title": "Tiếp thu", "body": "Ban soạn thảo tiếp thu."}
    )
    IDS["template_id"] = str(template.id)
    await dedup.cluster_all(session)
