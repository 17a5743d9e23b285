from __future__ import annotations

import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool

from plandesk.core.concurrency import ETagged
from plandesk.core.text import NameText, StorableText

UnitKind = Literal["party_committee", "department", "mass_org", "media", "district", "other"]
Strict = ConfigDict(extra="forbid")


class UnitCreate(BaseModel):
    model_config = Strict
    name: NameText = Field(min_length=1, max_length=300)
    short_name: NameText | None = Field(default=None, max_length=80)
    kind: UnitKind = "other"
    parent_id: uuid.UUID | None = None
    active: StrictBool = True


class UnitUpdate(BaseModel):
    model_config = Strict
    name: NameText | None = Field(default=None, min_length=1, max_length=300)
    short_name: NameText | None = Field(default=None, max_length=80)
    kind: UnitKind | None = None
    parent_id: uuid.UUID | None = None
    active: StrictBool | None = None


class UnitOut(ETagged):
    model_config = ConfigDict(from_attributes=True)
    id: uuid.UUID
    name: str
    short_name: str | None
    kind: UnitKind
    parent_id: uuid.UUID | None
    active: bool


class UnitGroupCreate(BaseModel):
    model_config = Strict
    name: NameText = Field(min_length=1, max_length=300)
    description: StorableText | None = Field(default=None, max_length=2000)
    unit_ids: list[uuid.UUID] = Field(default_factory=list, max_length=500)


class UnitGroupUpdate(BaseModel):
    model_config = Strict
    name: NameText | None = Field(default=None, min_length=1, max_length=300)
    description: StorableText | None = Field(default=None, max_length=2000)
    unit_ids: list[uuid.UUID] | None = Field(default=None, max_length=500)


class UnitGroupOut(ETagged):
    id: uuid.UUID
    name: str
    description: str | None
    unit_ids: list[uuid.UUID]
    awaiting_members: bool = Field(
        description="No member units yet: tasks addressed to the group wait for them to be chosen"
    )
