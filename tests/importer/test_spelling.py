"""Spelling normalisation and typing slips."""

import pytest

from plandesk.importer.spelling import (
    find_repeated_phrases,
    fold_aligned,
    normalise_spelling,
    recover_case,
    remove_repeated_phrases,
    strip_emphasis,
)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Tỉnh uỷ", "Tỉnh ủy"),
        ("TỈNH UỶ", "TỈNH ỦY"),
        ("văn hoá", "văn hóa"),
        ("hoà bình", "hòa bình"),
        ("khoẻ", "khỏe"),
        ("Thuý", "Thúy"),
        ("Đắc Lắc", "Đắk Lắk"),
        ("Buôn Ma Thuật", "Buôn Ma Thuột"),
        # Unchanged: a final consonant, "qu", or a tone already on the first vowel.
        ("hoàn thành", "hoàn thành"),
        ("quý", "quý"),
        ("ngoài", "ngoài"),
        ("thuế", "thuế"),
        ("hoặc", "hoặc"),
        ("ủy ban", "ủy ban"),
    ],
)
def test_new_spelling(old, new):
    assert normalise_spelling(old) == new


def test_repeated_phrase_is_found_and_removed():
    text = "phong trào thi đua chào mừng chào mừng thành công"
    assert find_repeated_phrases(text) == ["chào mừng"]
    assert remove_repeated_phrases(text) == "phong trào thi đua chào mừng thành công"


@pytest.mark.parametrize(
    "text", ["từ từ", "mãi mãi", "từng bước, từng bước", "Sở Xây dựng xây dựng chuyên mục"]
)
def test_deliberate_repetition_is_not_a_slip(text):
    assert find_repeated_phrases(text) == []


def test_emphasis_is_stripped_but_footnote_marks_stay():
    assert strip_emphasis("**Kế hoạch** *số* __1__ (*)") == "Kế hoạch số 1 (*)"


def test_aligned_fold_keeps_offsets():
    text = "Đại hội Đảng bộ tỉnh"
    assert fold_aligned(text) == "dai hoi dang bo tinh"
    assert len(fold_aligned(text)) == len(text)


def test_recover_case_skips_the_all_caps_occurrence():
    corpus = "BỘ THÔNG TIN VÀ TRUYỀN THÔNG\n…\nBộ Thông tin và Truyền thông ban hành"
    assert recover_case("BỘ THÔNG TIN VÀ TRUYỀN THÔNG", corpus) == "Bộ Thông tin và Truyền thông"
