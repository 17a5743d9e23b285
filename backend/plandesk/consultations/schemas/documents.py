"""Draft documents and their versions: what staff write or upload, and what they read back."""

from __future__ import annotations

import datetime as dt
import uuid

from pydantic import BaseModel, Field

from plandesk.consultations.schemas import examples as ex
from plandesk.consultations.schemas.common import (
    DOCUMENT_STATUS_DOC,
    SECTION_CHANGE_DOC,
    DocumentStatus,
    SectionChange,
    Strict,
    with_examples,
)
from plandesk.core.concurrency import ETagged
from plandesk.core.text import CleanText, NameText

_SECTION_IN = {"number": "III", "heading": ex.SECTION_III["heading"], "text": ex.SECTION_III_TEXT}
_CHANGES = {"added": [], "changed": [ex.SECTION_III_ID], "removed": []}


class SectionIn(BaseModel):
    """One section of a draft as written: its number, heading and text, in document order."""

    model_config = Strict
    id: uuid.UUID | None = Field(
        default=None,
        description="Keep the stable id of a section of an earlier version (by default sections "
        "keep their id when their number is unchanged).",
    )
    number: CleanText = Field(
        min_length=1,
        max_length=40,
        description='The section\'s number as printed, e.g. "I", "2.3", "Điều 5"; unique within a version.',
    )
    heading: CleanText = Field(default="", max_length=500, description="The section's heading; may be empty.")
    text: CleanText = Field(
        default="",
        max_length=200_000,
        description="The section's body as plain text (NFC). Quotes in feedback are located in it by "
        "offsets counted in Unicode code points.",
    )


class DocumentCreate(BaseModel):
    """A new draft document typed in as sections; it becomes version 1."""

    model_config = with_examples(
        {
            "title": ex.DOCUMENT_TITLE,
            "description": "Bản dự thảo trình Hội nghị Ban Chấp hành Đảng bộ tỉnh lấy ý kiến.",
            "status": "draft",
            "note": "Dự thảo lần 1",
            "sections": [
                {k: v for k, v in ex.SECTION_I.items() if k in ("number", "heading", "text")},
                _SECTION_IN,
            ],
        },
        strict=True,
    )
    title: NameText = Field(
        min_length=1, max_length=500, description="The document's title, as people cite it."
    )
    description: CleanText | None = Field(
        default=None, max_length=10_000, description="What the document is and who drafted it; optional."
    )
    status: DocumentStatus = Field(default="draft", description=DOCUMENT_STATUS_DOC)
    note: CleanText | None = Field(
        default=None, max_length=2000, description='What this version is, e.g. "Dự thảo lần 1".'
    )
    sections: list[SectionIn] = Field(
        min_length=1, max_length=2000, description="The sections in document order (1 to 2,000)."
    )


class DocumentUpdate(BaseModel):
    """Changes to a document's title, description or status; omitted fields stay as they are."""

    model_config = with_examples({"status": "published"}, strict=True)
    title: NameText | None = Field(
        default=None, min_length=1, max_length=500, description="A new title; omit to keep the current one."
    )
    description: CleanText | None = Field(
        default=None, max_length=10_000, description="A new description; null removes it."
    )
    status: DocumentStatus | None = Field(default=None, description=DOCUMENT_STATUS_DOC)


class VersionCreate(BaseModel):
    """A new version of a document: the full list of its sections, replacing the previous version's."""

    model_config = with_examples(
        {"note": "Dự thảo lần 2, tiếp thu ý kiến Hội nghị phản biện xã hội", "sections": [_SECTION_IN]},
        strict=True,
    )
    note: CleanText | None = Field(
        default=None, max_length=2000, description="What changed in this version, for the history."
    )
    sections: list[SectionIn] = Field(
        min_length=1, max_length=2000, description="Every section of the new version, in document order."
    )


class SectionOut(BaseModel):
    """One section of a document version as stored."""

    model_config = with_examples(ex.SECTION_III)
    id: uuid.UUID = Field(description="Stable section id (the same across versions)")
    number: str = Field(description='The section\'s number as printed ("I", "2.3", "Điều 5").')
    heading: str = Field(description="The section's heading; empty when it has none.")
    text: str = Field(description="The section's text (NFC); feedback quote offsets count code points in it.")
    position: int = Field(description="0-based place of the section in the version, in reading order.")


class SectionWithChangeOut(SectionOut):
    """A section of one version, marked with how it differs from the previous version."""

    model_config = with_examples({**ex.SECTION_III, "change": "changed"})
    change: SectionChange = Field(description=SECTION_CHANGE_DOC)


class VersionChanges(BaseModel):
    """Which sections a version added, changed or removed, by stable section id."""

    model_config = with_examples(_CHANGES)
    added: list[uuid.UUID] = Field(default=[], description="Sections new in this version.")
    changed: list[uuid.UUID] = Field(default=[], description="Sections whose heading or text changed.")
    removed: list[uuid.UUID] = Field(default=[], description="Sections of the previous version left out.")


_SUMMARY = {
    "id": ex.DOCUMENT_ID,
    "title": ex.DOCUMENT_TITLE,
    "description": "Bản dự thảo trình Hội nghị Ban Chấp hành Đảng bộ tỉnh lấy ý kiến.",
    "status": "published",
    "current_version": 2,
    "created_at": "2020-03-02T01:30:00Z",
    "updated_at": "2020-03-20T08:15:00Z",
    "etag": ex.DOCUMENT_ETAG,
}


class DocumentSummaryOut(ETagged):
    """A draft document in a list: without its sections."""

    model_config = with_examples(_SUMMARY)
    id: uuid.UUID = Field(description="The document's id.")
    title: str = Field(description="The document's title.")
    description: str | None = Field(description="What the document is; null when none was given.")
    status: DocumentStatus = Field(description=DOCUMENT_STATUS_DOC)
    current_version: int = Field(
        description="Number of the latest version (1, 2, …); its sections are shown."
    )
    created_at: dt.datetime = Field(description="When the document was created (UTC).")
    updated_at: dt.datetime = Field(description="When the document last changed (UTC).")


class DocumentOut(DocumentSummaryOut):
    """A draft document with the sections of its current version."""

    model_config = with_examples({**_SUMMARY, "sections": [ex.SECTION_I, ex.SECTION_III]})
    sections: list[SectionOut] = Field(description="The current version's sections, in reading order.")


_VERSION = {
    "number": 2,
    "note": "Dự thảo lần 2, tiếp thu ý kiến Hội nghị phản biện xã hội",
    "source_filename": "du-thao-bao-cao-chinh-tri-lan-2.docx",
    "created_at": "2020-03-20T08:15:00Z",
    "section_count": 2,
    "changes": _CHANGES,
}


class VersionSummaryOut(BaseModel):
    """A version in a document's history: what it is and what it changed."""

    model_config = with_examples(_VERSION)
    number: int = Field(description="The version's number: 1 for the first, then 2, 3, …")
    note: str | None = Field(description="What the version is, as its author wrote; null when none.")
    source_filename: str | None = Field(
        description="The uploaded file the version was read from; null when typed in as JSON."
    )
    created_at: dt.datetime = Field(description="When the version was added (UTC).")
    section_count: int = Field(description="How many sections the version has.")
    changes: VersionChanges = Field(description="What the version changed against the previous one.")


class VersionOut(VersionSummaryOut):
    """One version of a document with all its sections, each marked added, changed or unchanged."""

    model_config = with_examples(
        {
            **_VERSION,
            "document_id": ex.DOCUMENT_ID,
            "sections": [{**ex.SECTION_I, "change": "unchanged"}, {**ex.SECTION_III, "change": "changed"}],
        }
    )
    document_id: uuid.UUID = Field(description="The document this version belongs to.")
    sections: list[SectionWithChangeOut] = Field(description="The version's sections, in reading order.")
