"""Request and response bodies of reviews (interim and final reports on the plan) and renders.

Field descriptions are attribute docstrings.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from plandesk.core.bounds import SafeDate, StrictVersionNumber
from plandesk.core.concurrency import ETagged
from plandesk.core.text import StorableText

Strict = ConfigDict(use_attribute_docstrings=True, extra="forbid")
Out = ConfigDict(use_attribute_docstrings=True)

ReviewKind = Literal["interim", "final"]
ReviewStatus = Literal["draft", "issued"]


class ReviewHeader(BaseModel):
    """The document's header and signature (Decree 30/2020/NĐ-CP layout)."""

    model_config = Strict
    style: Literal["state", "party"] = Field(
        default="state",
        description="state: the national motto (Decree 30/2020/NĐ-CP); party: «ĐẢNG CỘNG SẢN VIỆT NAM», "
        "as a Party committee's bodies head their documents",
    )
    parent_body: StorableText = Field(default="", max_length=300, examples=["TỈNH ỦY ĐẮK LẮK"])
    """The body above the issuer, printed first at the top left ("TỈNH ỦY ĐẮK LẮK"); may be empty."""
    issuer: StorableText = Field(default="", max_length=300, examples=["BAN TUYÊN GIÁO"])
    """The issuing body, printed under it ("BAN TUYÊN GIÁO")."""
    number_symbol: StorableText = Field(default="", max_length=80, examples=["Số: 12-BC/BTGTU"])
    """The document's number and symbol ("Số: 12-BC/BTGTU")."""
    place: StorableText = Field(default="", max_length=200, examples=["Đắk Lắk"])
    """The place printed before the date ("Đắk Lắk, ngày … tháng … năm …")."""
    signer_title: StorableText = Field(default="", max_length=200, examples=["TRƯỞNG BAN"])
    """The signer's title above the signature ("TRƯỞNG BAN")."""
    signer_name: StorableText = Field(default="", max_length=200)
    """The signer's name under the signature."""
    recipients: list[StorableText] = Field(default_factory=list, max_length=50)
    """The "Nơi nhận" list, one recipient a line; at most 50."""


class ReviewTexts(BaseModel):
    """The parts a coordinator writes; everything else is assembled from the plan."""

    model_config = Strict
    opening: StorableText = Field(default="", max_length=20_000)
    """The opening paragraph before the figures."""
    highlights: StorableText = Field(default="", max_length=50_000)
    """Results and highlights (kết quả nổi bật)."""
    shortcomings: StorableText = Field(default="", max_length=50_000)
    """Shortcomings and their causes (hạn chế, nguyên nhân)."""
    lessons: StorableText = Field(default="", max_length=50_000)
    """Lessons learnt (bài học kinh nghiệm)."""
    proposals: StorableText = Field(default="", max_length=50_000)
    """Proposals and recommendations (đề xuất, kiến nghị)."""
    next_steps: StorableText = Field(default="", max_length=50_000)
    """Tasks for the next period (nhiệm vụ thời gian tới)."""


class ReviewCreate(BaseModel):
    """A new review of the plan; omitted parts get defaults from the plan."""

    model_config = Strict
    kind: ReviewKind
    """interim: a review during the plan (sơ kết); final: the closing review (tổng kết)."""
    title: StorableText | None = Field(default=None, max_length=1000)
    """The review's title; default: "Báo cáo sơ kết …" or "Báo cáo tổng kết thực hiện Kế hoạch số …"."""
    phase_id: uuid.UUID | None = Field(default=None, description="interim: review a phase (as of its end)")
    as_of: SafeDate | None = Field(default=None, description="Default: the phase's end, or today")
    period_start: SafeDate | None = None
    """First day of the span the review covers; default: the phase's start, else the plan's beginning."""
    consultation_id: uuid.UUID | None = None
    """A consultation whose feedback the review summarises; null for none."""
    header: ReviewHeader | None = None
    """The document's header; default: the plan's own issuing body, place, signer and recipients."""
    texts: ReviewTexts | None = None
    """The written parts; default: all empty."""


class ReviewUpdate(BaseModel):
    """The parts of the review to change; an omitted field is left as it is."""

    model_config = Strict
    title: StorableText | None = Field(default=None, min_length=1, max_length=1000)
    """A new title, 1–1000 characters."""
    as_of: SafeDate | None = None
    """A new day the review is reckoned at."""
    period_start: SafeDate | None = None
    """A new start of the span covered; null clears it."""
    consultation_id: uuid.UUID | None = None
    """The consultation to summarise; null clears it."""
    header: ReviewHeader | None = None
    """A new header, replacing the whole header."""
    texts: ReviewTexts | None = None
    """New written parts, replacing all of them."""


class ReviewIssueRef(BaseModel):
    """An issued version of a review."""

    model_config = Out
    id: uuid.UUID
    """The issue's id."""
    number: int
    """The issue's number in its review: 1, 2, …"""
    issued_on: dt.date
    """The date printed on it."""
    issued_by: str
    """Who issued it, as the audit log names the actor."""
    issued_at: dt.datetime
    """When it was issued (UTC)."""


class ReviewOut(ETagged):
    """A review: an interim (sơ kết) or final (tổng kết) report on the plan."""

    model_config = Out
    id: uuid.UUID
    """The review's id."""
    plan_id: uuid.UUID
    """The plan reviewed."""
    kind: ReviewKind
    """interim or final."""
    title: str
    """The review's title."""
    phase_id: uuid.UUID | None
    """The phase an interim review covers; null for the whole plan."""
    consultation_id: uuid.UUID | None
    """The consultation whose feedback it summarises; null for none."""
    period_start: dt.date | None
    """First day of the span covered; null: the phase's start, else the plan's beginning."""
    as_of: dt.date
    """The day the review is reckoned at: tasks done, late and figures as of that day."""
    header: ReviewHeader
    """The document's header and signature."""
    texts: ReviewTexts
    """The written parts."""
    status: ReviewStatus
    """draft: being written (or edited since its last issue); issued: as its last issue reads."""
    issues: list[ReviewIssueRef]
    """Its issued versions, oldest first."""
    created_at: dt.datetime
    """When it was created (UTC)."""
    updated_at: dt.datetime
    """When it was last changed (UTC)."""


class ReviewIssueOut(ReviewIssueRef):
    """An issued version of a review, with its frozen content."""

    model_config = Out
    review_id: uuid.UUID
    """The review."""
    content: dict[str, Any] = Field(description="The assembled review as issued (figures and texts)")


class ReviewIssueIn(BaseModel):
    """Issue the review as it reads now."""

    model_config = Strict
    issued_on: SafeDate | None = Field(default=None, description="Default: today in the plan's calendar")


# --- renders (documents made inline or in a job) ----------------------------------------

RenderFormat = Literal["docx", "pdf"]
RenderState = Literal["queued", "running", "done", "failed"]


class ReviewRenderIn(BaseModel):
    """The review document to make."""

    model_config = Strict
    format: RenderFormat
    """docx (Word, Decree 30 layout) or pdf."""
    issue: StrictVersionNumber | None = Field(
        default=None, description="An issued version (default: the current draft)"
    )


class ReportRenderIn(BaseModel):
    """The unit report document to make."""

    model_config = Strict
    format: RenderFormat
    """docx (Word) or pdf."""


class RenderOut(BaseModel):
    """A document being made, or made: a review or unit report as DOCX or PDF."""

    model_config = Out
    id: uuid.UUID
    """The render's id: poll GET /api/v1/report-renders/{id}."""
    plan_id: uuid.UUID
    """The plan of the document."""
    subject_type: Literal["review", "unit_report"]
    """What is rendered."""
    subject_id: uuid.UUID
    """The review or unit report rendered."""
    issue: int | None
    """The review's issued version rendered; null for the draft or a unit report."""
    format: RenderFormat
    """docx or pdf."""
    state: RenderState
    """queued, running, done (download it) or failed (see `error`)."""
    progress: int = Field(description="0–100")
    stage: str = Field(description="queued, assembling, typesetting, storing, done, retrying or failed")
    error: str | None
    """Why the render failed; null otherwise."""
    filename: str | None
    """The file's name once done; null before."""
    size: int | None = Field(description="Bytes, once done")
    created_by: str
    """Who asked for it, as the audit log names the actor."""
    created_at: dt.datetime
    """When it was asked for (UTC)."""
    started_at: dt.datetime | None
    """When rendering started (UTC); null while queued."""
    finished_at: dt.datetime | None
    """When it finished, done or failed (UTC); null before."""
    download_url: str | None = Field(description="Where to fetch the file once done")
