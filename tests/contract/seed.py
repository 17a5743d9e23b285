"""A small world for the contract run: an admin, units, a group. Domains add their data here."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.consultations import consultations, dedup, documents, moderation, submissions
from plandesk.core.config import Settings
from plandesk.core.db import utcnow
from plandesk.core.ratelimit import MemoryCounterStore
from plandesk.units import service as units
from plandesk.users import service as users
from plandesk.users.models import User


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
    await units.create_group(session, None, "Các huyện ủy", None, [unit.id])
    await seed_consultation(session, admin, unit.id)
    await session.refresh(admin)  # clustering ends with a rollback when it runs dry, expiring objects
    return admin


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
    throttle = submissions.FeedbackThrottle(MemoryCounterStore(), Settings(secret_key="x" * 40))
    text = "Đề nghị bổ sung chính sách hỗ trợ nông dân trồng cà phê tái canh với lãi suất ưu đãi."
    for body in (text, text + " Trân trọng.", "Nhất trí với dự thảo."):
        await submissions.submit(
            session,
            throttle,
            consultation.id,
            {"body": body, "contributor_group": "citizen", "channel": "web", "name": "Người góp ý"},
            principal=actor,
            address="127.0.0.1",
            idempotency_key=None,
        )
    await dedup.cluster_all(session)
    await moderation.create_template(session, actor, {"title": "Tiếp thu", "body": "Ban soạn thảo tiếp thu."})
