"""The part of a plan before section I: number, place and date, title, issuer, legal bases.

Scanned and faxed plans carry more than the issuer typed: an incoming-mail
stamp ("VĂN PHÒNG UBND TỈNH … Số: ... 1399 ... ĐẾN 14-02-2020 Chuyên:"),
handwritten routing notes ("Linh (BCS + VP)"), stray marks ("*"). Those are
skipped, each with a warning, so the coordinator can see nothing was lost.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from plandesk.core.text import fold
from plandesk.importer.dates import find_date_phrases
from plandesk.importer.draft import ImportWarning, LegalBasisDraft, SourceLines, WarningCode
from plandesk.importer.outline import Line, is_noise
from plandesk.importer.spelling import (
    capitalise_first,
    is_all_caps,
    normalise_spelling,
    recover_case,
    strip_emphasis,
    tidy,
)


@dataclass
class Preamble:
    """What the lines before section I say."""

    code: str | None = None
    code_lines: SourceLines | None = None
    place: str | None = None
    issued_on: dt.date | None = None
    title: str | None = None
    issuer: str | None = None
    issuer_sentence: tuple[str, SourceLines] | None = None
    legal_bases: list[LegalBasisDraft] = field(default_factory=list)
    warnings: list[ImportWarning] = field(default_factory=list)
    # Where each header item was read (for the review screen to highlight).
    field_lines: dict[str, SourceLines] = field(default_factory=dict)


# "Số 148-KH/TU", "Số: 45/KH-UBND"; the stamp's "Số: ... 1399" has no letters and is not a code.
_CODE = re.compile(
    r"(?<![\w/])S[ốôỐÔ]\s*[:.]?\s*"
    r"(?P<code>\d+(?:/\d{4})?\s*[/-]\s*[A-ZĐ][A-Za-zĐđ0-9]*(?:[/-][A-Za-zĐđ0-9]+)*)"
)
_PLACE_DATE = re.compile(
    r",\s*ngày\s+(?:\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})",
    re.IGNORECASE,
)
_STAMP = re.compile(
    r"^(?:ĐẾN|Đến)\b[\s:]*\d|^Chuy[êểe]n\s*:|^S[ốô]\s*:?\s*\.{2,}"
    r"|^(?:CÔNG VĂN|VĂN BẢN)\s+ĐẾN\b|^Ngày\s*:\s*\.{2,}"
)
# The national motto, the Party's name and the Youth Union's, which head the right-hand column
# (also when a wrap splits them: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA" / "VIỆT NAM").
_MOTTO = re.compile(
    r"^(cong hoa xa hoi chu nghia( viet( nam)?)?|(viet )?nam$"
    r"|doc lap\s*-\s*tu do(\s*-\s*hanh phuc)?|hanh phuc$"
    r"|dang cong san( viet nam)?$|dang cong san viet nam\b|doan tncs ho chi minh$)"
)
_RULE = re.compile(r"^\s*[-_=~—–*.]{3,}\s*$")
_PLAN_HEADING = re.compile(r"^\s*(?:#+\s*)?\**\s*KẾ\s+HOẠCH\b\s*\**\s*[:.–-]?", re.IGNORECASE)
_BASIS_START = re.compile(r"^(?:Căn cứ|Thực hiện)\b")
_ISSUER_SENTENCE = re.compile(
    r"(?:^|[,;.]\s*)(?P<body>[^\W\d_][^,;:.“”\"]{2,80}?)\s+(?:xây dựng|ban hành)\s+(?:Kế hoạch|kế hoạch)"
)
# Where a header flattened onto one line (a two-column table copied as text) holds several items.
_ITEM_STARTS = re.compile(
    r"(?<=\S)\s+(?=CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|Độc lập\s*[-–]\s*Tự do|ĐỘC LẬP\s*[-–]\s*TỰ DO"
    r"|ĐẢNG CỘNG SẢN VIỆT NAM|S[ốỐ]\s*[:.]?\s*\d|KẾ HOẠCH\b|Căn cứ\b)"
    # The Youth Union's motto after its issuer block ("BCH ĐOÀN TNCS … TỈNH X ĐOÀN TNCS HỒ CHÍ MINH").
    r"|(?<=[^\W\d_]{2})(?<!BCH)\s+(?=ĐOÀN TNCS HỒ CHÍ MINH\s*(?:$|S[ốỐ]\b))"
)
# A subordinate body after its superior on one line: "UBND TỈNH BÌNH ĐỊNH SỞ TƯ PHÁP".
_SUBORDINATE = re.compile(
    r"\s(?=(?:SỞ|TRƯỜNG|PHÒNG|CỤC|VIỆN|TRUNG TÂM|CHI CỤC|HỘI)\s)|(?<!Ỷ)(?<!Y)\s(?=BAN\s)"
)
# A body that issues documents, in the capitals of a header ("SỞ TƯ PHÁP", "BAN CHẤP HÀNH …").
_BODY_WORD = re.compile(
    r"^(?:ỦY BAN|UỶ BAN|UBND|HĐND|HỘI ĐỒNG|SỞ|BỘ|BAN|PHÒNG|CỤC|TỔNG CỤC|VỤ|TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|"
    r"THÀNH UỶ|HUYỆN ỦY|HUYỆN UỶ|THỊ ỦY|THỊ UỶ|ĐẢNG ỦY|ĐẢNG UỶ|ĐẢNG BỘ|TRƯỜNG|ĐẠI HỌC|HỌC VIỆN|VIỆN|HỘI|"
    r"LIÊN ĐOÀN|LIÊN HIỆP|ĐOÀN|TỈNH ĐOÀN|THÀNH ĐOÀN|MẶT TRẬN|CÔNG AN|TRUNG TÂM|VĂN PHÒNG|BCH|"
    r"CHI BỘ|CHI CỤC)\b"
)
TITLE_LINES_LIMIT = 8


def _issuer_sentence(text: str) -> re.Match[str] | None:
    """ "…, Ban Thường vụ Tỉnh uỷ xây dựng Kế hoạch …": who issues the plan, in its own words."""
    return next((m for m in _ISSUER_SENTENCE.finditer(text) if m["body"][0].isupper()), None)


def _span(lines: list[Line]) -> SourceLines:
    return (lines[0].number, lines[-1].number)


def explode_header(lines: list[Line]) -> list[Line]:
    """Header lines with items that share a line split apart (same line number for each part).

    A paragraph citing documents ("Căn cứ …") is never split: its "Số" belong to the citations.
    """
    out: list[Line] = []
    for line in _join_broken_dates(lines):
        text = re.sub(r"^#{1,6}\s*", "", tidy(line.text)) if not line.blank else ""
        if not text or _BASIS_START.match(text) or _issuer_sentence(text):
            out.append(line)
            continue
        parts = _ITEM_STARTS.split(text)
        for part in parts:
            out.extend(Line(line.number, piece) for piece in _split_place_date(part))
    return out


def _join_broken_dates(lines: list[Line]) -> list[Line]:
    """A place and date wrapped over two lines ("Bình Định, ngày 08 tháng 02" / "năm 2024"), joined."""
    out: list[Line] = []
    skip = False
    for i, line in enumerate(lines):
        if skip:
            skip = False
            continue
        text = line.text
        if re.search(r",\s*ngày\b", text, re.IGNORECASE) and not _PLACE_DATE.search(text):
            nxt = next((j for j in range(i + 1, min(i + 3, len(lines))) if not lines[j].blank), None)
            if nxt == i + 1 and _PLACE_DATE.search(text + " " + lines[nxt].text):
                out.append(Line(line.number, text + " " + lines[nxt].text.strip()))
                skip = True
                continue
        out.append(line)
    return out


def _split_place_date(text: str) -> list[str]:
    # "ỦY BAN NHÂN DÂN XÃ AN BÌNH An Bình, ngày 3 tháng 4 năm 2024": the place starts the second item.
    m = _PLACE_DATE.search(text)
    if m is None:
        return [text]
    before = text[: m.start()]
    words = before.split()
    keep = len(words)
    while keep > 0 and _place_word(words[keep - 1]) and len(words) - keep < 4:
        keep -= 1
    if keep == 0 or keep == len(words):
        return [text]
    head = " ".join(words[:keep])
    if _CODE.search(head) and not is_all_caps(head):
        return [text]
    return [head, " ".join(words[keep:]) + text[m.start() :]]


def _place_word(word: str) -> bool:
    return (
        bool(word[:1].isupper()) and not is_all_caps(word) and not any(c.isdigit() or c == "/" for c in word)
    )


def read_preamble(lines: list[Line], *, corpus: str) -> Preamble:
    """Read the plan's header from the lines before section I, whatever their order and layout.

    ``corpus`` (the whole document) is where all-caps header lines find their
    ordinary spelling ("BỘ THÔNG TIN VÀ TRUYỀN THÔNG" → "Bộ Thông tin và
    Truyền thông").
    """
    reader = _HeaderReader()
    exploded = explode_header(lines)
    stamps = _stamp_lines(exploded)
    # The next non-blank line after each, found in one pass: slicing the rest of the list for
    # each line was quadratic (200,000 one-letter lines: 154 s in the sandbox).
    next_text: list[Line | None] = [None] * len(exploded)
    upcoming: Line | None = None
    for index in range(len(exploded) - 1, -1, -1):
        next_text[index] = upcoming
        if not exploded[index].blank:
            upcoming = exploded[index]
    for index, line in enumerate(exploded):
        reader.read_line(line, next_text[index], index in stamps)
    reader.flush()
    _finish_title(reader.result, reader.title_lines, corpus)
    _finish_issuer(reader.result, reader.issuer_lines, corpus)
    if reader.title_lines:
        reader.result.field_lines["title"] = _span(reader.title_lines)
    return reader.result


def _stamp_lines(lines: list[Line]) -> set[int]:
    """Indexes of an incoming-mail stamp's lines: the stamp lines and the capitals right above them."""
    marked: set[int] = set()
    for i, line in enumerate(lines):
        if line.blank or not _STAMP.match(strip_emphasis(line.text).strip()):
            continue
        marked.add(i)
        j = i - 1
        while j >= 0 and not lines[j].blank and is_all_caps(lines[j].text) and j not in marked:
            if _MOTTO.match(fold(lines[j].text)) or _PLAN_HEADING.match(lines[j].text):
                break
            marked.add(j)
            j -= 1
        j = i + 1
        while j < len(lines) and not lines[j].blank and _STAMP.match(strip_emphasis(lines[j].text).strip()):
            marked.add(j)
            j += 1
    return marked


class _HeaderReader:
    """Reads header lines one at a time, remembering whether the title or a citation is running."""

    def __init__(self) -> None:
        self.result = Preamble()
        self.issuer_lines: list[Line] = []
        self.title_lines: list[Line] = []
        self.title_state = "none"  # none → awaiting (after "KẾ HOẠCH") → in → done
        self.paragraph: list[Line] = []  # a running "Căn cứ …" paragraph
        self.stamp: list[Line] = []

    def flush(self) -> None:
        """End the running citation paragraph and stamp."""
        if self.paragraph:
            text = tidy(" ".join(line.text for line in self.paragraph))
            if _BASIS_START.match(text):
                self.result.legal_bases.extend(read_legal_bases(text, _span(self.paragraph)))
            _note_issuer_sentence(self.result, text, _span(self.paragraph))
            self.paragraph = []
        if self.stamp:
            self.result.warnings.append(
                ImportWarning(
                    code=WarningCode.IGNORED_STAMP,
                    message="ignored an incoming-document stamp: "
                    + " / ".join(tidy(line.text) for line in self.stamp),
                    source_lines=_span(self.stamp),
                )
            )
            self.stamp = []

    def read_line(self, line: Line, next_text: Line | None, in_stamp: bool) -> None:
        """``next_text``: the next non-blank line of the header, if any."""
        if line.blank:
            self.flush()
            if self.title_state == "in" and not _starts_lower(next_text):
                self.title_state = "done"
            return
        if in_stamp:
            self.stamp.append(line)
            return
        if self.stamp:
            self.flush()
        text = tidy(line.text)
        if self.paragraph:
            if not _starts_item(text):
                self.paragraph.append(line)
                return
            self.flush()
        title_open = self.title_state in ("awaiting", "in")
        if _BASIS_START.match(text) and not (self.title_state == "awaiting" and text.startswith("Thực hiện")):
            self._end_title()
            self.paragraph = [line]
            return
        if _issuer_sentence(text) and not (title_open and len(text) < 60):
            self._end_title()
            self.paragraph = [line]
            return
        self._read_item(line, text)

    def _end_title(self) -> None:
        if self.title_state in ("awaiting", "in"):
            self.title_state = "done" if self.title_lines else self.title_state

    def _read_item(self, line: Line, text: str) -> None:
        result = self.result
        if _MOTTO.match(fold(text)) or _RULE.match(line.text):
            if self.title_state == "in":
                self.title_state = "done"
            return
        if not text or is_noise(line.text):
            self._ignore(line, f"ignored a stray mark in the header: '{line.text.strip()}'")
            return
        found_here = False
        if result.code is None and (m := _CODE.search(text)) and not _PLAN_HEADING.match(text):
            result.code = re.sub(r"\s+", "", m["code"]).rstrip(".-/")
            result.code_lines = (line.number, line.number)
            result.field_lines["code"] = result.code_lines
            found_here = True
        if result.issued_on is None and (pd := _PLACE_DATE.search(text)):
            phrases = [p for p in find_date_phrases(text[pd.start() :]) if p.value.precision == "day"]
            if phrases:
                result.issued_on = phrases[0].value.date
                result.place = _place_before(text[: pd.start()])
                result.field_lines["issued_on"] = (line.number, line.number)
                found_here = True
        if found_here:
            if self.title_state == "in":
                self.title_state = "done"
            return
        if self.title_state == "none" and (m := _PLAN_HEADING.match(line.text)):
            rest = tidy(line.text[m.end() :]).strip("* ")
            if rest:
                self.title_lines.append(Line(line.number, rest))
                self.title_state = "in"
            else:
                self.title_state = "awaiting"
            return
        if self.title_state == "awaiting" or (self.title_state == "in" and self._continues_title(text)):
            self.title_lines.append(line)
            self.title_state = "in"
            return
        if self.title_state == "in":
            self.title_state = "done"
        if is_all_caps(text) and (
            self.title_state == "none" or (not self.issuer_lines and _BODY_WORD.match(text))
        ):
            self.issuer_lines.append(Line(line.number, text))
            result.field_lines.setdefault("issuer", (line.number, line.number))
            return
        self._ignore(line, f"ignored a header line that is not part of the plan: '{text}'")

    def _continues_title(self, text: str) -> bool:
        if len(self.title_lines) >= TITLE_LINES_LIMIT or text.startswith(("(", "V/v", "v/v")):
            return False
        if strip_emphasis(text)[:1].islower():
            return True  # a wrapped title line
        # A change between capitals and ordinary case starts another header item.
        title_caps = all(is_all_caps(strip_emphasis(line.text)) for line in self.title_lines)
        return is_all_caps(text) == title_caps

    def _ignore(self, line: Line, message: str) -> None:
        self.result.warnings.append(
            ImportWarning(
                code=WarningCode.IGNORED_HEADER_LINE, message=message, source_lines=(line.number, line.number)
            )
        )


def _starts_lower(line: Line | None) -> bool:
    return line is not None and strip_emphasis(line.text).strip()[:1].islower()


def _starts_item(text: str) -> bool:
    """A header line that cannot continue a running paragraph."""
    return bool(
        _BASIS_START.match(text)
        or _MOTTO.match(fold(text))
        or (_PLAN_HEADING.match(text) and not re.match(r"\s*(?:kế hoạch|KẾ HOẠCH)\s+(?:số|SỐ)\b", text))
        or (_CODE.match(text) and not text[:1].islower())
        or _STAMP.match(text)
    )


def _place_before(text: str) -> str | None:
    # The place is the capitalised words just before ", ngày …"; header tables
    # flattened into one line put the number or the issuer in front of it.
    words: list[str] = []
    for word in reversed(text.split()):
        if not word[:1].isupper() or any(ch.isdigit() or ch == "/" for ch in word) or is_all_caps(word):
            break
        words.insert(0, word)
        if len(words) == 4:
            break
    return normalise_spelling(" ".join(words)) if words else None


def _finish_title(result: Preamble, title_lines: list[Line], corpus: str) -> None:
    if not title_lines:
        return
    title = tidy(" ".join(strip_emphasis(line.text) for line in title_lines)).strip(" *")
    if is_all_caps(title):
        title = recover_case(title, corpus) or title.lower()
    result.title = capitalise_first(normalise_spelling(title))


def _finish_issuer(result: Preamble, issuer_lines: list[Line], corpus: str) -> None:
    if issuer_lines:
        # Consecutive all-caps lines are one name broken over lines ("ỦY BAN NHÂN DÂN" / "THÀNH PHỐ …").
        group = [issuer_lines[0]]
        for line in issuer_lines[1:]:
            if line.number - group[-1].number > 1:
                break
            group.append(line)
        # "UBND TỈNH X" / "SỞ TƯ PHÁP": a superior body above the issuer; the last body issues.
        bodies = [i for i, line in enumerate(group) if _BODY_WORD.match(line.text)]
        if bodies and bodies[-1] > 0:
            group = group[bodies[-1] :]
        upper = tidy(" ".join(line.text for line in group))
        upper = _SUBORDINATE.split(upper)[-1]
        result.issuer = _ordinary_case(upper, corpus, result.place)
        return
    if result.issuer_sentence is not None:
        sentence, lines = result.issuer_sentence
        m = _issuer_sentence(sentence)
        if m is None:
            return
        body = normalise_spelling(m["body"].strip())
        if result.place and re.search(r"(Tỉnh ủy|Thành ủy|tỉnh|thành phố)$", body):
            body = f"{body} {result.place}"
        result.issuer = body
        result.warnings.append(
            ImportWarning(
                code=WarningCode.INFERRED,
                message=f"the header names no issuing body; took '{body}' from the sentence "
                f"'… {m['body'].strip()} {sentence[m.end('body') : m.end()].strip()} …'",
                source_lines=lines,
            )
        )


# Names inside issuers' capitals that keep their own capitals once the rest is lower-cased.
_PROPER: tuple[tuple[str, str | None], ...] = (
    (r"\bbch\b", "Ban Chấp hành"),
    (r"\bđoàn tncs hồ chí minh\b", "Đoàn TNCS Hồ Chí Minh"),
    (r"\bhội liên hiệp phụ nữ\b", "Hội Liên hiệp Phụ nữ"),
    (r"\bhội lhpn\b", "Hội LHPN"),
    (r"\bmặt trận tổ quốc\b", "Mặt trận Tổ quốc"),
    (r"\bhội nông dân\b", "Hội Nông dân"),
    (r"\bhội cựu chiến binh\b", "Hội Cựu chiến binh"),
    (r"\btrường đại học\b", "Trường Đại học"),
    (r"\bđại học\b", "Đại học"),
    (r"\bban thường vụ\b", "Ban Thường vụ"),
    (r"\bviệt nam\b", "Việt Nam"),
    (r"\bgiáo dục và đào tạo\b", "Giáo dục và Đào tạo"),
    (r"\bvăn hóa, thể thao và du lịch\b", "Văn hóa, Thể thao và Du lịch"),
    (r"\bthông tin và truyền thông\b", "Thông tin và Truyền thông"),
    (r"\bnông nghiệp và phát triển nông thôn\b", "Nông nghiệp và Phát triển nông thôn"),
    (r"\btài nguyên và môi trường\b", "Tài nguyên và Môi trường"),
    (r"\blao động - thương binh và xã hội\b", "Lao động - Thương binh và Xã hội"),
    (r"\bkế hoạch và đầu tư\b", "Kế hoạch và Đầu tư"),
    (r"\bkhoa học và công nghệ\b", "Khoa học và Công nghệ"),
    (r"\bgiao thông vận tải\b", "Giao thông vận tải"),
    (r"^sở (tư pháp|nội vụ|y tế|tài chính|xây dựng|công thương|ngoại vụ)\b", None),
    (r"\bsư phạm\b", "Sư phạm"),
)


def _ordinary_case(upper: str, corpus: str, place: str | None) -> str:
    recovered = recover_case(upper, corpus)
    if recovered:
        return capitalise_first(normalise_spelling(recovered))
    text = normalise_spelling(upper).lower()
    for pattern, proper in _PROPER:
        # None: keep the words, capitalising the one after "sở" ("Sở Tư pháp").
        text = re.sub(pattern, proper or (lambda m: m.group(0)[:3] + m.group(0)[3:].capitalize()), text)
    text = capitalise_first(text)
    if place:
        text = re.sub(re.escape(place.lower()), place, text)
    return text


def _note_issuer_sentence(result: Preamble, text: str, lines: SourceLines) -> None:
    if result.issuer_sentence is None and _issuer_sentence(text):
        result.issuer_sentence = (text, lines)


_REFERENCE = re.compile(
    r"(?P<type>Hiến pháp|Bộ luật|Luật|Pháp lệnh|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Thông tư|Kết luận|"
    r"Quy định|Kế hoạch|Hướng dẫn|Công văn|Thông báo|Chương trình|Văn bản)"
    r"(?:(?P<so>\s+số)?\s+(?P<code>\d+(?:/\d{4})?[/-][A-ZĐ][\wĐđ.-]*(?:/[\wĐđ.-]+)*)"
    # A law's name may hold a comma before a lower-case word ("Luật Phổ biến, giáo dục pháp luật").
    r"|\s+(?P<law>[^\W\d_](?:[^,;“”\"]|,(?=\s*[a-zđ]))+?)(?=\s+(?:ngày|số|năm)\b|[,;]|$))"
)
_QUOTED = re.compile(r"[“\"](?P<q>[^”\"]+)[”\"]")
_ISSUER = re.compile(
    r"\bcủa\s+(?P<issuer>[^,;“”\"]+?)"
    r"(?=\s+(?:về|phê duyệt|ban hành|quy định|hướng dẫn|triển khai|thực hiện)\b"
    r"|\s*[“\"]|\s*[,;]|$)"
)
_LAW_TYPES = {"Hiến pháp", "Bộ luật", "Luật", "Pháp lệnh"}


def read_legal_bases(text: str, lines: SourceLines) -> list[LegalBasisDraft]:
    """The documents cited in a "Căn cứ …" paragraph, one per reference.

    A reference runs from its type and number ("Chỉ thị số 35-CT/TW") to the
    next reference; its date, issuer ("của Bộ Chính trị") and title (the
    quoted subject, or what follows "về") are read inside that stretch.
    """
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    refs = [
        m
        for m in _REFERENCE.finditer(text)
        if not any(a < m.start() < b for a, b in quoted)
        and (m["code"] or (m["type"] in _LAW_TYPES and m["law"][0].isupper()))
    ]
    bases: list[LegalBasisDraft] = []
    for i, m in enumerate(refs):
        end = refs[i + 1].start() if i + 1 < len(refs) else len(text)
        segment = text[m.start() : end]
        if m["code"]:
            reference = f"{m['type']} số {m['code'].rstrip('.')}"
        else:
            reference = normalise_spelling(f"{m['type']} {m['law'].strip()}")
        days = [p.value.date for p in find_date_phrases(segment) if p.value.precision == "day"]
        issuer_match = _ISSUER.search(segment)
        issuer = normalise_spelling(issuer_match["issuer"].strip()) if issuer_match else None
        bases.append(
            LegalBasisDraft(
                reference=reference,
                date=days[0] if days else None,
                title=_basis_title(segment, issuer_match, reference),
                issuer=issuer,
                source_lines=lines,
            )
        )
    return bases


def _basis_title(segment: str, issuer: re.Match[str] | None, reference: str) -> str:
    if q := _QUOTED.search(segment):
        return capitalise_first(normalise_spelling(tidy(q["q"])).strip(" .;,"))
    if issuer is not None:
        rest = segment[issuer.end() :]
        rest = re.split(r"[;]|,\s*[^\W\d_][^,]*\s(?:xây dựng|ban hành)\s", rest)[0]
        rest = re.sub(r"^\s*về\s+", "", rest).strip(" .;,")
        if rest:
            return capitalise_first(normalise_spelling(tidy(rest)))
    return reference
