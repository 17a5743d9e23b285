from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.sync_response import SyncResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    since: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 1000,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_since: None | str | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    else:
        json_since = since
    params["since"] = json_since

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/sync",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | SyncResponse | None:
    if response.status_code == 200:
        response_200 = SyncResponse.from_dict(response.json())

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

    if response.status_code == 410:
        response_410 = Problem.from_dict(response.json())

        return response_410

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
) -> Response[Any | Problem | SyncResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    since: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 1000,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | SyncResponse]:
    """Changes since your last sync (offline clients)

     The change feed for offline clients (the mobile app): everything in your scope that
    was created or changed since your last sync, and the ids deleted since, in pages.

    **Scope.** A unit officer: their unit's assignments, the tasks those are on, and the
    headers, milestones, phases and channels of the plans their unit works on. A service
    account: plans with `plans:read`, tasks and assignments with `tasks:read`.
    Coordinators, moderators, viewers and admins: every plan.

    **Protocol.**
    1. First sync: `GET /sync` (no `since`): everything in scope.
    2. While the answer has `next_cursor`, call `GET /sync?cursor=<next_cursor>`.
    3. The last page has `next_since`; store it. Next time: `GET /sync?since=<token>`:
       only what changed since, with `deleted` ids, paged the same way.

    Apply `items` by id (upsert) and `deleted` by id (remove; a deleted plan or task takes
    what hangs on it). An object can come twice (on two pages, or in the next sync again):
    applying it twice is harmless. Each item carries the `etag` `GET` of the object
    answers: send it as `If-Match` when you change it.

    **Offline writes** replay safely: `POST /tasks/{id}/updates` with the same
    `Idempotency-Key` is applied once (the replay answers the original response with
    `Idempotent-Replayed: true`); a `PATCH` with a stale `If-Match` answers 412 with the
    current version (`current` and `current_etag`), so the app can show both.

    **Errors.** 422: a token or cursor that is not one of ours (tampered, truncated, or
    from another list). 410 Gone: the token is older than the server keeps changes for
    (`PLANDESK_SYNC_RETENTION_DAYS`, default 30 days) or was issued for another account
    or scope: sync again without `since`.

    **Example.** `GET /sync` → `{items: [plan, milestones, phases, tasks, assignments…],
    next_cursor: "c1"}`; `GET /sync?cursor=c1` → `{…, next_cursor: null, next_since: "s1"}`.
    Offline, the coordinator moves a milestone and cancels a task; the officer reports
    progress (`POST /tasks/{id}/updates`, `Idempotency-Key: K`). Back online: the report is
    replayed with `K` (applied once), then `GET /sync?since=s1` → `{items: [the milestone
    with its new date, the phases and tasks whose dates moved, the cancelled task, the
    officer's assignment with its new etag], deleted: [], next_since: "s2"}`. The whole
    sequence: docs/sync.md.

    Args:
        since (None | str | Unset): The next_since of your last sync (none: everything)
        cursor (None | str | Unset): The next_cursor of the previous page
        limit (int | Unset): Objects per page (default and max 1000) Default: 1000.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | SyncResponse]
    """

    kwargs = _get_kwargs(
        since=since,
        cursor=cursor,
        limit=limit,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    since: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 1000,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | SyncResponse | None:
    """Changes since your last sync (offline clients)

     The change feed for offline clients (the mobile app): everything in your scope that
    was created or changed since your last sync, and the ids deleted since, in pages.

    **Scope.** A unit officer: their unit's assignments, the tasks those are on, and the
    headers, milestones, phases and channels of the plans their unit works on. A service
    account: plans with `plans:read`, tasks and assignments with `tasks:read`.
    Coordinators, moderators, viewers and admins: every plan.

    **Protocol.**
    1. First sync: `GET /sync` (no `since`): everything in scope.
    2. While the answer has `next_cursor`, call `GET /sync?cursor=<next_cursor>`.
    3. The last page has `next_since`; store it. Next time: `GET /sync?since=<token>`:
       only what changed since, with `deleted` ids, paged the same way.

    Apply `items` by id (upsert) and `deleted` by id (remove; a deleted plan or task takes
    what hangs on it). An object can come twice (on two pages, or in the next sync again):
    applying it twice is harmless. Each item carries the `etag` `GET` of the object
    answers: send it as `If-Match` when you change it.

    **Offline writes** replay safely: `POST /tasks/{id}/updates` with the same
    `Idempotency-Key` is applied once (the replay answers the original response with
    `Idempotent-Replayed: true`); a `PATCH` with a stale `If-Match` answers 412 with the
    current version (`current` and `current_etag`), so the app can show both.

    **Errors.** 422: a token or cursor that is not one of ours (tampered, truncated, or
    from another list). 410 Gone: the token is older than the server keeps changes for
    (`PLANDESK_SYNC_RETENTION_DAYS`, default 30 days) or was issued for another account
    or scope: sync again without `since`.

    **Example.** `GET /sync` → `{items: [plan, milestones, phases, tasks, assignments…],
    next_cursor: "c1"}`; `GET /sync?cursor=c1` → `{…, next_cursor: null, next_since: "s1"}`.
    Offline, the coordinator moves a milestone and cancels a task; the officer reports
    progress (`POST /tasks/{id}/updates`, `Idempotency-Key: K`). Back online: the report is
    replayed with `K` (applied once), then `GET /sync?since=s1` → `{items: [the milestone
    with its new date, the phases and tasks whose dates moved, the cancelled task, the
    officer's assignment with its new etag], deleted: [], next_since: "s2"}`. The whole
    sequence: docs/sync.md.

    Args:
        since (None | str | Unset): The next_since of your last sync (none: everything)
        cursor (None | str | Unset): The next_cursor of the previous page
        limit (int | Unset): Objects per page (default and max 1000) Default: 1000.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | SyncResponse
    """

    return sync_detailed(
        client=client,
        since=since,
        cursor=cursor,
        limit=limit,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    since: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 1000,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | SyncResponse]:
    """Changes since your last sync (offline clients)

     The change feed for offline clients (the mobile app): everything in your scope that
    was created or changed since your last sync, and the ids deleted since, in pages.

    **Scope.** A unit officer: their unit's assignments, the tasks those are on, and the
    headers, milestones, phases and channels of the plans their unit works on. A service
    account: plans with `plans:read`, tasks and assignments with `tasks:read`.
    Coordinators, moderators, viewers and admins: every plan.

    **Protocol.**
    1. First sync: `GET /sync` (no `since`): everything in scope.
    2. While the answer has `next_cursor`, call `GET /sync?cursor=<next_cursor>`.
    3. The last page has `next_since`; store it. Next time: `GET /sync?since=<token>`:
       only what changed since, with `deleted` ids, paged the same way.

    Apply `items` by id (upsert) and `deleted` by id (remove; a deleted plan or task takes
    what hangs on it). An object can come twice (on two pages, or in the next sync again):
    applying it twice is harmless. Each item carries the `etag` `GET` of the object
    answers: send it as `If-Match` when you change it.

    **Offline writes** replay safely: `POST /tasks/{id}/updates` with the same
    `Idempotency-Key` is applied once (the replay answers the original response with
    `Idempotent-Replayed: true`); a `PATCH` with a stale `If-Match` answers 412 with the
    current version (`current` and `current_etag`), so the app can show both.

    **Errors.** 422: a token or cursor that is not one of ours (tampered, truncated, or
    from another list). 410 Gone: the token is older than the server keeps changes for
    (`PLANDESK_SYNC_RETENTION_DAYS`, default 30 days) or was issued for another account
    or scope: sync again without `since`.

    **Example.** `GET /sync` → `{items: [plan, milestones, phases, tasks, assignments…],
    next_cursor: "c1"}`; `GET /sync?cursor=c1` → `{…, next_cursor: null, next_since: "s1"}`.
    Offline, the coordinator moves a milestone and cancels a task; the officer reports
    progress (`POST /tasks/{id}/updates`, `Idempotency-Key: K`). Back online: the report is
    replayed with `K` (applied once), then `GET /sync?since=s1` → `{items: [the milestone
    with its new date, the phases and tasks whose dates moved, the cancelled task, the
    officer's assignment with its new etag], deleted: [], next_since: "s2"}`. The whole
    sequence: docs/sync.md.

    Args:
        since (None | str | Unset): The next_since of your last sync (none: everything)
        cursor (None | str | Unset): The next_cursor of the previous page
        limit (int | Unset): Objects per page (default and max 1000) Default: 1000.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | SyncResponse]
    """

    kwargs = _get_kwargs(
        since=since,
        cursor=cursor,
        limit=limit,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    since: None | str | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 1000,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | SyncResponse | None:
    """Changes since your last sync (offline clients)

     The change feed for offline clients (the mobile app): everything in your scope that
    was created or changed since your last sync, and the ids deleted since, in pages.

    **Scope.** A unit officer: their unit's assignments, the tasks those are on, and the
    headers, milestones, phases and channels of the plans their unit works on. A service
    account: plans with `plans:read`, tasks and assignments with `tasks:read`.
    Coordinators, moderators, viewers and admins: every plan.

    **Protocol.**
    1. First sync: `GET /sync` (no `since`): everything in scope.
    2. While the answer has `next_cursor`, call `GET /sync?cursor=<next_cursor>`.
    3. The last page has `next_since`; store it. Next time: `GET /sync?since=<token>`:
       only what changed since, with `deleted` ids, paged the same way.

    Apply `items` by id (upsert) and `deleted` by id (remove; a deleted plan or task takes
    what hangs on it). An object can come twice (on two pages, or in the next sync again):
    applying it twice is harmless. Each item carries the `etag` `GET` of the object
    answers: send it as `If-Match` when you change it.

    **Offline writes** replay safely: `POST /tasks/{id}/updates` with the same
    `Idempotency-Key` is applied once (the replay answers the original response with
    `Idempotent-Replayed: true`); a `PATCH` with a stale `If-Match` answers 412 with the
    current version (`current` and `current_etag`), so the app can show both.

    **Errors.** 422: a token or cursor that is not one of ours (tampered, truncated, or
    from another list). 410 Gone: the token is older than the server keeps changes for
    (`PLANDESK_SYNC_RETENTION_DAYS`, default 30 days) or was issued for another account
    or scope: sync again without `since`.

    **Example.** `GET /sync` → `{items: [plan, milestones, phases, tasks, assignments…],
    next_cursor: "c1"}`; `GET /sync?cursor=c1` → `{…, next_cursor: null, next_since: "s1"}`.
    Offline, the coordinator moves a milestone and cancels a task; the officer reports
    progress (`POST /tasks/{id}/updates`, `Idempotency-Key: K`). Back online: the report is
    replayed with `K` (applied once), then `GET /sync?since=s1` → `{items: [the milestone
    with its new date, the phases and tasks whose dates moved, the cancelled task, the
    officer's assignment with its new etag], deleted: [], next_since: "s2"}`. The whole
    sequence: docs/sync.md.

    Args:
        since (None | str | Unset): The next_since of your last sync (none: everything)
        cursor (None | str | Unset): The next_cursor of the previous page
        limit (int | Unset): Objects per page (default and max 1000) Default: 1000.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | SyncResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            since=since,
            cursor=cursor,
            limit=limit,
            if_none_match=if_none_match,
        )
    ).parsed
