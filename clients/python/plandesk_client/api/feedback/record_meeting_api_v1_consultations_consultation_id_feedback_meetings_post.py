from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.meeting_batch_create import MeetingBatchCreate
from ...models.meeting_batch_out import MeetingBatchOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    consultation_id: UUID,
    *,
    body: MeetingBatchCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/consultations/{consultation_id}/feedback/meetings".format(
            consultation_id=quote(str(consultation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | MeetingBatchOut | None:
    if response.status_code == 201:
        response_201 = MeetingBatchOut.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 409:
        response_409 = cast(Any, None)
        return response_409

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | MeetingBatchOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    consultation_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MeetingBatchCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Any | MeetingBatchOut]:
    """Record the opinions gathered at a meeting, all or nothing

    Args:
        consultation_id (UUID):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            first response.
        body (MeetingBatchCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MeetingBatchOut]
    """

    kwargs = _get_kwargs(
        consultation_id=consultation_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consultation_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MeetingBatchCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Any | MeetingBatchOut | None:
    """Record the opinions gathered at a meeting, all or nothing

    Args:
        consultation_id (UUID):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            first response.
        body (MeetingBatchCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MeetingBatchOut
    """

    return sync_detailed(
        consultation_id=consultation_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    consultation_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MeetingBatchCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Any | MeetingBatchOut]:
    """Record the opinions gathered at a meeting, all or nothing

    Args:
        consultation_id (UUID):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            first response.
        body (MeetingBatchCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MeetingBatchOut]
    """

    kwargs = _get_kwargs(
        consultation_id=consultation_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consultation_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MeetingBatchCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Any | MeetingBatchOut | None:
    """Record the opinions gathered at a meeting, all or nothing

    Args:
        consultation_id (UUID):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            first response.
        body (MeetingBatchCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MeetingBatchOut
    """

    return (
        await asyncio_detailed(
            consultation_id=consultation_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
