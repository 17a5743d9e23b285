import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_webhook_attempts_state_type_0 import ListWebhookAttemptsStateType0
from ...models.page_attempt_out import PageAttemptOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    endpoint_id: UUID,
    *,
    state: ListWebhookAttemptsStateType0 | None | Unset = UNSET,
    event_type: None | str | Unset = UNSET,
    succeeded: bool | None | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    elif isinstance(state, ListWebhookAttemptsStateType0):
        json_state = state.value
    else:
        json_state = state
    params["state"] = json_state

    json_event_type: None | str | Unset
    if isinstance(event_type, Unset):
        json_event_type = UNSET
    else:
        json_event_type = event_type
    params["event_type"] = json_event_type

    json_succeeded: bool | None | Unset
    if isinstance(succeeded, Unset):
        json_succeeded = UNSET
    else:
        json_succeeded = succeeded
    params["succeeded"] = json_succeeded

    json_since: None | str | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    elif isinstance(since, datetime.datetime):
        json_since = since.isoformat()
    else:
        json_since = since
    params["since"] = json_since

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
        "url": "/api/v1/webhooks/{endpoint_id}/attempts".format(
            endpoint_id=quote(str(endpoint_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PageAttemptOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageAttemptOut.from_dict(response.json())

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
) -> Response[Any | PageAttemptOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    endpoint_id: UUID,
    *,
    client: AuthenticatedClient,
    state: ListWebhookAttemptsStateType0 | None | Unset = UNSET,
    event_type: None | str | Unset = UNSET,
    succeeded: bool | None | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PageAttemptOut | Problem]:
    """The delivery log: every attempt, newest first

     The endpoint's delivery log, newest first: every attempt with the receiver's status, the first 2 KB
    of its answer, the time it took and when the next attempt is due. Filter by the delivery's
    `state`, the `event_type`, whether the attempt `succeeded` (2xx) and `since` a time. Attempts are
    kept for the configured retention (30 days by default). Who may call: admins, and coordinators for
    endpoints filtered to a plan they coordinate.

    Args:
        endpoint_id (UUID):
        state (ListWebhookAttemptsStateType0 | None | Unset): Only attempts of deliveries now in
            this state
        event_type (None | str | Unset): Only attempts for this event type
        succeeded (bool | None | Unset): true: only 2xx answers; false: only failures (no answer
            or not 2xx)
        since (datetime.datetime | None | Unset): Only attempts made at or after this time (no
            time zone: UTC)
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PageAttemptOut | Problem]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        state=state,
        event_type=event_type,
        succeeded=succeeded,
        since=since,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    endpoint_id: UUID,
    *,
    client: AuthenticatedClient,
    state: ListWebhookAttemptsStateType0 | None | Unset = UNSET,
    event_type: None | str | Unset = UNSET,
    succeeded: bool | None | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | PageAttemptOut | Problem | None:
    """The delivery log: every attempt, newest first

     The endpoint's delivery log, newest first: every attempt with the receiver's status, the first 2 KB
    of its answer, the time it took and when the next attempt is due. Filter by the delivery's
    `state`, the `event_type`, whether the attempt `succeeded` (2xx) and `since` a time. Attempts are
    kept for the configured retention (30 days by default). Who may call: admins, and coordinators for
    endpoints filtered to a plan they coordinate.

    Args:
        endpoint_id (UUID):
        state (ListWebhookAttemptsStateType0 | None | Unset): Only attempts of deliveries now in
            this state
        event_type (None | str | Unset): Only attempts for this event type
        succeeded (bool | None | Unset): true: only 2xx answers; false: only failures (no answer
            or not 2xx)
        since (datetime.datetime | None | Unset): Only attempts made at or after this time (no
            time zone: UTC)
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PageAttemptOut | Problem
    """

    return sync_detailed(
        endpoint_id=endpoint_id,
        client=client,
        state=state,
        event_type=event_type,
        succeeded=succeeded,
        since=since,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    endpoint_id: UUID,
    *,
    client: AuthenticatedClient,
    state: ListWebhookAttemptsStateType0 | None | Unset = UNSET,
    event_type: None | str | Unset = UNSET,
    succeeded: bool | None | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PageAttemptOut | Problem]:
    """The delivery log: every attempt, newest first

     The endpoint's delivery log, newest first: every attempt with the receiver's status, the first 2 KB
    of its answer, the time it took and when the next attempt is due. Filter by the delivery's
    `state`, the `event_type`, whether the attempt `succeeded` (2xx) and `since` a time. Attempts are
    kept for the configured retention (30 days by default). Who may call: admins, and coordinators for
    endpoints filtered to a plan they coordinate.

    Args:
        endpoint_id (UUID):
        state (ListWebhookAttemptsStateType0 | None | Unset): Only attempts of deliveries now in
            this state
        event_type (None | str | Unset): Only attempts for this event type
        succeeded (bool | None | Unset): true: only 2xx answers; false: only failures (no answer
            or not 2xx)
        since (datetime.datetime | None | Unset): Only attempts made at or after this time (no
            time zone: UTC)
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PageAttemptOut | Problem]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        state=state,
        event_type=event_type,
        succeeded=succeeded,
        since=since,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    endpoint_id: UUID,
    *,
    client: AuthenticatedClient,
    state: ListWebhookAttemptsStateType0 | None | Unset = UNSET,
    event_type: None | str | Unset = UNSET,
    succeeded: bool | None | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | PageAttemptOut | Problem | None:
    """The delivery log: every attempt, newest first

     The endpoint's delivery log, newest first: every attempt with the receiver's status, the first 2 KB
    of its answer, the time it took and when the next attempt is due. Filter by the delivery's
    `state`, the `event_type`, whether the attempt `succeeded` (2xx) and `since` a time. Attempts are
    kept for the configured retention (30 days by default). Who may call: admins, and coordinators for
    endpoints filtered to a plan they coordinate.

    Args:
        endpoint_id (UUID):
        state (ListWebhookAttemptsStateType0 | None | Unset): Only attempts of deliveries now in
            this state
        event_type (None | str | Unset): Only attempts for this event type
        succeeded (bool | None | Unset): true: only 2xx answers; false: only failures (no answer
            or not 2xx)
        since (datetime.datetime | None | Unset): Only attempts made at or after this time (no
            time zone: UTC)
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PageAttemptOut | Problem
    """

    return (
        await asyncio_detailed(
            endpoint_id=endpoint_id,
            client=client,
            state=state,
            event_type=event_type,
            succeeded=succeeded,
            since=since,
            limit=limit,
            cursor=cursor,
            if_none_match=if_none_match,
        )
    ).parsed
