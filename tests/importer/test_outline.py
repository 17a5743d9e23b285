"""The outline reader: numbering, bullets, and paragraphs broken by wraps and page breaks."""

import pytest

from plandesk.importer.outline import build_outline, classify, join_paragraphs, split_lines


@pytest.mark.parametrize(
    ("line", "kind", "label", "text"),
    [
        ("I- MỤC ĐÍCH, YÊU CẦU", "roman", "I", "MỤC ĐÍCH, YÊU CẦU"),
        ("IV. TỔ CHỨC THỰC HIỆN", "roman", "IV", "TỔ CHỨC THỰC HIỆN"),
        ("## II. CÁC ĐỢT", "roman", "II", "CÁC ĐỢT"),
        ("1. Mục đích", "number", "1", "Mục đích"),
        ("1) Mục đích", "number", "1", "Mục đích"),
        ("3.1. Sau Đại hội", "number", "3.1", "Sau Đại hội"),
        ("2.1 Sở Thông tin", "number", "2.1", "Sở Thông tin"),
        ("**5. Ủy ban:** chủ trì", "number", "5", "Ủy ban: chủ trì"),
        ("a) Tại trụ sở", "letter", "a", "Tại trụ sở"),
        ("- *Báo Đắc Lắc* mở chuyên mục", "bullet", None, "Báo Đắc Lắc mở chuyên mục"),
        ("* Đối với Đại hội", "star", None, "Đối với Đại hội"),
        ("90 năm lịch sử vẻ vang", "text", None, "90 năm lịch sử vẻ vang"),
        ("Ít nhất hai lần", "text", None, "Ít nhất hai lần"),
    ],
)
def test_classify_numbering(line, kind, label, text):
    assert classify(line)[:3] == (kind, label, text)


def _texts(source, **options):
    return [(b.kind, b.text, b.lines) for b in join_paragraphs(split_lines(source), **options)]


def test_lower_case_after_a_blank_line_continues_the_bullet():
    assert _texts("- Kết quả các công trình chào\n\nmừng ngày lễ lớn.\n") == [
        ("bullet", "Kết quả các công trình chào mừng ngày lễ lớn.", (1, 3))
    ]


def test_upper_case_after_an_unfinished_bullet_continues_it():
    assert _texts("- đăng, phát trên Đài Phát thanh -\n\nTruyền hình tỉnh, tiến độ: xong.\n") == [
        ("bullet", "đăng, phát trên Đài Phát thanh - Truyền hình tỉnh, tiến độ: xong.", (1, 3))
    ]


def test_upper_case_after_a_finished_bullet_is_a_new_paragraph():
    assert [k for k, _, _ in _texts("- Một việc.\n\nVận động cán bộ.\n")] == ["bullet", "text"]


def test_a_heading_is_never_continued_by_an_upper_case_paragraph():
    assert [k for k, _, _ in _texts("IV- TỔ CHỨC THỰC HIỆN\n\nĐể thực hiện tốt\n")] == ["roman", "text"]


def test_word_paragraphs_are_whole_unless_they_start_in_lower_case():
    source = "- Tổ chức hội nghị\n\nXây dựng kế hoạch\n\ntiếp theo\n"
    assert _texts(source, soft_wrap=False) == [
        ("bullet", "Tổ chức hội nghị", (1, 1)),
        ("text", "Xây dựng kế hoạch tiếp theo", (3, 5)),
    ]


def test_page_numbers_and_rules_are_dropped():
    blocks = _texts("- Một\n\n- 2 -\n\n-----\n\n- Hai\n")
    assert blocks == [("bullet", "Một", (1, 1)), ("bullet", "Hai", (7, 7))]


def test_outline_nests_sections_numbers_letters_and_bullets():
    source = "I. A\n1. B\n- b1\n2. C\n2.1. D\n- d1\na) E\n- e1\n3. F\nII. G\n- g1\n"
    roots = build_outline(join_paragraphs(split_lines(source)))

    def shape(block):
        return (block.label or block.kind, [shape(c) for c in block.children])

    assert [shape(r) for r in roots] == [
        (
            "I",
            [
                ("1", [("bullet", [])]),
                ("2", [("2.1", [("bullet", []), ("a", [("bullet", [])])])]),
                ("3", []),
            ],
        ),
        ("II", [("bullet", [])]),
    ]


def test_bracket_numbers_nest_under_dot_numbers():
    roots = build_outline(join_paragraphs(split_lines("I. A\n1. B\n1) x\n2) y\n2. C\n")))
    nesting = [(c.label, [g.label for g in c.children]) for c in roots[0].children]
    assert nesting == [("1", ["1", "2"]), ("2", [])]
