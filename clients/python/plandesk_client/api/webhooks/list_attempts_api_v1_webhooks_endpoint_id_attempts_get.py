import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_attempts_api_v1_webhooks_endpoint_id_attempts_get_state_type_0 import (
    ListAttemptsApiV1WebhooksEndpointIdAttemptsGetStateType0,
)
from ...models.page_attempt_out import PageAttemptOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    endpoint_id: UUID,
    *,
    state: ListAttemptsApiV1WebhooksEndpointIdAttemptsGetStateType0 | None | Unset = UNSET,
    event_type: None | str | Unset = UNSET,
    succeeded: bool | None | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    elif isinstance(state, ListAttemptsApiV1WebhooksEndpointIdAttemptsGetStateType0):
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

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | PageAttemptOut | None:
    if response.status_code == 200:
        response_200 = PageAttemptOut.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | PageAttemptOut]:
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
    state: ListAttemptsApiV1WebhooksEndpointIdAttemptsGetStateType0 | None | Unset = UNSET,
    event_type: None | str | Unset = UNSET,
    succeeded: bool | None | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[Any | PageAttemptOut]:
    """The delivery log: every attempt, newest first

    Args:
        endpoint_id (UUID):
        state (ListAttemptsApiV1WebhooksEndpointIdAttemptsGetStateType0 | None | Unset):
        event_type (None | str | Unset):
        succeeded (bool | None | Unset):
        since (datetime.datetime | None | Unset):
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PageAttemptOut]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        state=state,
        event_type=event_type,
        succeeded=succeeded,
        since=since,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    endpoint_id: UUID,
    *,
    client: AuthenticatedClient,
    state: ListAttemptsApiV1WebhooksEndpointIdAttemptsGetStateType0 | None | Unset = UNSET,
    event_type: None | str | Unset = UNSET,
    succeeded: bool | None | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Any | PageAttemptOut | None:
    """The delivery log: every attempt, newest first

    Args:
        endpoint_id (UUID):
        state (ListAttemptsApiV1WebhooksEndpointIdAttemptsGetStateType0 | None | Unset):
        event_type (None | str | Unset):
        succeeded (bool | None | Unset):
        since (datetime.datetime | None | Unset):
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PageAttemptOut
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
    ).parsed


async def asyncio_detailed(
    endpoint_id: UUID,
    *,
    client: AuthenticatedClient,
    state: ListAttemptsApiV1WebhooksEndpointIdAttemptsGetStateType0 | None | Unset = UNSET,
    event_type: None | str | Unset = UNSET,
    succeeded: bool | None | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[Any | PageAttemptOut]:
    """The delivery log: every attempt, newest first

    Args:
        endpoint_id (UUID):
        state (ListAttemptsApiV1WebhooksEndpointIdAttemptsGetStateType0 | None | Unset):
        event_type (None | str | Unset):
        succeeded (bool | None | Unset):
        since (datetime.datetime | None | Unset):
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PageAttemptOut]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        state=state,
        event_type=event_type,
        succeeded=succeeded,
        since=since,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    endpoint_id: UUID,
    *,
    client: AuthenticatedClient,
    state: ListAttemptsApiV1WebhooksEndpointIdAttemptsGetStateType0 | None | Unset = UNSET,
    event_type: None | str | Unset = UNSET,
    succeeded: bool | None | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Any | PageAttemptOut | None:
    """The delivery log: every attempt, newest first

    Args:
        endpoint_id (UUID):
        state (ListAttemptsApiV1WebhooksEndpointIdAttemptsGetStateType0 | None | Unset):
        event_type (None | str | Unset):
        succeeded (bool | None | Unset):
        since (datetime.datetime | None | Unset):
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PageAttemptOut
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
        )
    ).parsed
