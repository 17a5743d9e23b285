"""The notification API: my notifications, my preferences, a plan's reminder rules, a unit's feed."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Response

from plandesk.auth.deps import AppSettings, Session, public, requires
from plandesk.core.concurrency import if_match_header, set_etag
from plandesk.core.errors import InvalidInput, NotFound, error_responses
from plandesk.core.pagination import PageParams, page_params
from plandesk.core.policy import Permission, Principal
from plandesk.core.text import CleanText
from plandesk.notifications import inbox, preferences, rules
from plandesk.notifications.email import email_enabled, user_for_unsubscribe_token
from plandesk.notifications.schemas import (
    MarkedRead,
    MarkRead,
    NotificationOut,
    NotificationPage,
    PreferencesIn,
    PreferencesOut,
    ReminderRulesIn,
    ReminderRulesOut,
    UnitNotificationOut,
    UnitNotificationPage,
    UnreadCount,
    UnsubscribeResult,
)
from plandesk.units.service import get_unit

router = APIRouter(tags=["notifications"])

Me = Annotated[Principal, Depends(requires(Permission.notifications_own))]
Coordinator = Annotated[Principal, Depends(requires(Permission.plans_write))]
Gateway = Annotated[Principal, Depends(requires(Permission.notifications_unit))]


def _user_only(principal: Principal) -> uuid.UUID:
    if principal.is_service:
        raise InvalidInput("Service accounts have no notifications of their own; read a unit's.")
    return principal.id


@router.get(
    "/me/notifications",
    response_model=NotificationPage,
    summary="My notifications, newest first (cursor-paginated; unread=true for the unread only)",
    responses=error_responses(401, 403, 422),
)
async def list_my_notifications(
    session: Session,
    principal: Me,
    page: Annotated[PageParams, Depends(page_params)],
    unread: Annotated[bool, Query(description="Only those not yet read")] = False,
) -> NotificationPage:
    """The caller's notifications, newest first, with the unread count (the bell) on every page;
    `unread=true` keeps only those not yet read. Each carries its texts in the language chosen when it
    was written, a link into the app and the facts behind it (`data`). Notifications withdrawn since
    (a deadline moved) are not listed. Who may call: every signed-in user, for their own; service
    accounts have none (422: read a unit's feed instead)."""
    user_id = _user_only(principal)
    items, cursor = await inbox.list_for_user(session, user_id, page, unread=unread)
    count, _ = await inbox.unread_state(session, user_id)
    return NotificationPage(
        items=[NotificationOut.model_validate(i) for i in items], next_cursor=cursor, unread=count
    )


@router.get(
    "/me/notifications/unread-count",
    response_model=UnreadCount,
    summary="My unread count (the bell): poll with If-None-Match, 304 while nothing changed",
    responses={304: {"description": "Not modified"}, **error_responses(401, 403)},
)
async def my_unread_count(
    session: Session,
    principal: Me,
    response: Response,
    if_none_match: Annotated[
        CleanText | None, Header(alias="If-None-Match", max_length=200, description="The ETag last seen")
    ] = None,
) -> UnreadCount | Response:
    """The caller's unread count, for the bell. Cheap to poll: the answer carries an ETag that changes
    whenever the count or the newest unread notification does; send it back as If-None-Match and the
    answer is 304 with no body while nothing changed. Who may call: every signed-in user; service
    accounts have none (422)."""
    count, etag = await inbox.unread_state(session, _user_only(principal))
    if if_none_match and etag in [t.strip().removeprefix("W/") for t in if_none_match.split(",")]:
        return Response(status_code=304, headers={"ETag": etag, "Cache-Control": "no-cache"})
    response.headers["ETag"] = etag
    response.headers["Cache-Control"] = "no-cache"
    return UnreadCount(unread=count)


@router.post(
    "/me/notifications/read",
    response_model=MarkedRead,
    summary="Mark my notifications read: the ids given, or all of them (all=true)",
    responses=error_responses(401, 403, 422),
)
async def mark_my_notifications_read(body: MarkRead, session: Session, principal: Me) -> MarkedRead:
    """Mark the caller's notifications read: the `ids` given (others' and already-read ones are skipped),
    or every unread one with `all: true`. One of the two is required (422). Answers how many were
    marked and the unread count afterwards. Who may call: every signed-in user, for their own;
    service accounts have none (422)."""
    user_id = _user_only(principal)
    if not body.all and not body.ids:
        raise InvalidInput(
            "Name the notifications to mark (ids) or send all=true.",
            errors=[{"loc": ["body", "ids"], "msg": "ids or all=true required"}],
        )
    marked = await inbox.mark_read(session, user_id, body.ids, body.all)
    count, _ = await inbox.unread_state(session, user_id)
    return MarkedRead(marked=marked, unread=count)


@router.get(
    "/me/notification-preferences",
    response_model=PreferencesOut,
    summary="My notification preferences: kinds, channels, digest or immediate, quiet hours",
    responses=error_responses(401, 403),
)
async def get_my_preferences(
    session: Session, principal: Me, response: Response, settings: AppSettings
) -> PreferencesOut:
    """The caller's notification preferences: language, e-mail mode (immediate, daily digest or off),
    digest hour, quiet hours, and for every kind whether it shows in the app and goes by e-mail (the
    kind's default until changed). `email_enabled` is false when the server sends no e-mail. The
    answer's ETag (that of the defaults before the first save) is the If-Match of the PUT. Who may
    call: every signed-in user, for their own; service accounts have none (422)."""
    user_id = _user_only(principal)
    prefs = await preferences.get(session, user_id)
    set_etag(response, user_id, prefs.version)
    return PreferencesOut.model_validate(preferences.view(prefs, email_enabled(settings)))


@router.put(
    "/me/notification-preferences",
    response_model=PreferencesOut,
    summary="Replace my notification preferences (If-Match: the ETag read)",
    responses=error_responses(401, 403, 412, 422, 428),
)
async def put_my_preferences(
    body: PreferencesIn,
    session: Session,
    principal: Me,
    response: Response,
    settings: AppSettings,
    if_match: Annotated[str, Depends(if_match_header)],
) -> PreferencesOut:
    """Replace the caller's preferences; kinds not listed keep their earlier choice. Requires If-Match
    with the ETag read: 428 without it, 412 when they changed since. Quiet hours need both hours or
    neither (422). Notifications already written keep their language; the new choices apply from
    now on. Who may call: every signed-in user, for their own; service accounts have none (422)."""
    user_id = _user_only(principal)
    prefs = await preferences.put(session, user_id, if_match, body.model_dump())
    set_etag(response, user_id, prefs.version)
    return PreferencesOut.model_validate(preferences.view(prefs, email_enabled(settings)))


@router.get(
    "/plans/{plan_id}/reminder-rules",
    response_model=ReminderRulesOut,
    summary="A plan's reminder schedule (coordinators, admins)",
    responses=error_responses(401, 403, 404),
)
async def get_reminder_rules(
    plan_id: uuid.UUID, session: Session, _: Coordinator, response: Response
) -> ReminderRulesOut:
    """When the plan's assigned units are reminded of their deadlines: day offsets from each assignment's
    resolved due date, weekly reminders while overdue, when overdue work is escalated to the
    coordinators and unit heads, and whether supporting units are reminded. A plan that never saved
    its own gets the default (`is_default: true`). The answer's ETag is the If-Match of the PUT. 404
    for an unknown plan. Who may call: admins and coordinators."""
    found = await rules.get(session, plan_id)
    set_etag(response, plan_id, found.version if found else 0)
    return ReminderRulesOut.model_validate(rules.view(plan_id, found))


@router.put(
    "/plans/{plan_id}/reminder-rules",
    response_model=ReminderRulesOut,
    summary="Replace a plan's reminder schedule (its coordinators, admins; If-Match: the ETag read)",
    responses=error_responses(401, 403, 404, 412, 422, 428),
)
async def put_reminder_rules(
    plan_id: uuid.UUID,
    body: ReminderRulesIn,
    session: Session,
    actor: Coordinator,
    response: Response,
    if_match: Annotated[str, Depends(if_match_header)],
) -> ReminderRulesOut:
    """Replace the plan's reminder schedule; the next reminder scan plans the plan's reminders again with
    it (a reminder already sent is not sent twice). Requires If-Match with the ETag read: 428 without
    it, 412 when it changed since. Audited. 404 for an unknown plan. Who may call: admins, and the
    plan's own coordinators (403 for other coordinators)."""
    saved = await rules.put(session, actor, plan_id, if_match, body.model_dump())
    set_etag(response, plan_id, saved.version)
    return ReminderRulesOut.model_validate(rules.view(plan_id, saved))


@router.get(
    "/units/{unit_id}/notifications",
    response_model=UnitNotificationPage,
    summary="A unit's users' notifications, newest first (push gateways: scope notifications:read; admins)",
    responses=error_responses(401, 403, 404, 422),
)
async def list_unit_notifications(
    unit_id: uuid.UUID,
    session: Session,
    _: Gateway,
    page: Annotated[PageParams, Depends(page_params)],
) -> UnitNotificationPage:
    """The notifications of a unit's users, newest first, each with its user and unit: the feed a push
    gateway (an SMS or chat relay for the unit) reads to forward them. Withdrawn notifications are not
    listed. 404 for an unknown (or deleted) unit. Who may call: admins, and service accounts with the
    `notifications:read` scope."""
    await get_unit(session, unit_id)
    items, cursor = await inbox.list_for_unit(session, unit_id, page)
    return UnitNotificationPage(
        items=[UnitNotificationOut.model_validate(i) for i in items], next_cursor=cursor
    )


@router.post(
    "/notifications/unsubscribe",
    response_model=UnsubscribeResult,
    summary="One-click unsubscribe from e-mail (List-Unsubscribe-Post; the link's signed token)",
    responses=error_responses(404, 422),
    dependencies=[Depends(public("Mail clients unsubscribe without signing in: the token is signed"))],
)
async def unsubscribe(
    session: Session,
    settings: AppSettings,
    token: Annotated[CleanText, Query(min_length=10, max_length=200, description="From the e-mail's link")],
) -> UnsubscribeResult:
    """One-click unsubscribe (RFC 8058 List-Unsubscribe-Post) from the link in every notification
    e-mail: turns the recipient's e-mail off (`email_mode: off`); the app keeps notifying. Needs no
    sign-in: the `token` in the link is signed for that user. 404 for a token that is not valid
    or whose user no longer exists. Who may call: anyone holding the link."""
    user_id = user_for_unsubscribe_token(settings, token)
    if user_id is None:
        raise NotFound("unsubscribe token")
    try:
        prefs = await preferences.unsubscribe(session, user_id)
    except Exception as exc:  # the user is gone (the foreign key refused)
        await session.rollback()
        raise NotFound("unsubscribe token") from exc
    return UnsubscribeResult(email_mode=prefs.email_mode)
