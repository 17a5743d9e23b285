"""Request and response bodies of the consultation domain (Pydantic v2, ``extra="forbid"`` on input)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StringConstraints, model_validator

from plandesk.core.bounds import Int64, SafeAwareDatetime, SafeDate, StrictVersionNumber
from plandesk.core.concurrency import ETagged
from plandesk.core.text import CleanText, NameText

Strict = ConfigDict(extra="forbid")

DocumentStatus = Literal["draft", "published", "archived"]
ConsultationStatus = Literal["draft", "open", "closed", "archived"]
ContributorGroup = Literal["citizen", "expert", "veteran", "party_member", "organisation", "unit", "other"]
Channel = Literal["web", "mobile", "meeting", "letter", "phone"]
# A single submission comes through any channel but "meeting" (meetings are recorded in batches).
SingleChannel = Literal["web", "mobile", "letter", "phone"]
FeedbackStatus = Literal[
    "received", "in_review", "accepted", "partially_accepted", "not_accepted", "duplicate", "spam"
]
SectionChange = Literal["added", "changed", "unchanged"]

BODY_MAX = 10_000
Tag = str  # 1–64 characters, checked in the service (NFC, trimmed)
TagText = Annotated[NameText, StringConstraints(min_length=1, max_length=64)]


# --- documents ----------------------------------------------------------------


class SectionIn(BaseModel):
    model_config = Strict
    id: uuid.UUID | None = Field(
        default=None,
        description="Keep the stable id of a section of an earlier version (by default sections "
        "keep their id when their number is unchanged).",
    )
    number: CleanText = Field(min_length=1, max_length=40, description='e.g. "I", "2.3", "Điều 5"')
    heading: CleanText = Field(default="", max_length=500)
    text: CleanText = Field(default="", max_length=200_000)


class DocumentCreate(BaseModel):
    model_config = Strict
    title: NameText = Field(min_length=1, max_length=500)
    description: CleanText | None = Field(default=None, max_length=10_000)
    status: DocumentStatus = "draft"
    note: CleanText | None = Field(default=None, max_length=2000, description="What this version is")
    sections: list[SectionIn] = Field(min_length=1, max_length=2000)


class DocumentUpdate(BaseModel):
    model_config = Strict
    title: NameText | None = Field(default=None, min_length=1, max_length=500)
    description: CleanText | None = Field(default=None, max_length=10_000)
    status: DocumentStatus | None = None


class VersionCreate(BaseModel):
    model_config = Strict
    note: CleanText | None = Field(default=None, max_length=2000)
    sections: list[SectionIn] = Field(min_length=1, max_length=2000)


class SectionOut(BaseModel):
    id: uuid.UUID = Field(description="Stable section id (the same across versions)")
    number: str
    heading: str
    text: str
    position: int


class SectionWithChangeOut(SectionOut):
    change: SectionChange


class VersionChanges(BaseModel):
    added: list[uuid.UUID] = []
    changed: list[uuid.UUID] = []
    removed: list[uuid.UUID] = []


class DocumentSummaryOut(ETagged):
    id: uuid.UUID
    title: str
    description: str | None
    status: DocumentStatus
    current_version: int
    created_at: dt.datetime
    updated_at: dt.datetime


class DocumentOut(DocumentSummaryOut):
    sections: list[SectionOut]


class VersionSummaryOut(BaseModel):
    number: int
    note: str | None
    source_filename: str | None
    created_at: dt.datetime
    section_count: int
    changes: VersionChanges


class VersionOut(VersionSummaryOut):
    document_id: uuid.UUID
    sections: list[SectionWithChangeOut]


# --- consultations ------------------------------------------------------------


class ConsultationCreate(BaseModel):
    model_config = Strict
    document_id: uuid.UUID
    document_version: StrictVersionNumber | None = Field(
        default=None, description="Default: the current version"
    )
    title: NameText = Field(min_length=1, max_length=500)
    description: CleanText | None = Field(default=None, max_length=10_000)
    audiences: list[ContributorGroup] = Field(default_factory=list, max_length=7)
    opens_at: SafeAwareDatetime
    closes_at: SafeAwareDatetime
    lead_unit_id: uuid.UUID | None = None
    synthesis_due: SafeDate | None = None
    status: Literal["draft", "open"] = "draft"


class ConsultationUpdate(BaseModel):
    model_config = Strict
    title: NameText | None = Field(default=None, min_length=1, max_length=500)
    description: CleanText | None = Field(default=None, max_length=10_000)
    audiences: list[ContributorGroup] | None = Field(default=None, max_length=7)
    opens_at: SafeAwareDatetime | None = None
    closes_at: SafeAwareDatetime | None = None
    lead_unit_id: uuid.UUID | None = None
    synthesis_due: SafeDate | None = None
    status: ConsultationStatus | None = None


class ConsultationOut(ETagged):
    id: uuid.UUID
    document_id: uuid.UUID
    document_title: str
    document_version: int
    title: str
    description: str | None
    audiences: list[ContributorGroup]
    opens_at: dt.datetime
    closes_at: dt.datetime
    lead_unit_id: uuid.UUID | None
    synthesis_due: dt.date | None
    status: ConsultationStatus
    accepting_feedback: bool
    synthesis_published_at: dt.datetime | None = Field(
        default=None, description="When the synthesis was published on the public page; null: not published"
    )
    created_at: dt.datetime
    updated_at: dt.datetime


class PublicDocumentRef(BaseModel):
    id: uuid.UUID
    title: str
    version: int


class PublicConsultationOut(BaseModel):
    id: uuid.UUID
    title: str
    description: str | None
    audiences: list[ContributorGroup]
    opens_at: dt.datetime
    closes_at: dt.datetime
    synthesis_due: dt.date | None
    accepting_feedback: bool
    document: PublicDocumentRef


class PublicConsultationDetail(PublicConsultationOut):
    sections: list[SectionOut]


# --- feedback submission ------------------------------------------------------


class _Opinion(BaseModel):
    model_config = Strict
    body: CleanText = Field(min_length=1, max_length=BODY_MAX)
    section_id: uuid.UUID | None = Field(default=None, description="Stable id of the section commented on")
    quote: CleanText | None = Field(default=None, min_length=1, max_length=BODY_MAX)
    quote_start: Int64 | None = Field(
        default=None, ge=0, description="Offset of the quote in the section text (Unicode code points)"
    )
    quote_end: Int64 | None = Field(default=None, ge=0, description="End offset (exclusive)")
    contributor_group: ContributorGroup = "citizen"
    name: NameText | None = Field(default=None, max_length=200)
    organisation: NameText | None = Field(default=None, max_length=300)
    contact: CleanText | None = Field(default=None, max_length=300, description="E-mail, phone or address")


class FeedbackCreate(_Opinion):
    channel: SingleChannel = "web"


class FeedbackReceipt(BaseModel):
    id: uuid.UUID
    consultation_id: uuid.UUID
    receipt_code: str = Field(description="Keep it: it is the only way to follow this submission")
    status: FeedbackStatus
    submitted_at: dt.datetime


class MeetingIn(BaseModel):
    model_config = Strict
    title: NameText = Field(min_length=1, max_length=500)
    held_on: SafeDate
    location: CleanText | None = Field(default=None, max_length=300)


class MeetingOpinion(_Opinion):
    pass


class MeetingBatchCreate(BaseModel):
    model_config = Strict
    meeting: MeetingIn
    unit_id: uuid.UUID | None = Field(
        default=None, description="The unit that held the meeting (a unit officer's own unit by default)"
    )
    submissions: list[MeetingOpinion] = Field(min_length=1, max_length=1000)


class MeetingReceipt(BaseModel):
    id: uuid.UUID
    receipt_code: str


class MeetingBatchOut(BaseModel):
    meeting_id: uuid.UUID
    consultation_id: uuid.UUID
    unit_id: uuid.UUID
    count: int
    receipts: list[MeetingReceipt]


class PublicSectionRef(BaseModel):
    id: uuid.UUID
    number: str
    heading: str


class PublicFeedbackStatus(BaseModel):
    consultation_id: uuid.UUID
    consultation_title: str
    section: PublicSectionRef | None
    quote: str | None
    body: str
    status: FeedbackStatus
    submitted_at: dt.datetime
    response: str | None
    responded_at: dt.datetime | None


# --- moderation ---------------------------------------------------------------


class Contacts(BaseModel):
    name: str | None
    organisation: str | None
    contact: str | None


class FeedbackOut(ETagged):
    id: uuid.UUID
    consultation_id: uuid.UUID
    section_id: uuid.UUID | None
    quote: str | None
    quote_start: int | None
    quote_end: int | None
    body: str
    contributor_group: ContributorGroup
    channel: Channel
    meeting_id: uuid.UUID | None
    submitted_at: dt.datetime
    status: FeedbackStatus
    response: str | None
    responded_at: dt.datetime | None
    assigned_to: uuid.UUID | None
    tags: list[str]
    cluster_id: uuid.UUID | None
    duplicate_of: uuid.UUID | None = Field(description="The first submission with the same normalised text")
    contacts: Contacts | None = Field(description="Only for moderators and admins; null for everyone else")
    contacts_purged: bool


class FeedbackStatusCounts(BaseModel):
    """How many submissions match the queue's other filters, per status."""

    total: int
    by_status: dict[FeedbackStatus, int]


class FeedbackUpdate(BaseModel):
    model_config = Strict
    status: FeedbackStatus | None = None
    response: CleanText | None = Field(default=None, min_length=1, max_length=BODY_MAX)
    template_id: uuid.UUID | None = Field(default=None, description="Answer with a saved template")
    tags: list[TagText] | None = Field(default=None, max_length=20, description="Replaces the tags")
    assigned_to: uuid.UUID | None = Field(default=None, description="A moderator or admin; null unassigns")


class BulkSelection(BaseModel):
    model_config = Strict
    ids: list[uuid.UUID] | None = Field(default=None, min_length=1, max_length=1000)
    cluster_id: uuid.UUID | None = None
    exclude_ids: list[uuid.UUID] = Field(
        default_factory=list, max_length=1000, description="With cluster_id: members left out (unticked)"
    )
    include_flagged_ids: list[uuid.UUID] = Field(
        default_factory=list,
        max_length=1000,
        description="With cluster_id: members that differ in content from the cluster's first text are "
        "left out unless listed here (ticked)",
    )

    @model_validator(mode="after")
    def _exactly_one(self) -> BulkSelection:
        if (self.ids is None) == (self.cluster_id is None):
            raise ValueError("give exactly one of ids or cluster_id")
        if self.ids is not None and (self.exclude_ids or self.include_flagged_ids):
            raise ValueError("exclude_ids and include_flagged_ids go with cluster_id")
        return self


class BulkAction(BaseModel):
    model_config = Strict
    status: FeedbackStatus | None = None
    response: CleanText | None = Field(default=None, min_length=1, max_length=BODY_MAX)
    template_id: uuid.UUID | None = None
    add_tags: list[TagText] = Field(default_factory=list, max_length=20)
    remove_tags: list[TagText] = Field(default_factory=list, max_length=20)
    assigned_to: uuid.UUID | None = Field(default=None, description="Assign to a moderator (omit: unchanged)")
    unassign: StrictBool = False


class BulkRequest(BaseModel):
    model_config = Strict
    selection: BulkSelection
    action: BulkAction
    skip_ineligible: StrictBool = Field(
        default=False,
        description="Leave alone submissions whose status cannot make the transition "
        "(otherwise the whole request is refused with 409)",
    )


class BulkResult(BaseModel):
    matched: int
    updated: int
    skipped: int
    skipped_ids: list[uuid.UUID] = Field(description="Up to 100 of the skipped submissions")
    bulk_action_id: uuid.UUID | None = Field(
        None,
        description="The recorded action (which submissions it changed, and from what): undo per submission",
    )


class TemplateCreate(BaseModel):
    model_config = Strict
    title: NameText = Field(min_length=1, max_length=200)
    body: CleanText = Field(min_length=1, max_length=BODY_MAX)
    consultation_id: uuid.UUID | None = Field(default=None, description="Null: usable in every consultation")


class TemplateUpdate(BaseModel):
    model_config = Strict
    title: NameText | None = Field(default=None, min_length=1, max_length=200)
    body: CleanText | None = Field(default=None, min_length=1, max_length=BODY_MAX)


class TemplateOut(ETagged):
    id: uuid.UUID
    consultation_id: uuid.UUID | None
    title: str
    body: str
    created_at: dt.datetime
    updated_at: dt.datetime


# --- synthesis ----------------------------------------------------------------


class SectionCounts(BaseModel):
    section_id: uuid.UUID | None
    number: str | None
    heading: str | None
    total: int
    by_status: dict[str, int]


class DayCount(BaseModel):
    date: dt.date
    count: int


class TagCount(BaseModel):
    tag: str
    count: int


class ClusterOut(BaseModel):
    cluster_id: uuid.UUID
    size: int
    representative_id: uuid.UUID
    representative_text: str = Field(description="The earliest submission of the cluster (first 1,000 chars)")
    flagged: int = Field(0, description="Members whose text differs from the first one in content words")


class DiffSegment(BaseModel):
    op: Literal["same", "added", "removed"] = Field(
        description="added: in this member only; removed: in the cluster's first text only"
    )
    text: str
    content: bool = Field(
        description="The segment holds a content word (not a particle, punctuation, spelling)"
    )


class LastBulkAction(BaseModel):
    bulk_action_id: uuid.UUID
    at: dt.datetime
    by: str
    undoable: bool = Field(description="Not undone yet, and the submission has not changed since")
    undone_at: dt.datetime | None


class ClusterMemberOut(BaseModel):
    id: uuid.UUID
    body: str
    submitted_at: dt.datetime
    status: FeedbackStatus
    response: str | None
    representative: bool = Field(description="The cluster's first text, which the others are compared with")
    differs_in_content: bool
    diff: list[DiffSegment] = Field(description="This member's text word by word against the first text")
    last_bulk_action: LastBulkAction | None


class MovedOutOut(BaseModel):
    id: uuid.UUID
    body: str
    status: FeedbackStatus
    moved_by: str
    moved_at: dt.datetime


class ClusterDetailOut(BaseModel):
    cluster_id: uuid.UUID
    consultation_id: uuid.UUID
    size: int
    flagged: int
    representative_id: uuid.UUID
    members: list[ClusterMemberOut] = Field(
        description="Flagged members first, then by submission time; at most `limit`"
    )
    members_shown: int
    moved_out: list[MovedOutOut] = Field(description="Members moderators moved out of this cluster")


class MoveOutResult(BaseModel):
    feedback_id: uuid.UUID
    cluster_id: uuid.UUID
    cluster_size: int = Field(description="The cluster's size after the move (0: the cluster is gone)")


class UndoResult(BaseModel):
    feedback_id: uuid.UUID
    bulk_action_id: uuid.UUID
    status: FeedbackStatus
    response: str | None


class SynthesisOut(BaseModel):
    consultation_id: uuid.UUID
    total: int
    by_status: dict[str, int]
    by_section: list[SectionCounts]
    by_group: dict[str, int]
    by_channel: dict[str, int]
    by_day: list[DayCount]
    top_tags: list[TagCount]
    largest_clusters: list[ClusterOut]
    awaiting_clustering: int = Field(description="Submissions not yet compared for near-duplicates")
    generated_at: dt.datetime


class PublicSynthesisOut(BaseModel):
    """A published synthesis: counts only, never an opinion's text or its sender."""

    consultation_id: uuid.UUID
    title: str
    document_title: str
    opens_at: dt.datetime
    closes_at: dt.datetime
    published_at: dt.datetime
    total: int
    by_status: dict[str, int]
    by_group: dict[str, int]
    by_channel: dict[str, int]
    by_section: list[SectionCounts]
