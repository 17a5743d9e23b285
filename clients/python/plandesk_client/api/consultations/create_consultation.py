from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.consultation_create import ConsultationCreate
from ...models.consultation_out import ConsultationOut
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: ConsultationCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/consultations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConsultationOut | Problem | None:
    if response.status_code == 201:
        response_201 = ConsultationOut.from_dict(response.json())

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
) -> Response[ConsultationOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ConsultationCreate,
) -> Response[ConsultationOut | Problem]:
    """Open a consultation on a document version

     Open a consultation on one version of a draft document (its current version by default).

    Admins and coordinators only. The version is fixed for the consultation's life, so quotes
    in feedback always refer to the text people read. With `status: open` it appears on the
    public page at once and accepts feedback while now lies in `[opens_at, closes_at)`. 422 for
    an unknown document or version, an unknown lead unit, or `closes_at` not after `opens_at`.

    Args:
        body (ConsultationCreate): A consultation to open on one version of a draft document.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsultationOut | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ConsultationCreate,
) -> ConsultationOut | Problem | None:
    """Open a consultation on a document version

     Open a consultation on one version of a draft document (its current version by default).

    Admins and coordinators only. The version is fixed for the consultation's life, so quotes
    in feedback always refer to the text people read. With `status: open` it appears on the
    public page at once and accepts feedback while now lies in `[opens_at, closes_at)`. 422 for
    an unknown document or version, an unknown lead unit, or `closes_at` not after `opens_at`.

    Args:
        body (ConsultationCreate): A consultation to open on one version of a draft document.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsultationOut | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ConsultationCreate,
) -> Response[ConsultationOut | Problem]:
    """Open a consultation on a document version

     Open a consultation on one version of a draft document (its current version by default).

    Admins and coordinators only. The version is fixed for the consultation's life, so quotes
    in feedback always refer to the text people read. With `status: open` it appears on the
    public page at once and accepts feedback while now lies in `[opens_at, closes_at)`. 422 for
    an unknown document or version, an unknown lead unit, or `closes_at` not after `opens_at`.

    Args:
        body (ConsultationCreate): A consultation to open on one version of a draft document.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsultationOut | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ConsultationCreate,
) -> ConsultationOut | Problem | None:
    """Open a consultation on a document version

     Open a consultation on one version of a draft document (its current version by default).

    Admins and coordinators only. The version is fixed for the consultation's life, so quotes
    in feedback always refer to the text people read. With `status: open` it appears on the
    public page at once and accepts feedback while now lies in `[opens_at, closes_at)`. 422 for
    an unknown document or version, an unknown lead unit, or `closes_at` not after `opens_at`.

    Args:
        body (ConsultationCreate): A consultation to open on one version of a draft document.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsultationOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
