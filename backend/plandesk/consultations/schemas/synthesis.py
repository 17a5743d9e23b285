"""The synthesis of a consultation (tổng hợp ý kiến) and the review of near-duplicate clusters."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal

from pydantic import BaseModel, Field

from plandesk.consultations.schemas import examples as ex
from plandesk.consultations.schemas.common import FEEDBACK_STATUS_DOC, FeedbackStatus, with_examples

_BY_STATUS_DOC = (
    "Count per feedback status (received, in_review, accepted, …); statuses with none are absent."
)
_BY_SECTION_DOC = (
    "Counts per section: every section of the version consulted on, in reading order (with none too), then "
    "the opinions on the whole draft (section_id null) if any."
)
_SECTION_COUNTS = {
    "section_id": ex.SECTION_III_ID,
    "number": "III",
    "heading": ex.SECTION_III["heading"],
    "total": 96,
    "by_status": {"accepted": 51, "partially_accepted": 12, "not_accepted": 9, "in_review": 24},
}
_CLUSTER = {
    "cluster_id": ex.CLUSTER_ID,
    "size": 38,
    "representative_id": ex.FEEDBACK_ID,
    "representative_text": ex.OPINION,
    "flagged": 2,
}


class SectionCounts(BaseModel):
    """How many submissions a section drew, per status."""

    model_config = with_examples(_SECTION_COUNTS)
    section_id: uuid.UUID | None = Field(description="The section; null for opinions on the whole draft.")
    number: str | None = Field(description="The section's number; null for the whole draft.")
    heading: str | None = Field(description="The section's heading; null for the whole draft.")
    total: int = Field(description="Submissions on this section.")
    by_status: dict[str, int] = Field(description=_BY_STATUS_DOC)


class DayCount(BaseModel):
    """Submissions received on one day."""

    model_config = with_examples({"date": "2020-03-12", "count": 57})
    date: dt.date = Field(description="The day (in PLANDESK_TIMEZONE, Asia/Ho_Chi_Minh by default).")
    count: int = Field(description="Submissions received that day.")


class TagCount(BaseModel):
    """How often moderators used a tag."""

    model_config = with_examples({"tag": "chuyển đổi số", "count": 64})
    tag: str = Field(description="The tag.")
    count: int = Field(description="Submissions carrying it.")


class ClusterOut(BaseModel):
    """A group of near-identical submissions (a campaign, a copied letter), found automatically."""

    model_config = with_examples(_CLUSTER)
    cluster_id: uuid.UUID = Field(description="The cluster's id (select it in a bulk action).")
    size: int = Field(description="How many submissions it holds.")
    representative_id: uuid.UUID = Field(
        description="Its earliest submission, the one the others are compared with."
    )
    representative_text: str = Field(description="The earliest submission of the cluster (first 1,000 chars)")
    flagged: int = Field(0, description="Members whose text differs from the first one in content words")


class DiffSegment(BaseModel):
    """A run of words of a member's text compared with the cluster's first text."""

    model_config = with_examples({"op": "added", "text": "ở cấp xã", "content": True})
    op: Literal["same", "added", "removed"] = Field(
        description="added: in this member only; removed: in the cluster's first text only"
    )
    text: str = Field(description="The words of this run, spacing kept.")
    content: bool = Field(
        description="The segment holds a content word (not a particle, punctuation, spelling)"
    )


_PARTLY = "Ban soạn thảo tiếp thu một phần: mục III bổ sung nhiệm vụ chuyển đổi số ở cấp xã."
# The member's bulk "duplicate" was undone (it differs in content), then answered on its own.
_LAST = {
    "bulk_action_id": ex.BULK_ACTION_ID,
    "at": "2020-03-25T03:12:00Z",
    "by": "Lê Thị Hoa",
    "undoable": False,
    "undone_at": "2020-03-25T04:02:00Z",
}


class LastBulkAction(BaseModel):
    """The latest bulk action that changed a cluster member, and whether it can still be undone."""

    model_config = with_examples(_LAST)
    bulk_action_id: uuid.UUID = Field(description="The bulk action (undo it per submission).")
    at: dt.datetime = Field(description="When it was applied (UTC).")
    by: str = Field(description="The name of the moderator who applied it.")
    undoable: bool = Field(description="Not undone yet, and the submission has not changed since")
    undone_at: dt.datetime | None = Field(description="When it was undone for this submission; null if not.")


_MEMBER = {
    "id": ex.DUPLICATE_ID,
    "body": ex.OPINION.replace("cấp xã", "cấp xã, phường"),
    "submitted_at": "2020-03-13T01:05:44Z",
    "status": "partially_accepted",
    "response": _PARTLY,
    "representative": False,
    "differs_in_content": True,
    "diff": [
        {"op": "same", "text": "Đề nghị bổ sung nội dung về chuyển đổi số ở cấp xã", "content": True},
        {"op": "added", "text": ", phường", "content": True},
    ],
    "last_bulk_action": _LAST,
}


class ClusterMemberOut(BaseModel):
    """One member of a cluster, compared word by word with the cluster's first text."""

    model_config = with_examples(_MEMBER)
    id: uuid.UUID = Field(description="The submission's id.")
    body: str = Field(description="Its text.")
    submitted_at: dt.datetime = Field(description="When it was submitted (UTC).")
    status: FeedbackStatus = Field(description=FEEDBACK_STATUS_DOC)
    response: str | None = Field(description="Its official response; null when none yet.")
    representative: bool = Field(description="The cluster's first text, which the others are compared with")
    differs_in_content: bool = Field(
        description="True when its text differs from the first one in content words (flagged: check it "
        "before answering the whole cluster)."
    )
    diff: list[DiffSegment] = Field(description="This member's text word by word against the first text")
    last_bulk_action: LastBulkAction | None = Field(description="The latest bulk action on it; null if none.")


class MovedOutOut(BaseModel):
    """A submission a moderator moved out of the cluster."""

    model_config = with_examples(
        {
            "id": ex.FEEDBACK_ID,
            "body": "Đề nghị làm rõ chỉ tiêu hộ nghèo ở các xã vùng sâu.",
            "status": "in_review",
            "moved_by": "Lê Thị Hoa",
            "moved_at": "2020-03-24T09:40:00Z",
        }
    )
    id: uuid.UUID = Field(description="The submission's id.")
    body: str = Field(description="Its text.")
    status: FeedbackStatus = Field(description=FEEDBACK_STATUS_DOC)
    moved_by: str = Field(description="The name of the moderator who moved it out.")
    moved_at: dt.datetime = Field(description="When (UTC).")


class ClusterDetailOut(BaseModel):
    """A cluster under review: its members compared with its first text, flagged first."""

    model_config = with_examples(
        {
            "cluster_id": ex.CLUSTER_ID,
            "consultation_id": ex.CONSULTATION_ID,
            "size": 38,
            "flagged": 2,
            "representative_id": ex.FEEDBACK_ID,
            "members": [_MEMBER],
            "members_shown": 1,
            "moved_out": [],
        }
    )
    cluster_id: uuid.UUID = Field(description="The cluster's id.")
    consultation_id: uuid.UUID = Field(description="The consultation its members belong to.")
    size: int = Field(description="How many submissions it holds.")
    flagged: int = Field(description="Members whose text differs from the first one in content words.")
    representative_id: uuid.UUID = Field(description="Its first submission.")
    members: list[ClusterMemberOut] = Field(
        description="Flagged members first, then by submission time; at most `limit`"
    )
    members_shown: int = Field(description="How many members this answer lists (≤ size).")
    moved_out: list[MovedOutOut] = Field(description="Members moderators moved out of this cluster")


class MoveOutResult(BaseModel):
    """The outcome of moving a submission out of its cluster."""

    model_config = with_examples(
        {"feedback_id": ex.FEEDBACK_ID, "cluster_id": ex.CLUSTER_ID, "cluster_size": 37}
    )
    feedback_id: uuid.UUID = Field(description="The submission moved out.")
    cluster_id: uuid.UUID = Field(description="The cluster it left.")
    cluster_size: int = Field(description="The cluster's size after the move (0: the cluster is gone)")


class UndoResult(BaseModel):
    """A submission after a bulk action was undone for it: as it was before the action."""

    model_config = with_examples(
        {
            "feedback_id": ex.DUPLICATE_ID,
            "bulk_action_id": ex.BULK_ACTION_ID,
            "status": "partially_accepted",
            "response": _PARTLY,
        }
    )
    feedback_id: uuid.UUID = Field(description="The submission.")
    bulk_action_id: uuid.UUID = Field(description="The bulk action undone for it.")
    status: FeedbackStatus = Field(description="Its status restored. " + FEEDBACK_STATUS_DOC)
    response: str | None = Field(description="Its official response restored (null: none).")


_TOTALS = {
    "total": 412,
    "by_status": {
        "received": 120,
        "in_review": 35,
        "accepted": 140,
        "partially_accepted": 41,
        "not_accepted": 30,
        "duplicate": 38,
        "spam": 8,
    },
    "by_group": {"citizen": 251, "expert": 37, "veteran": 64, "party_member": 48, "organisation": 12},
    "by_channel": {"web": 298, "mobile": 41, "meeting": 55, "letter": 15, "phone": 3},
    "by_section": [_SECTION_COUNTS],
}


class SynthesisOut(BaseModel):
    """The synthesis of a consultation's feedback, computed now (staff only)."""

    model_config = with_examples(
        {
            "consultation_id": ex.CONSULTATION_ID,
            **_TOTALS,
            "by_day": [{"date": "2020-03-12", "count": 57}],
            "top_tags": [{"tag": "chuyển đổi số", "count": 64}],
            "largest_clusters": [_CLUSTER],
            "awaiting_clustering": 3,
            "generated_at": "2020-04-01T02:00:00Z",
        }
    )
    consultation_id: uuid.UUID = Field(description="The consultation.")
    total: int = Field(description="All its submissions.")
    by_status: dict[str, int] = Field(description=_BY_STATUS_DOC)
    by_section: list[SectionCounts] = Field(description=_BY_SECTION_DOC)
    by_group: dict[str, int] = Field(description="Count per contributor group (citizen, expert, veteran, …).")
    by_channel: dict[str, int] = Field(description="Count per channel (web, mobile, meeting, letter, phone).")
    by_day: list[DayCount] = Field(description="Submissions per day, oldest first.")
    top_tags: list[TagCount] = Field(description="The most used tags, most used first.")
    largest_clusters: list[ClusterOut] = Field(
        description="The largest near-duplicate clusters, largest first."
    )
    awaiting_clustering: int = Field(description="Submissions not yet compared for near-duplicates")
    generated_at: dt.datetime = Field(description="When these counts were taken (UTC).")


class PublicSynthesisOut(BaseModel):
    """A published synthesis: counts only, never an opinion's text or its sender."""

    model_config = with_examples(
        {
            "consultation_id": ex.CONSULTATION_ID,
            "title": ex.CONSULTATION_TITLE,
            "document_title": ex.DOCUMENT_TITLE,
            "opens_at": "2020-02-29T17:00:00Z",
            "closes_at": "2020-03-31T10:00:00Z",
            "published_at": "2020-04-16T01:00:00Z",
            **_TOTALS,
        }
    )
    consultation_id: uuid.UUID = Field(description="The consultation.")
    title: str = Field(description="Its title.")
    document_title: str = Field(description="The title of the draft consulted on.")
    opens_at: dt.datetime = Field(description="Start of the feedback window (UTC).")
    closes_at: dt.datetime = Field(description="End of the feedback window (UTC, exclusive).")
    published_at: dt.datetime = Field(description="When the coordinator published these counts (UTC).")
    total: int = Field(description="All submissions received.")
    by_status: dict[str, int] = Field(description=_BY_STATUS_DOC)
    by_group: dict[str, int] = Field(description="Count per contributor group (citizen, expert, veteran, …).")
    by_channel: dict[str, int] = Field(description="Count per channel (web, mobile, meeting, letter, phone).")
    by_section: list[SectionCounts] = Field(description=_BY_SECTION_DOC)
