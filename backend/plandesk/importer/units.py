"""Organisational units named by a plan: splitting, naming, kinds, matching.

The implementation section lists units ("1. Ban Tuyên giáo Tỉnh ủy"), several
units at once ("7. Đài Phát thanh - Truyền hình tỉnh, Báo Đắk Lắk, Cổng
Thông tin điện tử tỉnh") and unit groups ("Các huyện uỷ, thị uỷ, thành uỷ và
đảng uỷ trực thuộc"); tasks name partners after "phối hợp với". The same unit
is written several ways ("Sở Thông tin và Truyền thông", "Sở Thông tin -
Truyền thông", "Sở TT&TT"), so units are compared on a canonical key.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from uuid import UUID

from plandesk.core.text import fold
from plandesk.importer.draft import ImportWarning, SourceLines, UnitDraft, UnitKind, WarningCode
from plandesk.importer.spelling import capitalise_first, normalise_spelling, tidy


@dataclass(frozen=True)
class ExistingUnit:
    """A unit already in PlanDesk that imported names may refer to."""

    id: UUID
    name: str
    short_name: str | None = None


# Abbreviations written in plans, as folded text → what they stand for.
_FOLDED_EXPANSIONS: tuple[tuple[str, str], ...] = (
    (r"ubnd", "uy ban nhan dan"),
    (r"hdnd", "hoi dong nhan dan"),
    (r"mttq(?:\s*vn)?", "mat tran to quoc"),
    (r"pt\s*-?\s*th", "phat thanh truyen hinh"),
    (r"ttdt", "thong tin dien tu"),
    (r"tt\s*(?:&|va|-)\s*tt", "thong tin truyen thong"),
    (r"vh\s*,?\s*tt\s*(?:&|va)?\s*dl|vhttdl", "van hoa the thao du lich"),
    (r"btv", "ban thuong vu"),
    (r"bch", "ban chap hanh"),
    (r"bcs", "ban can su"),
    (r"tp", "thanh pho"),
)

# The same abbreviations for display: full name in the document ↔ short form.
_DISPLAY_ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    (r"Ủy ban nhân dân", "UBND"),
    (r"Hội đồng nhân dân", "HĐND"),
    (r"Mặt trận Tổ quốc Việt Nam", "MTTQ Việt Nam"),
    (r"Mặt trận Tổ quốc", "MTTQ"),
    (r"Phát thanh\s*(?:-|–|và)\s*Truyền hình", "PTTH"),
    (r"Thông tin điện tử", "TTĐT"),
    (r"Thông tin\s*(?:-|–|và)\s*Truyền thông", "TT&TT"),
    (r"Văn hóa,\s*Thể thao và Du lịch", "VHTTDL"),
    (r"Ban Thường vụ", "BTV"),
)

_SEPARATORS = re.compile(r"\s*(?:[-–—&,/]|\bva\b)\s*")


def unit_key(name: str, *, place: str | None = None) -> str:
    """The canonical key of a unit name: spelling, case, abbreviations and separators ignored.

    "Sở Thông tin và Truyền thông", "Sở Thông tin - Truyền thông" and "Sở
    TT&TT tỉnh Đắk Lắk" (with ``place="Đắk Lắk"``) share one key. Used as the
    draft's unit key, so it is also a readable slug.
    """
    key = fold(normalise_spelling(name))
    for pattern, expansion in _FOLDED_EXPANSIONS:
        key = re.sub(rf"(?<![a-z0-9]){pattern}(?![a-z0-9])", expansion, key)
    key = _SEPARATORS.sub(" ", key)
    key = key.replace("viet nam", " ")
    # "… tỉnh", "… tỉnh Đắk Lắk", "… thành phố Đà Nẵng" only say where: drop them.
    # Not "Tỉnh ủy"/"Tỉnh đoàn", which are units of their own.
    place_words = fold(normalise_spelling(place)) if place else ""
    if place_words:
        key = re.sub(rf"\s(?:tinh|thanh pho)\s+{re.escape(place_words)}$", "", key)
    key = re.sub(r"\s(?:tinh|thanh pho)$", "", key)
    key = re.sub(r"[^a-z0-9 ]+", " ", key)
    return "-".join(key.split())


def match_unit(
    name: str, existing: Sequence[ExistingUnit], *, place: str | None = None
) -> ExistingUnit | None:
    """The existing unit ``name`` refers to, tolerating spelling and naming variants.

    Names match on :func:`unit_key`; failing that, on the key without a
    trailing place name ("Đài Phát thanh và Truyền hình Đắk Lắk" is "Đài
    Phát thanh - Truyền hình tỉnh"), as long as more than one word is left.
    """
    wanted = unit_key(name, place=place)
    for unit in existing:
        names = [unit.name] + ([unit.short_name] if unit.short_name else [])
        if any(unit_key(candidate, place=place) == wanted for candidate in names):
            return unit
    if place:
        bare = _without_place(wanted, place)
        if bare.count("-") >= 1:
            for unit in existing:
                names = [unit.name] + ([unit.short_name] if unit.short_name else [])
                if any(_without_place(unit_key(c, place=place), place) == bare for c in names):
                    return unit
    return None


def _without_place(key: str, place: str) -> str:
    suffix = "-" + "-".join(fold(normalise_spelling(place)).split())
    return key[: -len(suffix)] if key.endswith(suffix) else key


def display_name(raw: str) -> str:
    """A unit name as PlanDesk stores it: NFC, new spelling, abbreviations spelled out."""
    name = normalise_spelling(tidy(raw)).strip(" ,;:.")
    name = re.sub(r"\bUBND\b", "Ủy ban nhân dân", name)
    name = re.sub(r"\bHĐND\b", "Hội đồng nhân dân", name)
    name = re.sub(r"\bPTTH\b", "Phát thanh - Truyền hình", name)
    name = re.sub(r"\bTTĐT\b", "Thông tin điện tử", name)
    name = re.sub(r"^BTV\b", "Ban Thường vụ", name)
    return capitalise_first(name)


def short_name(name: str) -> str | None:
    """The customary short form of ``name`` ("Đài PTTH tỉnh"), if it has one."""
    short = name
    for pattern, abbreviation in _DISPLAY_ABBREVIATIONS:
        short = re.sub(pattern, abbreviation, short)
    return short if short != name else None


_KIND_RULES: tuple[tuple[UnitKind, str], ...] = (
    ("district", r"^(cac )?(huyen|quan|thi xa|phuong|xa|thi tran)\b"),
    ("district", r"^uy ban nhan dan (cac )?(cap )?(huyen|quan|thi xa|phuong|xa)\b"),
    ("media", r"^(bao|dai|cong thong tin|tap chi|trang thong tin|thong tan xa)\b|co quan bao chi"),
    ("party_committee", r"^(dang doan|ban can su dang|dang uy|tinh uy|thanh uy|ban chap hanh dang bo)\b"),
    ("mass_org", r"mat tran|doan the|tinh doan|thanh doan|doan thanh nien"),
    ("mass_org", r"^(cac )?(hoi|lien hiep|lien doan)\b"),
    ("party_committee", r"^(ban|van phong|uy ban kiem tra)\b.*\b(tinh|thanh|huyen|quan) uy$"),
    ("party_committee", r"trung uong dang$"),
    (
        "department",
        r"^(so|bo|cuc|chi cuc|tong cuc|vu|uy ban nhan dan|cong an|bo chi huy|ban quan ly|"
        r"van phong|trung tam|vien|hoc vien|truong|buu dien|phong|thanh tra|kho bac|toa an)\b",
    ),
)


def guess_kind(name: str) -> UnitKind:
    """Guess a unit's kind from its name ("Báo …" → media, "Sở …" → department)."""
    key = unit_key(name).replace("-", " ")
    for kind, pattern in _KIND_RULES:
        if re.search(pattern, key):
            return kind
    return "other"


_GROUP = re.compile(
    r"^cac |\bcac (tinh|huyen|quan|thi xa|thanh pho|phuong|xa|so|nganh|dia phuong|don vi|truong|huyen uy)\b"
    r"|\bcap (huyen|xa)$"
)


def is_group(name: str) -> bool:
    """A plural name stands for a group ("Các huyện ủy, thị ủy …", "UBND các quận, huyện", "… cấp huyện")."""
    return bool(_GROUP.search(fold(name)))


_GENERIC = re.compile(
    r"lien quan|^(cac|nhung) (co quan|don vi|cap|nganh|dia phuong|to chuc co)\b"
    r"|^(chinh quyen|dia phuong|don vi)\b"
)


def is_generic(name: str) -> bool:
    """Names like "các cơ quan, đơn vị có liên quan" name nobody in particular."""
    return bool(_GENERIC.search(fold(name)))


# A new unit name starts with one of these words; after a comma anything else
# continues the current name ("Sở Văn hóa, Thể thao và Du lịch").
_HEAD = re.compile(
    r"^(?:Sở|Ban|Báo|Đài|Cổng|Hội|Ủy ban|Uỷ ban|UBND|HĐND|Đảng đoàn|Đảng ủy|Đảng uỷ|Văn phòng|Liên hiệp|"
    r"Liên đoàn|Công an|Bộ|Cục|Chi cục|Tỉnh đoàn|Thành đoàn|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|"
    r"Huyện uỷ|Trường|Viện|Trung tâm|Bưu điện|Phòng|Tòa án|Toà án|Kho bạc|Ngân hàng|Thanh tra|Tạp chí|"
    r"Bảo tàng|Thư viện|Mặt trận|MTTQ|BTV|Các|các|Công ty|Tổng công ty|Hiệp hội|Bệnh viện|Đại học|"
    r"Quỹ|Chi nhánh|Tiểu ban|Vụ|Tổng cục|Học viện|Đoàn|Công chức|Hội đồng|Chi bộ|Chi hội|Khoa|Thôn|"
    r"Hội Liên hiệp|Nhà trường)(?![^\W\d_])"
)


def starts_with_unit_word(text: str) -> bool:
    """True when ``text`` begins the way unit names do ("Sở …", "Ban …", "Các …")."""
    return bool(_HEAD.match(text.strip()))


def split_unit_names(text: str) -> list[str]:
    """Split a list of units into names; hyphens and commas inside a name stay.

    "Đài Phát thanh - Truyền hình tỉnh, Báo Đắk Lắk, Cổng Thông tin điện tử
    tỉnh" → three names; "Các huyện uỷ, thị uỷ, thành uỷ và đảng uỷ trực
    thuộc" → one.
    """
    names: list[str] = []
    for part in re.split(r"\s*;\s*", text):
        pieces = re.split(r"(\s*,\s*|\s+và\s+)", part)
        current = pieces[0]
        for separator, piece in zip(pieces[1::2], pieces[2::2], strict=True):
            if _HEAD.match(piece.strip()):
                names.append(current)
                current = piece
            else:
                current += separator + piece
        names.append(current)
    return [cleaned for n in names if (cleaned := n.strip(" ,;:.-–"))]


# Verbs that end a unit name inside a sentence ("phối hợp với Sở X tổ chức …").
# Lower case on purpose: "Ban Tổ chức" is a name, "tổ chức" a verb.
_VERBS = (
    "lãnh đạo",
    "chỉ đạo",
    "chủ trì",
    "có trách nhiệm",
    "thực hiện",
    "phối hợp",
    "tham mưu",
    "triển khai",
    "xây dựng",
    "tổ chức",
    "theo dõi",
    "giúp",
    "hướng dẫn",
    "định hướng",
    "kiểm tra",
    "nắm bắt",
    "lấy ý kiến",
    "tổng hợp",
    "biên soạn",
    "báo cáo",
    "để",
    "nhằm",
    "trong",
    "về",
    "tiến hành",
    "thẩm định",
    "chuẩn bị",
    "vận động",
    "cung cấp",
    "đề xuất",
    "giải quyết",
    "làm",
    "treo",
    "tiếp nhận",
    "công bố",
    "khảo sát",
    "đánh giá",
    "quán triệt",
    "phổ biến",
    "gửi",
    "rà soát",
    "duy trì",
    "bảo đảm",
    "đảm bảo",
    "phản biện",
    "cập nhật",
    "hỗ trợ",
    "trình",
    "ban hành",
    "soạn thảo",
    "thiết kế",
    "bố trí",
    "phân công",
    "đôn đốc",
    "tập huấn",
    "lồng ghép",
    "đưa tin",
    "sản xuất",
    "đăng tải",
    "tuyên truyền",
    "mở",
    "tiếp tục",
)
_VERB = re.compile(r"(?<![^\W\d_])(?P<verb>" + "|".join(map(re.escape, _VERBS)) + r")(?![^\W\d_])")
# "các/những … " start a noun phrase; "Trợ giúp" (legal aid) is a noun, not the verb "giúp".
_NOT_BEFORE_VERB = {"các", "những", "và", "của", "Trợ", "trợ"}


def cut_at_verb(text: str) -> tuple[str, bool]:
    """The unit name at the start of ``text``, up to the first verb; and whether it cut.

    A verb followed only by capitalised words before the next verb belongs to
    the name: "Viện Quy hoạch xây dựng Đà Nẵng tổ chức …" cuts at "tổ chức".
    """
    verbs = [m for m in _VERB.finditer(text) if m.start() > 0]
    for i, m in enumerate(verbs):
        previous = text[: m.start()].split()
        if previous and previous[-1] in _NOT_BEFORE_VERB:
            continue
        following = text[m.end() : verbs[i + 1].start() if i + 1 < len(verbs) else len(text)]
        words = following.strip(" ,;:.").split()
        if words and all(word[:1].isupper() for word in words):
            continue
        return text[: m.start()].strip(" ,;:"), True
    return text.strip(" ,;:"), False


_PARTNER = re.compile(r"(?i:phối hợp)\s+(?:với|cùng)\s+(?P<rest>[^;.:()]+)")


def partner_phrases(task_text: str) -> list[str]:
    """What follows each "phối hợp với" in a task, up to the verb that ends it."""
    phrases: list[str] = []
    for m in _PARTNER.finditer(task_text):
        # The partner list ends where the deadline starts: ", hoàn thành trong quý II/2024".
        rest = re.split(
            r",\s*(?:tiến độ|thời hạn|thời gian|hoàn thành|xong|chậm nhất|trước|hạn chót"
            r"|trong (?:tháng|quý|năm))",
            m["rest"],
        )[0]
        phrase, _ = cut_at_verb(rest)
        if phrase:
            phrases.append(phrase)
    return phrases


class UnitRegistry:
    """The units a draft names, one per key, in order of first mention."""

    def __init__(self, existing: Sequence[ExistingUnit], place: str | None) -> None:
        self._existing = existing
        self._place = place
        self._units: dict[str, UnitDraft] = {}

    def add(
        self,
        raw_name: str,
        lines: SourceLines,
        *,
        parent_key: str | None = None,
        warnings: Sequence[ImportWarning] = (),
    ) -> UnitDraft:
        """Register the unit ``raw_name`` (or return the one already registered under its key)."""
        name = display_name(raw_name)
        key = unit_key(name, place=self._place)
        known = self._units.get(key)
        if known is not None:
            if parent_key and known.parent_key is None and parent_key != key:
                known.parent_key = parent_key
            return known
        unit_warnings = list(warnings)
        if normalise_spelling(tidy(raw_name)) != tidy(raw_name):
            unit_warnings.append(
                ImportWarning(
                    code=WarningCode.SPELLING_NORMALISED,
                    message=f"'{tidy(raw_name)}' written as '{name}'",
                    source_lines=lines,
                )
            )
        match = match_unit(name, self._existing, place=self._place)
        if match is not None and fold(match.name) != fold(name):
            unit_warnings.append(
                ImportWarning(
                    code=WarningCode.UNIT_MATCHED_VARIANT,
                    message=f"'{name}' matched the existing unit '{match.name}'",
                    source_lines=lines,
                )
            )
        unit = UnitDraft(
            key=key,
            name=name,
            short_name=short_name(name),
            kind=guess_kind(name),
            parent_key=parent_key if parent_key != key else None,
            is_group=is_group(name),
            matched_unit_id=match.id if match else None,
            will_create=match is None,
            source_lines=lines,
            warnings=unit_warnings,
        )
        self._units[key] = unit
        return unit

    def units(self) -> list[UnitDraft]:
        """All registered units, in order of first mention."""
        return list(self._units.values())
