"""Phase windows and deadlines: fixed dates, or anchored to milestones."""

from datetime import date

import pytest

from plandesk.importer import FixedDateRef, MilestoneDateRef, WarningCode
from plandesk.importer.dates import month
from plandesk.importer.deadlines import read_due
from plandesk.importer.milestones import MilestoneBook, event_key
from plandesk.importer.windows import read_window

LINES = (1, 1)


def test_from_a_month_to_the_end_of_an_event():
    book = MilestoneBook()
    window = read_window(
        "Từ đầu tháng 02/2020 đến kết thúc đại hội đảng bộ cấp huyện (cuối tháng 8 năm 2020), "
        "tập trung tuyên truyền những nội dung sau:",
        book,
        LINES,
    )
    (milestone,) = book.milestones()
    assert window.start == FixedDateRef(date=date(2020, 2, 1))
    assert window.end == MilestoneDateRef(milestone_key=milestone.key, side="end")
    assert (milestone.title, milestone.precision, milestone.range_end) == (
        "Đại hội đảng bộ cấp huyện",
        "month",
        date(2020, 8, 31),
    )
    assert window.warnings == []


def test_from_after_one_event_to_before_another_opens():
    book = MilestoneBook()
    book.mention("Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", None, LINES)
    window = read_window("Sau Đại hội Đảng bộ tỉnh đến trước khai mạc Đại hội XIII của Đảng", book, LINES)
    assert window.start == MilestoneDateRef(milestone_key="dai-hoi-dang-bo-tinh", side="end", offset_days=1)
    assert window.end == MilestoneDateRef(milestone_key="dai-hoi-xiii", side="start", offset_days=-1)
    assert len(book.milestones()) == 2


def test_during_an_event_spans_it():
    book = MilestoneBook()
    window = read_window("Trong thời gian diễn ra Hội nghị tổng kết (Quý IV/2025)", book, LINES)
    assert (window.start.side, window.end.side) == ("start", "end")
    assert [w.code for w in window.warnings] == [WarningCode.COARSE_ANCHOR]


def test_after_an_event_without_an_end_says_so():
    window = read_window("Sau khi bế mạc Đại hội (ngày 01/02/2021)", MilestoneBook(), LINES)
    assert window.start == MilestoneDateRef(milestone_key="dai-hoi", side="end", offset_days=1)
    assert window.end is None
    assert [w.code for w in window.warnings] == [WarningCode.MISSING]


@pytest.mark.parametrize(
    ("heading", "start", "end"),
    [
        ("Khởi động (Quý I/2025)", date(2025, 1, 1), date(2025, 3, 31)),
        ("Triển khai: từ tháng 4/2025 đến hết tháng 9/2025", date(2025, 4, 1), date(2025, 9, 30)),
        ("Công bố (từ ngày 15/3/2024 đến ngày 15/4/2024): trưng bày", date(2024, 3, 15), date(2024, 4, 15)),
        ("Tư vấn và tổng hợp: tháng 5/2024", date(2024, 5, 1), date(2024, 5, 31)),
    ],
)
def test_fixed_windows(heading, start, end):
    window = read_window(heading, MilestoneBook(), LINES)
    assert (window.start, window.end) == (FixedDateRef(date=start), FixedDateRef(date=end))


def test_a_heading_without_a_window_is_flagged():
    window = read_window("Tuyên truyền miệng", MilestoneBook(), LINES)
    assert (window.start, window.end) == (None, None)
    assert [w.code for w in window.warnings] == [WarningCode.MISSING]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Tổ chức hội nghị, *tiến độ: xong trước 15/4/2020.*", date(2020, 4, 15)),
        ("Bố trí kinh phí, thời hạn: trước ngày 15/02/2025.", date(2025, 2, 15)),
        ("Tập huấn cán bộ, hoàn thành trong tháng 9/2025.", date(2025, 9, 30)),
        ("Đánh giá kết quả, tiến độ: Quý III/2025.", date(2025, 9, 30)),
    ],
)
def test_deadlines(text, due):
    found = read_due(text, MilestoneBook(), LINES)
    assert found is not None
    assert found.ref == FixedDateRef(date=due)


@pytest.mark.parametrize(
    "text",
    ["Hoàn thành Kế hoạch năm 2025 với chất lượng cao.", "Tổ chức hội nghị sơ kết.", "Triển khai trong năm."],
)
def test_no_deadline(text):
    assert read_due(text, MilestoneBook(), LINES) is None


def test_deadline_before_a_known_event():
    book = MilestoneBook()
    book.mention("Ngày Chuyển đổi số quốc gia", None, LINES)
    found = read_due("Đăng tải loạt bài, hoàn thành trước Ngày Chuyển đổi số quốc gia.", book, LINES)
    assert found is not None
    assert found.ref == MilestoneDateRef(milestone_key="chuyen-doi-so-quoc-gia", side="start", offset_days=-1)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", "Đại hội XIII của Đảng"),
        ("Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII", "Đại hội Đảng bộ tỉnh lần thứ XVII"),
    ],
)
def test_one_event_written_two_ways_is_one_milestone(a, b):
    book = MilestoneBook()
    assert book.mention(a, None, LINES) is book.mention(b, None, LINES)
    assert event_key(a) == event_key(b)


def test_different_congresses_are_different_milestones():
    book = MilestoneBook()
    assert book.mention("Đại hội XII", None, LINES) is not book.mention("Đại hội XIII", None, LINES)
    assert book.mention("đại hội đảng bộ cấp huyện", None, LINES) is not book.mention(
        "đại hội đảng bộ các cấp", None, LINES
    )


def test_conflicting_dates_keep_the_first_and_warn():
    book = MilestoneBook()
    book.mention("Hội nghị tổng kết", month(2025, 12), LINES)
    milestone = book.mention("Hội nghị tổng kết", month(2025, 11), (9, 9))
    assert milestone.range_start == date(2025, 12, 1)
    assert [w.code for w in milestone.warnings] == [WarningCode.DATE_CONFLICT]


def test_undated_milestones_are_flagged():
    book = MilestoneBook()
    book.mention("Kỳ họp thứ 15", None, LINES)
    (milestone,) = book.milestones()
    assert [w.code for w in milestone.warnings] == [WarningCode.MISSING]
