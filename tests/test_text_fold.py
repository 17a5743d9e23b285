"""``fold`` (the search and duplicate key) in C passes gives the key it always gave."""

from __future__ import annotations

import random
import sys
import unicodedata

from plandesk.core import combining
from plandesk.core.text import fold, fold_slow


def test_the_combining_table_is_every_code_point_with_a_combining_class():
    assert combining.UNICODE_VERSION == unicodedata.unidata_version
    table = {cp for first, last in combining.RANGES for cp in range(first, last + 1)}
    scanned = {cp for cp in range(sys.maxunicode + 1) if unicodedata.combining(chr(cp))}
    assert table == scanned


def test_fold_gives_the_key_it_gave_before():
    texts = [
        "Đề nghị dự thảo bổ sung nội dung phát triển nông nghiệp công nghệ cao.",
        "  Đại   Hội\tĐẢNG\n\n tỉnh  ",
        "Uỷ ban / ủy ban, Hoà / hòa",
        "",
        "   ",
        "ǅ ﬁ Å ḱ̂ x\u0345y \u0f71\u0f72 \U0001d165z İstanbul",  # combining classes beyond the accents
        "a\u00a0b\u2003c\u3000d\u200be",  # Unicode spaces (and a zero-width one, not a space)
    ]
    rng = random.Random(9)
    for _ in range(300):  # random text over the BMP and the supplementary planes
        texts.append(
            "".join(
                chr(rng.choice([rng.randrange(0x20, 0x3000), rng.randrange(0x10000, 0x1F000)]))
                for _ in range(rng.randrange(0, 120))
            )
        )
    for text in texts:
        assert fold(text) == fold_slow(text), text


def test_fold_folds_vietnamese():
    assert fold("  Đại   Hội ĐẢNG ") == "dai hoi dang"
    assert fold("uỷ") == fold("ủy") == "uy"
