"""What PlanDesk tells people: each kind, its default channels and its short text in vi and en.

Texts are written once, at creation, in the recipient's language (``language`` of their
preferences): a notification is a message, not a view, and it keeps saying what it said.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

LANGUAGES = ("vi", "en")


@dataclass(frozen=True)
class Kind:
    name: str
    description: str
    in_app: bool = True
    email: bool = True
    # {language: (title, body)} with ``str.format`` fields from the notification's params.
    texts: dict[str, tuple[str, str]] | None = None


KINDS: dict[str, Kind] = {
    k.name: k
    for k in [
        Kind(
            "assignment_created",
            "A task was assigned to my unit",
            texts={
                "vi": ("Nhiệm vụ mới cho đơn vị: {task_title}", "Vai trò: {role_vi}. Hạn: {due_text}."),
                "en": ("New task for your unit: {task_title}", "Role: {role}. Due: {due_text}."),
            },
        ),
        Kind(
            "deadline_approaching",
            "A deadline of my unit is approaching",
            texts={
                "vi": ("Còn {days} ngày đến hạn: {task_title}", "Hạn hoàn thành: {due_text}."),
                "en": ("Due in {days} days: {task_title}", "Deadline: {due_text}."),
            },
        ),
        Kind(
            "deadline_today",
            "A deadline of my unit is today",
            texts={
                "vi": ("Hôm nay đến hạn: {task_title}", "Hạn hoàn thành: {due_text} (hết ngày hôm nay)."),
                "en": ("Due today: {task_title}", "Deadline: {due_text} (end of today)."),
            },
        ),
        Kind(
            "overdue",
            "Work of my unit is overdue (then weekly while it stays overdue)",
            texts={
                "vi": (
                    "Quá hạn {days} ngày: {task_title}",
                    "Hạn hoàn thành là {due_text}; nhiệm vụ chưa xong.",
                ),
                "en": ("{days} days overdue: {task_title}", "It was due on {due_text} and is not done."),
            },
        ),
        Kind(
            "escalation",
            "Overdue work escalated to me (coordinators, unit heads)",
            texts={
                "vi": (
                    "Quá hạn {days} ngày: {unit_name} — {task_title}",
                    "Hạn hoàn thành là {due_text}; đơn vị chưa hoàn thành.",
                ),
                "en": (
                    "{days} days overdue: {unit_name} — {task_title}",
                    "It was due on {due_text}; the unit has not finished.",
                ),
            },
        ),
        Kind(
            "urged",
            "The coordinator urged my unit",
            texts={
                "vi": ("Đôn đốc: {task_title}", "{message}"),
                "en": ("Urged: {task_title}", "{message}"),
            },
        ),
        Kind(
            "deadline_moved",
            "A deadline or a milestone of my unit's work moved",
            texts={
                "vi": ("Hạn đã thay đổi: {task_title}", "Hạn mới: {due_text} (trước đây: {before_text})."),
                "en": ("Deadline moved: {task_title}", "New deadline: {due_text} (was {before_text})."),
            },
        ),
        Kind(
            "progress_reported",
            "Progress was reported on a task I coordinate",
            email=False,
            texts={
                "vi": ("{unit_name} báo cáo tiến độ: {task_title}", "Trạng thái: {status}, {percent}%."),
                "en": ("{unit_name} reported progress: {task_title}", "Status: {status}, {percent}%."),
            },
        ),
        Kind(
            "report_missing",
            "My unit's periodic report is missing",
            texts={
                "vi": ("Đơn vị chưa gửi báo cáo: {period_label}", "{message}"),
                "en": ("Your unit's report is missing: {period_label}", "{message}"),
            },
        ),
        Kind(
            "feedback_assigned",
            "Feedback was assigned to me (moderators)",
            texts={
                "vi": ("Ý kiến góp ý được giao cho bạn: {consultation_title}", "{excerpt}"),
                "en": ("Feedback assigned to you: {consultation_title}", "{excerpt}"),
            },
        ),
        Kind(
            "consultation_closing",
            "A consultation closes in 3 days with unanswered feedback",
            texts={
                "vi": (
                    "Lấy ý kiến sắp kết thúc: {consultation_title}",
                    "Kết thúc {closes_text}; còn {unanswered} ý kiến chưa trả lời.",
                ),
                "en": (
                    "Consultation closing soon: {consultation_title}",
                    "It closes {closes_text}; {unanswered} submissions are unanswered.",
                ),
            },
        ),
    ]
}

ROLE_VI = {"lead": "chủ trì", "support": "phối hợp", "member": "thành viên"}


class _Defaulting(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return ""


def render(kind: str, language: str, params: dict[str, Any]) -> tuple[str, str]:
    """The notification's title and body in ``language`` (vi when unknown)."""
    texts = KINDS[kind].texts or {}
    title, body = texts.get(language) or texts["vi"]
    values = _Defaulting({k: "" if v is None else v for k, v in params.items()})
    if "role" in values:
        values.setdefault("role_vi", ROLE_VI.get(str(values["role"]), str(values["role"])))
    return title.format_map(values)[:500], body.format_map(values)


def date_text(day: Any, language: str) -> str:
    """A date as people write it: 15/04/2020 (vi) or 2020-04-15 (en)."""
    if day is None:
        return "—"
    return day.strftime("%d/%m/%Y") if language == "vi" else day.isoformat()
