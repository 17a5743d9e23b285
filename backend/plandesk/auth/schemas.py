from __future__ import annotations

import uuid

from pydantic import BaseModel, ConfigDict, Field, StrictBool

from plandesk.core.concurrency import ETagged
from plandesk.core.policy import Scope
from plandesk.core.text import NameText, StorableText

Strict = ConfigDict(extra="forbid")


class LoginRequest(BaseModel):
    model_config = Strict
    email: StorableText = Field(min_length=3, max_length=320)
    password: StorableText = Field(min_length=1, max_length=256)


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
    new_password: StorableText = Field(min_length=10, max_length=256)


class TokenResponse(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int = Field(description="Seconds until the access token expires")
    refresh_token: str | None = Field(default=None, description="Absent for service accounts")
    refresh_expires_in: int | None = None


class Me(BaseModel):
    id: uuid.UUID
    kind: str = Field(description="user or service_account")
    email: str | None
    full_name: str | None
    role: str
    unit_id: uuid.UUID | None
    unit_name: str | None
    scopes: list[Scope]
    permissions: list[str]


class ServiceAccountCreate(BaseModel):
    model_config = Strict
    name: NameText = Field(min_length=1, max_length=200)
    scopes: list[Scope] = Field(min_length=1)


class ServiceAccountUpdate(BaseModel):
    model_config = Strict
    name: NameText | None = Field(default=None, min_length=1, max_length=200)
    scopes: list[Scope] | None = Field(default=None, min_length=1)
    active: StrictBool | None = None


class ServiceAccountOut(ETagged):
    id: uuid.UUID
    name: str
    client_id: str
    scopes: list[Scope]
    active: bool


class ServiceAccountWithSecret(ServiceAccountOut):
    client_secret: str = Field(description="Shown once; store it now")
