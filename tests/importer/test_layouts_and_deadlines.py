"""Reading plans whatever their layout, encoding and deadline phrasing (issue #13)."""

from __future__ import annotations

from datetime import date

import pytest

from plandesk.importer import FixedDateRef, MilestoneDateRef, WarningCode, parse_plan, parse_plan_file
from plandesk.importer.deadlines import read_due
from plandesk.importer.errors import NotAPlan, OcrUnavailable, UnsupportedDocument
from plandesk.importer.legacy_encoding import detect_legacy
from plandesk.importer.milestones import MilestoneBook
from plandesk.importer.normalise import normalise_text
from plandesk.importer.outline import classify
from plandesk.importer.tables import table_lines, task_table

LINES = (1, 1)

BODY = """
I. MỤC ĐÍCH, YÊU CẦU
- Nâng cao nhận thức.
II. CÁC ĐỢT
1. Đợt 1: Từ ngày 01/3/2024 đến ngày 31/5/2024
- Tuyên truyền.
III. TỔ CHỨC THỰC HIỆN
1. Sở Tư pháp
- Tổ chức hội nghị, xong trước 30/5/2024.
"""


def test_plan_and_title_in_one_block_is_read():
    # The refusal: "KẾ HOẠCH" and the title with no blank line between them.
    text = "Số: 12/KH-UBND\nHuế, ngày 02 tháng 5 năm 2024\nKẾ HOẠCH\nTổ chức Ngày hội đọc sách\n" + BODY
    draft = parse_plan(text)
    assert (draft.code, draft.title) == ("12/KH-UBND", "Tổ chức Ngày hội đọc sách")


def test_a_deadline_outside_a_progress_phrase_is_read():
    draft = parse_plan("Số: 12/KH-UBND\nKẾ HOẠCH Tổ chức Ngày hội đọc sách\n" + BODY)
    assert draft.tasks[0].due == FixedDateRef(date=date(2024, 5, 30))


def test_a_plan_without_number_or_title_is_a_draft_with_missing_warnings_and_lines():
    draft = parse_plan("ỦY BAN NHÂN DÂN TỈNH HUẾ\n" + BODY)
    assert (draft.code, draft.title) == (None, None)
    missing = [w for w in draft.warnings if w.code == WarningCode.MISSING and "fill it in" in w.message]
    assert [w.source_lines for w in missing] == [(1, 2), (1, 2)]


def test_text_with_no_plan_structure_is_refused_saying_what_was_looked_for():
    with pytest.raises(NotAPlan) as caught:
        parse_plan("Số: 12/KH-UBND\nKẾ HOẠCH Họp mặt\n\nNội dung họp mặt cuối năm.")
    assert caught.value.missing == ["phases", "tasks"]


def test_header_fields_carry_their_source_lines():
    draft = parse_plan("Số: 12/KH-UBND\nHuế, ngày 02 tháng 5 năm 2024\nKẾ HOẠCH\nTổ chức Ngày hội\n" + BODY)
    assert draft.field_lines["code"] == (1, 1)
    assert draft.field_lines["issued_on"] == (2, 2)
    assert draft.field_lines["title"] == (4, 4)


@pytest.mark.parametrize(
    ("line", "kind", "label"),
    [
        ("I. MỤC ĐÍCH", "roman", "I"),
        ("I- MỤC ĐÍCH", "roman", "I"),
        ("I – MỤC ĐÍCH", "roman", "I"),
        ("Phần II. NỘI DUNG", "roman", "II"),
        ("PHẦN THỨ BA: TỔ CHỨC THỰC HIỆN", "roman", "III"),
        ("C. HÌNH THỨC", "roman", "III"),
        ("1) Mục đích", "number", "1"),
        ("1.1. Sở Tư pháp", "number", "1.1"),
        ("a. Yêu cầu", "letter", "a"),
        ("o Tuyên truyền", "bullet", None),
        ("• Tuyên truyền", "bullet", None),
        ("+ Tuyên truyền", "bullet", None),
        ("A. Nguyễn Văn An", "text", None),
    ],
)
def test_numbering_styles(line, kind, label):
    assert classify(line)[:2] == (kind, label)


def test_invisible_and_odd_characters_are_normalised():
    text = "Căn\u00a0cứ\tLuật\u200b „Đất đai”\r\nSố:\u202f12"
    assert normalise_text(text) == "Căn cứ Luật “Đất đai”\nSố: 12"


def _tcvn3(text: str) -> bytes:
    from plandesk.importer.legacy_encoding import _TCVN3

    reverse = {v: k for k, v in _TCVN3.items()}
    upper = {v.upper(): k for k, v in _TCVN3.items() if v.upper() not in reverse}
    return "".join(reverse.get(ch) or upper.get(ch) or ch for ch in text).encode("cp1252")


def test_tcvn3_text_is_converted_with_a_warning():
    text = "Số: 12/KH-UBND\nHuế, ngày 02 tháng 5 năm 2024\nKẾ HOẠCH\nTổ chức Ngày hội đọc sách\n" + BODY
    draft = parse_plan_file(_tcvn3(text), "ke-hoach.txt")
    assert draft.title == "Tổ chức Ngày hội đọc sách"
    assert draft.units[0].name == "Sở Tư pháp"
    assert draft.warnings[0].code == WarningCode.LEGACY_ENCODING


def test_vni_text_is_refused_naming_the_encoding():
    vni = "Keá hoaïch tuyeân truyeàn caûi caùch haønh chính naêm 2024 cuûa tænh, toå chöùc hoäi nghò.\n" * 3
    assert detect_legacy(vni) == "VNI"
    with pytest.raises(UnsupportedDocument, match="VNI"):
        parse_plan_file(vni.encode("cp1252"), "ke-hoach.txt")


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Tổ chức hội nghị, xong trước 30/5/2024.", date(2024, 5, 30)),
        ("Tổ chức hội nghị, hoàn thành trước ngày 15/6/2024.", date(2024, 6, 15)),
        ("Tổ chức hội nghị trước ngày 15/6/2024.", date(2024, 6, 15)),
        ("Gửi báo cáo, chậm nhất ngày 10/7/2024.", date(2024, 7, 10)),
        ("Gửi báo cáo, chậm nhất là ngày 10/7/2024.", date(2024, 7, 10)),
        ("Gửi báo cáo, hạn chót 20/7/2024.", date(2024, 7, 20)),
        ("Gửi báo cáo; hạn chót: ngày 20/7/2024.", date(2024, 7, 20)),
        ("Tổ chức hội thi trong tháng 5/2024.", date(2024, 5, 31)),
        ("Tổ chức hội thi, trong quý II/2024.", date(2024, 6, 30)),
        ("Tổ chức hội thi; thời gian: Quý III/2024.", date(2024, 9, 30)),
    ],
)
def test_deadline_phrasings(text, due):
    found = read_due(text, MilestoneBook(), LINES)
    assert found is not None and found.ref == FixedDateRef(date=due)


@pytest.mark.parametrize(
    ("text", "frequency", "months", "day"),
    [
        ("Báo cáo kết quả định kỳ hằng tháng, trước ngày 25.", "monthly", list(range(1, 13)), 25),
        ("Báo cáo kết quả tháng 6 và tháng 12 hằng năm.", "half_yearly", [6, 12], None),
        ("Báo cáo kết quả định kỳ hằng quý.", "quarterly", [3, 6, 9, 12], None),
        ("Báo cáo định kỳ 6 tháng, trước ngày 15.", "half_yearly", [6, 12], 15),
        ("Tổng hợp, báo cáo định kỳ hằng tuần.", "weekly", list(range(1, 13)), None),
    ],
)
def test_recurring_deadlines_are_obligations_not_one_date(text, frequency, months, day):
    found = read_due(text, MilestoneBook(), LINES)
    assert found is not None and found.ref is None and found.recurrence is not None
    assert (found.recurrence.frequency, found.recurrence.months, found.recurrence.day) == (
        frequency,
        months,
        day,
    )
    assert [w.code for w in found.warnings] == [WarningCode.RECURRING_DEADLINE]


def test_a_relative_deadline_hangs_on_the_milestone_it_names():
    book = MilestoneBook()
    found = read_due("Báo cáo kết quả sau 15 ngày kể từ ngày khai mạc Hội chợ Xuân.", book, LINES)
    assert found is not None
    assert found.ref == MilestoneDateRef(milestone_key="hoi-cho-xuan", side="start", offset_days=15)


def test_days_after_the_plan_is_issued_count_from_its_date():
    text = "Số: 12/KH-UBND\nHuế, ngày 02 tháng 5 năm 2024\nKẾ HOẠCH Họp\n" + BODY.replace(
        "xong trước 30/5/2024", "trong vòng 30 ngày kể từ ngày ban hành Kế hoạch"
    )
    draft = parse_plan(text)
    assert draft.resolve(draft.tasks[0].due) == date(2024, 6, 1)


def test_a_task_table_becomes_numbered_entries_with_phases():
    layout = task_table(
        ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
    )
    assert layout is not None
    rows = [
        ["Giai đoạn 1: Từ tháng 3 đến tháng 5/2024"] * 5,
        ["1", "Treo băng rôn", "Sở A", "Sở B", "Tháng 4/2024"],
    ]
    assert table_lines(layout, rows, [True, False]) == [
        "1. Giai đoạn 1: Từ tháng 3 đến tháng 5/2024",
        "",
        "1.1. Sở A: Treo băng rôn; phối hợp với Sở B; thời hạn: Tháng 4/2024.",
        "",
    ]


def test_a_two_column_header_table_is_not_a_task_table():
    assert task_table(["ỦY BAN NHÂN DÂN TỈNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]) is None


def test_a_scan_without_tesseract_names_the_packages(monkeypatch):
    monkeypatch.setattr("plandesk.importer.ocr.shutil.which", lambda name: None)
    with pytest.raises(OcrUnavailable, match="tesseract-ocr and tesseract-ocr-vie"):
        parse_plan_file(b"\x89PNG\r\n\x1a\n", "scan.png")
