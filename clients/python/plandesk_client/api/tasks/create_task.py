from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.task_create import TaskCreate
from ...models.task_out import TaskOut
from ...types import Response


def _get_kwargs(
    plan_id: UUID,
    *,
    body: TaskCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/plans/{plan_id}/tasks".format(
            plan_id=quote(str(plan_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | TaskOut | None:
    if response.status_code == 201:
        response_201 = TaskOut.from_dict(response.json())

        return response_201

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | TaskOut]:
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
    body: TaskCreate,
) -> Response[Problem | TaskOut]:
    """Create a task: one lead unit, supporting units and/or unit groups

     Create a task in the plan with exactly one of `lead_unit_id` or `lead_group_id` (422 with neither
    or both), supporting units and/or groups, a deadline (fixed or anchored to a milestone) and
    channels. One assignment is made per unit: `lead`, `support`, or `member` for each active member
    of the addressed group. Answers 201 with the task and its ETag. Who may call: admin, coordinator,
    and service accounts with `tasks:write`. 404 when the plan does not exist; 422 when a unit,
    group, phase, channel or milestone is not in the plan.

    Args:
        plan_id (UUID):
        body (TaskCreate): A task: exactly one lead unit, or a unit group it is addressed to;
            supporting units
            given as units and/or unit groups.

            A group stands for its (active) member units: each gets its own assignment —
            role ``member`` for the group the task is addressed to, ``support`` for a supporting
            group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TaskOut]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    body: TaskCreate,
) -> Problem | TaskOut | None:
    """Create a task: one lead unit, supporting units and/or unit groups

     Create a task in the plan with exactly one of `lead_unit_id` or `lead_group_id` (422 with neither
    or both), supporting units and/or groups, a deadline (fixed or anchored to a milestone) and
    channels. One assignment is made per unit: `lead`, `support`, or `member` for each active member
    of the addressed group. Answers 201 with the task and its ETag. Who may call: admin, coordinator,
    and service accounts with `tasks:write`. 404 when the plan does not exist; 422 when a unit,
    group, phase, channel or milestone is not in the plan.

    Args:
        plan_id (UUID):
        body (TaskCreate): A task: exactly one lead unit, or a unit group it is addressed to;
            supporting units
            given as units and/or unit groups.

            A group stands for its (active) member units: each gets its own assignment —
            role ``member`` for the group the task is addressed to, ``support`` for a supporting
            group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TaskOut
    """

    return sync_detailed(
        plan_id=plan_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    body: TaskCreate,
) -> Response[Problem | TaskOut]:
    """Create a task: one lead unit, supporting units and/or unit groups

     Create a task in the plan with exactly one of `lead_unit_id` or `lead_group_id` (422 with neither
    or both), supporting units and/or groups, a deadline (fixed or anchored to a milestone) and
    channels. One assignment is made per unit: `lead`, `support`, or `member` for each active member
    of the addressed group. Answers 201 with the task and its ETag. Who may call: admin, coordinator,
    and service accounts with `tasks:write`. 404 when the plan does not exist; 422 when a unit,
    group, phase, channel or milestone is not in the plan.

    Args:
        plan_id (UUID):
        body (TaskCreate): A task: exactly one lead unit, or a unit group it is addressed to;
            supporting units
            given as units and/or unit groups.

            A group stands for its (active) member units: each gets its own assignment —
            role ``member`` for the group the task is addressed to, ``support`` for a supporting
            group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TaskOut]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    body: TaskCreate,
) -> Problem | TaskOut | None:
    """Create a task: one lead unit, supporting units and/or unit groups

     Create a task in the plan with exactly one of `lead_unit_id` or `lead_group_id` (422 with neither
    or both), supporting units and/or groups, a deadline (fixed or anchored to a milestone) and
    channels. One assignment is made per unit: `lead`, `support`, or `member` for each active member
    of the addressed group. Answers 201 with the task and its ETag. Who may call: admin, coordinator,
    and service accounts with `tasks:write`. 404 when the plan does not exist; 422 when a unit,
    group, phase, channel or milestone is not in the plan.

    Args:
        plan_id (UUID):
        body (TaskCreate): A task: exactly one lead unit, or a unit group it is addressed to;
            supporting units
            given as units and/or unit groups.

            A group stands for its (active) member units: each gets its own assignment —
            role ``member`` for the group the task is addressed to, ``support`` for a supporting
            group.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TaskOut
    """

    return (
        await asyncio_detailed(
            plan_id=plan_id,
            client=client,
            body=body,
        )
    ).parsed
