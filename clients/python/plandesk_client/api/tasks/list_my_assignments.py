from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_my_assignments_status_type_0_item import ListMyAssignmentsStatusType0Item
from ...models.my_assignment_page import MyAssignmentPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    plan_id: None | Unset | UUID = UNSET,
    status: list[ListMyAssignmentsStatusType0Item] | None | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_plan_id: None | str | Unset
    if isinstance(plan_id, Unset):
        json_plan_id = UNSET
    elif isinstance(plan_id, UUID):
        json_plan_id = str(plan_id)
    else:
        json_plan_id = plan_id
    params["plan_id"] = json_plan_id

    json_status: list[str] | None | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, list):
        json_status = []
        for status_type_0_item_data in status:
            status_type_0_item = status_type_0_item_data.value
            json_status.append(status_type_0_item)

    else:
        json_status = status
    params["status"] = json_status

    json_unit_id: None | str | Unset
    if isinstance(unit_id, Unset):
        json_unit_id = UNSET
    elif isinstance(unit_id, UUID):
        json_unit_id = str(unit_id)
    else:
        json_unit_id = unit_id
    params["unit_id"] = json_unit_id

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
        "url": "/api/v1/me/assignments",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | MyAssignmentPage | Problem | None:
    if response.status_code == 200:
        response_200 = MyAssignmentPage.from_dict(response.json())

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
) -> Response[Any | MyAssignmentPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    plan_id: None | Unset | UUID = UNSET,
    status: list[ListMyAssignmentsStatusType0Item] | None | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | MyAssignmentPage | Problem]:
    """My unit's assignments: overdue first, then by due date

     The assignments of the caller's unit across all plans, overdue first, then by due date; filter by
    status, or look at another unit with `unit_id` (read-only: every signed-in role may already read
    every plan's tasks and their units' standing). Who may call: every signed-in user with a unit
    (officers mostly); 422 when the caller has no unit and names none.

    Args:
        plan_id (None | Unset | UUID): Only the assignments of this plan (404 when there is no
            such plan). None (the default): every plan's. Combines with `status` and `unit_id`.
        status (list[ListMyAssignmentsStatusType0Item] | None | Unset): One or more statuses
        unit_id (None | Unset | UUID): Another unit (default: your own)
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MyAssignmentPage | Problem]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        status=status,
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
    *,
    client: AuthenticatedClient,
    plan_id: None | Unset | UUID = UNSET,
    status: list[ListMyAssignmentsStatusType0Item] | None | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | MyAssignmentPage | Problem | None:
    """My unit's assignments: overdue first, then by due date

     The assignments of the caller's unit across all plans, overdue first, then by due date; filter by
    status, or look at another unit with `unit_id` (read-only: every signed-in role may already read
    every plan's tasks and their units' standing). Who may call: every signed-in user with a unit
    (officers mostly); 422 when the caller has no unit and names none.

    Args:
        plan_id (None | Unset | UUID): Only the assignments of this plan (404 when there is no
            such plan). None (the default): every plan's. Combines with `status` and `unit_id`.
        status (list[ListMyAssignmentsStatusType0Item] | None | Unset): One or more statuses
        unit_id (None | Unset | UUID): Another unit (default: your own)
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MyAssignmentPage | Problem
    """

    return sync_detailed(
        client=client,
        plan_id=plan_id,
        status=status,
        unit_id=unit_id,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    plan_id: None | Unset | UUID = UNSET,
    status: list[ListMyAssignmentsStatusType0Item] | None | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | MyAssignmentPage | Problem]:
    """My unit's assignments: overdue first, then by due date

     The assignments of the caller's unit across all plans, overdue first, then by due date; filter by
    status, or look at another unit with `unit_id` (read-only: every signed-in role may already read
    every plan's tasks and their units' standing). Who may call: every signed-in user with a unit
    (officers mostly); 422 when the caller has no unit and names none.

    Args:
        plan_id (None | Unset | UUID): Only the assignments of this plan (404 when there is no
            such plan). None (the default): every plan's. Combines with `status` and `unit_id`.
        status (list[ListMyAssignmentsStatusType0Item] | None | Unset): One or more statuses
        unit_id (None | Unset | UUID): Another unit (default: your own)
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MyAssignmentPage | Problem]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        status=status,
        unit_id=unit_id,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    plan_id: None | Unset | UUID = UNSET,
    status: list[ListMyAssignmentsStatusType0Item] | None | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | MyAssignmentPage | Problem | None:
    """My unit's assignments: overdue first, then by due date

     The assignments of the caller's unit across all plans, overdue first, then by due date; filter by
    status, or look at another unit with `unit_id` (read-only: every signed-in role may already read
    every plan's tasks and their units' standing). Who may call: every signed-in user with a unit
    (officers mostly); 422 when the caller has no unit and names none.

    Args:
        plan_id (None | Unset | UUID): Only the assignments of this plan (404 when there is no
            such plan). None (the default): every plan's. Combines with `status` and `unit_id`.
        status (list[ListMyAssignmentsStatusType0Item] | None | Unset): One or more statuses
        unit_id (None | Unset | UUID): Another unit (default: your own)
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MyAssignmentPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            plan_id=plan_id,
            status=status,
            unit_id=unit_id,
            limit=limit,
            cursor=cursor,
            if_none_match=if_none_match,
        )
    ).parsed
