"""Vietnamese date phrases resolve to a date, a precision and a range."""

from datetime import date

import pytest

from plandesk.importer.dates import (
    find_date_phrases,
    is_only_date_phrase,
    parse_date_phrase,
    parse_date_range,
    roman_to_int,
)


@pytest.mark.parametrize(
    ("phrase", "precision", "first", "start", "end", "part"),
    [
        ("đầu tháng 02/2020", "month", date(2020, 2, 1), date(2020, 2, 1), date(2020, 2, 29), "early"),
        ("cuối tháng 8 năm 2020", "month", date(2020, 8, 1), date(2020, 8, 1), date(2020, 8, 31), "late"),
        ("cuối tháng 10/2020", "month", date(2020, 10, 1), date(2020, 10, 1), date(2020, 10, 31), "late"),
        ("giữa tháng 6/2024", "month", date(2024, 6, 1), date(2024, 6, 1), date(2024, 6, 30), "mid"),
        ("hết tháng 4/2024", "month", date(2024, 4, 1), date(2024, 4, 1), date(2024, 4, 30), "late"),
        ("tháng 3/2020", "month", date(2020, 3, 1), date(2020, 3, 1), date(2020, 3, 31), None),
        ("trong tháng 9/2025", "month", date(2025, 9, 1), date(2025, 9, 1), date(2025, 9, 30), None),
        ("tháng 12 năm 2025", "month", date(2025, 12, 1), date(2025, 12, 1), date(2025, 12, 31), None),
        ("Quý I/2021", "quarter", date(2021, 1, 1), date(2021, 1, 1), date(2021, 3, 31), None),
        ("quý II/2024", "quarter", date(2024, 4, 1), date(2024, 4, 1), date(2024, 6, 30), None),
        ("Quý III năm 2025", "quarter", date(2025, 7, 1), date(2025, 7, 1), date(2025, 9, 30), None),
        ("cuối quý IV năm 2020", "quarter", date(2020, 10, 1), date(2020, 10, 1), date(2020, 12, 31), "late"),
        ("quý 2/2024", "quarter", date(2024, 4, 1), date(2024, 4, 1), date(2024, 6, 30), None),
        ("năm 2021", "year", date(2021, 1, 1), date(2021, 1, 1), date(2021, 12, 31), None),
        ("cuối năm 2025", "year", date(2025, 1, 1), date(2025, 1, 1), date(2025, 12, 31), "late"),
        ("xong trước 15/4/2020", "day", date(2020, 4, 15), date(2020, 4, 15), date(2020, 4, 15), None),
        ("ngày 11 tháng 02 năm 2020", "day", date(2020, 2, 11), date(2020, 2, 11), date(2020, 2, 11), None),
        ("ngày 30/5/2019", "day", date(2019, 5, 30), date(2019, 5, 30), date(2019, 5, 30), None),
        ("ĐẾN 14-02-2020", "day", date(2020, 2, 14), date(2020, 2, 14), date(2020, 2, 14), None),
        ("ngày 07.4.2010", "day", date(2010, 4, 7), date(2010, 4, 7), date(2010, 4, 7), None),
    ],
)
def test_phrase_resolves_to_precision_and_range(phrase, precision, first, start, end, part):
    value = parse_date_phrase(phrase)
    assert value is not None
    assert (value.date, value.precision, value.range_start, value.range_end) == (first, precision, start, end)
    assert value.part == part


@pytest.mark.parametrize(
    "phrase",
    ["cuoi thang 10/2020", "Quy I/2021", "CUỐI THÁNG 8 NĂM 2020", "cuối quý IV năm 2020"],
)
def test_phrase_is_read_without_diacritics_or_in_capitals(phrase):
    assert parse_date_phrase(phrase) is not None


@pytest.mark.parametrize(
    "text",
    ["31/2/2020", "tháng 13/2020", "Quý V/2021", "ngày 11 tháng 02", "5 năm qua", "nhiệm kỳ 2020 - 2025", ""],
)
def test_not_a_date_phrase(text):
    assert parse_date_phrase(text) is None


@pytest.mark.parametrize(
    ("phrase", "side", "expected"),
    [
        ("đầu tháng 02/2020", "start", date(2020, 2, 1)),
        ("cuối tháng 8 năm 2020", "end", date(2020, 8, 31)),
        ("tháng 3/2020", "start", date(2020, 3, 1)),
        ("tháng 3/2020", "end", date(2020, 3, 31)),
        ("Quý I/2021", "end", date(2021, 3, 31)),
        ("giữa tháng 6/2024", "end", date(2024, 6, 15)),
        ("ngày 15/3/2024", "end", date(2024, 3, 15)),
    ],
)
def test_window_side_picks_the_right_day(phrase, side, expected):
    value = parse_date_phrase(phrase)
    assert value is not None
    assert value.pick(side) == expected


def test_finds_every_phrase_in_a_window_in_order():
    text = "Từ đầu tháng 02/2020 đến kết thúc đại hội đảng bộ cấp huyện (cuối tháng 8 năm 2020)"
    found = find_date_phrases(text)
    assert [text[f.start : f.end] for f in found] == ["đầu tháng 02/2020", "cuối tháng 8 năm 2020"]


def test_longest_phrase_wins_where_phrases_overlap():
    found = find_date_phrases("Đắk Lắk, ngày 11 tháng 02 năm 2020")
    assert len(found) == 1
    assert found[0].value.precision == "day"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(23/11/1940 - 23/11/2020)", (date(1940, 11, 23), date(2020, 11, 23))),
        ("Chiến thắng Buôn Ma Thuột (10/3/1975-10/3/2020)", (date(1975, 3, 10), date(2020, 3, 10))),
        ("(23/11/1940 – 23/11/2019)", (date(1940, 11, 23), date(2019, 11, 23))),
    ],
)
def test_anniversary_range(text, expected):
    assert parse_date_range(text) == expected


def test_no_anniversary_range_in_plain_text():
    assert parse_date_range("nhiệm kỳ 2020 - 2025") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(Quý I/2021)", True),
        ("cuối tháng 10/2020", True),
        ("vào tháng 7/2025", True),
        ("Đại hội XIII (Quý I/2021)", False),
        ("từ tháng 3/2024 đến tháng 4/2024", False),
    ],
)
def test_only_a_date_phrase(text, expected):
    assert is_only_date_phrase(text) is expected


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("I", 1),
        ("II", 2),
        ("III", 3),
        ("IV", 4),
        ("V", 5),
        ("IX", 9),
        ("XIII", 13),
        ("XVII", 17),
        ("abc", None),
    ],
)
def test_roman_numerals(numeral, value):
    assert roman_to_int(numeral) == value
