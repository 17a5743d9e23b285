"""Generate the templated part of the labelled near-duplicate set (``cluster_pairs.jsonl``).

Each pair is two Vietnamese opinions on a draft document, labelled ``same`` (a light edit of
one text: punctuation, missing diacritics, typos, a polite particle, a greeting or signature,
word order, a sentence added or dropped from a long text) or not (the same frame asking for
something else, somewhere else, for someone else, a different figure or section, or negated).
Deterministic (fixed seed). The hand-written hold-out set is ``cluster_pairs_holdout.jsonl``:
it was written before the verification step and is reported separately.

    python bench/data/make_cluster_pairs.py
"""

from __future__ import annotations

import json
import random
import unicodedata
from pathlib import Path

OUT = Path(__file__).with_name("cluster_pairs.jsonl")
rng = random.Random(17)

WHAT = [
    "trường học",
    "trạm y tế",
    "nhà văn hóa",
    "chợ nông thôn",
    "cầu dân sinh",
    "đường giao thông nông thôn",
    "hệ thống thủy lợi",
    "điểm trường mầm non",
    "khu xử lý rác thải",
    "nhà máy nước sạch",
    "bệnh viện tuyến huyện",
    "sân thể thao",
    "nhà bán trú cho học sinh",
    "lưới điện hạ thế",
]
WHERE = [
    "huyện Ea Súp",
    "huyện Buôn Đôn",
    "huyện Krông Bông",
    "huyện Lắk",
    "huyện M'Đrắk",
    "huyện Cư Kuin",
    "thị xã Buôn Hồ",
    "huyện Krông Pắc",
    "xã Ea Tul",
    "xã Cư Pui",
    "huyện Ea Kar",
    "thành phố Buôn Ma Thuột",
]
WHO = [
    "đồng bào dân tộc thiểu số",
    "người cao tuổi",
    "học sinh nghèo",
    "phụ nữ đơn thân",
    "người khuyết tật",
    "hộ cận nghèo",
    "thanh niên lập nghiệp",
    "lao động tự do",
    "cựu chiến binh",
    "trẻ em mồ côi",
]
SECTION = [
    ("mục", ["I", "II", "III", "IV", "V", "VI"]),
    ("Điều", [str(i) for i in range(1, 30)]),
    ("khoản", [str(i) for i in range(1, 8)]),
    ("Chương", ["I", "II", "III", "IV"]),
]
UNIT = ["%", "tỷ đồng", "triệu đồng", "km", "ha", "giường bệnh", "phòng học", "bác sĩ"]
VERB = [
    "Cần tăng cường đầu tư xây dựng",
    "Đề nghị ưu tiên bố trí vốn xây dựng",
    "Nên sớm đầu tư nâng cấp",
    "Đề nghị bổ sung vào kế hoạch việc xây dựng",
    "Cần quan tâm đầu tư",
]
OPPOSITE = [
    ("tăng", "giảm"),
    ("mở rộng", "thu hẹp"),
    ("giữ nguyên", "bãi bỏ"),
    ("bổ sung", "bỏ"),
    ("nâng", "hạ"),
]

FRAMES = [
    "{verb} {what} cho {who} ở {where}.",
    "{verb} {what} tại {where}, ưu tiên phục vụ {who}.",
    "Tôi đề nghị {where} được {verb_l} {what} vì {who} ở đây còn nhiều khó khăn.",
    "Đề nghị dự thảo bổ sung chỉ tiêu có {amount} {unit} dành cho {what} ở {where}.",
    "Đề nghị hỗ trợ {amount} {unit} để {who} ở {where} có {what}.",
    "Về {sec} {num} của dự thảo: đề nghị làm rõ trách nhiệm đầu tư {what} cho {who}.",
    "{stance} với nội dung tại {sec} {num} về đầu tư {what} ở {where}.",
    "Đề nghị {op} chính sách hỗ trợ {who} tiếp cận {what} tại {where}.",
]
LONG_EXTRA = [
    "Hiện nay cơ sở vật chất xuống cấp nghiêm trọng, nhiều hạng mục đã hư hỏng.",
    "Người dân phải đi xa hàng chục cây số mới tiếp cận được dịch vụ.",
    "Kinh phí cần được bố trí từ ngân sách tỉnh và lồng ghép các chương trình mục tiêu quốc gia.",
    "Cần giao trách nhiệm cụ thể cho từng sở, ngành và có thời hạn hoàn thành rõ ràng.",
    "Việc đầu tư cần công khai, minh bạch để người dân cùng giám sát.",
    "Đây là mong mỏi chính đáng của cử tri qua nhiều kỳ tiếp xúc.",
    "Đề nghị có đánh giá sơ kết sau hai năm thực hiện để điều chỉnh kịp thời.",
]
GREETINGS = [
    "Kính gửi Ban soạn thảo.",
    "Kính thưa các đồng chí,",
    "Thưa Ban biên tập,",
    "Xin chào Ban soạn thảo!",
]
SIGNATURES = [
    "Trân trọng.",
    "Xin cảm ơn!",
    "Trân trọng cảm ơn.",
    "Xin chân thành cảm ơn Ban soạn thảo.",
    "Trân trọng,\nNguyễn Thị Lan",
    "Người góp ý: Y Bhin Niê",
    "Xin cảm ơn. Trần Văn Nam, thôn 5",
]
PARTICLES = [" ạ", " nhé", " ạ!", " ạ."]


def strip_marks(text: str, share: float) -> str:
    """Drop diacritics from a share of the words (all of them when share is 1)."""
    words = text.split(" ")
    out = []
    for w in words:
        if rng.random() < share:
            d = unicodedata.normalize("NFD", w.replace("đ", "d").replace("Đ", "D"))
            w = "".join(c for c in d if not unicodedata.combining(c))
        out.append(w)
    return " ".join(out)


def typo(text: str) -> str:
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    for i in rng.sample(candidates, min(len(candidates), rng.choice([1, 1, 2]))):
        w = list(words[i])
        j = rng.randrange(1, len(w) - 1)
        kind = rng.choice(["swap", "drop", "double"])
        if kind == "swap":
            w[j], w[j + 1 if j + 1 < len(w) else j - 1] = w[j + 1 if j + 1 < len(w) else j - 1], w[j]
        elif kind == "drop":
            del w[j]
        else:
            w.insert(j, w[j])
        words[i] = "".join(w)
    return " ".join(words)


def punctuation(text: str) -> str:
    text = text.replace(", ", rng.choice([" ", "; ", " - ", ", "]))
    if text.endswith("."):
        text = text[:-1] + rng.choice(["", "!", "...", " ."])
    return text


def reorder(text: str) -> str:
    """Swap two clauses of a sentence around its first comma (a common rewording)."""
    body = text.rstrip(".!")
    if ", " not in body:
        return body + "."
    head, tail = body.split(", ", 1)
    return tail[0].upper() + tail[1:] + ", " + head[0].lower() + head[1:] + "."


def fill(frame: str, slots: dict[str, str]) -> str:
    text = frame.format(**slots)
    return text[0].upper() + text[1:]


def slots() -> dict[str, str]:
    sec, nums = rng.choice(SECTION)
    verb = rng.choice(VERB)
    return {
        "verb": verb,
        "verb_l": "đầu tư",
        "what": rng.choice(WHAT),
        "where": rng.choice(WHERE),
        "who": rng.choice(WHO),
        "amount": str(rng.choice([2, 3, 5, 10, 15, 20, 30, 50, 100, 120, 200, 500])),
        "unit": rng.choice(UNIT),
        "sec": sec,
        "num": rng.choice(nums),
        "stance": rng.choice(["Tôi nhất trí", "Nhất trí", "Tôi đồng ý", "Đồng ý"]),
        "op": rng.choice(OPPOSITE)[0],
    }


def light_edit(text: str, long: list[str] | None) -> tuple[str, str]:
    kind = rng.choice(
        [
            "punct",
            "nodiac",
            "partdiac",
            "typo",
            "particle",
            "greeting",
            "signature",
            "reorder",
            "case",
            "combo",
        ]
        + (["add-sentence", "drop-sentence"] * 3 if long else [])
    )
    if kind == "punct":
        return punctuation(text), kind
    if kind == "nodiac":
        return strip_marks(text, 1.0), kind
    if kind == "partdiac":
        return strip_marks(text, 0.4), kind
    if kind == "typo":
        return typo(text), kind
    if kind == "particle":
        return text.rstrip(".!") + rng.choice(PARTICLES), kind
    if kind == "greeting":
        return rng.choice(GREETINGS) + " " + text, kind
    if kind == "signature":
        return text + rng.choice(["\n", " "]) + rng.choice(SIGNATURES), kind
    if kind == "reorder":
        return reorder(text), kind
    if kind == "case":
        return text.lower() if rng.random() < 0.5 else text.upper(), kind
    if kind == "combo":
        return rng.choice(GREETINGS) + " " + typo(strip_marks(punctuation(text), 0.3)) + " " + rng.choice(
            SIGNATURES
        ), kind
    assert long is not None
    if kind == "add-sentence":
        return text + " " + rng.choice([s for s in LONG_EXTRA if s not in long]), kind
    sentences = text.split(". ")
    drop = rng.randrange(1, len(sentences))
    return ". ".join(s for i, s in enumerate(sentences) if i != drop).rstrip(".") + ".", kind


def variant(s: dict[str, str], frame: str) -> tuple[dict[str, str], str]:
    """The same frame, one slot changed to something else."""
    options = [k for k in ("what", "where", "who") if "{" + k + "}" in frame]
    if "{amount}" in frame:
        options.append("amount")
    if "{num}" in frame:
        options.append("num")
    if "{stance}" in frame:
        options.append("stance")
    if "{op}" in frame:
        options.append("op")
    key = rng.choice(options)
    t = dict(s)
    if key == "what":
        t["what"] = rng.choice([w for w in WHAT if w != s["what"]])
    elif key == "where":
        t["where"] = rng.choice([w for w in WHERE if w != s["where"]])
    elif key == "who":
        t["who"] = rng.choice([w for w in WHO if w != s["who"]])
    elif key == "amount":
        t["amount"] = rng.choice(
            [a for a in ("2", "3", "5", "10", "15", "20", "30", "50", "100", "120") if a != s["amount"]]
        )
    elif key == "num":
        nums = next(n for sec, n in SECTION if sec == s["sec"])
        t["num"] = rng.choice([n for n in nums if n != s["num"]])
    elif key == "stance":
        t["stance"] = (
            "Không " + s["stance"][0].lower() + s["stance"][1:]
            if not s["stance"].startswith("Tôi")
            else "Tôi không " + s["stance"][4:]
        )
    elif key == "op":
        pair = next(p for p in OPPOSITE if p[0] == s["op"])
        t["op"] = pair[1]
    return t, key


def main() -> None:
    pairs = []
    for i in range(440):
        frame = rng.choice(FRAMES)
        s = slots()
        long = rng.sample(LONG_EXTRA, 3) if rng.random() < 0.35 else None
        a = fill(frame, s)
        if long:
            a = a + " " + " ".join(long)
        if i % 2 == 0:
            b, kind = light_edit(a, long)
            same = True
        else:
            t, key = variant(s, frame)
            b = fill(frame, t) + (" " + " ".join(long) if long else "")
            if rng.random() < 0.4:  # a different request, lightly edited too
                b, _ = light_edit(b, None)
            kind, same = "differs:" + key, False
        if a == b:
            continue
        pairs.append({"a": a, "b": b, "same": same, "kind": kind, "source": "template"})
    with OUT.open("w") as f:
        for p in pairs:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    print(f"{len(pairs)} pairs, {sum(p['same'] for p in pairs)} same -> {OUT}")


if __name__ == "__main__":
    main()
