from __future__ import annotations

import uuid

from pydantic import BaseModel, ConfigDict, Field, StrictBool

from plandesk.core.concurrency import ETagged
from plandesk.core.policy import Scope
from plandesk.core.text import NameText, StorableText

Strict = ConfigDict(use_attribute_docstrings=True, extra="forbid")


class LoginRequest(BaseModel):
    model_config = Strict
    email: StorableText = Field(min_length=3, max_length=320)
    """The e-mail address of the account."""
    password: StorableText = Field(min_length=1, max_length=256)
    """The account's password. Failed attempts are rate limited (429 with Retry-After)."""


class RefreshRequest(BaseModel):
    model_config = Strict
    refresh_token: StorableText | None = Field(
        default=None, max_length=200, description="Omit to use the HttpOnly refresh cookie."
    )


class LogoutRequest(RefreshRequest):
    pass


class PasswordChange(BaseModel):
    model_config = Strict
    current_password: StorableText = Field(min_length=1, max_length=256)
    """The password in use now, to confirm it is the user."""
    new_password: StorableText = Field(min_length=10, max_length=256)
    """The new password, 10–256 characters; other sessions' refresh tokens are revoked."""


class TokenResponse(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    access_token: str
    """A JWT to send as `Authorization: Bearer …`; valid for `expires_in` seconds (15 minutes)."""
    token_type: str = "bearer"
    """Always `bearer`."""
    expires_in: int = Field(description="Seconds until the access token expires")
    refresh_token: str | None = Field(default=None, description="Absent for service accounts")
    refresh_expires_in: int | None = None
    """Seconds until the refresh token expires; null when there is none."""


class Me(BaseModel):
    model_config = ConfigDict(use_attribute_docstrings=True)
    id: uuid.UUID
    """The user's or service account's id."""
    kind: str = Field(description="user or service_account")
    email: str | None
    """The user's e-mail; null for a service account."""
    full_name: str | None
    """The user's full name; null for a service account."""
    role: str
    """The role (`admin`, `coordinator`, `unit_officer`, `moderator`, `viewer`), or `service` for a
    service account."""
    unit_id: uuid.UUID | None
    """The user's unit, if any."""
    unit_name: str | None
    """The name of the user's unit, if any."""
    scopes: list[Scope]
    """A service account's scopes (`plans:read`, `tasks:read`, `tasks:write`, `feedback:read`,
    `feedback:write`, `notifications:read`); empty for a user."""
    permissions: list[str]
    """Every permission the caller holds (e.g. `tasks:write`, `progress:post`), from the role or scopes:
    the web client shows or hides actions by them."""


class ServiceAccountCreate(BaseModel):
    model_config = Strict
    name: NameText = Field(min_length=1, max_length=200)
    """What the integration is ("Cổng thông tin điện tử tỉnh"), 1–200 characters."""
    scopes: list[Scope] = Field(min_length=1)
    """What the account may do: `plans:read`, `tasks:read`, `tasks:write` (update assignments, post
    progress), `feedback:read`, `feedback:write` (submit feedback), `notifications:read`. At least
    one."""


class ServiceAccountUpdate(BaseModel):
    model_config = Strict
    name: NameText | None = Field(default=None, min_length=1, max_length=200)
    """What the integration is ("Cổng thông tin điện tử tỉnh"), 1–200 characters."""
    scopes: list[Scope] | None = Field(default=None, min_length=1)
    """What the account may do: `plans:read`, `tasks:read`, `tasks:write` (update assignments, post
    progress), `feedback:read`, `feedback:write` (submit feedback), `notifications:read`. At least
    one."""
    active: StrictBool | None = None
    """False blocks the account at once: the client-credentials grant is refused and its tokens stop
    working."""


class ServiceAccountOut(ETagged):
    model_config = ConfigDict(use_attribute_docstrings=True)
    id: uuid.UUID
    """The service account's id (UUID)."""
    name: str
    """What the integration is ("Cổng thông tin điện tử tỉnh"), 1–200 characters."""
    client_id: str
    """The `client_id` to send with the client-credentials grant at POST /auth/token."""
    scopes: list[Scope]
    """A service account's scopes (`plans:read`, `tasks:read`, `tasks:write`, `feedback:read`,
    `feedback:write`, `notifications:read`); empty for a user."""
    active: bool
    """False blocks the account at once: the client-credentials grant is refused and its tokens stop
    working."""


class ServiceAccountWithSecret(ServiceAccountOut):
    client_secret: str = Field(description="Shown once; store it now")
