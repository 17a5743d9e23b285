"""Every domain's models, imported so ``Base.metadata`` is complete (Alembic, checks)."""

from plandesk.auth.models import RefreshToken, ServiceAccount
from plandesk.consultations.models import (
    AnswerTemplate,
    ClusteringQueue,
    Consultation,
    DocumentSection,
    DocumentVersion,
    DraftDocument,
    FeedbackCluster,
    FeedbackClusterMember,
    FeedbackMeeting,
    FeedbackSignature,
    FeedbackSubmission,
    FeedbackTag,
    FeedbackText,
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
    "ClusteringQueue",
    "Consultation",
    "DocumentSection",
    "DocumentVersion",
    "DraftDocument",
    "FeedbackCluster",
    "FeedbackClusterMember",
    "FeedbackMeeting",
    "FeedbackSignature",
    "FeedbackSubmission",
    "FeedbackTag",
    "FeedbackText",
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
