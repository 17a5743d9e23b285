"""Consultations: a document version put before the public within a window."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal

from pydantic import BaseModel, Field

from plandesk.consultations.schemas import examples as ex
from plandesk.consultations.schemas.common import (
    CONSULTATION_STATUS_DOC,
    CONTRIBUTOR_GROUP_DOC,
    ConsultationStatus,
    ContributorGroup,
    with_examples,
)
from plandesk.consultations.schemas.documents import SectionOut
from plandesk.core.bounds import SafeAwareDatetime, SafeDate, StrictVersionNumber
from plandesk.core.concurrency import ETagged
from plandesk.core.text import CleanText, NameText

_AUDIENCES_DOC = (
    "The contributor groups the consultation addresses (for the public page). " + CONTRIBUTOR_GROUP_DOC
)
_WINDOW = {"opens_at": "2020-03-01T00:00:00+07:00", "closes_at": "2020-03-31T17:00:00+07:00"}
_AUDIENCES = ["citizen", "expert", "veteran", "party_member", "organisation"]


class ConsultationCreate(BaseModel):
    """A consultation to open on one version of a draft document."""

    model_config = with_examples(
        {
            "document_id": ex.DOCUMENT_ID,
            "document_version": 2,
            "title": ex.CONSULTATION_TITLE,
            "description": ex.CONSULTATION_DESCRIPTION,
            "audiences": _AUDIENCES,
            **_WINDOW,
            "lead_unit_id": ex.UNIT_ID,
            "synthesis_due": "2020-04-15",
            "status": "open",
        },
        strict=True,
    )
    document_id: uuid.UUID = Field(description="The draft document put before the public.")
    document_version: StrictVersionNumber | None = Field(
        default=None,
        description="Default: the current version. Fixed for the consultation's life, so quotes always "
        "refer to the text people read.",
    )
    title: NameText = Field(
        min_length=1, max_length=500, description="The consultation's title, shown publicly."
    )
    description: CleanText | None = Field(
        default=None, max_length=10_000, description="The invitation to comment, shown on the public page."
    )
    audiences: list[ContributorGroup] = Field(default_factory=list, max_length=7, description=_AUDIENCES_DOC)
    opens_at: SafeAwareDatetime = Field(
        description="When feedback starts being accepted (with a UTC offset); inclusive."
    )
    closes_at: SafeAwareDatetime = Field(
        description="When feedback stops being accepted (with a UTC offset); exclusive, after opens_at."
    )
    lead_unit_id: uuid.UUID | None = Field(
        default=None, description="The unit in charge of synthesising the opinions (chủ trì tổng hợp)."
    )
    synthesis_due: SafeDate | None = Field(
        default=None, description="The date the synthesis (tổng hợp ý kiến) is due, local calendar date."
    )
    status: Literal["draft", "open"] = Field(
        default="draft",
        description="draft: prepare it out of public sight; open: on the public page at once (feedback "
        "is accepted inside the window).",
    )


class ConsultationUpdate(BaseModel):
    """Changes to a consultation; omitted fields stay as they are."""

    model_config = with_examples(
        {"status": "closed"}, {"closes_at": "2020-04-10T17:00:00+07:00"}, strict=True
    )
    title: NameText | None = Field(default=None, min_length=1, max_length=500, description="A new title.")
    description: CleanText | None = Field(
        default=None, max_length=10_000, description="A new invitation text; null removes it."
    )
    audiences: list[ContributorGroup] | None = Field(default=None, max_length=7, description=_AUDIENCES_DOC)
    opens_at: SafeAwareDatetime | None = Field(
        default=None, description="A new start of the window (inclusive)."
    )
    closes_at: SafeAwareDatetime | None = Field(
        default=None, description="A new end of the window (exclusive)."
    )
    lead_unit_id: uuid.UUID | None = Field(default=None, description="A new lead unit; null removes it.")
    synthesis_due: SafeDate | None = Field(
        default=None, description="A new synthesis due date; null removes it."
    )
    status: ConsultationStatus | None = Field(default=None, description=CONSULTATION_STATUS_DOC)


class ConsultationOut(ETagged):
    """A consultation as staff see it."""

    model_config = with_examples(
        {
            "id": ex.CONSULTATION_ID,
            "document_id": ex.DOCUMENT_ID,
            "document_title": ex.DOCUMENT_TITLE,
            "document_version": 2,
            "title": ex.CONSULTATION_TITLE,
            "description": ex.CONSULTATION_DESCRIPTION,
            "audiences": _AUDIENCES,
            "opens_at": "2020-02-29T17:00:00Z",
            "closes_at": "2020-03-31T10:00:00Z",
            "lead_unit_id": ex.UNIT_ID,
            "synthesis_due": "2020-04-15",
            "status": "open",
            "accepting_feedback": True,
            "created_at": "2020-02-25T03:00:00Z",
            "updated_at": "2020-02-28T09:30:00Z",
            "etag": ex.CONSULTATION_ETAG,
        }
    )
    id: uuid.UUID = Field(description="The consultation's id.")
    document_id: uuid.UUID = Field(description="The draft document under consultation.")
    document_title: str = Field(description="That document's title.")
    document_version: int = Field(description="The version of the document people comment on.")
    title: str = Field(description="The consultation's title.")
    description: str | None = Field(description="The invitation to comment; null when none.")
    audiences: list[ContributorGroup] = Field(description=_AUDIENCES_DOC)
    opens_at: dt.datetime = Field(description="Start of the feedback window (UTC, inclusive).")
    closes_at: dt.datetime = Field(description="End of the feedback window (UTC, exclusive).")
    lead_unit_id: uuid.UUID | None = Field(description="The unit in charge of the synthesis; null when none.")
    synthesis_due: dt.date | None = Field(description="When the synthesis is due; null when not set.")
    status: ConsultationStatus = Field(description=CONSULTATION_STATUS_DOC)
    accepting_feedback: bool = Field(
        description="True when feedback is accepted now: status open and now in [opens_at, closes_at)."
    )
    synthesis_published_at: dt.datetime | None = Field(
        default=None, description="When the synthesis was published on the public page; null: not published"
    )
    created_at: dt.datetime = Field(description="When the consultation was created (UTC).")
    updated_at: dt.datetime = Field(description="When it last changed (UTC).")


class PublicDocumentRef(BaseModel):
    """The document a public consultation is about, and the version people comment on."""

    model_config = with_examples({"id": ex.DOCUMENT_ID, "title": ex.DOCUMENT_TITLE, "version": 2})
    id: uuid.UUID = Field(description="The document's id.")
    title: str = Field(description="The document's title.")
    version: int = Field(description="The version under consultation.")


_PUBLIC = {
    "id": ex.CONSULTATION_ID,
    "title": ex.CONSULTATION_TITLE,
    "description": ex.CONSULTATION_DESCRIPTION,
    "audiences": _AUDIENCES,
    "opens_at": "2020-02-29T17:00:00Z",
    "closes_at": "2020-03-31T10:00:00Z",
    "synthesis_due": "2020-04-15",
    "accepting_feedback": True,
    "document": {"id": ex.DOCUMENT_ID, "title": ex.DOCUMENT_TITLE, "version": 2},
}


class PublicConsultationOut(BaseModel):
    """An open consultation as anyone sees it, without signing in (no internal fields)."""

    model_config = with_examples(_PUBLIC)
    id: uuid.UUID = Field(description="The consultation's id (used to submit feedback).")
    title: str = Field(description="The consultation's title.")
    description: str | None = Field(description="The invitation to comment; null when none.")
    audiences: list[ContributorGroup] = Field(description=_AUDIENCES_DOC)
    opens_at: dt.datetime = Field(description="Start of the feedback window (UTC, inclusive).")
    closes_at: dt.datetime = Field(description="End of the feedback window (UTC, exclusive).")
    synthesis_due: dt.date | None = Field(
        description="When the synthesis of the opinions is due; null when not set."
    )
    accepting_feedback: bool = Field(description="True when a submission would be accepted now.")
    document: PublicDocumentRef = Field(description="The draft under consultation.")


class PublicConsultationDetail(PublicConsultationOut):
    """An open consultation with the sections of the document version people comment on."""

    model_config = with_examples({**_PUBLIC, "sections": [ex.SECTION_I, ex.SECTION_III]})
    sections: list[SectionOut] = Field(
        description="The sections of the version under consultation, in reading order; feedback names "
        "a section by its id and quotes its text."
    )
