from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_user_out import PageUserOut
from ...models.problem import Problem
from ...models.role import Role
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: None | str | Unset = UNSET,
    role: None | Role | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    active: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_role: None | str | Unset
    if isinstance(role, Unset):
        json_role = UNSET
    elif isinstance(role, Role):
        json_role = role.value
    else:
        json_role = role
    params["role"] = json_role

    json_unit_id: None | str | Unset
    if isinstance(unit_id, Unset):
        json_unit_id = UNSET
    elif isinstance(unit_id, UUID):
        json_unit_id = str(unit_id)
    else:
        json_unit_id = unit_id
    params["unit_id"] = json_unit_id

    json_active: bool | None | Unset
    if isinstance(active, Unset):
        json_active = UNSET
    else:
        json_active = active
    params["active"] = json_active

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
        "url": "/api/v1/users",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PageUserOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageUserOut.from_dict(response.json())

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
) -> Response[Any | PageUserOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    role: None | Role | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    active: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PageUserOut | Problem]:
    """List users

     The user accounts, ordered by e-mail address; filter by `role`, `unit_id`, `active` and `q`
    (a part of the e-mail address). Password hashes are never returned. Who may call: admin and
    coordinator.

    Args:
        q (None | str | Unset): Search e-mail
        role (None | Role | Unset): Only accounts with this role (one value): `admin`,
            `coordinator`, `unit_officer`, `moderator` or `viewer`. None (the default): every role.
        unit_id (None | Unset | UUID): Only accounts that work for this unit (exactly this unit,
            not its sub-units). None (the default): every account, with or without a unit.
        active (bool | None | Unset): true: only active accounts (they can sign in); false: only
            deactivated ones. None (the default): both.
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PageUserOut | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        role=role,
        unit_id=unit_id,
        active=active,
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
    q: None | str | Unset = UNSET,
    role: None | Role | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    active: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | PageUserOut | Problem | None:
    """List users

     The user accounts, ordered by e-mail address; filter by `role`, `unit_id`, `active` and `q`
    (a part of the e-mail address). Password hashes are never returned. Who may call: admin and
    coordinator.

    Args:
        q (None | str | Unset): Search e-mail
        role (None | Role | Unset): Only accounts with this role (one value): `admin`,
            `coordinator`, `unit_officer`, `moderator` or `viewer`. None (the default): every role.
        unit_id (None | Unset | UUID): Only accounts that work for this unit (exactly this unit,
            not its sub-units). None (the default): every account, with or without a unit.
        active (bool | None | Unset): true: only active accounts (they can sign in); false: only
            deactivated ones. None (the default): both.
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PageUserOut | Problem
    """

    return sync_detailed(
        client=client,
        q=q,
        role=role,
        unit_id=unit_id,
        active=active,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    role: None | Role | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    active: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PageUserOut | Problem]:
    """List users

     The user accounts, ordered by e-mail address; filter by `role`, `unit_id`, `active` and `q`
    (a part of the e-mail address). Password hashes are never returned. Who may call: admin and
    coordinator.

    Args:
        q (None | str | Unset): Search e-mail
        role (None | Role | Unset): Only accounts with this role (one value): `admin`,
            `coordinator`, `unit_officer`, `moderator` or `viewer`. None (the default): every role.
        unit_id (None | Unset | UUID): Only accounts that work for this unit (exactly this unit,
            not its sub-units). None (the default): every account, with or without a unit.
        active (bool | None | Unset): true: only active accounts (they can sign in); false: only
            deactivated ones. None (the default): both.
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PageUserOut | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        role=role,
        unit_id=unit_id,
        active=active,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    role: None | Role | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    active: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | PageUserOut | Problem | None:
    """List users

     The user accounts, ordered by e-mail address; filter by `role`, `unit_id`, `active` and `q`
    (a part of the e-mail address). Password hashes are never returned. Who may call: admin and
    coordinator.

    Args:
        q (None | str | Unset): Search e-mail
        role (None | Role | Unset): Only accounts with this role (one value): `admin`,
            `coordinator`, `unit_officer`, `moderator` or `viewer`. None (the default): every role.
        unit_id (None | Unset | UUID): Only accounts that work for this unit (exactly this unit,
            not its sub-units). None (the default): every account, with or without a unit.
        active (bool | None | Unset): true: only active accounts (they can sign in); false: only
            deactivated ones. None (the default): both.
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PageUserOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            role=role,
            unit_id=unit_id,
            active=active,
            limit=limit,
            cursor=cursor,
            if_none_match=if_none_match,
        )
    ).parsed
