from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_units_kind_type_0 import ListUnitsKindType0
from ...models.page_unit_out import PageUnitOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: None | str | Unset = UNSET,
    kind: ListUnitsKindType0 | None | Unset = UNSET,
    parent_id: None | Unset | UUID = UNSET,
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

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, ListUnitsKindType0):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_parent_id: None | str | Unset
    if isinstance(parent_id, Unset):
        json_parent_id = UNSET
    elif isinstance(parent_id, UUID):
        json_parent_id = str(parent_id)
    else:
        json_parent_id = parent_id
    params["parent_id"] = json_parent_id

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
        "url": "/api/v1/units",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PageUnitOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageUnitOut.from_dict(response.json())

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
) -> Response[Any | PageUnitOut | Problem]:
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
    kind: ListUnitsKindType0 | None | Unset = UNSET,
    parent_id: None | Unset | UUID = UNSET,
    active: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PageUnitOut | Problem]:
    """List units

     The organisational units, sorted by Vietnamese name; filter by `kind`, `parent_id`, `active` and
    `q` (name or short name, diacritic-insensitive: "tuyen giao" finds "Ban Tuyên giáo Tỉnh ủy"). Who
    may call: every signed-in role, and service accounts with any of `plans:read`, `tasks:read`,
    `tasks:write`, `notifications:read`.

    Args:
        q (None | str | Unset): Diacritic-insensitive name search
        kind (ListUnitsKindType0 | None | Unset): Only units of this kind (one value):
            `party_committee`, `department`, `mass_org`, `media`, `district` or `other`. None (the
            default): every kind.
        parent_id (None | Unset | UUID): Only the units directly under this one in the hierarchy
            (its children, not their own sub-units). None (the default): units at every level, top-
            level ones included.
        active (bool | None | Unset): true: only active units (they can receive new assignments);
            false: only deactivated ones, kept for their history. None (the default): both.
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PageUnitOut | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        kind=kind,
        parent_id=parent_id,
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
    kind: ListUnitsKindType0 | None | Unset = UNSET,
    parent_id: None | Unset | UUID = UNSET,
    active: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | PageUnitOut | Problem | None:
    """List units

     The organisational units, sorted by Vietnamese name; filter by `kind`, `parent_id`, `active` and
    `q` (name or short name, diacritic-insensitive: "tuyen giao" finds "Ban Tuyên giáo Tỉnh ủy"). Who
    may call: every signed-in role, and service accounts with any of `plans:read`, `tasks:read`,
    `tasks:write`, `notifications:read`.

    Args:
        q (None | str | Unset): Diacritic-insensitive name search
        kind (ListUnitsKindType0 | None | Unset): Only units of this kind (one value):
            `party_committee`, `department`, `mass_org`, `media`, `district` or `other`. None (the
            default): every kind.
        parent_id (None | Unset | UUID): Only the units directly under this one in the hierarchy
            (its children, not their own sub-units). None (the default): units at every level, top-
            level ones included.
        active (bool | None | Unset): true: only active units (they can receive new assignments);
            false: only deactivated ones, kept for their history. None (the default): both.
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PageUnitOut | Problem
    """

    return sync_detailed(
        client=client,
        q=q,
        kind=kind,
        parent_id=parent_id,
        active=active,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    kind: ListUnitsKindType0 | None | Unset = UNSET,
    parent_id: None | Unset | UUID = UNSET,
    active: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PageUnitOut | Problem]:
    """List units

     The organisational units, sorted by Vietnamese name; filter by `kind`, `parent_id`, `active` and
    `q` (name or short name, diacritic-insensitive: "tuyen giao" finds "Ban Tuyên giáo Tỉnh ủy"). Who
    may call: every signed-in role, and service accounts with any of `plans:read`, `tasks:read`,
    `tasks:write`, `notifications:read`.

    Args:
        q (None | str | Unset): Diacritic-insensitive name search
        kind (ListUnitsKindType0 | None | Unset): Only units of this kind (one value):
            `party_committee`, `department`, `mass_org`, `media`, `district` or `other`. None (the
            default): every kind.
        parent_id (None | Unset | UUID): Only the units directly under this one in the hierarchy
            (its children, not their own sub-units). None (the default): units at every level, top-
            level ones included.
        active (bool | None | Unset): true: only active units (they can receive new assignments);
            false: only deactivated ones, kept for their history. None (the default): both.
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PageUnitOut | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        kind=kind,
        parent_id=parent_id,
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
    kind: ListUnitsKindType0 | None | Unset = UNSET,
    parent_id: None | Unset | UUID = UNSET,
    active: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | PageUnitOut | Problem | None:
    """List units

     The organisational units, sorted by Vietnamese name; filter by `kind`, `parent_id`, `active` and
    `q` (name or short name, diacritic-insensitive: "tuyen giao" finds "Ban Tuyên giáo Tỉnh ủy"). Who
    may call: every signed-in role, and service accounts with any of `plans:read`, `tasks:read`,
    `tasks:write`, `notifications:read`.

    Args:
        q (None | str | Unset): Diacritic-insensitive name search
        kind (ListUnitsKindType0 | None | Unset): Only units of this kind (one value):
            `party_committee`, `department`, `mass_org`, `media`, `district` or `other`. None (the
            default): every kind.
        parent_id (None | Unset | UUID): Only the units directly under this one in the hierarchy
            (its children, not their own sub-units). None (the default): units at every level, top-
            level ones included.
        active (bool | None | Unset): true: only active units (they can receive new assignments);
            false: only deactivated ones, kept for their history. None (the default): both.
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PageUnitOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            kind=kind,
            parent_id=parent_id,
            active=active,
            limit=limit,
            cursor=cursor,
            if_none_match=if_none_match,
        )
    ).parsed
