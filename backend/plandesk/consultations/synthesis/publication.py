"""Publishing a consultation's synthesis for everyone to read.

Once a consultation is closed, its coordinator may publish the synthesis: the
public then reads how many opinions came in, by state, contributor group,
channel and section of the draft, on the consultation's public page. What is
published is counts only, never an opinion's text or who sent it. The
coordinator may withdraw it again; both are audited.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.consultations import consultations
from plandesk.consultations.models import Consultation
from plandesk.consultations.synthesis import synthesis
from plandesk.core import audit
from plandesk.core.db import utcnow
from plandesk.core.errors import Conflict, NotFound
from plandesk.core.policy import Principal


async def set_published(
    session: AsyncSession, actor: Principal, consultation: Consultation, publish: bool
) -> Consultation:
    """Publish (or withdraw) the synthesis; 409 unless the consultation is closed. Commits."""
    if publish and consultation.status != "closed":
        raise Conflict("Close the consultation before publishing its synthesis.")
    before = consultation.synthesis_published_at
    if publish == (before is not None):
        return consultation  # already so: nothing to record
    consultation.synthesis_published_at = utcnow() if publish else None
    audit.record(
        session,
        actor,
        "consultation.synthesis_published" if publish else "consultation.synthesis_withdrawn",
        "consultation",
        consultation.id,
        {"synthesis_published_at": {"before": before, "after": consultation.synthesis_published_at}},
    )
    await session.commit()
    return consultation


async def public_synthesis(session: AsyncSession, consultation_id: uuid.UUID) -> dict[str, Any]:
    """The published synthesis: counts only. 404 when the consultation or its publication is not there."""
    view = await consultations.get_view(session, consultation_id)
    c = view.consultation
    if c.synthesis_published_at is None:
        raise NotFound("published synthesis of consultation", consultation_id)
    summary = await synthesis.synthesis(session, consultation_id)
    return {
        "consultation_id": c.id,
        "title": c.title,
        "document_title": view.document_title,
        "opens_at": c.opens_at,
        "closes_at": c.closes_at,
        "published_at": c.synthesis_published_at,
        "total": summary["total"],
        "by_status": summary["by_status"],
        "by_group": summary["by_group"],
        "by_channel": summary["by_channel"],
        "by_section": summary["by_section"],
    }
