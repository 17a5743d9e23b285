"""Request and response bodies of unit reports (a unit's periodic report on its tasks).

Field descriptions are attribute docstrings.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from plandesk.core.bounds import JsonInt
from plandesk.core.concurrency import ETagged
from plandesk.core.text import StorableText

Strict = ConfigDict(use_attribute_docstrings=True, extra="forbid")
Out = ConfigDict(use_attribute_docstrings=True)

ReportStatus = Literal["draft", "submitted", "accepted", "returned"]


class ReportStart(BaseModel):
    """Which unit opens its report for the period."""

    model_config = Strict
    unit_id: uuid.UUID
    """The reporting unit: a unit officer's own unit (an admin may open any unit's)."""


class TaskLine(BaseModel):
    """A line of the report: one task the unit works on, and what it did in the period."""

    model_config = Out
    task_id: uuid.UUID
    """The task."""
    title: str
    """The task's title when the report was opened."""
    status: str
    """The unit's assignment status when the report was opened (not_started, in_progress, done, …)."""
    percent: int
    """The unit's progress on the task when the report was opened, 0–100."""
    done_text: str
    """What the unit did: prefilled from its progress notes written during the period, then edited."""


class TaskLineIn(BaseModel):
    """The edited text of one line."""

    model_config = Strict
    task_id: uuid.UUID
    """A task the report covers (one of its `task_lines`)."""
    done_text: StorableText = Field(max_length=10_000)
    """What the unit did for the task in the period; at most 10,000 characters."""


class Figures(BaseModel):
    """Propagation figures for one channel (``channel_id`` null: not tied to a channel)."""

    model_config = Strict
    channel_id: uuid.UUID | None = None
    """A propagation channel of the plan; null for figures not tied to one."""
    events: JsonInt = Field(
        default=0, ge=0, le=10_000_000, description="Events held (hội nghị, buổi tuyên truyền)"
    )
    participants: JsonInt = Field(default=0, ge=0, le=1_000_000_000)
    """People who took part in those events (lượt người)."""
    articles: JsonInt = Field(default=0, ge=0, le=10_000_000, description="Articles, news items, broadcasts")
    banners: JsonInt = Field(default=0, ge=0, le=10_000_000, description="Banners, posters, panels")


class FiguresOut(Figures):
    """Propagation figures for one channel, with the channel's title."""

    model_config = ConfigDict(extra="ignore", use_attribute_docstrings=True)
    channel: str | None = None
    """The channel's title; null when the figures are tied to no channel."""


class ReportUpdate(BaseModel):
    """The parts of a draft or returned report to save; an omitted field is left as it is."""

    model_config = Strict
    task_lines: list[TaskLineIn] | None = Field(default=None, max_length=5000)
    """New texts of some lines (by task); lines not named keep theirs."""
    figures: list[Figures] | None = Field(default=None, max_length=100)
    """The report's figures, replacing all of them (a row per channel, as the report holds them)."""
    difficulties: StorableText | None = Field(default=None, max_length=20_000)
    """Difficulties and shortcomings met in the period; at most 20,000 characters."""
    proposals: StorableText | None = Field(default=None, max_length=20_000)
    """The unit's proposals and recommendations; at most 20,000 characters."""


class ReturnIn(BaseModel):
    """Why the report goes back to its unit."""

    model_config = Strict
    comment: StorableText = Field(min_length=1, max_length=5000)
    """What the unit must correct; 1–5000 characters, shown to the unit on its report."""


class AttachmentOut(BaseModel):
    """A file attached to a unit report."""

    model_config = Out
    id: uuid.UUID
    """The attachment's id: download it at GET /api/v1/report-attachments/{id}."""
    filename: str
    """The file's name as uploaded."""
    content_type: str
    """Its media type, found from its content (PDF, DOCX, XLSX, PNG or JPEG)."""
    size: int
    """Its size in bytes."""
    created_at: dt.datetime
    """When it was attached (UTC)."""


class UnitReportOut(ETagged):
    """A unit's report for a reporting period."""

    model_config = Out
    id: uuid.UUID
    """The report's id."""
    period_id: uuid.UUID
    """The reporting period."""
    plan_id: uuid.UUID
    """The plan."""
    unit_id: uuid.UUID
    """The reporting unit."""
    unit_name: str
    """The unit's name."""
    period_label: str
    """The period's name."""
    due_on: dt.date
    """The day the report is due (the period's)."""
    status: ReportStatus
    """draft (being written), submitted, accepted, or returned (to correct and submit again)."""
    task_lines: list[TaskLine]
    """A line per task the unit works on in the plan."""
    figures: list[FiguresOut]
    """Propagation figures, a row per channel of the plan."""
    difficulties: str
    """Difficulties and shortcomings; empty when none written."""
    proposals: str
    """Proposals and recommendations; empty when none written."""
    submitted_at: dt.datetime | None
    """When it was last submitted (UTC); null while never submitted."""
    submitted_on: dt.date | None
    """The day (in the plan's calendar) it was first submitted, the day lateness is judged by."""
    late: bool
    """First submitted after the due day."""
    submitted_by: str | None
    """Who last submitted it, as the audit log names the actor; null while never submitted."""
    review_comment: str | None
    """The coordinator's comment when returned; null otherwise."""
    reviewed_at: dt.datetime | None
    """When it was last accepted or returned (UTC); null before."""
    reviewed_by: str | None
    """Who accepted or returned it; null before."""
    attachments: list[AttachmentOut]
    """Files attached, oldest first."""
