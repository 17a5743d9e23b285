"""Do two opinions ask for the same thing? Word-level comparison of Vietnamese texts.

MinHash/LSH (``dedup``) finds *candidates*: texts that share most syllable pairs. That
is not enough: "đầu tư xây dựng **trường học** ở huyện Ea Súp" and the same sentence
about a **trạm y tế** share almost every syllable pair and are two different requests.
This module is the verification step: it aligns the two texts word by word and looks
at what differs.

- Greetings ("Kính gửi Ban soạn thảo"), signatures ("Trân trọng, Nguyễn Văn A"),
  punctuation, case and diacritics (folded for comparison) never count.
- Stop words and particles (:data:`STOP_WORDS`, :data:`STOP_PHRASES`: "ạ", "nhé", "thì",
  "là", "đề nghị", "kiến nghị"…) never count.
- A word that differs by one letter (a typo, "cừong" for "cường") is a spelling
  variant — unless it is a number, a negation or a proper name.
- A run of several words moved elsewhere is a change of word order.
- Anything else is *content*. A content word replaced by another (schools → clinics,
  Ea Súp → Buôn Đôn, 7,5 → 8,5, III → IV) makes the texts different. Content only
  added or dropped (a sentence added to a long letter) keeps them together but flags
  them (:attr:`Verdict.ADDED`), unless it adds a number, a negation ("không nhất
  trí") or a name, or is a large share of the text.
"""

from __future__ import annotations

import difflib
import enum
import re
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple, Protocol


class Verdict(enum.Enum):
    SAME = "same"  # only non-content differences
    ADDED = "added"  # the same request; content added or dropped (flagged to the moderator)
    DIFFERENT = "different"


# Particles, politeness, pronouns, function words — as written, with their diacritics: folded,
# many collide with content ("cần"/"cận nghèo", "đang"/"Đảng", "hả"/"hạ"). A word typed
# without any diacritic is looked up folded (:data:`STOP_FOLDED`).
STOP_WORDS = frozenset(
    """
    ạ à á ơi nhé nha nhỉ hả hen đấy chứ vậy mà thì là và với của các những cái chiếc sự việc
    này đó ấy kia thưa kính gửi xin tôi chúng ta mình em anh ông rất cũng đã đang sẽ được bị
    cho để hơn nữa lại tại ở về nên cần phải hay hãy hoặc như thế vì nếu khi rằng quá cứ lắm luôn
    """.split()
)
# Multi-word phrases removed before comparison (requests, openers, courtesy).
STOP_PHRASES = tuple(
    tuple(p.split())
    for p in sorted(
        [
            "de nghi",
            "kien nghi",
            "de xuat",
            "mong muon",
            "gop y",
            "y kien",
            "theo toi",
            "toi thay",
            "ban soan thao",
            "ban bien tap",
            "co quan soan thao",
            "cam on",
            "tran trong",
            "chan thanh",
            "hien nay",
            "dong thoi",
            "ngoai ra",
            "tuy nhien",
            "vi vay",
            "do do",
            "cac dong chi",
            "ba con",  # "bà con": the people, a form of address
        ],
        key=lambda p: -len(p.split()),
    )
)
NEGATIONS = frozenset("không chưa chẳng chả đừng chớ cấm bỏ ko k hok khg".split())
NUMBER_WORDS = frozenset(
    "một hai ba bốn năm sáu bảy bẩy tám chín mười mươi trăm nghìn ngàn triệu tỷ tỉ rưỡi".split()
)
# Informal spellings and abbreviations: compared as the word they stand for.
ABBREVIATIONS = {"ko": "khong", "k": "khong", "hok": "khong", "khg": "khong", "dc": "duoc", "vs": "voi"}

_WORD = re.compile(r"\w+(?:['’]\w+)*")
_GREETING = re.compile(r"^\s*(?:kinh gui|kinh thua|thua|xin chao|chao)\b[^.!?:,\n]{0,80}[.!?:,\n]+\s*")
_SIGNATURE = re.compile(
    r"(?:^|[.!?\n]|\s)\s*(?:xin chan thanh cam on|tran trong|xin cam on|cam on|nguoi gop y|ky ten)\b[^\n]*"
    r"(?:\n[^\n]*){0,3}$"
)
_SIGN_OFF_WORDS = ("cam on", "tran trong", "nguoi gop y", "ky ten")
_SENTENCE_END = frozenset(".!?:;\n")
_I_FINAL = re.compile(r"^(k|l|m|qu|s|t|h|v|d|b|n|r|x)y$")


def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    decomposed = unicodedata.normalize("NFD", ch)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()[:1] or ch


# One character for one: Latin letters with their diacritics (Vietnamese and others), upper case.
_FOLD_TABLE = {c: _fold_char(chr(c)) for c in range(0x41, 0x2000) if _fold_char(chr(c)) != chr(c)}
_FOLD_TABLE.update({c: _fold_char(chr(c)) for c in range(0x1E00, 0x1F00)})


# The same mapping as a list indexed by code point, which ``str.translate`` reads twice as fast
# as a dict; a character beyond it raises IndexError, a LookupError: kept as it is.
_FOLD_LIST = [_FOLD_TABLE.get(c, chr(c)) for c in range(max(_FOLD_TABLE) + 1)]


def fold_same_length(text: str) -> str:
    """Folded text of the same length as ``text`` (NFC input): positions carry over."""
    return text.translate(_FOLD_LIST)


STOP_FOLDED = frozenset(fold_same_length(w) for w in STOP_WORDS)
NEGATIONS_FOLDED = frozenset(fold_same_length(w) for w in NEGATIONS) | {
    "khong",
    "chua",
    "chang",
    "cha",
    "dung",
}
NUMBER_FOLDED = frozenset(fold_same_length(w) for w in NUMBER_WORDS)
# Capitalised mid-sentence yet not names: references to the document's parts.
_PART_WORDS = frozenset({"dieu", "chuong", "muc", "khoan", "phan", "diem", "phu", "luc"})


class Word(NamedTuple):
    text: str  # as written
    key: str  # folded, normalised spelling: what is compared
    start: int
    end: int
    sentence: int  # which sentence of the text
    proper: bool  # capitalised mid-sentence: a name (place, body, person)
    number: bool  # digits, a roman numeral or a number word
    negation: bool
    stop: bool

    @property
    def content(self) -> bool:
        return not self.stop


def _core_span(text: str, folded: str) -> tuple[int, int]:
    """The opinion without its greeting and signature."""
    start, end = 0, len(text)
    g = _GREETING.match(folded)
    if g and len(folded[: g.end()].split()) <= 10:
        start = g.end()
    # Every sign-off the pattern knows holds one of these: most texts are spared the search.
    s = _SIGNATURE.search(folded, start) if any(p in folded for p in _SIGN_OFF_WORDS) else None
    if s and len(folded[s.start() : end].split()) <= 16 and s.start() > start:
        end = s.start() + (1 if folded[s.start()] in ".!?\n" else 0)
    else:
        # A trailing line that is only a name: "Nguyễn Văn Hùng, thôn 3".
        last = text.rstrip().rfind("\n")
        if last > start:
            line = text[last + 1 :].strip()
            found = _WORD.findall(line)
            capitalised = sum(w[:1].isupper() for w in found)
            if (
                0 < len(found) <= 8
                and not line.endswith((".", "?", "!"))
                and capitalised >= min(2, len(found))
            ):
                end = last
    return start, end


_INFO: dict[str, tuple[str, bool, bool, bool, bool]] = {}


def _info(raw: str) -> tuple[str, bool, bool, bool, bool]:
    """What a word is, whatever its place: key, number, negation, stop word, capitalised.
    Vietnamese has a few thousand syllables: this is cached."""
    found = _INFO.get(raw)
    if found is not None:
        return found
    lower = raw.lower()
    key = fold_same_length(lower).replace("’", "'")
    key = ABBREVIATIONS.get(key, key)
    if key[-1] == "y" and len(key) <= 3:
        key = _I_FINAL.sub(r"\1i", key)  # "lý"/"lí", "kỹ"/"kĩ": one word
    unmarked = lower == key  # typed without diacritics: only the folded form is known
    number = not key.replace("'", "").isalpha() or lower in NUMBER_WORDS or _is_roman(raw)
    negation = lower in NEGATIONS or (unmarked and key in NEGATIONS_FOLDED)
    stop = not number and (lower in STOP_WORDS or (unmarked and key in STOP_FOLDED))
    capital = raw[:1].isupper() and not number and key not in _PART_WORDS
    if len(_INFO) > 200_000:
        _INFO.clear()
    found = _INFO[raw] = (key, number, negation, stop, capital)
    return found


def words(text: str, whole: bool = False) -> list[Word]:
    """The words of ``text`` (NFC), with what the comparison needs to know of each;
    without its greeting and signature unless ``whole``."""
    folded = fold_same_length(text)
    start, end = (0, len(text)) if whole else _core_span(text, folded)
    letters = len(_LETTERS.findall(text))
    shouting = letters > 0 and sum(map(str.isupper, text)) > 0.6 * letters
    out: list[Word] = []
    previous_end = start
    sentence = 0
    for m in _WORD.finditer(text, start, end):
        s0, e0 = m.span()
        raw = m.group()
        key, number, negation, stop, capital = _INFO.get(raw) or _info(raw)
        sentence_start = not out or not _SENTENCE_END.isdisjoint(text[previous_end:s0])
        if sentence_start and out:
            sentence += 1
        previous_end = e0
        proper = capital and not shouting and not sentence_start
        out.append(Word(raw, key, s0, e0, sentence, proper, number, negation, stop))
    return Words(_mark_phrases(out))


_LETTERS = re.compile(r"[^\W\d_]")
_ROMAN = re.compile(r"[IVXL]+")


def _is_roman(raw: str) -> bool:
    return len(raw) <= 5 and raw[0] in "IVXL" and _ROMAN.fullmatch(raw) is not None


_PHRASES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in STOP_PHRASES:
    _PHRASES_BY_FIRST.setdefault(_phrase[0], []).append(_phrase)
_PHRASE_FIRSTS = frozenset(_PHRASES_BY_FIRST)


def _mark_phrases(ws: list[Word]) -> list[Word]:
    stop = _phrase_stops([w.key for w in ws], [w.stop for w in ws])
    return [
        w
        if w.stop == s
        else Word(w.text, w.key, w.start, w.end, w.sentence, w.proper, w.number, w.negation, s)
        for w, s in zip(ws, stop, strict=True)
    ]


def _phrase_stops(keys: list[str], stop: list[bool]) -> list[bool]:
    """``stop`` with the words of :data:`STOP_PHRASES` found in ``keys`` marked too."""
    starts = [i for i, k in enumerate(keys) if k in _PHRASE_FIRSTS]
    if not starts:
        return stop
    stop = list(stop)
    after = 0  # phrases found left to right, never overlapping
    for i in starts:
        if i < after:
            continue
        for phrase in _PHRASES_BY_FIRST[keys[i]]:
            if tuple(keys[i : i + len(phrase)]) == phrase:
                stop[i : i + len(phrase)] = [True] * len(phrase)
                after = i + len(phrase)
                break
    return stop


def _one_edit(a: str, b: str) -> bool:
    """Optimal-string-alignment distance ≤ 1 (one letter inserted, dropped, changed or swapped)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    if la < lb:
        return a[i:] == b[i + 1 :]
    # Equal lengths, first difference at i: one letter changed, or two neighbours swapped.
    return a[i + 1 :] == b[i + 1 :] or (
        a[i + 1 : i + 2] == b[i : i + 1] and a[i : i + 1] == b[i + 1 : i + 2] and a[i + 2 :] == b[i + 2 :]
    )


def _variant(a: Word, b: Word) -> bool:
    """A spelling variant (typo) of the same word; never for numbers, negations or names."""
    if a.number or b.number or a.negation or b.negation:
        return False
    if min(len(a.key), len(b.key)) < 3 or not _one_edit(a.key, b.key):
        return False
    if a.proper or b.proper:
        # A name only with its own letters swapped or doubled ("Kôrng", "Thuộột"): one letter
        # changed may be another place ("Ea Kar", "Ea Kao").
        return sorted(a.key) == sorted(b.key) or _undoubled(a.key) == _undoubled(b.key)
    return True


def _undoubled(key: str) -> str:
    return re.sub(r"(.)\1+", r"\1", key)


def _unmatched(keys: list[str], other: _Keys) -> bool:
    """Whether a key of ``keys`` has neither an equal nor a possible variant among ``other``'s keys."""
    other_keys = other.all_keys
    for k in set(keys) - other_keys:
        if len(k) < 3 or not k.replace("'", "").isalpha():
            # Too short for a typo, or a figure ("1234", "5g"): a number is never a spelling
            # variant (:func:`_variant`), so "1234" against "1235" is not searched for one.
            return True
        # A variant one letter away keeps the first letter or the last one.
        first, last, size = k[0], k[-1], len(k)
        if not any(
            (o[0] == first or o[-1] == last) and -1 <= len(o) - size <= 1 and len(o) >= 3 and _one_edit(k, o)
            for o in other_keys
        ):
            return True
    return False


def _contains(haystack: list[str], run: list[str]) -> bool:
    n = len(run)
    return any(haystack[i : i + n] == run for i in range(len(haystack) - n + 1))


@dataclass(frozen=True)
class Comparison:
    verdict: Verdict
    removed: list[Word]  # content words of the first text missing from the second
    added: list[Word]  # content words of the second text missing from the first


# Content added or dropped keeps texts together only in a text at least this long (content
# words) and up to this share of it: a sentence added to a letter, not a request to a line.
MIN_WORDS_FOR_ADDITIONS = 12
MAX_ADDED_SHARE = 0.5


def compare(first: str, second: str) -> Comparison:
    """Whether ``second`` asks for what ``first`` asks for (see the module's docstring)."""
    return compare_words(words(first), words(second))


class _Keys(Protocol):
    """What the quick decisions of a comparison look at (:class:`Words`, :class:`Text`)."""

    @property
    def content_keys(self) -> list[str]: ...
    @property
    def all_keys(self) -> frozenset[str]: ...


class Words(list[Word]):
    """A text's words, with the keys the comparison looks at first computed once (a text
    is compared with several candidates)."""

    _content: list[str] | None = None
    _all: frozenset[str] | None = None

    @property
    def content_keys(self) -> list[str]:
        if self._content is None:
            self._content = [w.key for w in self if w.content]
        return self._content

    @property
    def all_keys(self) -> frozenset[str]:
        if self._all is None:
            self._all = frozenset(w.key for w in self)
        return self._all


class Text:
    """A text prepared for :func:`verdict`, compared with many others (the clustering
    worker keeps one per submission): its keys are read with one regex over the text and
    the cached facts of each word (:func:`_info`), without building its :class:`Word`
    list; that list, which only an alignment needs, is read when a comparison first asks."""

    __slots__ = ("_words", "all_keys", "body", "content_keys")

    def __init__(self, body: str) -> None:
        self.body = body
        start, end = _core_span(body, fold_same_length(body))
        get = _INFO.get
        facts = [get(raw) or _info(raw) for raw in _WORD.findall(body, start, end)]
        keys = [f[0] for f in facts]
        stop = _phrase_stops(keys, [f[3] for f in facts])
        self.content_keys: list[str] = [k for k, s in zip(keys, stop, strict=True) if not s]
        self.all_keys: frozenset[str] = frozenset(keys)
        self._words: tuple[tuple[object, ...], ...] | None = None

    @property
    def words(self) -> Words:
        # Kept as plain tuples, which the garbage collector stops tracking: cached Word objects
        # (a named tuple is tracked for good) made every full collection of the clustering
        # worker walk some hundred thousand of them.
        if self._words is None:
            self._words = tuple(tuple(w) for w in words(self.body))
        return Words(map(Word._make, self._words))


def verdict(first: Text, second: Text) -> Verdict:
    """:func:`compare`'s verdict for two prepared texts: most pairs are decided on their
    keys alone (a copy; a word replaced); only the others are read word by word and aligned."""
    quick = _quick(first, second)
    return quick if quick is not None else _aligned(first.words, second.words).verdict


def _as_words(ws: list[Word]) -> Words:
    return ws if isinstance(ws, Words) else Words(ws)


def compare_words(first: list[Word], second: list[Word]) -> Comparison:
    wa, wb = _as_words(first), _as_words(second)
    quick = _quick(wa, wb)
    return Comparison(quick, [], []) if quick is not None else _aligned(wa, wb)


def _quick(a: _Keys, b: _Keys) -> Verdict | None:
    """The verdict when the keys decide it, else None (the words must be aligned)."""
    a_keys, b_keys = a.content_keys, b.content_keys
    if a_keys == b_keys:
        return Verdict.SAME  # the common case: a copy, punctuation aside
    # The common case of a different request, decided without aligning: a content word
    # with neither an equal nor a variant on the other side can only be removed or added;
    # one on each side is a replacement (or a sentence swapped for another: different too),
    # and a short text takes no additions.
    short = min(len(a_keys), len(b_keys)) < MIN_WORDS_FOR_ADDITIONS
    if _unmatched(a_keys, b):
        return Verdict.DIFFERENT if short or _unmatched(b_keys, a) else None
    return Verdict.DIFFERENT if short and _unmatched(b_keys, a) else None


def _aligned(wa: Words, wb: Words) -> Comparison:
    # Aligned on every word (a word equal on both sides matches whatever its stop status:
    # "cận" and "can" typed without diacritics are one word); only what differs is judged.
    ka, kb = [w.key for w in wa], [w.key for w in wb]
    blocks: list[tuple[list[Word], list[Word]]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        left, right = wa[i1:i2], wb[j1:j2]
        if left and right:
            # Pair spelling variants; what remains on both sides was replaced.
            rest_right = list(right)
            rest_left: list[Word] = []
            for w in left:
                match = next((r for r in rest_right if _variant(w, r)), None)
                if match is None:
                    rest_left.append(w)
                else:
                    rest_right.remove(match)
            left, right = rest_left, rest_right
        left = [w for w in left if w.content]
        right = [w for w in right if w.content]
        if left or right:
            blocks.append((left, right))
    a = [w for w in wa if w.content]
    b = [w for w in wb if w.content]
    ca, cb = [w.key for w in a], [w.key for w in b]
    removed: list[Word] = []
    added: list[Word] = []
    replaced = False
    for left, right in blocks:
        # Several words found together elsewhere in the other text were moved (word order).
        left_moved = len(left) >= 2 and _contains(cb, [w.key for w in left])
        right_moved = len(right) >= 2 and _contains(ca, [w.key for w in right])
        if left and not left_moved:
            removed.extend(left)
        if right and not right_moved:
            added.extend(right)
        if left and right and not left_moved and not right_moved:
            replaced = True
    if not removed and not added:
        return Comparison(Verdict.SAME, [], [])
    whole = _whole_sentences(removed, a) and _whole_sentences(added, b)
    # A figure or a name changes the request, unless it comes with a whole sentence added or
    # dropped (flagged all the same); a negation always does.
    critical = any(w.negation or (not whole and (w.number or w.proper)) for w in (*removed, *added))
    shorter, longer = min(len(a), len(b)), max(len(a), len(b))
    small = shorter >= MIN_WORDS_FOR_ADDITIONS and len(removed) + len(added) <= MAX_ADDED_SHARE * longer
    if replaced or critical or not small or not whole:
        return Comparison(Verdict.DIFFERENT, removed, added)
    return Comparison(Verdict.ADDED, removed, added)


def _whole_sentences(changed: list[Word], content: list[Word]) -> bool:
    """Whether the words added (or dropped) make whole sentences of their text: a sentence
    added to a letter, not a word slipped into a request ("bổ sung" → "bỏ")."""
    if not changed:
        return True
    ids = {id(w) for w in changed}
    touched = {w.sentence for w in changed}
    return all(id(w) in ids for w in content if w.sentence in touched)


def word_diff(base: str, other: str) -> list[dict[str, object]]:
    """``other`` shown against ``base`` word by word: segments ``{"op", "text", "content"}``
    where ``op`` is ``same``, ``added`` (in ``other`` only) or ``removed`` (in ``base`` only),
    and ``content`` says whether the segment holds a content word (highlighted strongly)."""
    wa, wb = _all_words(base), _all_words(other)
    segments: list[dict[str, object]] = []

    def push(op: str, text: str, content: bool) -> None:
        if segments and segments[-1]["op"] == op:
            segments[-1]["text"] = str(segments[-1]["text"]) + text
            segments[-1]["content"] = bool(segments[-1]["content"]) or content
        else:
            segments.append({"op": op, "text": text, "content": content})

    cursor = 0
    matcher = difflib.SequenceMatcher(None, [w.key for w in wa], [w.key for w in wb], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op in ("delete", "replace"):
            push("removed", " ".join(w.text for w in wa[i1:i2]), any(w.content for w in wa[i1:i2]))
        for w in wb[j1:j2]:
            kind = "same" if op == "equal" else "added"
            if w.start > cursor:
                # The space between two added words belongs to the addition (one highlight).
                joined = kind == "added" and bool(segments) and segments[-1]["op"] == "added"
                push("added" if joined else "same", other[cursor : w.start], False)
            push(kind, other[w.start : w.end], kind == "added" and w.content)
            cursor = w.end
    if cursor < len(other):
        push("same", other[cursor:], False)
    return segments


def _all_words(text: str) -> list[Word]:
    """Every word, greeting and signature included (the diff shows the whole text); those
    outside the opinion itself count as stop words."""
    core = {w.start for w in words(text) if w.content}
    return [
        w
        if w.content == (w.start in core)
        else Word(
            w.text, w.key, w.start, w.end, w.sentence, w.proper, w.number, w.negation, w.start not in core
        )
        for w in words(text, whole=True)
    ]
