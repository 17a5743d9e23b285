from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assignment_out import AssignmentOut
from ...models.assignment_update import AssignmentUpdate
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    task_id: UUID,
    unit_id: UUID,
    *,
    body: AssignmentUpdate,
    if_match: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/tasks/{task_id}/assignments/{unit_id}".format(
            task_id=quote(str(task_id), safe=""),
            unit_id=quote(str(unit_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssignmentOut | Problem | None:
    if response.status_code == 200:
        response_200 = AssignmentOut.from_dict(response.json())

        return response_200

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

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 428:
        response_428 = Problem.from_dict(response.json())

        return response_428

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
) -> Response[AssignmentOut | Problem]:
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
    body: AssignmentUpdate,
    if_match: str,
) -> Response[AssignmentOut | Problem]:
    """Set a unit's status or percent on a task (unit officers: their own unit only)

     Set the unit's status and/or percent on the task (a progress update is recorded too). Unit
    officers may change only their own unit's assignment (403 otherwise); only coordinators may
    cancel an assignment or reopen a cancelled one. The task's derived status and percent follow.
    Send the ETag you read as If-Match: 428 without it, 412 (with the current version) when it
    changed since. Who may call: admin, coordinator, unit_officer (own unit), service accounts with
    `tasks:write`.

    Args:
        task_id (UUID):
        unit_id (UUID):
        if_match (str):
        body (AssignmentUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssignmentOut | Problem]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        unit_id=unit_id,
        body=body,
        if_match=if_match,
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
    body: AssignmentUpdate,
    if_match: str,
) -> AssignmentOut | Problem | None:
    """Set a unit's status or percent on a task (unit officers: their own unit only)

     Set the unit's status and/or percent on the task (a progress update is recorded too). Unit
    officers may change only their own unit's assignment (403 otherwise); only coordinators may
    cancel an assignment or reopen a cancelled one. The task's derived status and percent follow.
    Send the ETag you read as If-Match: 428 without it, 412 (with the current version) when it
    changed since. Who may call: admin, coordinator, unit_officer (own unit), service accounts with
    `tasks:write`.

    Args:
        task_id (UUID):
        unit_id (UUID):
        if_match (str):
        body (AssignmentUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssignmentOut | Problem
    """

    return sync_detailed(
        task_id=task_id,
        unit_id=unit_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    task_id: UUID,
    unit_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AssignmentUpdate,
    if_match: str,
) -> Response[AssignmentOut | Problem]:
    """Set a unit's status or percent on a task (unit officers: their own unit only)

     Set the unit's status and/or percent on the task (a progress update is recorded too). Unit
    officers may change only their own unit's assignment (403 otherwise); only coordinators may
    cancel an assignment or reopen a cancelled one. The task's derived status and percent follow.
    Send the ETag you read as If-Match: 428 without it, 412 (with the current version) when it
    changed since. Who may call: admin, coordinator, unit_officer (own unit), service accounts with
    `tasks:write`.

    Args:
        task_id (UUID):
        unit_id (UUID):
        if_match (str):
        body (AssignmentUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssignmentOut | Problem]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        unit_id=unit_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: UUID,
    unit_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AssignmentUpdate,
    if_match: str,
) -> AssignmentOut | Problem | None:
    """Set a unit's status or percent on a task (unit officers: their own unit only)

     Set the unit's status and/or percent on the task (a progress update is recorded too). Unit
    officers may change only their own unit's assignment (403 otherwise); only coordinators may
    cancel an assignment or reopen a cancelled one. The task's derived status and percent follow.
    Send the ETag you read as If-Match: 428 without it, 412 (with the current version) when it
    changed since. Who may call: admin, coordinator, unit_officer (own unit), service accounts with
    `tasks:write`.

    Args:
        task_id (UUID):
        unit_id (UUID):
        if_match (str):
        body (AssignmentUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssignmentOut | Problem
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            unit_id=unit_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
