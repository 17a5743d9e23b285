import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dashboard import Dashboard
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    plan_id: UUID,
    *,
    today: datetime.date | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_today: None | str | Unset
    if isinstance(today, Unset):
        json_today = UNSET
    elif isinstance(today, datetime.date):
        json_today = today.isoformat()
    else:
        json_today = today
    params["today"] = json_today

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/plans/{plan_id}/dashboard".format(
            plan_id=quote(str(plan_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Dashboard | Problem | None:
    if response.status_code == 200:
        response_200 = Dashboard.from_dict(response.json())

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
) -> Response[Any | Dashboard | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    today: datetime.date | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Dashboard | Problem]:
    """A plan's figures: by status, deadline standing, unit scoreboard, phases, next 14 days

     The plan's figures as of `today` in the plan's time zone: tasks and assignments by status,
    deadline standing (on time, late, overdue by 1–7/8–30/30+ days, due within 7 days), a score line
    per unit, completion per phase and the next 14 days' deadlines and milestones. Computed in the
    database, then served from a per-process cache until any of the plan's data changes (exact:
    every write bumps the plan's data version in its own transaction). Who may call: every
    signed-in role, and service accounts with both `plans:read` and `tasks:read`.

    Args:
        plan_id (UUID):
        today (datetime.date | None | Unset): The day to report as of (default: today in the
            plan's time zone)
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Dashboard | Problem]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        today=today,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    today: datetime.date | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | Dashboard | Problem | None:
    """A plan's figures: by status, deadline standing, unit scoreboard, phases, next 14 days

     The plan's figures as of `today` in the plan's time zone: tasks and assignments by status,
    deadline standing (on time, late, overdue by 1–7/8–30/30+ days, due within 7 days), a score line
    per unit, completion per phase and the next 14 days' deadlines and milestones. Computed in the
    database, then served from a per-process cache until any of the plan's data changes (exact:
    every write bumps the plan's data version in its own transaction). Who may call: every
    signed-in role, and service accounts with both `plans:read` and `tasks:read`.

    Args:
        plan_id (UUID):
        today (datetime.date | None | Unset): The day to report as of (default: today in the
            plan's time zone)
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Dashboard | Problem
    """

    return sync_detailed(
        plan_id=plan_id,
        client=client,
        today=today,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    today: datetime.date | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Dashboard | Problem]:
    """A plan's figures: by status, deadline standing, unit scoreboard, phases, next 14 days

     The plan's figures as of `today` in the plan's time zone: tasks and assignments by status,
    deadline standing (on time, late, overdue by 1–7/8–30/30+ days, due within 7 days), a score line
    per unit, completion per phase and the next 14 days' deadlines and milestones. Computed in the
    database, then served from a per-process cache until any of the plan's data changes (exact:
    every write bumps the plan's data version in its own transaction). Who may call: every
    signed-in role, and service accounts with both `plans:read` and `tasks:read`.

    Args:
        plan_id (UUID):
        today (datetime.date | None | Unset): The day to report as of (default: today in the
            plan's time zone)
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Dashboard | Problem]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        today=today,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    today: datetime.date | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | Dashboard | Problem | None:
    """A plan's figures: by status, deadline standing, unit scoreboard, phases, next 14 days

     The plan's figures as of `today` in the plan's time zone: tasks and assignments by status,
    deadline standing (on time, late, overdue by 1–7/8–30/30+ days, due within 7 days), a score line
    per unit, completion per phase and the next 14 days' deadlines and milestones. Computed in the
    database, then served from a per-process cache until any of the plan's data changes (exact:
    every write bumps the plan's data version in its own transaction). Who may call: every
    signed-in role, and service accounts with both `plans:read` and `tasks:read`.

    Args:
        plan_id (UUID):
        today (datetime.date | None | Unset): The day to report as of (default: today in the
            plan's time zone)
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Dashboard | Problem
    """

    return (
        await asyncio_detailed(
            plan_id=plan_id,
            client=client,
            today=today,
            if_none_match=if_none_match,
        )
    ).parsed
