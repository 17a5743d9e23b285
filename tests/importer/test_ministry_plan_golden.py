"""Golden test: a ministry plan delivered as .docx (tables, Word list styles, four phases)."""

from datetime import date

from plandesk.importer import FixedDateRef, MilestoneDateRef, WarningCode


def test_header_from_a_two_column_table(ministry_plan):
    assert ministry_plan.code == "1520/KH-BTTTT"
    assert (ministry_plan.place, ministry_plan.issued_on) == ("Hà Nội", date(2025, 1, 20))
    assert ministry_plan.issuing_body == "Bộ Thông tin và Truyền thông"
    assert ministry_plan.title == "Truyền thông về chuyển đổi số quốc gia năm 2025"
    assert ministry_plan.warnings == []


def test_signature_table(ministry_plan):
    assert (ministry_plan.signer_name, ministry_plan.signer_title) == ("Nguyễn Văn Minh", "Thứ trưởng")
    assert ministry_plan.recipients == [
        "Bộ trưởng (để báo cáo)",
        "Các Thứ trưởng",
        "Các cơ quan, đơn vị thuộc Bộ",
        "Lưu: VT, TTCS",
    ]


def test_legal_bases(ministry_plan):
    assert [(b.reference, b.date, b.issuer) for b in ministry_plan.legal_bases] == [
        ("Nghị định số 48/2022/NĐ-CP", date(2022, 7, 26), "Chính phủ"),
        ("Quyết định số 411/QĐ-TTg", date(2022, 3, 31), "Thủ tướng Chính phủ"),
    ]


def test_list_bullet_paragraphs_are_items(ministry_plan):
    assert (len(ministry_plan.purposes), len(ministry_plan.requirements)) == (2, 2)


def test_four_phases(ministry_plan):
    windows = [
        (p.label, len(p.topics), ministry_plan.resolve(p.start), ministry_plan.resolve(p.end))
        for p in ministry_plan.phases
    ]
    assert windows == [
        ("1", 3, date(2025, 1, 1), date(2025, 3, 31)),
        ("2", 4, date(2025, 4, 1), date(2025, 9, 30)),
        ("3", 3, date(2025, 10, 1), date(2025, 10, 10)),
        ("4", 2, date(2025, 10, 11), date(2025, 12, 31)),
    ]


def test_a_quarter_in_brackets_is_a_fixed_window(ministry_plan):
    phase = ministry_plan.phase("1")
    assert phase.start == FixedDateRef(date=date(2025, 1, 1))
    assert phase.end == FixedDateRef(date=date(2025, 3, 31))


def test_phases_three_and_four_meet_at_digital_transformation_day(ministry_plan):
    day = ministry_plan.phase("3").end
    assert isinstance(day, MilestoneDateRef)
    milestone = ministry_plan.milestone(day.milestone_key)
    assert (milestone.title, milestone.precision, milestone.date) == (
        "Ngày Chuyển đổi số quốc gia",
        "day",
        date(2025, 10, 10),
    )
    assert ministry_plan.phase("4").start == MilestoneDateRef(
        milestone_key=milestone.key, side="end", offset_days=1
    )


def test_the_closing_conference_is_a_review_milestone(ministry_plan):
    review = ministry_plan.milestone(ministry_plan.phase("4").end.milestone_key)
    assert (review.title, review.kind, review.precision) == (
        "Hội nghị tổng kết công tác truyền thông",
        "review",
        "month",
    )


def test_channels_numbered_by_word(ministry_plan):
    assert [(c.label, c.title, len(c.items)) for c in ministry_plan.channels] == [
        ("1", "Truyền thông trên báo chí", 3),
        ("2", "Truyền thông trên nền tảng số", 2),
        ("3", "Tổ chức sự kiện", 1),
    ]


def test_deadlines_in_several_forms(ministry_plan):
    plan = ministry_plan
    dues = [(t.source_section, plan.resolve(t.due)) for t in plan.tasks if t.due is not None]
    assert dues == [
        ("IV.1", date(2025, 2, 28)),  # "thời hạn: trước ngày 28/02/2025"
        ("IV.1", date(2025, 9, 30)),  # "hoàn thành trong tháng 9/2025"
        ("IV.1", date(2025, 9, 30)),  # "tiến độ: Quý III/2025"
        ("IV.2", date(2025, 2, 15)),
        ("IV.3", date(2025, 10, 9)),  # "hoàn thành trước Ngày Chuyển đổi số quốc gia"
        ("IV.4", date(2025, 12, 15)),
    ]


def test_month_and_quarter_deadlines_fall_on_the_last_day_with_a_warning(ministry_plan):
    month, quarter = ministry_plan.tasks[1], ministry_plan.tasks[2]
    for task in (month, quarter):
        assert WarningCode.DUE_PRECISION in {w.code for w in task.warnings}


def test_a_deadline_before_an_event_hangs_on_its_milestone(ministry_plan):
    task = next(t for t in ministry_plan.tasks if "loạt bài" in t.body)
    assert isinstance(task.due, MilestoneDateRef)
    assert (task.due.side, task.due.offset_days) == ("start", -1)
    assert task.phase_label == "3"


def test_tasks_get_the_phase_running_on_their_deadline(ministry_plan):
    labels = [t.phase_label for t in ministry_plan.tasks]
    assert labels == ["1", "2", "2", "1", None, "3", None, "4", None, None]


def test_units_with_groups_and_nesting(ministry_plan):
    assert [(u.name, u.kind, u.is_group, u.parent_key) for u in ministry_plan.units] == [
        ("Cục Thông tin cơ sở", "department", False, None),
        ("Vụ Kế hoạch - Tài chính", "department", False, None),
        ("Các cơ quan báo chí thuộc Bộ", "media", True, None),
        ("Sở Thông tin và Truyền thông các tỉnh, thành phố trực thuộc Trung ương", "department", True, None),
        ("Các đơn vị thuộc Bộ", "other", True, None),
        ("Trung tâm Thông tin", "department", False, "cac-don-vi-thuoc-bo"),
        ("Cục Báo chí", "department", False, "cac-don-vi-thuoc-bo"),
        ("Ủy ban nhân dân cấp huyện", "district", True, None),
    ]


def test_lettered_tasks_and_nested_sections(ministry_plan):
    assert len(ministry_plan.tasks) == 10
    assert [t.source_section for t in ministry_plan.tasks] == [
        "IV.1",
        "IV.1",
        "IV.1",
        "IV.2",
        "IV.3",
        "IV.3",
        "IV.4",
        "IV.4",
        "IV.5.1",
        "IV.5.2",
    ]
    lettered = ministry_plan.tasks[6]
    assert lettered.title.startswith("Xây dựng kế hoạch truyền thông chuyển đổi số của địa phương")
    supporters = [ministry_plan.unit(k).name for k in lettered.supporting_unit_keys]
    assert supporters == ["Ủy ban nhân dân cấp huyện"]


def test_a_partner_listed_later_as_an_entry_is_one_unit(ministry_plan):
    press = next(u for u in ministry_plan.units if u.name == "Cục Báo chí")
    assert ministry_plan.tasks[1].supporting_unit_keys == [press.key]
    assert ministry_plan.tasks[-1].lead_unit_key == press.key
