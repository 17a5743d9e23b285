from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.endpoint_with_secret import EndpointWithSecret
from ...models.problem import Problem
from ...models.rotate_secret import RotateSecret
from ...types import Response


def _get_kwargs(
    endpoint_id: UUID,
    *,
    body: RotateSecret,
    if_match: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/webhooks/{endpoint_id}/rotate-secret".format(
            endpoint_id=quote(str(endpoint_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EndpointWithSecret | Problem | None:
    if response.status_code == 200:
        response_200 = EndpointWithSecret.from_dict(response.json())

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
) -> Response[EndpointWithSecret | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    endpoint_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RotateSecret,
    if_match: str,
) -> Response[EndpointWithSecret | Problem]:
    """Rotate the signing secret; the old one keeps signing during the overlap

     Issue a new signing secret, shown this once in the answer. For `overlap_hours` (default 24, 0–168)
    the old secret keeps signing too: `webhook-signature` then carries both signatures, so receivers
    can switch without missing an event. Requires If-Match (428 without, 412 when stale). Audited.
    Who may call: admins, and coordinators for endpoints filtered to a plan they coordinate.

    Args:
        endpoint_id (UUID):
        if_match (str):
        body (RotateSecret):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointWithSecret | Problem]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    endpoint_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RotateSecret,
    if_match: str,
) -> EndpointWithSecret | Problem | None:
    """Rotate the signing secret; the old one keeps signing during the overlap

     Issue a new signing secret, shown this once in the answer. For `overlap_hours` (default 24, 0–168)
    the old secret keeps signing too: `webhook-signature` then carries both signatures, so receivers
    can switch without missing an event. Requires If-Match (428 without, 412 when stale). Audited.
    Who may call: admins, and coordinators for endpoints filtered to a plan they coordinate.

    Args:
        endpoint_id (UUID):
        if_match (str):
        body (RotateSecret):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointWithSecret | Problem
    """

    return sync_detailed(
        endpoint_id=endpoint_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    endpoint_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RotateSecret,
    if_match: str,
) -> Response[EndpointWithSecret | Problem]:
    """Rotate the signing secret; the old one keeps signing during the overlap

     Issue a new signing secret, shown this once in the answer. For `overlap_hours` (default 24, 0–168)
    the old secret keeps signing too: `webhook-signature` then carries both signatures, so receivers
    can switch without missing an event. Requires If-Match (428 without, 412 when stale). Audited.
    Who may call: admins, and coordinators for endpoints filtered to a plan they coordinate.

    Args:
        endpoint_id (UUID):
        if_match (str):
        body (RotateSecret):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EndpointWithSecret | Problem]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    endpoint_id: UUID,
    *,
    client: AuthenticatedClient,
    body: RotateSecret,
    if_match: str,
) -> EndpointWithSecret | Problem | None:
    """Rotate the signing secret; the old one keeps signing during the overlap

     Issue a new signing secret, shown this once in the answer. For `overlap_hours` (default 24, 0–168)
    the old secret keeps signing too: `webhook-signature` then carries both signatures, so receivers
    can switch without missing an event. Requires If-Match (428 without, 412 when stale). Audited.
    Who may call: admins, and coordinators for endpoints filtered to a plan they coordinate.

    Args:
        endpoint_id (UUID):
        if_match (str):
        body (RotateSecret):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EndpointWithSecret | Problem
    """

    return (
        await asyncio_detailed(
            endpoint_id=endpoint_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
