"""Every domain's models, imported so ``Base.metadata`` is complete (Alembic, checks)."""

from plandesk.auth.models import RefreshToken, ServiceAccount
from plandesk.consultations.models import (
    AnswerTemplate,
    Consultation,
    DocumentSection,
    DocumentVersion,
    DraftDocument,
    FeedbackCluster,
    FeedbackMeeting,
    FeedbackSubmission,
    FeedbackTag,
    LshBucket,
)
from plandesk.core.audit import AuditEntry
from plandesk.core.db import Base
from plandesk.core.idempotency import IdempotencyRecord
from plandesk.units.models import Unit, UnitGroup, UnitGroupMember
from plandesk.users.models import User

metadata = Base.metadata

__all__ = [
    "AnswerTemplate",
    "AuditEntry",
    "Consultation",
    "DocumentSection",
    "DocumentVersion",
    "DraftDocument",
    "FeedbackCluster",
    "FeedbackMeeting",
    "FeedbackSubmission",
    "FeedbackTag",
    "IdempotencyRecord",
    "LshBucket",
    "RefreshToken",
    "ServiceAccount",
    "Unit",
    "UnitGroup",
    "UnitGroupMember",
    "User",
    "metadata",
]
