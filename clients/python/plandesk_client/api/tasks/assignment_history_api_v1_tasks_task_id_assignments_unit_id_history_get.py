from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.history_entry import HistoryEntry
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    task_id: UUID,
    unit_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/tasks/{task_id}/assignments/{unit_id}/history".format(
            task_id=quote(str(task_id), safe=""),
            unit_id=quote(str(unit_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPValidationError | list[HistoryEntry] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = HistoryEntry.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | HTTPValidationError | list[HistoryEntry]]:
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
) -> Response[Any | HTTPValidationError | list[HistoryEntry]]:
    """An assignment's progress updates and urges, oldest first

    Args:
        task_id (UUID):
        unit_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError | list[HistoryEntry]]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        unit_id=unit_id,
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
) -> Any | HTTPValidationError | list[HistoryEntry] | None:
    """An assignment's progress updates and urges, oldest first

    Args:
        task_id (UUID):
        unit_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError | list[HistoryEntry]
    """

    return sync_detailed(
        task_id=task_id,
        unit_id=unit_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    task_id: UUID,
    unit_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | HTTPValidationError | list[HistoryEntry]]:
    """An assignment's progress updates and urges, oldest first

    Args:
        task_id (UUID):
        unit_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError | list[HistoryEntry]]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        unit_id=unit_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: UUID,
    unit_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | HTTPValidationError | list[HistoryEntry] | None:
    """An assignment's progress updates and urges, oldest first

    Args:
        task_id (UUID):
        unit_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError | list[HistoryEntry]
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            unit_id=unit_id,
            client=client,
        )
    ).parsed
