"""Answer templates: the moderators' reusable official responses."""

from __future__ import annotations

import datetime as dt
import uuid

from pydantic import BaseModel, Field

from plandesk.consultations.schemas import examples as ex
from plandesk.consultations.schemas.common import BODY_MAX, with_examples
from plandesk.core.concurrency import ETagged
from plandesk.core.text import CleanText, NameText

_TITLE = "Đã tiếp thu vào dự thảo"
_BODY = (
    "Cảm ơn ông/bà đã góp ý. Ban soạn thảo đã tiếp thu ý kiến và chỉnh sửa dự thảo Báo cáo chính trị "
    "trình Đại hội."
)


class TemplateCreate(BaseModel):
    """A new answer template."""

    model_config = with_examples(
        {"title": _TITLE, "body": _BODY, "consultation_id": ex.CONSULTATION_ID}, strict=True
    )
    title: NameText = Field(min_length=1, max_length=200, description="A short name moderators pick it by.")
    body: CleanText = Field(
        min_length=1, max_length=BODY_MAX, description="The response text the contributor will read."
    )
    consultation_id: uuid.UUID | None = Field(default=None, description="Null: usable in every consultation")


class TemplateUpdate(BaseModel):
    """Changes to an answer template; omitted fields stay as they are."""

    model_config = with_examples({"body": _BODY}, strict=True)
    title: NameText | None = Field(default=None, min_length=1, max_length=200, description="A new name.")
    body: CleanText | None = Field(
        default=None,
        min_length=1,
        max_length=BODY_MAX,
        description="A new text (answers already given keep the text they were given).",
    )


class TemplateOut(ETagged):
    """A saved answer template."""

    model_config = with_examples(
        {
            "id": ex.TEMPLATE_ID,
            "consultation_id": ex.CONSULTATION_ID,
            "title": _TITLE,
            "body": _BODY,
            "created_at": "2020-03-15T02:00:00Z",
            "updated_at": "2020-03-15T02:00:00Z",
            "etag": ex.TEMPLATE_ETAG,
        }
    )
    id: uuid.UUID = Field(description="The template's id.")
    consultation_id: uuid.UUID | None = Field(
        description="The consultation it belongs to; null: all of them."
    )
    title: str = Field(description="Its short name.")
    body: str = Field(description="The response text.")
    created_at: dt.datetime = Field(description="When it was saved (UTC).")
    updated_at: dt.datetime = Field(description="When it last changed (UTC).")
