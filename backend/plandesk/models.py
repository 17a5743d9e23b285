"""Every domain's models, imported so ``Base.metadata`` is complete (Alembic, checks)."""

from plandesk.auth.models import RefreshToken, ServiceAccount
from plandesk.consultations.models import (
    AnswerTemplate,
    BulkAction,
    BulkRecipient,
    ClusterExclusion,
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
from plandesk.core.events import Event
from plandesk.core.idempotency import IdempotencyRecord
from plandesk.jobs.models import LocalJob
from plandesk.notifications.models import (
    Notification,
    NotificationPreference,
    Reminder,
    ReminderMark,
    ReminderRuleSet,
)
from plandesk.plans.models import Channel, Milestone, Phase, Plan
from plandesk.reports.models import (
    PlanBaseline,
    ReportAttachment,
    ReportingPeriod,
    ReportRender,
    ReportUrge,
    Review,
    ReviewIssue,
    UnitReport,
)
from plandesk.sync.models import SyncChange
from plandesk.tasks.models import Assignment, ProgressUpdate, ReadVersion, Task, TaskChannel, TaskGroup, Urge
from plandesk.units.models import Unit, UnitGroup, UnitGroupMember
from plandesk.users.models import User
from plandesk.webhooks.models import WebhookAttempt, WebhookDelivery, WebhookEndpoint

metadata = Base.metadata

__all__ = [
    "AnswerTemplate",
    "Assignment",
    "AuditEntry",
    "BulkAction",
    "BulkRecipient",
    "Channel",
    "ClusterExclusion",
    "ClusteringQueue",
    "Consultation",
    "DocumentSection",
    "DocumentVersion",
    "DraftDocument",
    "Event",
    "FeedbackCluster",
    "FeedbackClusterMember",
    "FeedbackMeeting",
    "FeedbackSignature",
    "FeedbackSubmission",
    "FeedbackTag",
    "FeedbackText",
    "IdempotencyRecord",
    "LocalJob",
    "LshBucket",
    "Milestone",
    "Notification",
    "NotificationPreference",
    "Phase",
    "Plan",
    "PlanBaseline",
    "ProgressUpdate",
    "ReadVersion",
    "RefreshToken",
    "Reminder",
    "ReminderMark",
    "ReminderRuleSet",
    "ReportAttachment",
    "ReportRender",
    "ReportUrge",
    "ReportingPeriod",
    "Review",
    "ReviewIssue",
    "ServiceAccount",
    "SyncChange",
    "Task",
    "TaskChannel",
    "TaskGroup",
    "Unit",
    "UnitGroup",
    "UnitGroupMember",
    "UnitReport",
    "Urge",
    "User",
    "WebhookAttempt",
    "WebhookDelivery",
    "WebhookEndpoint",
    "metadata",
]
