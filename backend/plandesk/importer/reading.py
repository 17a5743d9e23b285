"""Uploaded bytes → a plan draft, against the units that exist; refusals as problem+json errors."""

from __future__ import annotations

import anyio
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core.errors import InvalidInput, PayloadTooLarge, UnsupportedMediaType
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


async def read_plan_file(session: AsyncSession, data: bytes, filename: str) -> PlanDraft:
    """Parse an uploaded plan document against the units that exist.

    Raises 422 (:class:`InvalidInput`) naming what is missing when the text is
    not a plan, 415 for formats the importer does not read and binary data,
    413 over the size limit.
    """
    units = await existing_units(session)
    try:
        # Parsing is CPU work (a few hundred ms for a large plan): keep the event loop free.
        return await anyio.to_thread.run_sync(
            lambda: parse_plan_file(data, filename, existing_units=units), abandon_on_cancel=True
        )
    except PlanImportError as exc:
        raise as_domain_error(exc) from exc


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
