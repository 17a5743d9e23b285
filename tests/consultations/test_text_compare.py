"""The verification step on its own: which differences are content, which are not."""

from __future__ import annotations

from plandesk.consultations.clustering.text_compare import Verdict, compare, word_diff

REQUEST = "Đề nghị hỗ trợ kinh phí đóng bảo hiểm y tế cho người cao tuổi thuộc hộ cận nghèo ở xã Ea Tul."
LETTER = (
    "Về giáo dục, cần rà soát, sắp xếp lại mạng lưới trường lớp phù hợp với thực tế dân cư, tránh dồn ghép "
    "máy móc gây khó khăn cho học sinh vùng sâu. Cần bảo đảm đủ giáo viên theo định mức cho các điểm trường "
    "lẻ. Đề nghị ưu tiên kiên cố hóa phòng học ở các xã đặc biệt khó khăn."
)


def test_a_word_that_folds_onto_a_stop_word_is_still_content():
    # "cận" folds to "can", as "cần" (a stop word) does: near-poor households are not poor ones.
    assert compare(REQUEST, REQUEST.replace("hộ cận nghèo", "hộ nghèo")).verdict is Verdict.DIFFERENT


def test_a_typo_is_a_spelling_variant_but_a_changed_name_is_not():
    assert compare(REQUEST, REQUEST.replace("bảo hiểm", "bảo hiêm")).verdict is Verdict.SAME
    assert compare(REQUEST, REQUEST.replace("Ea Tul", "Ea Tu")).verdict is Verdict.DIFFERENT


def test_a_negated_sentence_added_to_a_long_letter_is_different():
    added = LETTER + " Không đồng ý dồn ghép các điểm trường lẻ."
    assert compare(LETTER, added).verdict is Verdict.DIFFERENT
    assert compare(LETTER, LETTER + " Đồng thời cần quan tâm bữa ăn bán trú.").verdict is Verdict.ADDED


def test_swapped_single_words_are_not_a_change_of_word_order():
    text = "Đề nghị tăng thuế tài nguyên và giảm phí môi trường đối với khai thác cát trên sông."
    swapped = "Đề nghị giảm thuế tài nguyên và tăng phí môi trường đối với khai thác cát trên sông."
    assert compare(text, swapped).verdict is Verdict.DIFFERENT


def test_the_word_diff_marks_added_content_and_removed_words():
    diff = word_diff("Cần xây trường học ở huyện Ea Súp.", "Cần xây trạm y tế ở huyện Ea Súp ạ.")
    changed = [(s["op"], s["text"], s["content"]) for s in diff if s["op"] != "same"]
    assert changed == [
        ("removed", "trường học", True),
        ("added", "trạm y tế", True),
        ("added", "ạ", False),
    ]


def test_a_prepared_text_has_the_keys_of_its_words_and_the_same_verdicts():
    from plandesk.consultations.clustering.text_compare import Text, verdict, words

    texts = [
        REQUEST,
        LETTER,
        "Kính gửi Ban soạn thảo. " + REQUEST + "\nTrân trọng,\nNguyễn Văn Hùng",
        "de nghi ho tro kinh phi dong bao hiem y te cho nguoi cao tuoi thuoc ho can ngheo o xa Ea Tul",
        "Theo tôi, đề nghị Ban soạn thảo cảm ơn bà con: ý kiến hiện nay KHÔNG nhất trí ạ!",
        LETTER + " Không đồng ý dồn ghép các điểm trường lẻ.",
        REQUEST.replace("bảo hiểm", "bảo hiêm"),
        REQUEST.replace("Ea Tul", "Ea Tu"),
    ]
    for text in texts:
        ws = [w for w in words(text) if w.content]
        assert Text(text).content_keys == [w.key for w in ws]
        assert Text(text).all_keys == frozenset(w.key for w in words(text))
    for a in texts:
        for b in texts:
            assert verdict(Text(a), Text(b)) is compare(a, b).verdict


def test_a_prepared_texts_words_are_kept_where_the_garbage_collector_does_not_walk_them():
    # The clustering worker keeps thousands of prepared texts: their words, read once for an
    # alignment, are kept as plain tuples (untracked once collected), not as named tuples.
    import gc

    from plandesk.consultations.clustering.text_compare import Text, Word, words

    text = Text(LETTER)
    first = text.words
    assert first == words(LETTER) and all(isinstance(w, Word) for w in first)
    gc.collect()
    gc.collect()  # the words' tuples are let go in one collection, the tuple holding them in the next
    assert not any(map(gc.is_tracked, text._words)) and not gc.is_tracked(text._words)
    assert text.words == first  # read from the kept tuples, not parsed again


def test_a_changed_figure_is_decided_on_the_keys_without_aligning_the_words(monkeypatch):
    # A number is never a spelling variant, so "1234" against "1235" (one digit apart) is
    # decided by the quick check: a campaign whose copies each carry their own reference
    # number cost the clustering worker an alignment per candidate (42 → 4 µs a verdict).
    from plandesk.consultations.clustering import text_compare
    from plandesk.consultations.clustering.text_compare import Text, verdict

    pairs = [
        (REQUEST + " (mã 1234)", REQUEST + " (mã 1235)"),
        (LETTER + " Mã hồ sơ 20451.", LETTER + " Mã hồ sơ 20415."),
        (REQUEST.replace("cao tuổi", "trên 80 tuổi"), REQUEST.replace("cao tuổi", "trên 60 tuổi")),
        (REQUEST.replace("cao tuổi", "trên 5g tuổi"), REQUEST.replace("cao tuổi", "trên 5h tuổi")),
    ]
    # The word alignment on its own (no quick check) agrees: a figure replaced is a different request.
    aligned = [text_compare._aligned(text_compare.words(a), text_compare.words(b)).verdict for a, b in pairs]
    assert aligned == [Verdict.DIFFERENT] * len(pairs)

    def no_alignment(*_args: object) -> None:
        raise AssertionError("aligned words where the keys decide")

    monkeypatch.setattr(text_compare, "_aligned", no_alignment)
    for a, b in pairs:
        assert verdict(Text(a), Text(b)) is Verdict.DIFFERENT
        assert verdict(Text(b), Text(a)) is Verdict.DIFFERENT


def test_folding_by_list_is_the_folding_table_for_every_character():
    from plandesk.consultations.clustering.text_compare import _FOLD_TABLE, fold_same_length

    every = "".join(map(chr, range(0x110000)))  # lone surrogates included
    assert fold_same_length(every) == every.translate(_FOLD_TABLE)
    assert fold_same_length("Đảng Ủy XÃ Ea Tul") == "dang uy xa ea tul"


def test_the_sign_off_search_is_skipped_only_where_no_sign_off_can_match(monkeypatch):
    from plandesk.consultations.clustering import text_compare
    from plandesk.consultations.clustering.text_compare import _core_span, fold_same_length

    endings = [
        "\nXin chân thành cảm ơn!",
        "\nTrân trọng,\nNguyễn Văn Hùng",
        " Xin cảm ơn.",
        " Cảm ơn Ban soạn thảo.",
        "\nNgười góp ý: Trần Thị B, thôn 3",
        "\nKý tên\nLê Văn C",
        "",
        "\nNguyễn Văn Hùng, thôn 3",
    ]
    texts = [REQUEST + e for e in endings] + [LETTER + e for e in endings]
    found = [_core_span(t, fold_same_length(t)) for t in texts]
    trimmed = [end < len(t) for (_, end), t in zip(found, texts, strict=True)]
    assert trimmed == [e != "" for e in endings] * 2  # six sign-offs and a name line, each trimmed
    monkeypatch.setattr(text_compare, "_SIGN_OFF_WORDS", ("",))  # "" is in every text: always search
    assert found == [_core_span(t, fold_same_length(t)) for t in texts]


def test_a_figure_changed_in_a_moved_sentence_is_different_however_close_the_figures():
    # Before, "1234" → "1235" in a sentence moved to the front went to the alignment, which
    # took it for a whole sentence dropped and another added (ADDED), while "1234" → "9876"
    # was DIFFERENT on the keys. A figure is never a variant: both are now DIFFERENT.
    verdicts = {
        new: compare(LETTER + " Cấp 1234 ha đất.", f"Cấp {new} ha đất. " + LETTER).verdict
        for new in ("1235", "9876")
    }
    assert verdicts == {"1235": Verdict.DIFFERENT, "9876": Verdict.DIFFERENT}
    assert (
        compare(LETTER + " Cấp 1234 ha đất.", "Cấp 1234 ha đất. " + LETTER).verdict is not Verdict.DIFFERENT
    )
