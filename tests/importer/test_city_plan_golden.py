"""Golden test: a city's master-plan consultation (Markdown, two phases, no deadlines)."""

from datetime import date

from plandesk.importer import FixedDateRef, MilestoneDateRef, WarningCode


def test_header(city_plan):
    assert city_plan.code == "45/KH-UBND"
    assert (city_plan.place, city_plan.issued_on) == ("Đà Nẵng", date(2024, 3, 5))
    assert city_plan.issuing_body == "Ủy ban nhân dân thành phố Đà Nẵng"
    assert city_plan.title == (
        "Lấy ý kiến cộng đồng dân cư, cơ quan, tổ chức, cá nhân về Đồ án điều chỉnh Quy hoạch chung "
        "thành phố Đà Nẵng đến năm 2045, tầm nhìn đến năm 2065"
    )


def test_signature_before_recipients(city_plan):
    assert (city_plan.signer_name, city_plan.signer_title) == ("Trần Thị Thu Hà", "Phó Chủ tịch")
    assert city_plan.recipients == [
        "Thường trực Thành ủy",
        "Thường trực HĐND thành phố",
        "Chủ tịch, các PCT UBND thành phố",
        "Các sở, ban, ngành; UBND các quận, huyện",
        "Lưu: VT, SXD",
    ]


def test_legal_bases_one_paragraph_each_with_a_law_without_number(city_plan):
    assert [(b.reference, b.date, b.issuer) for b in city_plan.legal_bases] == [
        ("Luật Quy hoạch đô thị", date(2009, 6, 17), None),
        ("Nghị định số 37/2010/NĐ-CP", date(2010, 4, 7), "Chính phủ"),
        ("Quyết định số 359/QĐ-TTg", date(2021, 3, 15), "Thủ tướng Chính phủ"),
    ]
    assert city_plan.legal_bases[1].title == "Lập, thẩm định, phê duyệt và quản lý quy hoạch đô thị"


def test_purposes_and_requirements_numbered_with_brackets(city_plan):
    assert len(city_plan.purposes) == 2
    assert len(city_plan.requirements) == 3
    # Wrapped Markdown lines make one item.
    assert city_plan.purposes[0].endswith("trước khi trình cấp có thẩm quyền phê duyệt.")


def test_two_phases_without_sub_phases(city_plan):
    phases = [(p.label, p.parent_label, len(p.topics)) for p in city_plan.phases]
    assert phases == [("1", None, 4), ("2", None, 3)]


def test_phase_one_is_a_bracketed_fixed_window(city_plan):
    phase = city_plan.phase("1")
    assert phase.start == FixedDateRef(date=date(2024, 3, 15))
    assert phase.end == FixedDateRef(date=date(2024, 4, 15))
    assert phase.title.startswith("Giai đoạn 1 – Công bố và lấy ý kiến rộng rãi")


def test_phase_two_hangs_between_the_expert_review_and_the_council_session(city_plan):
    phase = city_plan.phase("2")
    review = city_plan.milestone(phase.start.milestone_key)
    session = city_plan.milestone(phase.end.milestone_key)
    assert review.title == "Hội nghị phản biện của các chuyên gia"
    assert (review.precision, review.range_end) == ("month", date(2024, 4, 30))
    assert session.title == "Kỳ họp thứ 15 Hội đồng nhân dân thành phố"
    assert (session.precision, session.range_start) == ("month", date(2024, 7, 1))
    assert phase.start == MilestoneDateRef(milestone_key=review.key, side="end", offset_days=1)
    assert phase.end == MilestoneDateRef(milestone_key=session.key, side="start", offset_days=-1)
    window = (city_plan.resolve(phase.start), city_plan.resolve(phase.end))
    assert window == (date(2024, 5, 1), date(2024, 6, 30))


def test_a_dated_review_meeting_in_a_topic_is_a_review_milestone(city_plan):
    review = next(m for m in city_plan.milestones if m.kind == "review")
    assert (review.title, review.precision, review.date) == (
        "Hội nghị sơ kết việc lấy ý kiến",
        "day",
        date(2024, 5, 10),
    )


def test_channels_with_lettered_items_star_bullets_and_none(city_plan):
    assert [(c.label, len(c.items)) for c in city_plan.channels] == [("1", 2), ("2", 3), ("3", 2), ("4", 0)]
    assert city_plan.channels[0].items[0].startswith("Tại Trung tâm Hội chợ Triển lãm")


def test_units_without_deadlines(city_plan):
    assert len(city_plan.tasks) == 13
    assert all(t.due is None and t.phase_label is None for t in city_plan.tasks)
    assert [(u.name, u.kind, u.is_group) for u in city_plan.units] == [
        ("Sở Xây dựng", "department", False),
        ("Sở Thông tin và Truyền thông", "department", False),
        ("Ủy ban nhân dân các quận, huyện", "district", True),
        ("Báo Đà Nẵng", "media", False),
        ("Đài Phát thanh - Truyền hình Đà Nẵng", "media", False),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "mass_org", False),
        ("Viện Quy hoạch xây dựng Đà Nẵng", "department", False),
        ("Hội Kiến trúc sư thành phố", "mass_org", False),
    ]


def test_role_in_brackets_is_not_part_of_the_unit_name(city_plan):
    unit = city_plan.units[0]
    assert unit.name == "Sở Xây dựng"
    assert [w.code for w in unit.warnings] == [WarningCode.UNIT_NAME_TRIMMED]


def test_partners_joined_by_va_are_two_units(city_plan):
    task = city_plan.tasks[1]
    assert [city_plan.unit(k).name for k in task.supporting_unit_keys] == [
        "Hội Kiến trúc sư thành phố",
        "Viện Quy hoạch xây dựng Đà Nẵng",
    ]


def test_a_unit_name_followed_by_the_same_word_as_a_verb_is_no_typing_slip(city_plan):
    task = next(t for t in city_plan.tasks if t.body.startswith("Phối hợp với Sở Xây dựng xây dựng"))
    assert [city_plan.unit(k).name for k in task.supporting_unit_keys] == ["Sở Xây dựng"]
    assert task.warnings == []


def test_task_written_on_the_heading_line_after_a_colon(city_plan):
    front = [t for t in city_plan.tasks if t.source_section == "IV.5"]
    assert [t.title for t in front] == [
        "Chủ trì giám sát việc tổ chức lấy ý kiến cộng đồng dân cư",
        "Vận động các tổ chức thành viên và Nhân dân tích cực tham gia góp ý",
    ]


def test_closing_remark_is_not_a_task(city_plan):
    assert not any(t.body.startswith("Trên đây là") for t in city_plan.tasks)
    assert [w.code for w in city_plan.warnings] == [WarningCode.IGNORED_PARAGRAPH]
