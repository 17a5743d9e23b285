import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_audit_entry_out import PageAuditEntryOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    entity: None | str | Unset = UNSET,
    entity_id: None | str | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_entity: None | str | Unset
    if isinstance(entity, Unset):
        json_entity = UNSET
    else:
        json_entity = entity
    params["entity"] = json_entity

    json_entity_id: None | str | Unset
    if isinstance(entity_id, Unset):
        json_entity_id = UNSET
    else:
        json_entity_id = entity_id
    params["entity_id"] = json_entity_id

    json_actor: None | str | Unset
    if isinstance(actor, Unset):
        json_actor = UNSET
    else:
        json_actor = actor
    params["actor"] = json_actor

    json_action: None | str | Unset
    if isinstance(action, Unset):
        json_action = UNSET
    else:
        json_action = action
    params["action"] = json_action

    json_since: None | str | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    elif isinstance(since, datetime.datetime):
        json_since = since.isoformat()
    else:
        json_since = since
    params["since"] = json_since

    json_until: None | str | Unset
    if isinstance(until, Unset):
        json_until = UNSET
    elif isinstance(until, datetime.datetime):
        json_until = until.isoformat()
    else:
        json_until = until
    params["until"] = json_until

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/audit",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PageAuditEntryOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageAuditEntryOut.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | PageAuditEntryOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    entity: None | str | Unset = UNSET,
    entity_id: None | str | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PageAuditEntryOut | Problem]:
    """The audit trail, newest first

     The audit trail, newest first: who did what to which entity, with the changes recorded. Filter
    by `entity`, `entity_id`, `actor`, `action` and a time range (`since` inclusive, `until`). Who may
    call: admin and coordinator.

    Args:
        entity (None | str | Unset): Only entries about this kind of thing, matched exactly (case-
            sensitive): `plan`, `milestone`, `phase`, `channel`, `task`, `assignment`, `unit`,
            `unit_group`, `user`, `document`, `feedback` …, as in the entries' `entity`.
        entity_id (None | str | Unset): Only entries about the thing with this id, matched exactly
            as text: a UUID in its lower-case hyphenated form, as in the entries' `entity_id`. Usually
            given with `entity`.
        actor (None | str | Unset): Only what this actor did, matched exactly: a user's id (lower-
            case UUID), `service:<id>` for a service account, or `system` for background jobs.
        action (None | str | Unset): Only actions that start with this text (a prefix match):
            `plan.updated` for that action alone, `plan.` for every action on plans; actions read
            `<entity>.<past participle>`.
        since (datetime.datetime | None | Unset): Only entries at or after this instant
            (inclusive), ISO 8601; without an offset it is read as UTC.
        until (datetime.datetime | None | Unset): Only entries before this instant (exclusive),
            ISO 8601; without an offset it is read as UTC. With `since`, a half-open range [since,
            until).
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PageAuditEntryOut | Problem]
    """

    kwargs = _get_kwargs(
        entity=entity,
        entity_id=entity_id,
        actor=actor,
        action=action,
        since=since,
        until=until,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    entity: None | str | Unset = UNSET,
    entity_id: None | str | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | PageAuditEntryOut | Problem | None:
    """The audit trail, newest first

     The audit trail, newest first: who did what to which entity, with the changes recorded. Filter
    by `entity`, `entity_id`, `actor`, `action` and a time range (`since` inclusive, `until`). Who may
    call: admin and coordinator.

    Args:
        entity (None | str | Unset): Only entries about this kind of thing, matched exactly (case-
            sensitive): `plan`, `milestone`, `phase`, `channel`, `task`, `assignment`, `unit`,
            `unit_group`, `user`, `document`, `feedback` …, as in the entries' `entity`.
        entity_id (None | str | Unset): Only entries about the thing with this id, matched exactly
            as text: a UUID in its lower-case hyphenated form, as in the entries' `entity_id`. Usually
            given with `entity`.
        actor (None | str | Unset): Only what this actor did, matched exactly: a user's id (lower-
            case UUID), `service:<id>` for a service account, or `system` for background jobs.
        action (None | str | Unset): Only actions that start with this text (a prefix match):
            `plan.updated` for that action alone, `plan.` for every action on plans; actions read
            `<entity>.<past participle>`.
        since (datetime.datetime | None | Unset): Only entries at or after this instant
            (inclusive), ISO 8601; without an offset it is read as UTC.
        until (datetime.datetime | None | Unset): Only entries before this instant (exclusive),
            ISO 8601; without an offset it is read as UTC. With `since`, a half-open range [since,
            until).
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PageAuditEntryOut | Problem
    """

    return sync_detailed(
        client=client,
        entity=entity,
        entity_id=entity_id,
        actor=actor,
        action=action,
        since=since,
        until=until,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    entity: None | str | Unset = UNSET,
    entity_id: None | str | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PageAuditEntryOut | Problem]:
    """The audit trail, newest first

     The audit trail, newest first: who did what to which entity, with the changes recorded. Filter
    by `entity`, `entity_id`, `actor`, `action` and a time range (`since` inclusive, `until`). Who may
    call: admin and coordinator.

    Args:
        entity (None | str | Unset): Only entries about this kind of thing, matched exactly (case-
            sensitive): `plan`, `milestone`, `phase`, `channel`, `task`, `assignment`, `unit`,
            `unit_group`, `user`, `document`, `feedback` …, as in the entries' `entity`.
        entity_id (None | str | Unset): Only entries about the thing with this id, matched exactly
            as text: a UUID in its lower-case hyphenated form, as in the entries' `entity_id`. Usually
            given with `entity`.
        actor (None | str | Unset): Only what this actor did, matched exactly: a user's id (lower-
            case UUID), `service:<id>` for a service account, or `system` for background jobs.
        action (None | str | Unset): Only actions that start with this text (a prefix match):
            `plan.updated` for that action alone, `plan.` for every action on plans; actions read
            `<entity>.<past participle>`.
        since (datetime.datetime | None | Unset): Only entries at or after this instant
            (inclusive), ISO 8601; without an offset it is read as UTC.
        until (datetime.datetime | None | Unset): Only entries before this instant (exclusive),
            ISO 8601; without an offset it is read as UTC. With `since`, a half-open range [since,
            until).
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PageAuditEntryOut | Problem]
    """

    kwargs = _get_kwargs(
        entity=entity,
        entity_id=entity_id,
        actor=actor,
        action=action,
        since=since,
        until=until,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    entity: None | str | Unset = UNSET,
    entity_id: None | str | Unset = UNSET,
    actor: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | PageAuditEntryOut | Problem | None:
    """The audit trail, newest first

     The audit trail, newest first: who did what to which entity, with the changes recorded. Filter
    by `entity`, `entity_id`, `actor`, `action` and a time range (`since` inclusive, `until`). Who may
    call: admin and coordinator.

    Args:
        entity (None | str | Unset): Only entries about this kind of thing, matched exactly (case-
            sensitive): `plan`, `milestone`, `phase`, `channel`, `task`, `assignment`, `unit`,
            `unit_group`, `user`, `document`, `feedback` …, as in the entries' `entity`.
        entity_id (None | str | Unset): Only entries about the thing with this id, matched exactly
            as text: a UUID in its lower-case hyphenated form, as in the entries' `entity_id`. Usually
            given with `entity`.
        actor (None | str | Unset): Only what this actor did, matched exactly: a user's id (lower-
            case UUID), `service:<id>` for a service account, or `system` for background jobs.
        action (None | str | Unset): Only actions that start with this text (a prefix match):
            `plan.updated` for that action alone, `plan.` for every action on plans; actions read
            `<entity>.<past participle>`.
        since (datetime.datetime | None | Unset): Only entries at or after this instant
            (inclusive), ISO 8601; without an offset it is read as UTC.
        until (datetime.datetime | None | Unset): Only entries before this instant (exclusive),
            ISO 8601; without an offset it is read as UTC. With `since`, a half-open range [since,
            until).
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PageAuditEntryOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            entity=entity,
            entity_id=entity_id,
            actor=actor,
            action=action,
            since=since,
            until=until,
            limit=limit,
            cursor=cursor,
            if_none_match=if_none_match,
        )
    ).parsed
