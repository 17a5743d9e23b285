from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.unit_notification_page import UnitNotificationPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    unit_id: UUID,
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

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
        "url": "/api/v1/units/{unit_id}/notifications".format(
            unit_id=quote(str(unit_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | UnitNotificationPage | None:
    if response.status_code == 200:
        response_200 = UnitNotificationPage.from_dict(response.json())

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
) -> Response[Any | Problem | UnitNotificationPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    unit_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | UnitNotificationPage]:
    """A unit's users' notifications, newest first (push gateways: scope notifications:read; admins)

     The notifications of a unit's users, newest first, each with its user and unit: the feed a push
    gateway (an SMS or chat relay for the unit) reads to forward them. Withdrawn notifications are not
    listed. 404 for an unknown (or deleted) unit. Who may call: admins, and service accounts with the
    `notifications:read` scope.

    Args:
        unit_id (UUID):
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | UnitNotificationPage]
    """

    kwargs = _get_kwargs(
        unit_id=unit_id,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    unit_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | UnitNotificationPage | None:
    """A unit's users' notifications, newest first (push gateways: scope notifications:read; admins)

     The notifications of a unit's users, newest first, each with its user and unit: the feed a push
    gateway (an SMS or chat relay for the unit) reads to forward them. Withdrawn notifications are not
    listed. 404 for an unknown (or deleted) unit. Who may call: admins, and service accounts with the
    `notifications:read` scope.

    Args:
        unit_id (UUID):
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | UnitNotificationPage
    """

    return sync_detailed(
        unit_id=unit_id,
        client=client,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    unit_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | UnitNotificationPage]:
    """A unit's users' notifications, newest first (push gateways: scope notifications:read; admins)

     The notifications of a unit's users, newest first, each with its user and unit: the feed a push
    gateway (an SMS or chat relay for the unit) reads to forward them. Withdrawn notifications are not
    listed. 404 for an unknown (or deleted) unit. Who may call: admins, and service accounts with the
    `notifications:read` scope.

    Args:
        unit_id (UUID):
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | UnitNotificationPage]
    """

    kwargs = _get_kwargs(
        unit_id=unit_id,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    unit_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | UnitNotificationPage | None:
    """A unit's users' notifications, newest first (push gateways: scope notifications:read; admins)

     The notifications of a unit's users, newest first, each with its user and unit: the feed a push
    gateway (an SMS or chat relay for the unit) reads to forward them. Withdrawn notifications are not
    listed. 404 for an unknown (or deleted) unit. Who may call: admins, and service accounts with the
    `notifications:read` scope.

    Args:
        unit_id (UUID):
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | UnitNotificationPage
    """

    return (
        await asyncio_detailed(
            unit_id=unit_id,
            client=client,
            limit=limit,
            cursor=cursor,
            if_none_match=if_none_match,
        )
    ).parsed
