"""The corpus: plans of every kind of issuer and format, each read exactly as its golden JSON says,
and every text plan read the same after layout changes that do not change what it says."""

from __future__ import annotations

import pytest

from plandesk.importer import parse_plan, parse_plan_file
from plandesk.importer.ocr import tesseract_path
from tests.importer.corpus.golden import FIELDS, documents, load_golden, project
from tests.importer.corpus.transforms import TRANSFORMS

TEXT_DOCUMENTS = [d for d in documents() if d.suffix in (".txt", ".md") and not d.name.startswith("16-")]
SCANS = {".png", ".jpg"}


def _needs_ocr(document) -> bool:
    return document.suffix in SCANS or document.name.endswith("-quet.pdf")


def _has_tesseract() -> bool:
    try:
        tesseract_path()
    except Exception:
        return False
    return True


def test_the_corpus_has_fifteen_documents_or_more():
    assert len(documents()) >= 15


@pytest.mark.parametrize("document", documents(), ids=lambda d: d.name)
def test_each_document_reads_as_its_golden_json(document):
    if _needs_ocr(document) and not _has_tesseract():
        pytest.skip("Tesseract is not installed (Debian: tesseract-ocr tesseract-ocr-vie)")
    draft = parse_plan_file(document.read_bytes(), document.name)
    got, want = project(draft), load_golden(document)
    assert {f: got[f] for f in FIELDS} == {f: want[f] for f in FIELDS}


@pytest.mark.parametrize("transform", TRANSFORMS, ids=lambda t: t.__name__)
@pytest.mark.parametrize("document", TEXT_DOCUMENTS, ids=lambda d: d.name[:2])
def test_a_layout_change_does_not_change_the_draft(document, transform):
    text = document.read_bytes().decode("utf-8")
    draft = parse_plan(transform(text))
    got, want = project(draft), load_golden(document)
    assert {f: got[f] for f in FIELDS} == {f: want[f] for f in FIELDS}
