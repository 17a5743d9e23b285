"""Draft documents and their versions.

A version is immutable: a new text is a new version. Each section carries a
stable id that survives a new version when the section keeps its number (or,
for unnumbered headings, its heading), so feedback on "section 2.3" still
points at section 2.3 after the drafting committee revises it; each version
records which sections were added, changed and removed.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.consultations.documents.document_files import split_file
from plandesk.consultations.models import Consultation, DocumentSection, DocumentVersion, DraftDocument
from plandesk.core import audit, sandbox
from plandesk.core.errors import Conflict, InvalidInput, NotFound
from plandesk.core.pagination import PageParams, SortKey, keyset, split_page
from plandesk.core.policy import Principal
from plandesk.core.text import fold, like_pattern, nfc

DOCUMENT_FIELDS = ("title", "description", "status")


@dataclass(frozen=True)
class SectionDraft:
    """A section as submitted, before it gets its stable id."""

    number: str
    heading: str
    text: str
    id: uuid.UUID | None = None


@dataclass(frozen=True)
class Section:
    id: uuid.UUID
    number: str
    heading: str
    text: str
    position: int


async def get_document(session: AsyncSession, document_id: uuid.UUID) -> DraftDocument:
    document = await session.get(DraftDocument, document_id)
    if document is None:
        raise NotFound("document", document_id)
    return document


async def get_version(session: AsyncSession, document_id: uuid.UUID, number: int) -> DocumentVersion:
    version = (
        await session.execute(
            select(DocumentVersion).where(
                DocumentVersion.document_id == document_id, DocumentVersion.number == number
            )
        )
    ).scalar_one_or_none()
    if version is None:
        raise NotFound("version", f"{number} of document {document_id}")
    return version


async def version_sections(session: AsyncSession, version_id: uuid.UUID) -> list[Section]:
    rows = await session.execute(
        select(
            DocumentSection.section_id,
            DocumentSection.number,
            DocumentSection.heading,
            DocumentSection.text,
            DocumentSection.position,
        )
        .where(DocumentSection.version_id == version_id)
        .order_by(DocumentSection.position)
    )
    return [Section(r.section_id, r.number, r.heading, r.text, r.position) for r in rows]


def _clean(drafts: Sequence[SectionDraft]) -> list[SectionDraft]:
    cleaned: list[SectionDraft] = []
    seen_numbers: dict[str, int] = {}
    seen_ids: dict[uuid.UUID, int] = {}
    for i, d in enumerate(drafts):
        number = nfc(d.number).strip()
        if not number:
            raise InvalidInput(
                "A section number cannot be blank.",
                errors=[{"loc": ["body", "sections", i, "number"], "msg": "blank"}],
            )
        if number in seen_numbers:
            raise InvalidInput(
                f"Section number {number!r} appears twice (sections {seen_numbers[number]} and {i}).",
                errors=[{"loc": ["body", "sections", i, "number"], "msg": "duplicate number"}],
            )
        if d.id is not None and d.id in seen_ids:
            raise InvalidInput(
                f"Section id {d.id} appears twice.",
                errors=[{"loc": ["body", "sections", i, "id"], "msg": "duplicate id"}],
            )
        seen_numbers[number] = i
        if d.id is not None:
            seen_ids[d.id] = i
        cleaned.append(SectionDraft(number, nfc(d.heading).strip(), nfc(d.text).strip("\n"), d.id))
    return cleaned


async def _known_section_ids(session: AsyncSession, document_id: uuid.UUID) -> set[uuid.UUID]:
    rows = await session.execute(
        select(DocumentSection.section_id)
        .join(DocumentVersion, DocumentVersion.id == DocumentSection.version_id)
        .where(DocumentVersion.document_id == document_id)
        .distinct()
    )
    return set(rows.scalars())


def _assign_ids(
    drafts: Sequence[SectionDraft], previous: Sequence[Section], known: set[uuid.UUID]
) -> tuple[list[Section], dict[str, list[uuid.UUID]]]:
    """Give each section its stable id and say what changed against ``previous``."""
    by_number = {s.number: s for s in previous}
    by_heading = {fold(s.heading): s for s in previous if s.heading}
    by_id = {s.id: s for s in previous}
    taken: set[uuid.UUID] = {d.id for d in drafts if d.id is not None}
    sections: list[Section] = []
    changes: dict[str, list[uuid.UUID]] = {"added": [], "changed": [], "removed": []}
    for position, d in enumerate(drafts):
        if d.id is not None:
            if d.id not in known:
                raise InvalidInput(
                    f"Section id {d.id} is not a section of an earlier version of this document.",
                    errors=[{"loc": ["body", "sections", position, "id"], "msg": "unknown section id"}],
                )
            sid = d.id
        else:
            match = by_number.get(d.number) or (by_heading.get(fold(d.heading)) if d.heading else None)
            sid = match.id if match is not None and match.id not in taken else uuid.uuid4()
        taken.add(sid)
        before = by_id.get(sid)
        if before is None:
            changes["added"].append(sid)
        elif (before.number, before.heading, before.text) != (d.number, d.heading, d.text):
            changes["changed"].append(sid)
        sections.append(Section(sid, d.number, d.heading, d.text, position))
    current = {s.id for s in sections}
    changes["removed"] = [s.id for s in previous if s.id not in current]
    return sections, changes


async def _add_version(
    session: AsyncSession,
    actor: Principal | None,
    document: DraftDocument,
    number: int,
    drafts: Sequence[SectionDraft],
    note: str | None,
    source_filename: str | None,
) -> DocumentVersion:
    drafts = _clean(drafts)
    previous: list[Section] = []
    known: set[uuid.UUID] = set()
    if number > 1:
        prev = await get_version(session, document.id, number - 1)
        previous = await version_sections(session, prev.id)
        known = await _known_section_ids(session, document.id)
    sections, changes = _assign_ids(drafts, previous, known)
    version = DocumentVersion(
        id=uuid.uuid4(),
        document_id=document.id,
        number=number,
        note=nfc(note).strip() if note else None,
        source_filename=source_filename,
        changes={k: [str(v) for v in vs] for k, vs in changes.items()},
        created_by=actor.audit_actor if actor else None,
    )
    session.add(version)
    await session.flush()  # no ORM relationships: the version row must exist before its sections
    session.add_all(
        DocumentSection(
            version_id=version.id,
            section_id=s.id,
            position=s.position,
            number=s.number,
            heading=s.heading,
            text=s.text,
        )
        for s in sections
    )
    return version


async def create_document(
    session: AsyncSession,
    actor: Principal | None,
    *,
    title: str,
    description: str | None,
    status: str,
    sections: Sequence[SectionDraft],
    note: str | None = None,
    source_filename: str | None = None,
) -> DraftDocument:
    """Create a document and its version 1; commits."""
    title = nfc(title).strip()
    document = DraftDocument(
        id=uuid.uuid4(),
        title=title,
        title_folded=fold(title),
        description=nfc(description).strip() if description else None,
        status=status,
        current_version=1,
    )
    session.add(document)
    await session.flush()
    await _add_version(session, actor, document, 1, sections, note, source_filename)
    audit.record(
        session,
        actor,
        "document.created",
        "document",
        document.id,
        {**audit.diff({}, audit.snapshot(document, DOCUMENT_FIELDS)), "sections": len(sections)},
    )
    await session.commit()
    return document


async def add_version(
    session: AsyncSession,
    actor: Principal,
    document: DraftDocument,
    sections: Sequence[SectionDraft],
    note: str | None = None,
    source_filename: str | None = None,
) -> DocumentVersion:
    """Add the next version of ``document``; commits. Racing writers get 409 (or 412)."""
    number = document.current_version + 1
    version = await _add_version(session, actor, document, number, sections, note, source_filename)
    document.current_version = number
    audit.record(
        session,
        actor,
        "document.version_added",
        "document",
        document.id,
        {"current_version": {"before": number - 1, "after": number}, "changes": version.changes},
    )
    try:
        await session.commit()
    except IntegrityError as exc:
        await session.rollback()
        raise Conflict("Another version was added at the same moment: reload and try again.") from exc
    return version


async def sections_from_file(filename: str, data: bytes, limits: sandbox.Limits) -> list[SectionDraft]:
    """Split an upload into sections in a child process within ``limits`` (413/422 beyond them)."""
    try:
        parsed = await sandbox.run_limited(split_file, filename, data, limits=limits)
    except (sandbox.LimitExceeded, sandbox.SandboxFailed) as exc:
        raise sandbox.as_problem(exc) from exc
    return [SectionDraft(s.number, s.heading, s.text) for s in parsed]


async def update_document(
    session: AsyncSession, actor: Principal, document: DraftDocument, changes: dict[str, Any]
) -> DraftDocument:
    if "title" in changes:
        changes["title"] = nfc(changes["title"]).strip()
    if changes.get("description"):
        changes["description"] = nfc(changes["description"]).strip()
    before = audit.snapshot(document, changes.keys())
    for key, value in changes.items():
        setattr(document, key, value)
    if "title" in changes:
        document.title_folded = fold(document.title)
    audit.record(session, actor, "document.updated", "document", document.id, audit.diff(before, changes))
    await session.commit()
    return document


async def delete_document(session: AsyncSession, actor: Principal, document: DraftDocument) -> None:
    """Delete a document no consultation uses (409 otherwise)."""
    used = (
        await session.execute(
            select(func.count()).select_from(Consultation).where(Consultation.document_id == document.id)
        )
    ).scalar_one()
    if used:
        raise Conflict("A consultation uses this document: archive it instead.")
    audit.record(
        session,
        actor,
        "document.deleted",
        "document",
        document.id,
        audit.diff(audit.snapshot(document, DOCUMENT_FIELDS), {}),
    )
    await session.delete(document)
    await session.commit()


async def list_documents(
    session: AsyncSession, params: PageParams, *, q: str | None = None, status: str | None = None
) -> tuple[list[DraftDocument], str | None]:
    stmt = select(DraftDocument)
    if q:
        stmt = stmt.where(DraftDocument.title_folded.like(like_pattern(q), escape="\\"))
    if status:
        stmt = stmt.where(DraftDocument.status == status)
    keys = [SortKey(DraftDocument.created_at, descending=True), SortKey(DraftDocument.id, descending=True)]
    rows = list((await session.execute(keyset(stmt, keys, params))).scalars())
    return split_page(rows, params, lambda d: (d.created_at, d.id))


async def list_versions(session: AsyncSession, document_id: uuid.UUID) -> list[tuple[DocumentVersion, int]]:
    counts = (
        select(DocumentSection.version_id, func.count().label("n"))
        .group_by(DocumentSection.version_id)
        .subquery()
    )
    rows = await session.execute(
        select(DocumentVersion, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.version_id == DocumentVersion.id)
        .where(DocumentVersion.document_id == document_id)
        .order_by(DocumentVersion.number)
    )
    return [(v, int(n)) for v, n in rows]
