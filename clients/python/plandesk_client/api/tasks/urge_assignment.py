from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.urge_create import UrgeCreate
from ...models.urge_out import UrgeOut
from ...types import Response


def _get_kwargs(
    task_id: UUID,
    unit_id: UUID,
    *,
    body: UrgeCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/tasks/{task_id}/assignments/{unit_id}/urge".format(
            task_id=quote(str(task_id), safe=""),
            unit_id=quote(str(unit_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | UrgeOut | None:
    if response.status_code == 201:
        response_201 = UrgeOut.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | UrgeOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    task_id: UUID,
    unit_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UrgeCreate,
) -> Response[Problem | UrgeOut]:
    """Urge a unit on its assignment (coordinators)

     Send a unit a reminder on its assignment ("kiểm tra, đôn đốc"): recorded in the assignment's
    history and notified to the unit's officers. Answers 201 with the urge. Who may call: admin and
    coordinator. 404 when the unit has no assignment on the task.

    Args:
        task_id (UUID):
        unit_id (UUID):
        body (UrgeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UrgeOut]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        unit_id=unit_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: UUID,
    unit_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UrgeCreate,
) -> Problem | UrgeOut | None:
    """Urge a unit on its assignment (coordinators)

     Send a unit a reminder on its assignment ("kiểm tra, đôn đốc"): recorded in the assignment's
    history and notified to the unit's officers. Answers 201 with the urge. Who may call: admin and
    coordinator. 404 when the unit has no assignment on the task.

    Args:
        task_id (UUID):
        unit_id (UUID):
        body (UrgeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UrgeOut
    """

    return sync_detailed(
        task_id=task_id,
        unit_id=unit_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    task_id: UUID,
    unit_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UrgeCreate,
) -> Response[Problem | UrgeOut]:
    """Urge a unit on its assignment (coordinators)

     Send a unit a reminder on its assignment ("kiểm tra, đôn đốc"): recorded in the assignment's
    history and notified to the unit's officers. Answers 201 with the urge. Who may call: admin and
    coordinator. 404 when the unit has no assignment on the task.

    Args:
        task_id (UUID):
        unit_id (UUID):
        body (UrgeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UrgeOut]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        unit_id=unit_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: UUID,
    unit_id: UUID,
    *,
    client: AuthenticatedClient,
    body: UrgeCreate,
) -> Problem | UrgeOut | None:
    """Urge a unit on its assignment (coordinators)

     Send a unit a reminder on its assignment ("kiểm tra, đôn đốc"): recorded in the assignment's
    history and notified to the unit's officers. Answers 201 with the urge. Who may call: admin and
    coordinator. 404 when the unit has no assignment on the task.

    Args:
        task_id (UUID):
        unit_id (UUID):
        body (UrgeCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UrgeOut
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            unit_id=unit_id,
            client=client,
            body=body,
        )
    ).parsed
