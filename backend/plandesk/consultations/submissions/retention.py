"""Retention: contributors' contact details are removed once a consultation is over.

The feedback itself stays (it is the public record of the consultation); only
name, organisation and contact go, and the purge is audited.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Table, or_, update
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.consultations import consultations
from plandesk.consultations.models import FeedbackSubmission
from plandesk.core import audit
from plandesk.core.db import utcnow
from plandesk.core.errors import Conflict, InvalidInput
from plandesk.core.policy import Principal

F: Table = FeedbackSubmission.__table__  # type: ignore[assignment]


async def purge_contacts(
    session: AsyncSession,
    actor: Principal | None,
    consultation_id: uuid.UUID,
    older_than_days: int,
) -> int:
    """Remove contact details of submissions older than ``older_than_days``; commits.

    Refused (409) while the consultation is still running: it must be closed —
    its window over, or its status closed or archived.
    """
    if older_than_days < 0:
        raise InvalidInput("older_than_days cannot be negative.")
    consultation = await consultations.get_consultation(session, consultation_id)
    now = utcnow()
    if not (consultation.closes_at <= now or consultation.status in ("closed", "archived")):
        raise Conflict(
            f"The consultation is still running (it closes at {consultation.closes_at.isoformat()}); "
            "contact details are purged only after it has closed."
        )
    cutoff = now - dt.timedelta(days=older_than_days)
    result = await session.execute(
        update(F)
        .where(
            F.c.consultation_id == consultation_id,
            F.c.submitted_at < cutoff,
            or_(F.c.name.is_not(None), F.c.organisation.is_not(None), F.c.contact.is_not(None)),
        )
        .values(
            name=None,
            organisation=None,
            contact=None,
            contacts_purged_at=now,
            version=F.c.version + 1,
            updated_at=now,
        )
    )
    purged = int(result.rowcount)  # type: ignore[attr-defined]
    audit.record(
        session,
        actor,
        "feedback.contacts_purged",
        "consultation",
        consultation_id,
        {"older_than_days": older_than_days, "cutoff": cutoff, "purged": purged},
    )
    await session.commit()
    return purged
