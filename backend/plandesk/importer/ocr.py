"""Scanned plans (images, image-only PDFs) → text, with Tesseract OCR and its Vietnamese model.

Tesseract is a program, not a Python package: Debian's ``tesseract-ocr`` and
``tesseract-ocr-vie`` (the project's set-up installs both). It is run once per
page with TSV output, so every recognised word comes with a confidence; lines
Tesseract is unsure of become warnings naming their line, and the document's
mean confidence is reported, so the coordinator knows which lines to check
against the paper.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from plandesk.importer.draft import ImportWarning, WarningCode
from plandesk.importer.errors import OcrUnavailable, UnsupportedDocument

if TYPE_CHECKING:  # document.py imports this module lazily; no cycle at run time
    from plandesk.importer.document import DocumentText

# A page of a plan takes 2–6 s on one core; anything far slower is not a plan page.
PAGE_TIMEOUT_SECONDS = 60
# Words below this confidence (0–100) mark their line as one to check.
LOW_CONFIDENCE = 60
MAX_PAGES = 30


@dataclass(frozen=True)
class OcrLine:
    """A recognised line and the mean confidence of its words."""

    text: str
    confidence: float
    paragraph_start: bool


def tesseract_path() -> str:
    """Where the tesseract program is, or :class:`OcrUnavailable` naming the packages to install."""
    path = shutil.which("tesseract")
    if path is None:
        raise OcrUnavailable(
            "this document is a scan and needs OCR, but Tesseract is not installed on the server: "
            "install the Debian packages tesseract-ocr and tesseract-ocr-vie"
        )
    return path


@functools.lru_cache(maxsize=4)
def _has_vietnamese(path: str) -> bool:
    result = subprocess.run(  # noqa: S603 - a fixed program and arguments
        [path, "--list-langs"], capture_output=True, text=True, timeout=PAGE_TIMEOUT_SECONDS, check=False
    )
    return "vie" in result.stdout.split()


def recognise(image: bytes) -> list[OcrLine]:
    """The lines Tesseract reads on one page image (PNG, JPEG, TIFF or PNM bytes)."""
    path = tesseract_path()
    if not _has_vietnamese(path):
        raise OcrUnavailable(
            "this document is a scan and needs OCR, but Tesseract's Vietnamese model is not installed: "
            "install the Debian package tesseract-ocr-vie"
        )
    try:
        result = subprocess.run(  # noqa: S603 - a fixed program, the image on stdin
            [path, "stdin", "stdout", "-l", "vie", "--psm", "4", "tsv"],
            input=image,
            # One thread: OpenMP's extra threads spin and, on a busy server, make a page 3× slower.
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
            capture_output=True,
            timeout=PAGE_TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise UnsupportedDocument(
            f"OCR took longer than {PAGE_TIMEOUT_SECONDS} s on one page: upload a .docx or a text PDF"
        ) from exc
    if result.returncode != 0:
        raise UnsupportedDocument("the image could not be read: upload a PNG, JPEG or TIFF scan, or a PDF")
    return _lines_from_tsv(result.stdout.decode("utf-8", errors="replace"))


def _lines_from_tsv(tsv: str) -> list[OcrLine]:
    lines: list[OcrLine] = []
    current: tuple[str, str, str] | None = None
    paragraph: tuple[str, str] | None = None
    words: list[str] = []
    confidences: list[float] = []
    starts_paragraph = False

    def flush() -> None:
        if words:
            mean = sum(confidences) / len(confidences) if confidences else 0.0
            lines.append(OcrLine(" ".join(words), mean, starts_paragraph))

    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue
        key = (cells[2], cells[3], cells[4])  # block, paragraph, line
        if key != current:
            flush()
            words, confidences = [], []
            starts_paragraph = paragraph is not None and (cells[2], cells[3]) != paragraph
            current, paragraph = key, (cells[2], cells[3])
        words.append(cells[11].strip())
        try:
            confidences.append(float(cells[10]))
        except ValueError:
            pass
    flush()
    return lines


def ocr_text(pages: Sequence[bytes]) -> tuple[str, list[ImportWarning]]:
    """The text of scanned pages, a blank line between paragraphs, and warnings on doubtful lines."""
    if len(pages) > MAX_PAGES:
        raise UnsupportedDocument(f"the scan has {len(pages)} pages; OCR reads at most {MAX_PAGES}")
    out: list[str] = []
    warnings: list[ImportWarning] = []
    confidences: list[float] = []
    for page in pages:
        # No blank lines between Tesseract's blocks: they follow the page's geometry, not the
        # document's paragraphs, and the readers do not need blank lines.
        for line in recognise(page):
            out.append(line.text)
            confidences.append(line.confidence)
            if line.confidence < LOW_CONFIDENCE:
                number = len(out)
                warnings.append(
                    ImportWarning(
                        code=WarningCode.OCR_CONFIDENCE,
                        message=f"OCR is unsure of this line ({line.confidence:.0f}%): '{line.text[:80]}'",
                        source_lines=(number, number),
                    )
                )
        out.append("")
    if not confidences:
        raise UnsupportedDocument("OCR found no text in the scan")
    mean = sum(confidences) / len(confidences)
    warnings.insert(
        0,
        ImportWarning(
            code=WarningCode.OCR_CONFIDENCE,
            message=f"read from a scan by OCR (Tesseract, Vietnamese): mean confidence {mean:.0f}% over "
            f"{len(confidences)} lines; check names, numbers and dates against the paper",
        ),
    )
    return "\n".join(out), warnings


def read_image(data: bytes) -> DocumentText:
    """A scanned page uploaded as an image."""
    from plandesk.importer.document import DocumentText

    text, warnings = ocr_text([data])
    return DocumentText(text, soft_wrap=True, warnings=warnings)
