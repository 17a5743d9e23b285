"""Why a document could not be imported.

The API maps these to problem+json: ``NotAPlan`` → 422, ``UnsupportedDocument``
→ 415, ``DocumentTooLarge`` → 413. Messages are meant for the person who
uploaded the file.
"""

from __future__ import annotations


class PlanImportError(Exception):
    """A document that cannot be turned into a plan draft."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotAPlan(PlanImportError):
    """Readable text, but not a plan: ``missing`` names what was not found."""

    def __init__(self, missing: list[str]) -> None:
        self.missing = list(missing)
        super().__init__("not a plan: " + "; ".join(f"no {what} found" for what in self.missing))


class UnsupportedDocument(PlanImportError):
    """Not a format the importer reads, or bytes that are not text at all."""


class DocumentTooLarge(PlanImportError):
    """Larger than the importer accepts."""

    def __init__(self, size: int, limit: int) -> None:
        self.size = size
        self.limit = limit
        mb = limit // (1024 * 1024)
        super().__init__(f"document is {size} bytes; the limit is {limit} bytes ({mb} MB)")


class DocumentTooComplex(DocumentTooLarge):
    """Small in bytes but with more paragraphs, tables, rows and cells than any plan has."""

    def __init__(self, limit: int) -> None:
        self.size = limit + 1
        self.limit = limit
        PlanImportError.__init__(self, f"document has more than {limit:,} paragraphs, tables, rows and cells")


class DocumentTooLong(DocumentTooLarge):
    """Small in bytes but with more lines than any plan has (a plan runs to hundreds)."""

    def __init__(self, lines: int, limit: int) -> None:
        self.size = lines
        self.limit = limit
        PlanImportError.__init__(self, f"document has {lines:,} lines; the limit is {limit:,} lines")


class OcrUnavailable(PlanImportError):
    """A scan that needs OCR on a server without Tesseract (or its Vietnamese model)."""
