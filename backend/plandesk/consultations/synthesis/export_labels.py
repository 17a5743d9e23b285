"""What exports say to people: column headers and values in Vietnamese (or English with
``?lang=en``), and file names that say what the file is (``gop-y-<slug>-<date>.csv``).

A ``Content-Disposition`` carries an ASCII ``filename`` for old clients and, when the
name is not plain ASCII, an RFC 5987 ``filename*`` (UTF-8, percent-encoded) as well.
"""

from __future__ import annotations

import datetime as dt
import re
import urllib.parse
from typing import Literal

from plandesk.core.text import fold

Lang = Literal["vi", "en"]

# (key, Vietnamese, English): the order of the export's columns.
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("id", "Mã góp ý", "ID"),
    ("submitted_at", "Thời điểm gửi", "Submitted at"),
    ("section_number", "Mục số", "Section number"),
    ("section_heading", "Tên mục", "Section heading"),
    ("quote", "Đoạn trích dẫn", "Quoted passage"),
    ("body", "Nội dung góp ý", "Opinion"),
    ("contributor_group", "Đối tượng góp ý", "Contributor group"),
    ("channel", "Hình thức", "Channel"),
    ("status", "Tình trạng xử lý", "Status"),
    ("response", "Trả lời chính thức", "Official answer"),
    ("responded_at", "Thời điểm trả lời", "Answered at"),
    ("tags", "Nhãn", "Tags"),
    ("cluster_id", "Nhóm ý kiến tương tự", "Similar-opinion cluster"),
    ("duplicate_of", "Trùng với góp ý", "Duplicate of"),
    ("meeting_id", "Hội nghị", "Meeting"),
)
CONTACT_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("name", "Họ và tên", "Name"),
    ("organisation", "Cơ quan, tổ chức", "Organisation"),
    ("contact", "Liên hệ", "Contact"),
)

STATUS = {
    "received": ("Đã tiếp nhận", "Received"),
    "in_review": ("Đang xem xét", "In review"),
    "accepted": ("Tiếp thu", "Accepted"),
    "partially_accepted": ("Tiếp thu một phần", "Partially accepted"),
    "not_accepted": ("Không tiếp thu", "Not accepted"),
    "duplicate": ("Trùng lặp", "Duplicate"),
    "spam": ("Không hợp lệ", "Spam"),
}
GROUP = {
    "citizen": ("Nhân dân", "Citizen"),
    "expert": ("Chuyên gia, nhà khoa học", "Expert"),
    "veteran": ("Cán bộ lão thành", "Veteran cadre"),
    "party_member": ("Đảng viên", "Party member"),
    "organisation": ("Tổ chức", "Organisation"),
    "unit": ("Cơ quan, đơn vị", "Agency or unit"),
    "other": ("Khác", "Other"),
}
CHANNEL = {
    "web": ("Cổng thông tin", "Web portal"),
    "mobile": ("Ứng dụng di động", "Mobile app"),
    "meeting": ("Hội nghị", "Meeting"),
    "letter": ("Thư", "Letter"),
    "phone": ("Điện thoại", "Phone"),
}


def header(lang: Lang, include_contacts: bool) -> list[str]:
    pick = 1 if lang == "vi" else 2
    columns = COLUMNS + (CONTACT_COLUMNS if include_contacts else ())
    return [c[pick] for c in columns]


def value(table: dict[str, tuple[str, str]], code: str, lang: Lang) -> str:
    """A stored code in people's words (an unknown code stays as it is)."""
    found = table.get(code)
    if found is None:
        return code
    return found[0] if lang == "vi" else found[1]


def slug(title: str, limit: int = 60) -> str:
    """``Lấy ý kiến dự thảo Kế hoạch số 148`` → ``lay-y-kien-du-thao-ke-hoach-so-148``."""
    words = re.sub(r"[^a-z0-9]+", "-", fold(title)).strip("-")
    if len(words) > limit:
        words = words[:limit].rsplit("-", 1)[0] or words[:limit]
    return words or "dot-lay-y-kien"


def file_name(prefix: str, title: str, day: dt.date, extension: str) -> str:
    """``gop-y-<slug>-<yyyy-mm-dd>.<extension>``."""
    return f"{prefix}-{slug(title)}-{day.isoformat()}.{extension}"


def content_disposition(name: str) -> str:
    """``attachment`` with the name, RFC 6266/5987: ``filename*`` whenever it is not plain ASCII."""
    ascii_name = name.encode("ascii", "ignore").decode()
    ascii_name = re.sub(r"[^A-Za-z0-9._\- ]", "_", ascii_name).strip() or "download"
    disposition = f'attachment; filename="{ascii_name}"'
    if ascii_name != name:
        disposition += f"; filename*=UTF-8''{urllib.parse.quote(name, safe='')}"
    return disposition
