"""Who may do what: the role table of DESIGN.md in one place.

Every route declares its requirement with :func:`requires` (or marks itself
public with :func:`public`); ``tests/test_route_policy.py`` walks all routes
and fails on one that declares neither.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field
from typing import Any


class Role(enum.StrEnum):
    admin = "admin"
    coordinator = "coordinator"
    unit_officer = "unit_officer"
    moderator = "moderator"
    viewer = "viewer"


SERVICE_ROLE = "service"


class Scope(enum.StrEnum):
    plans_read = "plans:read"
    tasks_read = "tasks:read"
    tasks_write = "tasks:write"
    feedback_read = "feedback:read"
    feedback_write = "feedback:write"


class Permission(enum.StrEnum):
    users_read = "users:read"
    users_write = "users:write"
    units_read = "units:read"
    units_write = "units:write"
    service_accounts_write = "service_accounts:write"
    plans_read = "plans:read"
    plans_write = "plans:write"
    tasks_read = "tasks:read"
    tasks_write = "tasks:write"
    assignments_update = "assignments:update"  # own unit only, unless also tasks:write
    progress_post = "progress:post"
    tasks_urge = "tasks:urge"
    documents_read = "documents:read"
    documents_write = "documents:write"
    feedback_submit = "feedback:submit"
    feedback_submit_batch = "feedback:submit_batch"
    feedback_read = "feedback:read"
    feedback_contacts = "feedback:contacts"
    feedback_moderate = "feedback:moderate"
    audit_read = "audit:read"
    calendar_read = "calendar:read"
    # Reports (closing the loop): periodic unit reports, baselines, reviews.
    reports_read = "reports:read"
    reports_write = "reports:write"  # own unit only, unless admin
    reports_review = "reports:review"
    reviews_write = "reviews:write"

    webhooks_manage = "webhooks:manage"  # coordinators: only endpoints filtered to plans they coordinate
    jobs_admin = "jobs:admin"
    system_status = "system:status"  # admin: the operations status page


P = Permission
_READ_ALL = {P.units_read, P.plans_read, P.tasks_read, P.documents_read, P.calendar_read, P.reports_read}

ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    Role.admin: frozenset(Permission),
    Role.coordinator: frozenset(
        _READ_ALL
        | {
            P.users_read,
            P.plans_write,
            P.tasks_write,
            P.assignments_update,
            P.progress_post,
            P.tasks_urge,
            P.documents_write,
            P.feedback_submit,
            P.feedback_submit_batch,
            P.feedback_read,
            P.audit_read,
            P.reports_review,
            P.reviews_write,
            P.webhooks_manage,
        }
    ),
    Role.unit_officer: frozenset(
        _READ_ALL
        | {P.assignments_update, P.progress_post, P.feedback_submit, P.feedback_submit_batch, P.reports_write}
    ),
    Role.moderator: frozenset(
        _READ_ALL | {P.feedback_submit, P.feedback_read, P.feedback_contacts, P.feedback_moderate}
    ),
    Role.viewer: frozenset(_READ_ALL | {P.feedback_read}),
}

SCOPE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    Scope.plans_read: frozenset(
        {P.plans_read, P.units_read, P.documents_read, P.calendar_read, P.reports_read}
    ),
    Scope.tasks_read: frozenset({P.tasks_read, P.units_read}),
    Scope.tasks_write: frozenset({P.tasks_read, P.tasks_write, P.assignments_update, P.progress_post}),
    Scope.feedback_read: frozenset({P.feedback_read, P.documents_read}),
    Scope.feedback_write: frozenset({P.feedback_submit, P.feedback_submit_batch}),
}

# Permissions that let a caller act on any unit's assignments, not only their own.
ALL_UNITS_PERMISSION = P.tasks_write


@dataclass(frozen=True)
class Principal:
    """The authenticated caller: a user or a service account."""

    id: uuid.UUID
    role: str
    unit_id: uuid.UUID | None = None
    scopes: frozenset[str] = field(default_factory=frozenset)
    is_service: bool = False
    email: str | None = None

    @property
    def permissions(self) -> frozenset[Permission]:
        if self.is_service:
            perms: set[Permission] = set()
            for scope in self.scopes:
                perms |= SCOPE_PERMISSIONS.get(scope, frozenset())
            return frozenset(perms)
        return ROLE_PERMISSIONS.get(self.role, frozenset())

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions

    def acts_for_unit(self, unit_id: uuid.UUID) -> bool:
        """May this caller update work owed by ``unit_id``?"""
        if self.can(ALL_UNITS_PERMISSION):
            return True
        return self.can(P.assignments_update) and self.unit_id == unit_id

    @property
    def audit_actor(self) -> str:
        return f"service:{self.id}" if self.is_service else str(self.id)


def role_can(role: str, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS.get(role, frozenset())


# Marker attributes read by the route walk test.
REQUIREMENT_ATTR = "__plandesk_requires__"
PUBLIC_ATTR = "__plandesk_public__"


def mark_requirement(fn: Any, permissions: tuple[Permission, ...]) -> Any:
    setattr(fn, REQUIREMENT_ATTR, permissions)
    return fn


def mark_public(fn: Any, reason: str) -> Any:
    setattr(fn, PUBLIC_ATTR, reason)
    return fn
