"""Files that are not plans, not text, or too large are refused with a clear reason."""

import io
import os
import unicodedata
import zipfile

import pytest

from plandesk.importer import (
    DocumentTooLarge,
    NotAPlan,
    PlanImportError,
    UnsupportedDocument,
    parse_plan,
    parse_plan_file,
)
from plandesk.importer import document as document_module

MEMO = """CÔNG TY TNHH MỘT THÀNH VIÊN ABC

THÔNG BÁO

Về việc nghỉ Tết Nguyên đán

Công ty thông báo lịch nghỉ Tết từ ngày 28/01/2025 đến hết ngày 02/02/2025.
"""

PLAN_WITHOUT_PHASES = """Số: 12/KH-UBND

Huế, ngày 02 tháng 5 năm 2024

KẾ HOẠCH

Tổ chức Ngày hội đọc sách

I. MỤC ĐÍCH, YÊU CẦU

- Khuyến khích thói quen đọc sách.

II. TỔ CHỨC THỰC HIỆN

1. Thư viện tỉnh

- Chuẩn bị sách, gian trưng bày.
"""


def test_prose_that_is_not_a_plan_names_everything_missing():
    with pytest.raises(NotAPlan) as caught:
        parse_plan(MEMO)
    assert caught.value.missing == ["plan number", "plan title", "phases", "tasks"]
    assert caught.value.message == (
        "not a plan: no plan number found; no plan title found; no phases found; no tasks found"
    )


def test_a_plan_with_tasks_but_no_phases_is_still_a_draft():
    draft = parse_plan(PLAN_WITHOUT_PHASES)
    assert draft.phases == []
    assert [t.title for t in draft.tasks] == ["Chuẩn bị sách, gian trưng bày"]


@pytest.mark.parametrize("text", ["", "   \n\n\t\n"])
def test_an_empty_document_is_not_a_plan(text):
    with pytest.raises(NotAPlan, match="no text found"):
        parse_plan(text)


def test_binary_garbage_is_unsupported():
    garbage = bytes(range(256)) * 40 + os.urandom(2048)
    with pytest.raises(UnsupportedDocument, match="binary"):
        parse_plan_file(garbage, "ke-hoach.txt")


def test_text_in_a_legacy_encoding_is_unsupported():
    with pytest.raises(UnsupportedDocument, match="UTF-8"):
        parse_plan_file("Kê\u0301 hoa\u0323ch sô\u0301 1".encode("cp1258"), "plan.txt")  # Windows-1258


def test_control_characters_mean_binary_data():
    with pytest.raises(UnsupportedDocument, match="binary"):
        parse_plan_file(b"\x01\x02\x03\x04 KE HOACH \x05\x06\x07\x08\x0e\x0f", "plan.md")


def test_a_docx_that_is_not_a_zip_is_unsupported():
    with pytest.raises(UnsupportedDocument, match=r"not a valid \.docx"):
        parse_plan_file(b"PK\x03\x04 definitely not a zip", "plan.docx")


def test_a_zip_that_is_not_a_word_document_is_unsupported():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "xin chào")
    with pytest.raises(UnsupportedDocument, match=r"not a valid \.docx"):
        parse_plan_file(buffer.getvalue(), "plan.docx")


def test_a_docx_that_inflates_too_far_is_refused(monkeypatch):
    monkeypatch.setattr(document_module, "MAX_DOCX_UNCOMPRESSED_BYTES", 1000)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "0" * 5000)
    with pytest.raises(DocumentTooLarge):
        parse_plan_file(buffer.getvalue(), "bomb.docx")


@pytest.mark.parametrize(
    ("filename", "reason"),
    [("plan.pdf", "PDF"), ("plan.doc", r"\.doc"), ("plan.xlsx", r"\.xlsx"), ("plan", r"\(none\)")],
)
def test_other_formats_are_unsupported(filename, reason):
    with pytest.raises(UnsupportedDocument, match=reason):
        parse_plan_file(b"%PDF-1.4 ...", filename)


def test_over_five_megabytes_is_too_large():
    data = b"a" * (5 * 1024 * 1024 + 1)
    with pytest.raises(DocumentTooLarge) as caught:
        parse_plan_file(data, "plan.txt")
    assert (caught.value.size, caught.value.limit) == (5 * 1024 * 1024 + 1, 5 * 1024 * 1024)
    assert "5 MB" in caught.value.message


def test_all_refusals_are_plan_import_errors():
    for error in (NotAPlan, UnsupportedDocument, DocumentTooLarge):
        assert issubclass(error, PlanImportError)


def test_utf16_crlf_and_decomposed_text_read_like_the_original(seed_text, seed):
    decomposed = unicodedata.normalize("NFD", seed_text).replace("\n", "\r\n")
    draft = parse_plan_file(decomposed.encode("utf-16"), "148-KH-TU.txt")
    assert draft.model_dump() == seed.model_dump()


def test_utf8_with_byte_order_mark(seed_text, seed):
    draft = parse_plan_file(b"\xef\xbb\xbf" + seed_text.encode(), "148-KH-TU.md")
    assert draft == seed
