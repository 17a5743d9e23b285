from __future__ import annotations

import uuid

from pydantic import BaseModel, ConfigDict, Field, StrictBool

from plandesk.core.concurrency import ETagged
from plandesk.core.policy import Role
from plandesk.core.text import EmailText, NameText, StorableText

Strict = ConfigDict(extra="forbid")


class UserCreate(BaseModel):
    model_config = Strict
    email: EmailText
    full_name: NameText = Field(min_length=1, max_length=200)
    role: Role
    unit_id: uuid.UUID | None = None
    password: StorableText = Field(min_length=10, max_length=256)
    active: StrictBool = True
    unit_head: StrictBool = Field(
        default=False, description="Head of the unit: overdue work is escalated to them"
    )


class UserUpdate(BaseModel):
    model_config = Strict
    full_name: NameText | None = Field(default=None, min_length=1, max_length=200)
    role: Role | None = None
    unit_id: uuid.UUID | None = None
    active: StrictBool | None = None
    unit_head: StrictBool | None = Field(
        default=None, description="Head of the unit: overdue work is escalated to them"
    )
    password: StorableText | None = Field(
        default=None, min_length=10, max_length=256, description="Reset the password"
    )


class UserOut(ETagged):
    model_config = ConfigDict(from_attributes=True)
    id: uuid.UUID
    email: str
    full_name: str
    role: Role
    unit_id: uuid.UUID | None
    active: bool
    unit_head: bool = False
