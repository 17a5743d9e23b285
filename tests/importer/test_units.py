"""Unit names: splitting lists, kinds, groups, partners and matching existing units."""

import uuid

import pytest

from plandesk.importer import ExistingUnit, match_unit
from plandesk.importer.units import (
    cut_at_verb,
    display_name,
    guess_kind,
    is_generic,
    is_group,
    partner_phrases,
    short_name,
    split_unit_names,
    unit_key,
)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Đài Phát thanh - Truyền hình tỉnh, Báo Đắk Lắk, Cổng Thông tin điện tử tỉnh",
            ["Đài Phát thanh - Truyền hình tỉnh", "Báo Đắk Lắk", "Cổng Thông tin điện tử tỉnh"],
        ),
        (
            "Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các đoàn thể chính trị - xã hội tỉnh; "
            "Ban Thường vụ Tỉnh đoàn",
            [
                "Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
                "các đoàn thể chính trị - xã hội tỉnh",
                "Ban Thường vụ Tỉnh đoàn",
            ],
        ),
        (
            "Các huyện uỷ, thị uỷ, thành uỷ và đảng uỷ trực thuộc",
            ["Các huyện uỷ, thị uỷ, thành uỷ và đảng uỷ trực thuộc"],
        ),
        ("Sở Văn hoá, Thể thao và Du lịch", ["Sở Văn hoá, Thể thao và Du lịch"]),
        ("Hội Kiến trúc sư thành phố và Viện Quy hoạch", ["Hội Kiến trúc sư thành phố", "Viện Quy hoạch"]),
    ],
)
def test_split_unit_lists_on_commas_but_not_inside_names(text, names):
    assert split_unit_names(text) == names


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sở Thông tin và Truyền thông", "Sở Thông tin - Truyền thông"),
        ("Sở Thông tin và Truyền thông", "Sở TT&TT"),
        ("Ban Tuyên giáo Tỉnh uỷ", "BAN TUYÊN GIÁO TỈNH ỦY"),
        ("Ban Tuyên giáo Tỉnh ủy", "Ban Tuyen giao Tinh uy"),
        ("Liên hiệp các Hội khoa học kỹ thuật tỉnh", "Liên hiệp các Hội khoa học kỹ thuật"),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban MTTQ tỉnh"),
        ("Đài Phát thanh - Truyền hình tỉnh", "Đài PTTH tỉnh"),
        ("Báo Đắc Lắc", "Báo Đắk Lắk"),
    ],
)
def test_variants_share_a_key(a, b):
    assert unit_key(a) == unit_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo Trung ương"),
        ("Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh đoàn"),
        ("Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
        ("Tỉnh ủy", "Tỉnh đoàn"),
    ],
)
def test_different_units_have_different_keys(a, b):
    assert unit_key(a) != unit_key(b)


def test_place_after_province_is_ignored_when_the_place_is_known():
    assert unit_key("Sở Thông tin và Truyền thông tỉnh Đắk Lắk", place="Đắk Lắk") == unit_key(
        "Sở Thông tin - Truyền thông"
    )


def test_match_unit_finds_the_existing_unit_by_name_or_short_name():
    info = ExistingUnit(uuid.uuid4(), "Sở Thông tin và Truyền thông", "Sở TT&TT")
    radio = ExistingUnit(uuid.uuid4(), "Đài Phát thanh và Truyền hình Đắk Lắk", None)
    existing = [info, radio]
    assert match_unit("Sở Thông tin - Truyền thông", existing) is info
    assert match_unit("Sở TT&TT", existing) is info
    assert match_unit("Đài Phát thanh - Truyền hình tỉnh", existing, place="Đắk Lắk") is radio
    assert match_unit("Báo Đắk Lắk", existing, place="Đắk Lắk") is None


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Ban Tuyên giáo Tỉnh ủy", "party_committee"),
        ("Văn phòng Tỉnh ủy", "party_committee"),
        ("Đảng đoàn Hội Văn học - Nghệ thuật tỉnh", "party_committee"),
        ("Ban cán sự đảng UBND tỉnh", "party_committee"),
        ("Sở Văn hóa, Thể thao và Du lịch", "department"),
        ("Cục Báo chí", "department"),
        ("Liên hiệp các Hội khoa học kỹ thuật tỉnh", "mass_org"),
        ("Ban Thường vụ Tỉnh đoàn", "mass_org"),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "mass_org"),
        ("Báo Đắk Lắk", "media"),
        ("Cổng Thông tin điện tử tỉnh", "media"),
        ("Các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc", "district"),
        ("Ủy ban nhân dân các quận, huyện", "district"),
        ("Tiểu ban Tuyên truyền", "other"),
    ],
)
def test_kind_is_guessed_from_the_name(name, kind):
    assert guess_kind(name) == kind


@pytest.mark.parametrize(
    ("name", "group"),
    [
        ("Các huyện uỷ, thị uỷ, thành uỷ và đảng uỷ trực thuộc", True),
        ("các đoàn thể chính trị - xã hội tỉnh", True),
        ("Ủy ban nhân dân các quận, huyện", True),
        ("Ủy ban nhân dân cấp huyện", True),
        ("Liên hiệp các Hội khoa học kỹ thuật tỉnh", False),
        ("Sở Xây dựng", False),
    ],
)
def test_plural_names_are_groups(name, group):
    assert is_group(name) is group


def test_display_name_uses_the_new_spelling_and_spells_out_abbreviations():
    assert display_name("Ban Dân vận Tỉnh uỷ") == "Ban Dân vận Tỉnh ủy"
    assert display_name("Sở Văn hoá, Thể thao và Du lịch") == "Sở Văn hóa, Thể thao và Du lịch"
    assert display_name("Ban cán sự đảng UBND tỉnh") == "Ban cán sự đảng Ủy ban nhân dân tỉnh"
    assert display_name("các đoàn thể chính trị - xã hội tỉnh") == "Các đoàn thể chính trị - xã hội tỉnh"


def test_short_names_use_customary_abbreviations():
    assert short_name("Đài Phát thanh - Truyền hình tỉnh") == "Đài PTTH tỉnh"
    assert short_name("Ban cán sự đảng Ủy ban nhân dân tỉnh") == "Ban cán sự đảng UBND tỉnh"
    assert short_name("Sở Xây dựng") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh chỉ đạo:", "Ban cán sự đảng UBND tỉnh"),
        ("Viện Quy hoạch xây dựng Đà Nẵng", "Viện Quy hoạch xây dựng Đà Nẵng"),
        ("Viện Quy hoạch xây dựng Đà Nẵng tổ chức Hội nghị", "Viện Quy hoạch xây dựng Đà Nẵng"),
        ("Ban Tổ chức Tỉnh ủy", "Ban Tổ chức Tỉnh ủy"),
        ("các tổ chức chính trị - xã hội tổ chức hội nghị", "các tổ chức chính trị - xã hội"),
    ],
)
def test_a_name_ends_where_the_verb_begins(text, name):
    assert cut_at_verb(text)[0] == name


@pytest.mark.parametrize(
    ("task", "partners"),
    [
        (
            "Chủ trì, phối hợp với Liên hiệp các Hội khoa học kỹ thuật tỉnh tổ chức hội nghị lấy ý kiến, "
            "tiến độ: xong trước 15/3/2020.",
            ["Liên hiệp các Hội khoa học kỹ thuật tỉnh"],
        ),
        ("Phối hợp với Ban Tuyên giáo Tỉnh ủy chỉ đạo, định hướng công tác", ["Ban Tuyên giáo Tỉnh ủy"]),
        ("Chủ trì tổ chức hội nghị", []),
        ("đề nghị các phóng viên thường trú phối hợp đẩy mạnh tuyên truyền", []),
    ],
)
def test_partners_follow_phoi_hop_voi(task, partners):
    assert partner_phrases(task) == partners


@pytest.mark.parametrize(
    ("name", "generic"),
    [
        ("các cơ quan, đơn vị có liên quan", True),
        ("các cấp uỷ, chính quyền", True),
        ("các đơn vị liên quan", True),
        ("các đoàn thể chính trị - xã hội tỉnh", False),
        ("Sở Thông tin và Truyền thông", False),
    ],
)
def test_generic_partners_name_nobody(name, generic):
    assert is_generic(name) is generic
