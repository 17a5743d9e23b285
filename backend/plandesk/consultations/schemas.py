"""Request and response bodies of the consultation domain (Pydantic v2, ``extra="forbid"`` on input)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, model_validator

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


# --- documents ----------------------------------------------------------------


class SectionIn(BaseModel):
    model_config = Strict
    id: uuid.UUID | None = Field(
        default=None,
        description="Keep the stable id of a section of an earlier version (by default sections "
        "keep their id when their number is unchanged).",
    )
    number: str = Field(min_length=1, max_length=40, description='e.g. "I", "2.3", "Điều 5"')
    heading: str = Field(default="", max_length=500)
    text: str = Field(default="", max_length=200_000)


class DocumentCreate(BaseModel):
    model_config = Strict
    title: str = Field(min_length=1, max_length=500)
    description: str | None = Field(default=None, max_length=10_000)
    status: DocumentStatus = "draft"
    note: str | None = Field(default=None, max_length=2000, description="What this version is")
    sections: list[SectionIn] = Field(min_length=1, max_length=2000)


class DocumentUpdate(BaseModel):
    model_config = Strict
    title: str | None = Field(default=None, min_length=1, max_length=500)
    description: str | None = Field(default=None, max_length=10_000)
    status: DocumentStatus | None = None


class VersionCreate(BaseModel):
    model_config = Strict
    note: str | None = Field(default=None, max_length=2000)
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


class DocumentSummaryOut(BaseModel):
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
    document_version: int | None = Field(default=None, ge=1, description="Default: the current version")
    title: str = Field(min_length=1, max_length=500)
    description: str | None = Field(default=None, max_length=10_000)
    audiences: list[ContributorGroup] = Field(default_factory=list, max_length=7)
    opens_at: AwareDatetime
    closes_at: AwareDatetime
    lead_unit_id: uuid.UUID | None = None
    synthesis_due: dt.date | None = None
    status: Literal["draft", "open"] = "draft"


class ConsultationUpdate(BaseModel):
    model_config = Strict
    title: str | None = Field(default=None, min_length=1, max_length=500)
    description: str | None = Field(default=None, max_length=10_000)
    audiences: list[ContributorGroup] | None = Field(default=None, max_length=7)
    opens_at: AwareDatetime | None = None
    closes_at: AwareDatetime | None = None
    lead_unit_id: uuid.UUID | None = None
    synthesis_due: dt.date | None = None
    status: ConsultationStatus | None = None


class ConsultationOut(BaseModel):
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
    body: str = Field(min_length=1, max_length=BODY_MAX)
    section_id: uuid.UUID | None = Field(default=None, description="Stable id of the section commented on")
    quote: str | None = Field(default=None, min_length=1, max_length=BODY_MAX)
    quote_start: int | None = Field(
        default=None, ge=0, description="Offset of the quote in the section text (Unicode code points)"
    )
    quote_end: int | None = Field(default=None, ge=0, description="End offset (exclusive)")
    contributor_group: ContributorGroup = "citizen"
    name: str | None = Field(default=None, max_length=200)
    organisation: str | None = Field(default=None, max_length=300)
    contact: str | None = Field(default=None, max_length=300, description="E-mail, phone or address")


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
    title: str = Field(min_length=1, max_length=500)
    held_on: dt.date
    location: str | None = Field(default=None, max_length=300)


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


class FeedbackOut(BaseModel):
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
    response: str | None = Field(default=None, min_length=1, max_length=BODY_MAX)
    template_id: uuid.UUID | None = Field(default=None, description="Answer with a saved template")
    tags: list[str] | None = Field(default=None, max_length=20, description="Replaces the tags")
    assigned_to: uuid.UUID | None = Field(default=None, description="A moderator or admin; null unassigns")


class BulkSelection(BaseModel):
    model_config = Strict
    ids: list[uuid.UUID] | None = Field(default=None, min_length=1, max_length=1000)
    cluster_id: uuid.UUID | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> BulkSelection:
        if (self.ids is None) == (self.cluster_id is None):
            raise ValueError("give exactly one of ids or cluster_id")
        return self


class BulkAction(BaseModel):
    model_config = Strict
    status: FeedbackStatus | None = None
    response: str | None = Field(default=None, min_length=1, max_length=BODY_MAX)
    template_id: uuid.UUID | None = None
    add_tags: list[str] = Field(default_factory=list, max_length=20)
    remove_tags: list[str] = Field(default_factory=list, max_length=20)
    assigned_to: uuid.UUID | None = Field(default=None, description="Assign to a moderator (omit: unchanged)")
    unassign: bool = False


class BulkRequest(BaseModel):
    model_config = Strict
    selection: BulkSelection
    action: BulkAction
    skip_ineligible: bool = Field(
        default=False,
        description="Leave alone submissions whose status cannot make the transition "
        "(otherwise the whole request is refused with 409)",
    )


class BulkResult(BaseModel):
    matched: int
    updated: int
    skipped: int
    skipped_ids: list[uuid.UUID] = Field(description="Up to 100 of the skipped submissions")


class TemplateCreate(BaseModel):
    model_config = Strict
    title: str = Field(min_length=1, max_length=200)
    body: str = Field(min_length=1, max_length=BODY_MAX)
    consultation_id: uuid.UUID | None = Field(default=None, description="Null: usable in every consultation")


class TemplateUpdate(BaseModel):
    model_config = Strict
    title: str | None = Field(default=None, min_length=1, max_length=200)
    body: str | None = Field(default=None, min_length=1, max_length=BODY_MAX)


class TemplateOut(BaseModel):
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
