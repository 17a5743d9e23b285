"""Answer templates: a consultation's reusable official answers that moderators pick from."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.consultations.models import (
    AnswerTemplate,
    Consultation,
)
from plandesk.core import audit
from plandesk.core.db import utcnow
from plandesk.core.errors import InvalidInput, NotFound
from plandesk.core.policy import Principal
from plandesk.core.text import nfc


async def get_template(session: AsyncSession, template_id: uuid.UUID) -> AnswerTemplate:
    template = await session.get(AnswerTemplate, template_id)
    if template is None:
        raise NotFound("answer template", template_id)
    return template


async def list_templates(
    session: AsyncSession, consultation_id: uuid.UUID | None = None
) -> list[AnswerTemplate]:
    """Templates usable everywhere, plus those of ``consultation_id`` when given."""
    stmt = select(AnswerTemplate).order_by(AnswerTemplate.title, AnswerTemplate.id)
    if consultation_id is not None:
        stmt = stmt.where(
            or_(AnswerTemplate.consultation_id.is_(None), AnswerTemplate.consultation_id == consultation_id)
        )
    return list((await session.execute(stmt.limit(500))).scalars())


async def create_template(session: AsyncSession, actor: Principal, data: dict[str, Any]) -> AnswerTemplate:
    if data.get("consultation_id") is not None:
        found = await session.get(Consultation, data["consultation_id"])
        if found is None:
            raise InvalidInput(
                "Unknown consultation.", errors=[{"loc": ["body", "consultation_id"], "msg": "unknown"}]
            )
    template = AnswerTemplate(
        id=uuid.uuid4(),
        consultation_id=data.get("consultation_id"),
        title=nfc(data["title"]).strip(),
        body=nfc(data["body"]).strip(),
        created_by=actor.audit_actor,
    )
    if not template.title or not template.body:
        raise InvalidInput("Title and body cannot be blank.", errors=[{"loc": ["body"], "msg": "blank"}])
    session.add(template)
    await session.flush()
    audit.record(
        session,
        actor,
        "answer_template.created",
        "answer_template",
        template.id,
        audit.diff({}, audit.snapshot(template, ("title", "body", "consultation_id"))),
    )
    await session.commit()
    return template


async def update_template(
    session: AsyncSession, actor: Principal, template: AnswerTemplate, changes: dict[str, Any]
) -> AnswerTemplate:
    changes = {k: nfc(v).strip() for k, v in changes.items() if v is not None}
    if any(not v for v in changes.values()):
        raise InvalidInput("Title and body cannot be blank.", errors=[{"loc": ["body"], "msg": "blank"}])
    before = audit.snapshot(template, changes.keys())
    for key, value in changes.items():
        setattr(template, key, value)
    template.updated_at = utcnow()
    audit.record(
        session, actor, "answer_template.updated", "answer_template", template.id, audit.diff(before, changes)
    )
    await session.commit()
    return template


async def delete_template(session: AsyncSession, actor: Principal, template: AnswerTemplate) -> None:
    audit.record(
        session,
        actor,
        "answer_template.deleted",
        "answer_template",
        template.id,
        {"title": {"before": template.title, "after": None}},
    )
    await session.delete(template)
    await session.commit()
