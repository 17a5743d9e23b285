"""Moderating feedback: the queue's items, one submission's changes, bulk actions."""

from __future__ import annotations

import datetime as dt
import uuid

from pydantic import BaseModel, Field, StrictBool, model_validator

from plandesk.consultations.schemas import examples as ex
from plandesk.consultations.schemas.common import (
    BODY_MAX,
    CHANNEL_DOC,
    CONTRIBUTOR_GROUP_DOC,
    FEEDBACK_STATUS_DOC,
    Channel,
    ContributorGroup,
    FeedbackStatus,
    TagText,
    with_examples,
)
from plandesk.core.concurrency import ETagged
from plandesk.core.text import CleanText

_TAGS_DOC = 'Moderators\' labels (1–64 characters each, at most 20), e.g. "chuyển đổi số".'


class Contacts(BaseModel):
    """Who sent a submission and how to reach them (PII): moderators and admins only."""

    model_config = with_examples(
        {"name": "Y Bhin Niê", "organisation": "Hội Nông dân xã Ea Tu", "contact": "0905 000 111"}
    )
    name: str | None = Field(description="The contributor's name; null when not given or purged.")
    organisation: str | None = Field(description="The organisation they speak for; null when none.")
    contact: str | None = Field(description="E-mail, phone or address they gave; null when none.")


# An exact copy of an earlier opinion, voiced again at a meeting and answered as a duplicate.
_FEEDBACK = {
    "id": ex.EXACT_DUPLICATE_ID,
    "consultation_id": ex.CONSULTATION_ID,
    "section_id": ex.SECTION_III_ID,
    "quote": ex.QUOTE,
    "quote_start": ex.QUOTE_START,
    "quote_end": ex.QUOTE_START + len(ex.QUOTE),
    "body": ex.OPINION,
    "contributor_group": "citizen",
    "channel": "meeting",
    "meeting_id": ex.MEETING_ID,
    "submitted_at": "2020-03-12T02:41:07Z",
    "status": "duplicate",
    "response": "Ý kiến trùng với góp ý đã được tiếp thu vào mục III của dự thảo.",
    "responded_at": "2020-04-02T07:20:00Z",
    "assigned_to": ex.MODERATOR_ID,
    "tags": ["chuyển đổi số"],
    "cluster_id": ex.CLUSTER_ID,
    "duplicate_of": ex.FEEDBACK_ID,
    "contacts": {"name": "Y Bhin Niê", "organisation": "Hội Nông dân xã Ea Tu", "contact": "0905 000 111"},
    "contacts_purged": False,
    "etag": ex.FEEDBACK_ETAG,
}
FEEDBACK_EXAMPLE = _FEEDBACK


class FeedbackOut(ETagged):
    """A submission as staff read it in the moderation queue."""

    model_config = with_examples(_FEEDBACK)
    id: uuid.UUID = Field(description="The submission's id.")
    consultation_id: uuid.UUID = Field(description="The consultation it was given on.")
    section_id: uuid.UUID | None = Field(description="The section commented on; null for the whole draft.")
    quote: str | None = Field(description="The passage quoted from that section; null when none.")
    quote_start: int | None = Field(description="Offset of the quote in the section text (code points).")
    quote_end: int | None = Field(description="End offset of the quote (exclusive).")
    body: str = Field(description="The opinion as submitted.")
    contributor_group: ContributorGroup = Field(description=CONTRIBUTOR_GROUP_DOC)
    channel: Channel = Field(description=CHANNEL_DOC)
    meeting_id: uuid.UUID | None = Field(
        description="The meeting it was voiced at (channel meeting); else null."
    )
    submitted_at: dt.datetime = Field(description="When it was submitted (UTC).")
    status: FeedbackStatus = Field(description=FEEDBACK_STATUS_DOC)
    response: str | None = Field(
        description="The official response; the contributor reads it by receipt code."
    )
    responded_at: dt.datetime | None = Field(description="When the response was last given (UTC).")
    assigned_to: uuid.UUID | None = Field(description="The moderator handling it; null when unassigned.")
    tags: list[str] = Field(description=_TAGS_DOC)
    cluster_id: uuid.UUID | None = Field(description="Its near-duplicate cluster; null when it has none.")
    duplicate_of: uuid.UUID | None = Field(description="The first submission with the same normalised text")
    contacts: Contacts | None = Field(description="Only for moderators and admins; null for everyone else")
    contacts_purged: bool = Field(
        description="True when the contact details were erased under the retention rule after the "
        "consultation closed (contacts then read null for everyone)."
    )


class FeedbackStatusCounts(BaseModel):
    """How many submissions match the queue's other filters, per status."""

    model_config = with_examples(
        {
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
        }
    )
    total: int = Field(description="Submissions matching the filters, whatever their status.")
    by_status: dict[FeedbackStatus, int] = Field(description="Of those, how many are in each status.")


class FeedbackUpdate(BaseModel):
    """A moderator's change to one submission; omitted fields stay as they are."""

    model_config = with_examples(
        {"status": "accepted", "response": ex.ANSWER, "tags": ["chuyển đổi số"]},
        {"status": "not_accepted", "template_id": ex.TEMPLATE_ID},
        {"assigned_to": ex.MODERATOR_ID},
        strict=True,
    )
    status: FeedbackStatus | None = Field(
        default=None,
        description="The new status (409 with `allowed` when the move is refused). " + FEEDBACK_STATUS_DOC,
    )
    response: CleanText | None = Field(
        default=None,
        min_length=1,
        max_length=BODY_MAX,
        description="The official response the contributor will read by receipt code.",
    )
    template_id: uuid.UUID | None = Field(
        default=None, description="Answer with a saved template (instead of `response`)."
    )
    tags: list[TagText] | None = Field(
        default=None, max_length=20, description="Replaces the tags. " + _TAGS_DOC
    )
    assigned_to: uuid.UUID | None = Field(default=None, description="A moderator or admin; null unassigns")


class BulkSelection(BaseModel):
    """Which submissions a bulk action applies to: a list of ids, or a whole duplicate cluster."""

    model_config = with_examples(
        {"cluster_id": ex.CLUSTER_ID, "exclude_ids": [ex.DUPLICATE_ID]},
        {"ids": [ex.FEEDBACK_ID, ex.DUPLICATE_ID]},
        strict=True,
    )
    ids: list[uuid.UUID] | None = Field(
        default=None,
        min_length=1,
        max_length=1000,
        description="The submissions, 1 to 1,000 ids of this consultation; exclusive with cluster_id.",
    )
    cluster_id: uuid.UUID | None = Field(
        default=None, description="Every member of this near-duplicate cluster; exclusive with ids."
    )
    exclude_ids: list[uuid.UUID] = Field(
        default_factory=list, max_length=1000, description="With cluster_id: members left out (unticked)"
    )
    include_flagged_ids: list[uuid.UUID] = Field(
        default_factory=list,
        max_length=1000,
        description="With cluster_id: members that differ in content from the cluster's first text are "
        "left out unless listed here (ticked)",
    )

    @model_validator(mode="after")
    def _exactly_one(self) -> BulkSelection:
        if (self.ids is None) == (self.cluster_id is None):
            raise ValueError("give exactly one of ids or cluster_id")
        if self.ids is not None and (self.exclude_ids or self.include_flagged_ids):
            raise ValueError("exclude_ids and include_flagged_ids go with cluster_id")
        return self


class BulkAction(BaseModel):
    """What to do to every selected submission; omitted fields change nothing."""

    model_config = with_examples(
        {"status": "duplicate", "template_id": ex.TEMPLATE_ID, "add_tags": ["trùng lặp"]}, strict=True
    )
    status: FeedbackStatus | None = Field(
        default=None, description="The new status for each. " + FEEDBACK_STATUS_DOC
    )
    response: CleanText | None = Field(
        default=None, min_length=1, max_length=BODY_MAX, description="One official response for each."
    )
    template_id: uuid.UUID | None = Field(default=None, description="Answer each with this saved template.")
    add_tags: list[TagText] = Field(default_factory=list, max_length=20, description="Tags to add to each.")
    remove_tags: list[TagText] = Field(
        default_factory=list, max_length=20, description="Tags to take off each."
    )
    assigned_to: uuid.UUID | None = Field(default=None, description="Assign to a moderator (omit: unchanged)")
    unassign: StrictBool = Field(
        default=False, description="True: leave each unassigned (not with assigned_to)."
    )


class BulkRequest(BaseModel):
    """One moderation action applied to many submissions in one transaction, recorded for undo."""

    model_config = with_examples(
        {
            "selection": {"cluster_id": ex.CLUSTER_ID, "exclude_ids": [ex.DUPLICATE_ID]},
            "action": {"status": "duplicate", "template_id": ex.TEMPLATE_ID, "add_tags": ["trùng lặp"]},
            "skip_ineligible": True,
        },
        strict=True,
    )
    selection: BulkSelection = Field(description="Which submissions.")
    action: BulkAction = Field(description="What to do to them.")
    skip_ineligible: StrictBool = Field(
        default=False,
        description="Leave alone submissions whose status cannot make the transition "
        "(otherwise the whole request is refused with 409)",
    )


class BulkResult(BaseModel):
    """What a bulk action did."""

    model_config = with_examples(
        {
            "matched": 38,
            "updated": 36,
            "skipped": 2,
            "skipped_ids": [ex.DUPLICATE_ID, ex.FEEDBACK_ID],
            "bulk_action_id": ex.BULK_ACTION_ID,
        }
    )
    matched: int = Field(description="Submissions the selection named.")
    updated: int = Field(description="Of those, how many were changed.")
    skipped: int = Field(description="How many were left alone (their status could not make the move).")
    skipped_ids: list[uuid.UUID] = Field(description="Up to 100 of the skipped submissions")
    bulk_action_id: uuid.UUID | None = Field(
        None,
        description="The recorded action (which submissions it changed, and from what): undo per submission",
    )
