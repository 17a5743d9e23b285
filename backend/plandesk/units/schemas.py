from __future__ import annotations

import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool

from plandesk.core.concurrency import ETagged
from plandesk.core.text import NameText, StorableText

UnitKind = Literal["party_committee", "department", "mass_org", "media", "district", "other"]
Strict = ConfigDict(use_attribute_docstrings=True, extra="forbid")


class UnitCreate(BaseModel):
    model_config = Strict
    name: NameText = Field(min_length=1, max_length=300)
    """The unit's full name as used in plans ("Ban Tuyên giáo Tỉnh ủy"), 1–300 characters; searched
    diacritic-insensitively."""
    short_name: NameText | None = Field(default=None, max_length=80)
    """A short name for tight screens ("BTG", "Báo ĐL"); null when none. At most 80 characters."""
    kind: UnitKind = "other"
    """What sort of unit: `party_committee` (a party committee, e.g. Tỉnh ủy, huyện ủy), `department` (a
    party board or state department, e.g. Ban Tuyên giáo Tỉnh ủy), `mass_org` (Mặt trận, Đoàn, Hội
    …), `media` (newspaper, radio-television), `district` (a district-level body) or `other`."""
    parent_id: uuid.UUID | None = None
    """The unit this one belongs to in the hierarchy (a huyện ủy's board under the huyện ủy); null at
    the top. A unit cannot be its own ancestor."""
    active: StrictBool = True
    """False for a unit that no longer exists or takes work: it keeps its history but gets no new
    assignments, and groups skip it."""


class UnitUpdate(BaseModel):
    model_config = Strict
    name: NameText | None = Field(default=None, min_length=1, max_length=300)
    """The unit's full name as used in plans ("Ban Tuyên giáo Tỉnh ủy"), 1–300 characters; searched
    diacritic-insensitively."""
    short_name: NameText | None = Field(default=None, max_length=80)
    """A short name for tight screens ("BTG", "Báo ĐL"); null when none. At most 80 characters."""
    kind: UnitKind | None = None
    """What sort of unit: `party_committee` (a party committee, e.g. Tỉnh ủy, huyện ủy), `department` (a
    party board or state department, e.g. Ban Tuyên giáo Tỉnh ủy), `mass_org` (Mặt trận, Đoàn, Hội
    …), `media` (newspaper, radio-television), `district` (a district-level body) or `other`."""
    parent_id: uuid.UUID | None = None
    """The unit this one belongs to in the hierarchy (a huyện ủy's board under the huyện ủy); null at
    the top. A unit cannot be its own ancestor."""
    active: StrictBool | None = None
    """False for a unit that no longer exists or takes work: it keeps its history but gets no new
    assignments, and groups skip it."""


class UnitOut(ETagged):
    model_config = ConfigDict(use_attribute_docstrings=True, from_attributes=True)
    id: uuid.UUID
    """The unit's id (UUID)."""
    name: str
    """The unit's full name as used in plans ("Ban Tuyên giáo Tỉnh ủy"), 1–300 characters; searched
    diacritic-insensitively."""
    short_name: str | None
    """A short name for tight screens ("BTG", "Báo ĐL"); null when none. At most 80 characters."""
    kind: UnitKind
    """What sort of unit: `party_committee` (a party committee, e.g. Tỉnh ủy, huyện ủy), `department` (a
    party board or state department, e.g. Ban Tuyên giáo Tỉnh ủy), `mass_org` (Mặt trận, Đoàn, Hội
    …), `media` (newspaper, radio-television), `district` (a district-level body) or `other`."""
    parent_id: uuid.UUID | None
    """The unit this one belongs to in the hierarchy (a huyện ủy's board under the huyện ủy); null at
    the top. A unit cannot be its own ancestor."""
    active: bool
    """False for a unit that no longer exists or takes work: it keeps its history but gets no new
    assignments, and groups skip it."""


class UnitGroupCreate(BaseModel):
    model_config = Strict
    name: NameText = Field(min_length=1, max_length=300)
    """The group's name as the plan addresses it ("Các huyện ủy, thị ủy, thành ủy và đảng ủy trực
    thuộc"), 1–300 characters."""
    description: StorableText | None = Field(default=None, max_length=2000)
    """Notes on who belongs and why; null when none. At most 2000 characters."""
    unit_ids: list[uuid.UUID] = Field(default_factory=list, max_length=500)
    """The member units; a task addressed to the group gives each active member its own assignment. At
    most 500. On update, null leaves the members as they are."""


class UnitGroupUpdate(BaseModel):
    model_config = Strict
    name: NameText | None = Field(default=None, min_length=1, max_length=300)
    """The group's name as the plan addresses it ("Các huyện ủy, thị ủy, thành ủy và đảng ủy trực
    thuộc"), 1–300 characters."""
    description: StorableText | None = Field(default=None, max_length=2000)
    """Notes on who belongs and why; null when none. At most 2000 characters."""
    unit_ids: list[uuid.UUID] | None = Field(default=None, max_length=500)
    """The member units; a task addressed to the group gives each active member its own assignment. At
    most 500. On update, null leaves the members as they are."""


class UnitGroupOut(ETagged):
    model_config = ConfigDict(use_attribute_docstrings=True)
    id: uuid.UUID
    """The group's id (UUID)."""
    name: str
    """The group's name as the plan addresses it ("Các huyện ủy, thị ủy, thành ủy và đảng ủy trực
    thuộc"), 1–300 characters."""
    description: str | None
    """Notes on who belongs and why; null when none. At most 2000 characters."""
    unit_ids: list[uuid.UUID]
    """The member units; a task addressed to the group gives each active member its own assignment. At
    most 500. On update, null leaves the members as they are."""
    awaiting_members: bool = Field(
        description="No member units yet: tasks addressed to the group wait for them to be chosen"
    )
