"""The end of a plan: who receives it ("Nơi nhận") and who signed it.

The signature block reads top to bottom: on whose behalf ("T/M BAN THƯỜNG
VỤ", "TM. ỦY BAN NHÂN DÂN"), who signs for whom ("KT. CHỦ TỊCH"), the signer's
title ("PHÓ BÍ THƯ"), then the name. Word files put recipients and signature
side by side in a table, so either may come first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from plandesk.core.text import fold
from plandesk.importer.draft import ImportWarning, WarningCode
from plandesk.importer.outline import Line, classify, is_noise
from plandesk.importer.spelling import capitalise_first, is_all_caps, normalise_spelling, tidy

_RECIPIENTS = re.compile(r"^\W*noi nhan\b")
_ON_BEHALF = re.compile(r"^(?:T/M|TM|KT|Q|TL|TUQ|TM/)\s*[.:]?\s+", re.IGNORECASE)
_SIGNED = re.compile(r"^[(\[]\s*(?:đã ký|ký|ký tên|ký, ghi rõ|chữ ký)[^)\]]*[)\]]$|^ký bởi\b", re.IGNORECASE)
SIGNATURE_START = re.compile(r"^(?:T/M|TM\.|KT\.|Q\.|TL\.|TUQ\.)\s*\S")


@dataclass
class Signature:
    """Recipients and signer read from the end of the document."""

    recipients: list[str] = field(default_factory=list)
    signer_name: str | None = None
    signer_title: str | None = None
    on_behalf_of: str | None = None
    signer_lines: tuple[int, int] | None = None
    warnings: list[ImportWarning] = field(default_factory=list)


def is_trailer_start(text: str) -> bool:
    """True for the line where the plan's body ends: "Nơi nhận:" or "T/M …"."""
    stripped = tidy(text)
    return bool(_RECIPIENTS.match(fold(stripped)) or SIGNATURE_START.match(stripped))


def read_signature(lines: list[Line]) -> Signature:
    """Read recipients and the signer from the lines after the plan's body."""
    result = Signature()
    rest: list[Line] = []
    in_recipients = False
    for line in lines:
        text = tidy(line.text)
        if not text or is_noise(text):
            continue
        if _RECIPIENTS.match(fold(text)):
            in_recipients = True
            after = text.split(":", 1)[1].strip() if ":" in text else ""
            if after:
                result.recipients.append(_recipient(after))
            continue
        kind, _, item, _ = classify(line.text)
        if in_recipients and kind in ("bullet", "star"):
            result.recipients.append(_recipient(item))
            continue
        if in_recipients and kind == "text" and item[:1].islower() and result.recipients:
            result.recipients[-1] = _recipient(result.recipients[-1] + " " + item)
            continue
        in_recipients = False
        rest.append(Line(line.number, text))
    _read_signer(result, rest)
    return result


def _recipient(text: str) -> str:
    text = normalise_spelling(tidy(text))
    text = re.sub(r"\s*_\s*\(", " (", text)  # "Tỉnh uỷ_(hg)"
    text = re.sub(r",\s*\(", " (", text)  # "Trung ương, (báo cáo)"
    return text.strip(" ,;.")


def _read_signer(result: Signature, lines: list[Line]) -> None:
    candidates = [line for line in lines if not _SIGNED.match(line.text)]
    if not candidates:
        result.warnings.append(ImportWarning(code=WarningCode.MISSING, message="no signature block found"))
        return
    *before, last = candidates
    if is_all_caps(last.text) and not any(is_all_caps(line.text) for line in before):
        # Only office lines ("T/M …", "BÍ THƯ"): the name is missing, not the title.
        roles = candidates
        result.warnings.append(
            ImportWarning(
                code=WarningCode.MISSING,
                message="the signature block has no signer name",
                source_lines=(last.number, last.number),
            )
        )
    else:
        roles = [line for line in before if is_all_caps(line.text)]
        result.signer_name = _person_name(last.text)
        result.signer_lines = (last.number, last.number)
    for line in roles:
        if m := _ON_BEHALF.match(line.text):
            if result.on_behalf_of is None and line.text[: m.end()].upper().startswith(("T/M", "TM")):
                result.on_behalf_of = capitalise_first(normalise_spelling(line.text[m.end() :]).lower())
            continue
        result.signer_title = role_title(line.text)
    if result.signer_title is None and roles:
        # "KT. CHỦ TỊCH" with nothing below: the office after the prefix is the title.
        text = roles[-1].text
        m = _ON_BEHALF.match(text)
        result.signer_title = role_title(text[m.end() :] if m else text)


def role_title(text: str) -> str:
    """A signer's title in ordinary case: "PHÓ BÍ THƯ" → "Phó Bí thư"."""
    words = normalise_spelling(tidy(text)).lower().split()
    if not words:
        return ""
    words[0] = capitalise_first(words[0])
    if words[0] == "Phó" and len(words) > 1:
        # "Phó Chủ tịch", "Phó Bí thư", "Phó Giám đốc": the office is a name.
        words[1] = capitalise_first(words[1])
    return " ".join(words)


def _person_name(text: str) -> str:
    name = normalise_spelling(tidy(text))
    if is_all_caps(name):
        name = " ".join(capitalise_first(word.lower()) for word in name.split())
    return name
