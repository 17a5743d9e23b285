from __future__ import annotations

import uuid

from pydantic import BaseModel, ConfigDict, Field, StrictBool

from plandesk.core.concurrency import ETagged
from plandesk.core.policy import Role
from plandesk.core.text import EmailText, NameText, StorableText

Strict = ConfigDict(use_attribute_docstrings=True, extra="forbid")


class UserCreate(BaseModel):
    model_config = Strict
    email: EmailText
    """The address the user signs in with; unique, compared case-insensitively. Notifications go there
    when e-mail is on."""
    full_name: NameText = Field(min_length=1, max_length=200)
    """The user's full name as shown to others ("Trần Thị Bích"), 1–200 characters."""
    role: Role
    """The user's role: `admin` (everything, incl. users and service accounts), `coordinator` (runs
    plans: tasks, urging, consultations, reviews), `unit_officer` (updates their own unit's
    assignments and reports; needs `unit_id`), `moderator` (moderates feedback, sees contributors'
    contacts) or `viewer` (reads)."""
    unit_id: uuid.UUID | None = None
    """The unit the user works for; required for `unit_officer` (422 otherwise), optional for other
    roles."""
    password: StorableText = Field(min_length=10, max_length=256)
    """The initial password, 10–256 characters; stored only as an argon2 hash. The user should change it
    at first sign-in."""
    active: StrictBool = True
    """False blocks the user at once: their tokens stop working on the next request and they cannot sign
    in."""
    unit_head: StrictBool = Field(
        default=False, description="Head of the unit: overdue work is escalated to them"
    )


class UserUpdate(BaseModel):
    model_config = Strict
    full_name: NameText | None = Field(default=None, min_length=1, max_length=200)
    """The user's full name as shown to others ("Trần Thị Bích"), 1–200 characters."""
    role: Role | None = None
    """The user's role: `admin` (everything, incl. users and service accounts), `coordinator` (runs
    plans: tasks, urging, consultations, reviews), `unit_officer` (updates their own unit's
    assignments and reports; needs `unit_id`), `moderator` (moderates feedback, sees contributors'
    contacts) or `viewer` (reads)."""
    unit_id: uuid.UUID | None = None
    """The unit the user works for; required for `unit_officer` (422 otherwise), optional for other
    roles."""
    active: StrictBool | None = None
    """False blocks the user at once: their tokens stop working on the next request and they cannot sign
    in."""
    unit_head: StrictBool | None = Field(
        default=None, description="Head of the unit: overdue work is escalated to them"
    )
    password: StorableText | None = Field(
        default=None, min_length=10, max_length=256, description="Reset the password"
    )


class UserOut(ETagged):
    model_config = ConfigDict(use_attribute_docstrings=True, from_attributes=True)
    id: uuid.UUID
    """The user's id (UUID); audit entries and progress updates name the author by it."""
    email: str
    """The address the user signs in with; unique, compared case-insensitively. Notifications go there
    when e-mail is on."""
    full_name: str
    """The user's full name as shown to others ("Trần Thị Bích"), 1–200 characters."""
    role: Role
    """The user's role: `admin` (everything, incl. users and service accounts), `coordinator` (runs
    plans: tasks, urging, consultations, reviews), `unit_officer` (updates their own unit's
    assignments and reports; needs `unit_id`), `moderator` (moderates feedback, sees contributors'
    contacts) or `viewer` (reads)."""
    unit_id: uuid.UUID | None
    """The unit the user works for; required for `unit_officer` (422 otherwise), optional for other
    roles."""
    active: bool
    """False blocks the user at once: their tokens stop working on the next request and they cannot sign
    in."""
    unit_head: bool = False
    """Head of the unit: overdue work of the unit is escalated to them."""
