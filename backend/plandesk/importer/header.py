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


# "Số 148-KH/TU", "Số: 45/KH-UBND"; the stamp's "Số: ... 1399" has no letters and is not a code.
_CODE = re.compile(
    r"(?<![\w/])S[ốô]\s*[:.]?\s*"
    r"(?P<code>\d+(?:/\d{4})?\s*[/-]\s*[A-ZĐ][A-Za-zĐđ0-9]*(?:[/-][A-Za-zĐđ0-9]+)*)"
)
_PLACE_DATE = re.compile(r",\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}", re.IGNORECASE)
_STAMP = re.compile(
    r"^(?:ĐẾN|Đến)\b[\s:]*\d|^Chuy[êểe]n\s*:|^S[ốô]\s*:?\s*\.{2,}"
    r"|^(?:CÔNG VĂN|VĂN BẢN)\s+ĐẾN\b|^Ngày\s*:\s*\.{2,}"
)
_MOTTO = re.compile(
    r"^(cong hoa xa hoi chu nghia viet nam|doc lap\s*-\s*tu do\s*-\s*hanh phuc|dang cong san viet nam)\b"
)
_RULE = re.compile(r"^\s*[-_=~—–]{3,}\s*$")
_PLAN_HEADING = re.compile(r"^\s*(?:#+\s*)?\**\s*KẾ\s+HOẠCH\b\s*\**", re.IGNORECASE)
_BASIS_START = re.compile(r"^(?:Căn cứ|Thực hiện)\b")
_ISSUER_SENTENCE = re.compile(
    r"(?:^|[,;.]\s*)(?P<body>[^\W\d_][^,;:.“”\"]{2,80}?)\s+(?:xây dựng|ban hành)\s+(?:Kế hoạch|kế hoạch)"
)


def _issuer_sentence(text: str) -> re.Match[str] | None:
    """ "…, Ban Thường vụ Tỉnh uỷ xây dựng Kế hoạch …": who issues the plan, in its own words."""
    return next((m for m in _ISSUER_SENTENCE.finditer(text) if m["body"][0].isupper()), None)


def _blocks(lines: list[Line]) -> list[list[Line]]:
    blocks: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.blank:
            if current:
                blocks.append(current)
            current = []
        else:
            current.append(line)
    if current:
        blocks.append(current)
    return blocks


def _span(lines: list[Line]) -> SourceLines:
    return (lines[0].number, lines[-1].number)


def read_preamble(lines: list[Line], *, corpus: str) -> Preamble:
    """Read the plan's header from the lines before section I.

    ``corpus`` (the whole document) is where all-caps header lines find their
    ordinary spelling ("BỘ THÔNG TIN VÀ TRUYỀN THÔNG" → "Bộ Thông tin và
    Truyền thông").
    """
    reader = _HeaderReader()
    for block in _blocks(lines):
        reader.read_block(block)
    _finish_title(reader.result, reader.title_lines, corpus)
    _finish_issuer(reader.result, reader.issuer_lines, corpus)
    return reader.result


class _HeaderReader:
    """Reads header blocks (runs of non-blank lines) in order, remembering where the title is."""

    def __init__(self) -> None:
        self.result = Preamble()
        self.issuer_lines: list[Line] = []
        self.title_lines: list[Line] = []
        # After a bare "KẾ HOẠCH" line the next block is the title.
        self.awaiting_title = False
        # A title block may wrap onto a following block that starts in lower case.
        self.title_may_continue = False

    def read_block(self, block: list[Line]) -> None:
        titled_before = len(self.title_lines)
        if any(_STAMP.match(strip_emphasis(line.text).strip()) for line in block):
            self.result.warnings.append(
                ImportWarning(
                    code=WarningCode.IGNORED_STAMP,
                    message="ignored an incoming-document stamp: "
                    + " / ".join(tidy(line.text) for line in block),
                    source_lines=_span(block),
                )
            )
        else:
            text = tidy(" ".join(line.text for line in block))
            if _BASIS_START.match(text):
                self.result.legal_bases.extend(read_legal_bases(text, _span(block)))
                _note_issuer_sentence(self.result, text, _span(block))
            elif _issuer_sentence(text):
                _note_issuer_sentence(self.result, text, _span(block))
            else:
                in_title = self.awaiting_title or (self.title_may_continue and text[:1].islower())
                self.awaiting_title = False
                for line in block:
                    in_title = self._read_line(line, in_title)
        self.title_may_continue = len(self.title_lines) > titled_before

    def _read_line(self, line: Line, in_title: bool) -> bool:
        """Read one header line; return whether the title continues on the next one."""
        result = self.result
        text = tidy(line.text)
        if _MOTTO.match(fold(text)) or _RULE.match(line.text):
            return in_title
        if not text or is_noise(line.text):
            self._ignore(line, f"ignored a stray mark in the header: '{line.text.strip()}'")
            return in_title
        found_here = False
        if result.code is None and (m := _CODE.search(text)):
            result.code = re.sub(r"\s+", "", m["code"]).rstrip(".-/")
            result.code_lines = (line.number, line.number)
            found_here = True
        if result.issued_on is None and (pd := _PLACE_DATE.search(text)):
            phrases = [p for p in find_date_phrases(text[pd.start() :]) if p.value.precision == "day"]
            if phrases:
                result.issued_on = phrases[0].value.date
                result.place = _place_before(text[: pd.start()])
                found_here = True
        if found_here:
            return False
        if m := _PLAN_HEADING.match(line.text):
            rest = tidy(line.text[m.end() :]).strip("* ")
            if rest:
                self.title_lines.append(Line(line.number, rest))
            else:
                self.awaiting_title = True
            return bool(rest)
        if in_title:
            self.title_lines.append(line)
            return True
        if is_all_caps(text) and not self.title_lines:
            self.issuer_lines.append(line)
            return False
        self._ignore(line, f"ignored a header line that is not part of the plan: '{text}'")
        return False

    def _ignore(self, line: Line, message: str) -> None:
        self.result.warnings.append(
            ImportWarning(
                code=WarningCode.IGNORED_HEADER_LINE, message=message, source_lines=(line.number, line.number)
            )
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
            if line.number != group[-1].number + 1:
                break
            group.append(line)
        upper = tidy(" ".join(line.text for line in group))
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


def _ordinary_case(upper: str, corpus: str, place: str | None) -> str:
    recovered = recover_case(upper, corpus)
    if recovered:
        return capitalise_first(normalise_spelling(recovered))
    text = capitalise_first(normalise_spelling(upper).lower())
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
    r"|\s+(?P<law>[^\W\d_][^,;“”\"]+?)(?=\s+(?:ngày|số|năm)\b|[,;]|$))"
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
