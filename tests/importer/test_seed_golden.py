"""Golden test: the seed plan 148-KH/TU imports item by item as the document says."""

import uuid
from collections import Counter
from datetime import date

from plandesk.core.text import fold
from plandesk.importer import ExistingUnit, FixedDateRef, MilestoneDateRef, WarningCode, parse_plan


def unit_named(draft, name):
    matches = [u for u in draft.units if fold(u.name) == fold(name)]
    assert len(matches) == 1, f"{name!r} → {[u.name for u in draft.units]}"
    return matches[0]


def test_header(seed):
    assert seed.code == "148-KH/TU"
    assert seed.issued_on == date(2020, 2, 11)
    assert seed.place == "Đắk Lắk"
    assert seed.title == (
        "Tuyên truyền đại hội đảng bộ các cấp tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII "
        "và Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"
    )
    assert seed.issuing_body == "Ban Thường vụ Tỉnh ủy Đắk Lắk"


def test_signer(seed):
    assert seed.signer_name == "Phạm Minh Tấn"
    assert seed.signer_title == "Phó Bí thư"


def test_legal_bases(seed):
    assert [(b.reference, b.date, b.issuer) for b in seed.legal_bases] == [
        ("Chỉ thị số 35-CT/TW", date(2019, 5, 30), "Bộ Chính trị"),
        ("Kế hoạch số 127-KH/TU", date(2019, 8, 23), "Ban Thường vụ Tỉnh ủy"),
    ]
    assert seed.legal_bases[0].title.startswith("Đại hội đảng bộ các cấp tiến tới")
    assert seed.legal_bases[1].title.startswith("Tổ chức đại hội đảng bộ các cấp")


def test_purposes_and_requirements(seed):
    assert len(seed.purposes) == 3
    assert len(seed.requirements) == 2
    assert seed.purposes[0].startswith("Tuyên truyền sâu rộng")
    assert seed.requirements[1].startswith("Công tác tuyên truyền phải đặc biệt coi trọng")


def test_three_phases_with_sub_phases_of_the_third(seed):
    assert [(p.label, p.parent_label, p.position) for p in seed.phases] == [
        ("I", None, 1),
        ("II", None, 2),
        ("III", None, 3),
        ("3.1", "III", 1),
        ("3.2", "III", 2),
        ("3.3", "III", 3),
    ]


def test_topics_per_phase(seed):
    counts = {p.label: len(p.topics) for p in seed.phases}
    assert counts == {"I": 9, "II": 5, "III": 0, "3.1": 6, "3.2": 9, "3.3": 6}


def test_topic_broken_across_a_page_break_is_one_topic(seed):
    topic = seed.phase("I").topics[2]
    assert "chấn chỉnh công tác cán bộ để chuẩn bị tốt nhân sự" in topic
    assert (
        seed.phase("II")
        .topics[0]
        .startswith(
            "Kết quả các phong trào thi đua yêu nước, các công trình trọng điểm chào mừng ngày lễ lớn"
        )
    )


def test_phase_one_runs_from_february_to_the_district_congresses(seed):
    phase = seed.phase("I")
    assert phase.start == FixedDateRef(date=date(2020, 2, 1))
    assert isinstance(phase.end, MilestoneDateRef)
    assert (phase.end.side, phase.end.offset_days) == ("end", 0)
    district = seed.milestone(phase.end.milestone_key)
    assert district.title == "Đại hội đảng bộ cấp huyện"
    assert (district.kind, district.precision) == ("event", "month")
    assert (district.date, district.range_start, district.range_end) == (
        date(2020, 8, 1),
        date(2020, 8, 1),
        date(2020, 8, 31),
    )
    assert seed.resolve(phase.end) == date(2020, 8, 31)


def test_phase_two_starts_after_the_district_congresses_and_ends_with_the_provincial_one(seed):
    phase = seed.phase("II")
    district_key = seed.phase("I").end.milestone_key
    assert phase.start == MilestoneDateRef(milestone_key=district_key, side="end", offset_days=1)
    provincial = seed.milestone(phase.end.milestone_key)
    assert provincial.title == "Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII"
    assert (provincial.precision, provincial.range_start, provincial.range_end) == (
        "month",
        date(2020, 10, 1),
        date(2020, 10, 31),
    )
    assert (seed.resolve(phase.start), seed.resolve(phase.end)) == (date(2020, 9, 1), date(2020, 10, 31))


def test_phase_three_runs_to_the_national_congress_in_the_first_quarter_of_2021(seed):
    phase = seed.phase("III")
    provincial_key = seed.phase("II").end.milestone_key
    assert phase.start == MilestoneDateRef(milestone_key=provincial_key, side="end", offset_days=1)
    national = seed.milestone(phase.end.milestone_key)
    assert national.title == "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"
    assert (national.precision, national.range_start, national.range_end) == (
        "quarter",
        date(2021, 1, 1),
        date(2021, 3, 31),
    )
    assert seed.resolve(phase.end) == date(2021, 3, 31)
    assert WarningCode.WINDOW_GUESSED in {w.code for w in phase.warnings}


def test_sub_phases_hang_on_the_national_congress_before_during_and_after(seed):
    national_key = seed.phase("III").end.milestone_key
    before, during, after = seed.phase("3.1"), seed.phase("3.2"), seed.phase("3.3")
    assert before.end == MilestoneDateRef(milestone_key=national_key, side="start", offset_days=-1)
    assert during.start == MilestoneDateRef(milestone_key=national_key, side="start", offset_days=0)
    assert during.end == MilestoneDateRef(milestone_key=national_key, side="end", offset_days=0)
    assert after.start == MilestoneDateRef(milestone_key=national_key, side="end", offset_days=1)
    assert after.end is None
    for phase in (before, during, after):
        assert WarningCode.COARSE_ANCHOR in {w.code for w in phase.warnings}


def test_the_note_under_phase_two_is_not_a_topic(seed):
    phase = seed.phase("II")
    assert not any("Tiểu ban Tuyên truyền" in t for t in phase.topics)
    assert [w.source_lines for w in phase.warnings if w.code == WarningCode.NOTE_NOT_A_TOPIC] == [(78, 78)]


def test_anniversaries_become_day_milestones(seed):
    by_title = {m.title: m for m in seed.milestones}
    founding = by_title["Kỷ niệm 80 năm Ngày thành lập Đảng bộ tỉnh Đắk Lắk"]
    assert (founding.kind, founding.precision, founding.date) == ("event", "day", date(2020, 11, 23))
    # Channel 4 writes "(23/11/1940 - 23/11/2019)" for the same 80th anniversary.
    assert WarningCode.DATE_CORRECTED in {w.code for w in founding.warnings}
    victory = by_title["Kỷ niệm 45 năm Chiến thắng Buôn Ma Thuột"]
    assert (victory.precision, victory.date) == ("day", date(2020, 3, 10))


def test_channels(seed):
    assert [(c.label, len(c.items)) for c in seed.channels] == [
        ("1", 3),
        ("2", 2),
        ("3", 3),
        ("4", 3),
        ("5", 0),
    ]
    assert seed.channels[1].title == "Tuyên truyền miệng"


def test_typing_slip_in_a_channel_title_is_fixed_and_flagged(seed):
    channel = seed.channels[3]
    assert channel.title.startswith("Phát động phong trào thi đua chào mừng thành công")
    assert [w.code for w in channel.warnings] == [WarningCode.REPEATED_WORDS]


def test_thirty_three_tasks_nine_for_the_propaganda_department(seed):
    assert len(seed.tasks) == 33
    lead = Counter(seed.unit(t.lead_unit_key).name for t in seed.tasks)
    assert lead["Ban Tuyên giáo Tỉnh ủy"] == 9
    assert {t.source_section for t in seed.tasks} == {
        "IV.1",
        "IV.2.1",
        "IV.2.2",
        "IV.3",
        "IV.4",
        "IV.5",
        "IV.6",
        "IV.7",
        "IV.8",
    }


def test_five_deadlines_each_on_the_right_unit(seed):
    deadlines = sorted(
        (seed.resolve(t.due), seed.unit(t.lead_unit_key).name) for t in seed.tasks if t.due is not None
    )
    assert deadlines == [
        (date(2020, 3, 15), "Ban Tuyên giáo Tỉnh ủy"),
        (date(2020, 3, 31), "Ban Dân vận Tỉnh ủy"),
        (date(2020, 3, 31), "Văn phòng Tỉnh ủy"),
        (date(2020, 4, 10), "Văn phòng Tỉnh ủy"),
        (date(2020, 4, 15), "Ban Tuyên giáo Tỉnh ủy"),
    ]
    assert all(isinstance(t.due, FixedDateRef) for t in seed.tasks if t.due is not None)


def test_the_fifteenth_of_march_task_is_supported_by_the_science_union(seed):
    task = next(t for t in seed.tasks if t.due == FixedDateRef(date=date(2020, 3, 15)))
    supporters = [seed.unit(k).name for k in task.supporting_unit_keys]
    assert supporters == ["Liên hiệp các Hội khoa học kỹ thuật tỉnh"]
    assert task.title.startswith("Chủ trì, phối hợp với Liên hiệp các Hội khoa học kỹ thuật tỉnh tổ chức")
    assert "tiến độ" not in task.title


def test_task_split_by_a_page_break_keeps_its_deadline(seed):
    task = next(t for t in seed.tasks if t.due == FixedDateRef(date=date(2020, 4, 15)))
    assert task.source_lines == (165, 167)
    assert "Đài Phát thanh - Truyền hình tỉnh" in task.body


def test_twelve_recipients(seed):
    assert len(seed.recipients) == 12
    assert seed.recipients[0] == "Ban Bí thư Trung ương Đảng"
    assert seed.recipients[-1] == "Lưu Văn phòng Tỉnh ủy (hg)"


def test_units_nest_as_the_document_nests_them(seed):
    committee = unit_named(seed, "Ban cán sự đảng Ủy ban nhân dân tỉnh")
    assert committee.short_name == "Ban cán sự đảng UBND tỉnh"
    for name in ("Sở Thông tin - Truyền thông", "Sở Văn hóa, Thể thao và Du lịch"):
        assert unit_named(seed, name).parent_key == committee.key


def test_several_units_in_one_entry_lead_first_and_say_so(seed):
    radio = unit_named(seed, "Đài Phát thanh - Truyền hình tỉnh")
    assert radio.kind == "media"
    assert unit_named(seed, "Báo Đắk Lắk").kind == "media"
    assert unit_named(seed, "Cổng Thông tin điện tử tỉnh").kind == "media"
    assert WarningCode.MULTI_UNIT_ENTRY in {w.code for w in radio.warnings}
    first, second = [t for t in seed.tasks if t.source_section == "IV.7"]
    assert first.lead_unit_key == radio.key
    supporters = [seed.unit(k).name for k in first.supporting_unit_keys]
    assert supporters == ["Báo Đắk Lắk", "Cổng Thông tin điện tử tỉnh"]
    # The second task names the radio station alone.
    assert (second.lead_unit_key, second.supporting_unit_keys) == (radio.key, [])


def test_mass_organisations_entry_splits_on_comma_and_semicolon(seed):
    names = [u.name for u in seed.units if u.source_lines == (215, 215)]
    assert names == [
        "Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "Các đoàn thể chính trị - xã hội tỉnh",
        "Ban Thường vụ Tỉnh đoàn",
    ]
    assert unit_named(seed, "Các đoàn thể chính trị - xã hội tỉnh").is_group


def test_district_committees_are_one_group(seed):
    group = unit_named(seed, "Các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc")
    assert group.is_group
    assert sum(t.lead_unit_key == group.key for t in seed.tasks) == 5


def test_unit_names_use_the_new_spelling(seed):
    names = " ".join(u.name for u in seed.units)
    assert "uỷ" not in names and "hoá" not in names and "Đắc Lắc" not in names


def test_partner_named_differently_is_the_same_unit(seed):
    # IV.1 says "Sở Thông tin và Truyền thông", IV.2.1 "Sở Thông tin - Truyền thông".
    info = unit_named(seed, "Sở Thông tin - Truyền thông")
    task = next(t for t in seed.tasks if "Sở Thông tin và Truyền thông chỉ đạo" in t.body)
    assert task.supporting_unit_keys == [info.key]


def test_generic_partners_are_not_units(seed):
    assert not any("liên quan" in u.name for u in seed.units)
    task = seed.tasks[8]
    assert task.supporting_unit_keys == []
    assert [w.code for w in task.warnings] == [WarningCode.GENERIC_PARTNER]


def test_header_noise_is_skipped_with_warnings(seed):
    codes = [(w.code, w.source_lines) for w in seed.warnings]
    assert (WarningCode.IGNORED_HEADER_LINE, (3, 3)) in codes
    assert (WarningCode.IGNORED_HEADER_LINE, (5, 5)) in codes
    assert (WarningCode.IGNORED_STAMP, (17, 20)) in codes


def test_every_unit_is_new_without_existing_units(seed):
    assert all(u.will_create and u.matched_unit_id is None for u in seed.units)


def test_existing_units_are_matched_not_created(seed_text):
    info_id, propaganda_id, radio_id = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    existing = [
        ExistingUnit(info_id, "Sở Thông tin và Truyền thông"),
        ExistingUnit(propaganda_id, "Ban Tuyên giáo Tỉnh uỷ", "BTG"),
        ExistingUnit(radio_id, "Đài Phát thanh và Truyền hình Đắk Lắk", "Đài PTTH tỉnh"),
    ]
    draft = parse_plan(seed_text, existing_units=existing)
    info = unit_named(draft, "Sở Thông tin - Truyền thông")
    assert (info.matched_unit_id, info.will_create) == (info_id, False)
    assert WarningCode.UNIT_MATCHED_VARIANT in {w.code for w in info.warnings}
    propaganda = unit_named(draft, "Ban Tuyên giáo Tỉnh ủy")
    assert (propaganda.matched_unit_id, propaganda.will_create) == (propaganda_id, False)
    radio = unit_named(draft, "Đài Phát thanh - Truyền hình tỉnh")
    assert (radio.matched_unit_id, radio.will_create) == (radio_id, False)
    assert sum(not u.will_create for u in draft.units) == 3


def test_every_item_points_at_its_source_lines(seed, seed_text):
    lines = seed_text.splitlines()
    for task in seed.tasks:
        first, last = task.source_lines
        assert 1 <= first <= last <= len(lines)
        assert lines[first - 1].lstrip("- *").startswith(task.body[:20])


def test_draft_round_trips_as_json(seed):
    again = type(seed).model_validate_json(seed.model_dump_json())
    assert again == seed
