from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.progress_create import ProgressCreate
from ...models.progress_out import ProgressOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    task_id: UUID,
    *,
    body: ProgressCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/tasks/{task_id}/updates".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ProgressOut | None:
    if response.status_code == 201:
        response_201 = ProgressOut.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | ProgressOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    task_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ProgressCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | ProgressOut]:
    """Report progress on your unit's assignment (append-only; honours Idempotency-Key)

     Report progress on an assignment: a new status, a percent and/or a note, appended to its history
    (never edited). `unit_id` defaults to the caller's unit; unit officers may report only for their
    own unit (403). Answers 201 with the update and the assignment as it now stands. Honours
    Idempotency-Key: retrying with the same key and body returns the first answer. Who may call:
    admin, coordinator, unit_officer, service accounts with `tasks:write`.

    Args:
        task_id (UUID):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            first response.
        body (ProgressCreate): A progress report. ``unit_id`` defaults to the caller's own unit.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProgressOut]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ProgressCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | ProgressOut | None:
    """Report progress on your unit's assignment (append-only; honours Idempotency-Key)

     Report progress on an assignment: a new status, a percent and/or a note, appended to its history
    (never edited). `unit_id` defaults to the caller's unit; unit officers may report only for their
    own unit (403). Answers 201 with the update and the assignment as it now stands. Honours
    Idempotency-Key: retrying with the same key and body returns the first answer. Who may call:
    admin, coordinator, unit_officer, service accounts with `tasks:write`.

    Args:
        task_id (UUID):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            first response.
        body (ProgressCreate): A progress report. ``unit_id`` defaults to the caller's own unit.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProgressOut
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    task_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ProgressCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | ProgressOut]:
    """Report progress on your unit's assignment (append-only; honours Idempotency-Key)

     Report progress on an assignment: a new status, a percent and/or a note, appended to its history
    (never edited). `unit_id` defaults to the caller's unit; unit officers may report only for their
    own unit (403). Answers 201 with the update and the assignment as it now stands. Honours
    Idempotency-Key: retrying with the same key and body returns the first answer. Who may call:
    admin, coordinator, unit_officer, service accounts with `tasks:write`.

    Args:
        task_id (UUID):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            first response.
        body (ProgressCreate): A progress report. ``unit_id`` defaults to the caller's own unit.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProgressOut]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ProgressCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | ProgressOut | None:
    """Report progress on your unit's assignment (append-only; honours Idempotency-Key)

     Report progress on an assignment: a new status, a percent and/or a note, appended to its history
    (never edited). `unit_id` defaults to the caller's unit; unit officers may report only for their
    own unit (403). Answers 201 with the update and the assignment as it now stands. Honours
    Idempotency-Key: retrying with the same key and body returns the first answer. Who may call:
    admin, coordinator, unit_officer, service accounts with `tasks:write`.

    Args:
        task_id (UUID):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            first response.
        body (ProgressCreate): A progress report. ``unit_id`` defaults to the caller's own unit.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProgressOut
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
