"""Submitting feedback: the public form, meeting minutes typed in by staff, and the receipts."""

from __future__ import annotations

import datetime as dt
import uuid

from pydantic import BaseModel, Field

from plandesk.consultations.schemas import examples as ex
from plandesk.consultations.schemas.common import (
    BODY_MAX,
    CONTRIBUTOR_GROUP_DOC,
    FEEDBACK_STATUS_DOC,
    SINGLE_CHANNEL_DOC,
    ContributorGroup,
    FeedbackStatus,
    SingleChannel,
    Strict,
    with_examples,
)
from plandesk.core.bounds import Int64, SafeDate
from plandesk.core.text import CleanText, NameText

_PII = " Personal data: only moderators and admins ever read it; exports include it only on their request."
_OPINION = {
    "body": ex.OPINION,
    "section_id": ex.SECTION_III_ID,
    "quote": ex.QUOTE,
    "quote_start": ex.QUOTE_START,
    "quote_end": ex.QUOTE_START + len(ex.QUOTE),
    "contributor_group": "citizen",
    "name": "Y Bhin Niê",
    "contact": "0905 000 111",
}


class _Opinion(BaseModel):
    model_config = Strict
    body: CleanText = Field(
        min_length=1, max_length=BODY_MAX, description="The opinion itself, 1 to 10,000 characters."
    )
    section_id: uuid.UUID | None = Field(default=None, description="Stable id of the section commented on")
    quote: CleanText | None = Field(
        default=None,
        min_length=1,
        max_length=BODY_MAX,
        description="The passage of that section the opinion is about, copied exactly; needs section_id.",
    )
    quote_start: Int64 | None = Field(
        default=None, ge=0, description="Offset of the quote in the section text (Unicode code points)"
    )
    quote_end: Int64 | None = Field(
        default=None,
        ge=0,
        description="End offset (exclusive). Give both offsets or neither; text[quote_start:quote_end] must "
        "equal quote.",
    )
    contributor_group: ContributorGroup = Field(default="citizen", description=CONTRIBUTOR_GROUP_DOC)
    name: NameText | None = Field(
        default=None,
        max_length=200,
        description="The contributor's name; optional (anonymous allowed)." + _PII,
    )
    organisation: NameText | None = Field(
        default=None,
        max_length=300,
        description="The organisation the contributor speaks for; optional." + _PII,
    )
    contact: CleanText | None = Field(
        default=None, max_length=300, description="E-mail, phone or address, for an answer; optional." + _PII
    )


class FeedbackCreate(_Opinion):
    """One opinion on the draft under consultation, from the public form or typed in by staff."""

    model_config = with_examples({**_OPINION, "channel": "web"}, {"body": ex.OPINION}, strict=True)
    channel: SingleChannel = Field(default="web", description=SINGLE_CHANNEL_DOC)


class FeedbackReceipt(BaseModel):
    """What a contributor gets back: the receipt code that lets them follow the submission."""

    model_config = with_examples(
        {
            "id": ex.FEEDBACK_ID,
            "consultation_id": ex.CONSULTATION_ID,
            "receipt_code": ex.RECEIPT_CODE,
            "status": "received",
            "submitted_at": "2020-03-12T02:41:07Z",
        }
    )
    id: uuid.UUID = Field(description="The submission's id (for staff; the public uses the receipt code).")
    consultation_id: uuid.UUID = Field(description="The consultation it was submitted to.")
    receipt_code: str = Field(
        description="Keep it: it is the only way to follow this submission (GET /public/feedback/{receipt}). "
        "16 Crockford base32 symbols in four groups; PlanDesk keeps only its digest and cannot tell it again."
    )
    status: FeedbackStatus = Field(description=FEEDBACK_STATUS_DOC)
    submitted_at: dt.datetime = Field(description="When the submission was recorded (UTC).")


class MeetingIn(BaseModel):
    """The meeting where the opinions were gathered (hội nghị lấy ý kiến)."""

    model_config = Strict
    title: NameText = Field(
        min_length=1, max_length=500, description="The meeting's name, as in its minutes."
    )
    held_on: SafeDate = Field(description="The day the meeting was held (local calendar date).")
    location: CleanText | None = Field(
        default=None, max_length=300, description="Where it was held; optional."
    )


class MeetingOpinion(_Opinion):
    """One opinion voiced at the meeting, as the minutes record it (channel: meeting)."""


class MeetingBatchCreate(BaseModel):
    """The opinions gathered at one meeting, recorded together: all are stored, or none."""

    model_config = with_examples(
        {
            "meeting": {
                "title": "Hội nghị lấy ý kiến cựu chiến binh vào dự thảo Báo cáo chính trị",
                "held_on": "2020-03-18",
                "location": "Hội trường Huyện ủy Krông Pắc",
            },
            "unit_id": ex.UNIT_ID,
            "submissions": [
                {
                    **{k: v for k, v in _OPINION.items() if k != "contact"},
                    "contributor_group": "veteran",
                    "name": "Nguyễn Văn Thành",
                    "organisation": "Hội Cựu chiến binh xã Ea Phê",
                },
                {
                    "body": "Đề nghị báo cáo nói rõ hơn việc giáo dục truyền thống cách mạng cho thế hệ trẻ.",
                    "contributor_group": "veteran",
                },
            ],
        },
        strict=True,
    )
    meeting: MeetingIn = Field(description="The meeting the opinions come from.")
    unit_id: uuid.UUID | None = Field(
        default=None, description="The unit that held the meeting (a unit officer's own unit by default)"
    )
    submissions: list[MeetingOpinion] = Field(
        min_length=1, max_length=1000, description="The opinions voiced, 1 to 1,000, each a submission."
    )


class MeetingReceipt(BaseModel):
    """The receipt of one opinion recorded from a meeting."""

    model_config = with_examples({"id": ex.FEEDBACK_ID, "receipt_code": ex.RECEIPT_CODE})
    id: uuid.UUID = Field(description="The submission's id.")
    receipt_code: str = Field(
        description="Its receipt code, to hand to the contributor if they want to follow it."
    )


class MeetingBatchOut(BaseModel):
    """The outcome of recording a meeting: one receipt per opinion, in the order given."""

    model_config = with_examples(
        {
            "meeting_id": ex.MEETING_ID,
            "consultation_id": ex.CONSULTATION_ID,
            "unit_id": ex.UNIT_ID,
            "count": 2,
            "receipts": [
                {"id": ex.FEEDBACK_ID, "receipt_code": ex.RECEIPT_CODE},
                {"id": ex.DUPLICATE_ID, "receipt_code": "M2VB-8NQT-5RXE-3HKA"},
            ],
        }
    )
    meeting_id: uuid.UUID = Field(description="The recorded meeting (filter the queue with meeting_id).")
    consultation_id: uuid.UUID = Field(description="The consultation the opinions were given on.")
    unit_id: uuid.UUID = Field(description="The unit that held the meeting.")
    count: int = Field(description="How many submissions were recorded.")
    receipts: list[MeetingReceipt] = Field(description="One receipt per opinion, in the order given.")


class PublicSectionRef(BaseModel):
    """The section a submission comments on."""

    model_config = with_examples(
        {"id": ex.SECTION_III_ID, "number": "III", "heading": ex.SECTION_III["heading"]}
    )
    id: uuid.UUID = Field(description="The section's stable id.")
    number: str = Field(description='The section\'s number as printed ("III").')
    heading: str = Field(description="The section's heading.")


class PublicFeedbackStatus(BaseModel):
    """A submission as its contributor follows it by receipt code: never the contact details."""

    model_config = with_examples(
        {
            "consultation_id": ex.CONSULTATION_ID,
            "consultation_title": ex.CONSULTATION_TITLE,
            "section": {"id": ex.SECTION_III_ID, "number": "III", "heading": ex.SECTION_III["heading"]},
            "quote": ex.QUOTE,
            "body": ex.OPINION,
            "status": "accepted",
            "submitted_at": "2020-03-12T02:41:07Z",
            "response": ex.ANSWER,
            "responded_at": "2020-04-02T07:20:00Z",
        }
    )
    consultation_id: uuid.UUID = Field(description="The consultation the submission was given on.")
    consultation_title: str = Field(description="Its title.")
    section: PublicSectionRef | None = Field(
        description="The section commented on; null for the whole draft."
    )
    quote: str | None = Field(description="The passage quoted; null when none.")
    body: str = Field(description="The opinion as submitted.")
    status: FeedbackStatus = Field(description=FEEDBACK_STATUS_DOC)
    submitted_at: dt.datetime = Field(description="When it was submitted (UTC).")
    response: str | None = Field(description="The official response (phản hồi), once a moderator gave one.")
    responded_at: dt.datetime | None = Field(description="When the response was given (UTC); null before.")
