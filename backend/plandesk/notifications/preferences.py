"""A user's notification preferences: language, e-mail mode, digest hour, quiet hours, kinds."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.core import localtime
from plandesk.core.concurrency import check_if_match
from plandesk.core.errors import InvalidInput
from plandesk.notifications.kinds import KINDS
from plandesk.notifications.models import NotificationPreference

FIELDS = ("language", "email_mode", "digest_hour", "quiet_start_hour", "quiet_end_hour")


def defaults(user_id: uuid.UUID) -> NotificationPreference:
    """The preferences of a user who never set any (version 0: not stored yet)."""
    return NotificationPreference(
        user_id=user_id,
        language="vi",
        email_mode="immediate",
        kinds={},
        digest_hour=7,
        quiet_start_hour=None,
        quiet_end_hour=None,
        version=0,
    )


async def get(session: AsyncSession, user_id: uuid.UUID) -> NotificationPreference:
    return await session.get(NotificationPreference, user_id) or defaults(user_id)


def view(prefs: NotificationPreference, email_enabled: bool) -> dict[str, Any]:
    chosen = prefs.kinds or {}
    return {
        **{f: getattr(prefs, f) for f in FIELDS},
        "kinds": [
            {
                "kind": name,
                "description": kind.description,
                "in_app": bool((chosen.get(name) or {}).get("in_app", kind.in_app)),
                "email": bool((chosen.get(name) or {}).get("email", kind.email)),
            }
            for name, kind in KINDS.items()
        ],
        "email_enabled": email_enabled,
        "timezone": localtime.zone_name(),
    }


async def put(
    session: AsyncSession, user_id: uuid.UUID, if_match: str, data: dict[str, Any]
) -> NotificationPreference:
    """Replace the preferences (``If-Match`` of what was read; version 0 before the first save)."""
    prefs = await session.get(NotificationPreference, user_id)
    check_if_match(if_match, user_id, prefs.version if prefs else 0)
    if (data["quiet_start_hour"] is None) != (data["quiet_end_hour"] is None):
        raise InvalidInput(
            "Quiet hours need both a start and an end hour (or neither).",
            errors=[{"loc": ["body", "quiet_end_hour"], "msg": "set both quiet hours or neither"}],
        )
    kinds = {k["kind"]: {"in_app": k["in_app"], "email": k["email"]} for k in data["kinds"]}
    if prefs is None:
        prefs = NotificationPreference(user_id=user_id, kinds={})
        session.add(prefs)
    for field in FIELDS:
        setattr(prefs, field, data[field])
    prefs.kinds = {**(prefs.kinds or {}), **kinds}
    await session.commit()
    return prefs


async def unsubscribe(session: AsyncSession, user_id: uuid.UUID) -> NotificationPreference:
    """One-click unsubscribe (List-Unsubscribe-Post): e-mail off, the app keeps notifying."""
    prefs = await session.get(NotificationPreference, user_id)
    if prefs is None:
        prefs = NotificationPreference(user_id=user_id, kinds={})
        session.add(prefs)
    prefs.email_mode = "off"
    await session.commit()
    return prefs
