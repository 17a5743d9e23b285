from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.meeting_batch_create import MeetingBatchCreate
from ...models.meeting_batch_out import MeetingBatchOut
from ...models.problem import Problem
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MeetingBatchOut | Problem | None:
    if response.status_code == 201:
        response_201 = MeetingBatchOut.from_dict(response.json())

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
) -> Response[MeetingBatchOut | Problem]:
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
) -> Response[MeetingBatchOut | Problem]:
    """Record the opinions gathered at a meeting, all or nothing

     Record the opinions gathered at a meeting (hội nghị lấy ý kiến), typed in from its minutes:
    all are stored, or none.

    Admins, coordinators and unit officers, and service accounts with `feedback:write`. A unit
    officer records meetings of their own unit (403 for another unit's); the others name the
    unit in `unit_id` (default: their own unit; 422 when they have none). Each opinion becomes
    a submission with channel `meeting` and its own receipt code. 409 when the consultation is
    not open or now is outside its window; 422 for a quote not found in its section or offsets
    that do not match it. Send an `Idempotency-Key` to make retries safe.

    Args:
        consultation_id (UUID):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            first response.
        body (MeetingBatchCreate): The opinions gathered at one meeting, recorded together: all
            are stored, or none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeetingBatchOut | Problem]
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
) -> MeetingBatchOut | Problem | None:
    """Record the opinions gathered at a meeting, all or nothing

     Record the opinions gathered at a meeting (hội nghị lấy ý kiến), typed in from its minutes:
    all are stored, or none.

    Admins, coordinators and unit officers, and service accounts with `feedback:write`. A unit
    officer records meetings of their own unit (403 for another unit's); the others name the
    unit in `unit_id` (default: their own unit; 422 when they have none). Each opinion becomes
    a submission with channel `meeting` and its own receipt code. 409 when the consultation is
    not open or now is outside its window; 422 for a quote not found in its section or offsets
    that do not match it. Send an `Idempotency-Key` to make retries safe.

    Args:
        consultation_id (UUID):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            first response.
        body (MeetingBatchCreate): The opinions gathered at one meeting, recorded together: all
            are stored, or none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeetingBatchOut | Problem
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
) -> Response[MeetingBatchOut | Problem]:
    """Record the opinions gathered at a meeting, all or nothing

     Record the opinions gathered at a meeting (hội nghị lấy ý kiến), typed in from its minutes:
    all are stored, or none.

    Admins, coordinators and unit officers, and service accounts with `feedback:write`. A unit
    officer records meetings of their own unit (403 for another unit's); the others name the
    unit in `unit_id` (default: their own unit; 422 when they have none). Each opinion becomes
    a submission with channel `meeting` and its own receipt code. 409 when the consultation is
    not open or now is outside its window; 422 for a quote not found in its section or offsets
    that do not match it. Send an `Idempotency-Key` to make retries safe.

    Args:
        consultation_id (UUID):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            first response.
        body (MeetingBatchCreate): The opinions gathered at one meeting, recorded together: all
            are stored, or none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeetingBatchOut | Problem]
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
) -> MeetingBatchOut | Problem | None:
    """Record the opinions gathered at a meeting, all or nothing

     Record the opinions gathered at a meeting (hội nghị lấy ý kiến), typed in from its minutes:
    all are stored, or none.

    Admins, coordinators and unit officers, and service accounts with `feedback:write`. A unit
    officer records meetings of their own unit (403 for another unit's); the others name the
    unit in `unit_id` (default: their own unit; 422 when they have none). Each opinion becomes
    a submission with channel `meeting` and its own receipt code. 409 when the consultation is
    not open or now is outside its window; 422 for a quote not found in its section or offsets
    that do not match it. Send an `Idempotency-Key` to make retries safe.

    Args:
        consultation_id (UUID):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            first response.
        body (MeetingBatchCreate): The opinions gathered at one meeting, recorded together: all
            are stored, or none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeetingBatchOut | Problem
    """

    return (
        await asyncio_detailed(
            consultation_id=consultation_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
