"""Uploaded bytes → a plan draft, against the units that exist; refusals as problem+json errors."""

from __future__ import annotations

from pathlib import PurePath

from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core import sandbox
from plandesk.core.errors import InvalidInput, PayloadTooLarge, UnsupportedMediaType
from plandesk.importer import ocr
from plandesk.importer.document import IMAGE_SUFFIXES
from plandesk.importer.draft import PlanDraft
from plandesk.importer.errors import DocumentTooLarge, NotAPlan, OcrUnavailable, PlanImportError
from plandesk.importer.parser import parse_plan_file
from plandesk.importer.units import ExistingUnit
from plandesk.units import service as units_service


async def existing_units(session: AsyncSession) -> list[ExistingUnit]:
    """The active units imported names are matched against."""
    return [
        ExistingUnit(uid, name, short)
        for uid, name, short in await units_service.active_unit_directory(session)
    ]


async def read_plan_file(
    session: AsyncSession, data: bytes, filename: str, limits: sandbox.Limits | None = None
) -> PlanDraft:
    """Parse an uploaded plan document against the units that exist.

    Raises 422 (:class:`InvalidInput`) naming what is missing when the text is
    not a plan, 415 for formats the importer does not read and binary data,
    413 over the size limit; 413/422 when parsing exceeds ``limits``.
    """
    units = await existing_units(session)
    try:
        if PurePath(filename).suffix.lower() in IMAGE_SUFFIXES:
            # A scan needs Tesseract: say so at once, before a child process is started.
            ocr.tesseract_path()
        # Parsing an upload is CPU work on untrusted input: a child process, killed
        # when over time or memory, keeps the event loop and this process free.
        return await sandbox.run_limited(
            parse_plan_file, data, filename, existing_units=units, limits=limits or sandbox.Limits()
        )
    except PlanImportError as exc:
        raise as_domain_error(exc) from exc
    except (sandbox.LimitExceeded, sandbox.SandboxFailed) as exc:
        raise sandbox.as_problem(exc) from exc


def as_domain_error(exc: PlanImportError) -> InvalidInput | UnsupportedMediaType | PayloadTooLarge:
    """The problem+json error for a document the importer refused."""
    if isinstance(exc, NotAPlan):
        return InvalidInput(
            f"The document is {exc.message}.",
            errors=[{"loc": ["body", "file"], "msg": f"no {what} found"} for what in exc.missing],
        )
    if isinstance(exc, OcrUnavailable):
        return InvalidInput(
            exc.message[:1].upper() + exc.message[1:] + ".",
            errors=[{"loc": ["body", "file"], "msg": exc.message}],
        )
    if isinstance(exc, DocumentTooLarge):
        return PayloadTooLarge(f"The {exc.message}.")
    return UnsupportedMediaType(exc.message[:1].upper() + exc.message[1:] + ".")
