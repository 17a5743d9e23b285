from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.reminder_rules_out import ReminderRulesOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    plan_id: UUID,
    *,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/plans/{plan_id}/reminder-rules".format(
            plan_id=quote(str(plan_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | ReminderRulesOut | None:
    if response.status_code == 200:
        response_200 = ReminderRulesOut.from_dict(response.json())

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
) -> Response[Any | Problem | ReminderRulesOut]:
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
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | ReminderRulesOut]:
    """A plan's reminder schedule (coordinators, admins)

     When the plan's assigned units are reminded of their deadlines: day offsets from each assignment's
    resolved due date, weekly reminders while overdue, when overdue work is escalated to the
    coordinators and unit heads, and whether supporting units are reminded. A plan that never saved
    its own gets the default (`is_default: true`). The answer's ETag is the If-Match of the PUT. 404
    for an unknown plan. Who may call: admins and coordinators.

    Args:
        plan_id (UUID):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | ReminderRulesOut]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
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
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | ReminderRulesOut | None:
    """A plan's reminder schedule (coordinators, admins)

     When the plan's assigned units are reminded of their deadlines: day offsets from each assignment's
    resolved due date, weekly reminders while overdue, when overdue work is escalated to the
    coordinators and unit heads, and whether supporting units are reminded. A plan that never saved
    its own gets the default (`is_default: true`). The answer's ETag is the If-Match of the PUT. 404
    for an unknown plan. Who may call: admins and coordinators.

    Args:
        plan_id (UUID):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | ReminderRulesOut
    """

    return sync_detailed(
        plan_id=plan_id,
        client=client,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | ReminderRulesOut]:
    """A plan's reminder schedule (coordinators, admins)

     When the plan's assigned units are reminded of their deadlines: day offsets from each assignment's
    resolved due date, weekly reminders while overdue, when overdue work is escalated to the
    coordinators and unit heads, and whether supporting units are reminded. A plan that never saved
    its own gets the default (`is_default: true`). The answer's ETag is the If-Match of the PUT. 404
    for an unknown plan. Who may call: admins and coordinators.

    Args:
        plan_id (UUID):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | ReminderRulesOut]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | ReminderRulesOut | None:
    """A plan's reminder schedule (coordinators, admins)

     When the plan's assigned units are reminded of their deadlines: day offsets from each assignment's
    resolved due date, weekly reminders while overdue, when overdue work is escalated to the
    coordinators and unit heads, and whether supporting units are reminded. A plan that never saved
    its own gets the default (`is_default: true`). The answer's ETag is the If-Match of the PUT. 404
    for an unknown plan. Who may call: admins and coordinators.

    Args:
        plan_id (UUID):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | ReminderRulesOut
    """

    return (
        await asyncio_detailed(
            plan_id=plan_id,
            client=client,
            if_none_match=if_none_match,
        )
    ).parsed
