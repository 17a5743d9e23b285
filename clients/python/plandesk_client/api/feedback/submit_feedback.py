from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.feedback_create import FeedbackCreate
from ...models.feedback_receipt import FeedbackReceipt
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    consultation_id: UUID,
    *,
    body: FeedbackCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/consultations/{consultation_id}/feedback".format(
            consultation_id=quote(str(consultation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FeedbackReceipt | Problem | None:
    if response.status_code == 201:
        response_201 = FeedbackReceipt.from_dict(response.json())

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
) -> Response[FeedbackReceipt | Problem]:
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
    body: FeedbackCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[FeedbackReceipt | Problem]:
    """Submit feedback on an open consultation (sign-in optional)

     Anonymous submissions are rate limited per address and consultation. Send an `Idempotency-Key` to
    make retries safe: the same key and body return the first receipt.

    Args:
        consultation_id (UUID):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            first response.
        body (FeedbackCreate): One opinion on the draft under consultation, from the public form
            or typed in by staff.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FeedbackReceipt | Problem]
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
    body: FeedbackCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> FeedbackReceipt | Problem | None:
    """Submit feedback on an open consultation (sign-in optional)

     Anonymous submissions are rate limited per address and consultation. Send an `Idempotency-Key` to
    make retries safe: the same key and body return the first receipt.

    Args:
        consultation_id (UUID):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            first response.
        body (FeedbackCreate): One opinion on the draft under consultation, from the public form
            or typed in by staff.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FeedbackReceipt | Problem
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
    body: FeedbackCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[FeedbackReceipt | Problem]:
    """Submit feedback on an open consultation (sign-in optional)

     Anonymous submissions are rate limited per address and consultation. Send an `Idempotency-Key` to
    make retries safe: the same key and body return the first receipt.

    Args:
        consultation_id (UUID):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            first response.
        body (FeedbackCreate): One opinion on the draft under consultation, from the public form
            or typed in by staff.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FeedbackReceipt | Problem]
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
    body: FeedbackCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> FeedbackReceipt | Problem | None:
    """Submit feedback on an open consultation (sign-in optional)

     Anonymous submissions are rate limited per address and consultation. Send an `Idempotency-Key` to
    make retries safe: the same key and body return the first receipt.

    Args:
        consultation_id (UUID):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            first response.
        body (FeedbackCreate): One opinion on the draft under consultation, from the public form
            or typed in by staff.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FeedbackReceipt | Problem
    """

    return (
        await asyncio_detailed(
            consultation_id=consultation_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
