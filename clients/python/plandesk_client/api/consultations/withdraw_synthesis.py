from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.consultation_out import ConsultationOut
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    consultation_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/consultations/{consultation_id}/synthesis/publication".format(
            consultation_id=quote(str(consultation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConsultationOut | Problem | None:
    if response.status_code == 200:
        response_200 = ConsultationOut.from_dict(response.json())

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
    consultation_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ConsultationOut | Problem]:
    """Withdraw the published synthesis from the public page

     Withdraw the published synthesis: the public page answers 404 for it again.

    Admins and coordinators only. Withdrawing one that is not published changes nothing.

    Args:
        consultation_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsultationOut | Problem]
    """

    kwargs = _get_kwargs(
        consultation_id=consultation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consultation_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ConsultationOut | Problem | None:
    """Withdraw the published synthesis from the public page

     Withdraw the published synthesis: the public page answers 404 for it again.

    Admins and coordinators only. Withdrawing one that is not published changes nothing.

    Args:
        consultation_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsultationOut | Problem
    """

    return sync_detailed(
        consultation_id=consultation_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    consultation_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ConsultationOut | Problem]:
    """Withdraw the published synthesis from the public page

     Withdraw the published synthesis: the public page answers 404 for it again.

    Admins and coordinators only. Withdrawing one that is not published changes nothing.

    Args:
        consultation_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsultationOut | Problem]
    """

    kwargs = _get_kwargs(
        consultation_id=consultation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consultation_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ConsultationOut | Problem | None:
    """Withdraw the published synthesis from the public page

     Withdraw the published synthesis: the public page answers 404 for it again.

    Admins and coordinators only. Withdrawing one that is not published changes nothing.

    Args:
        consultation_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsultationOut | Problem
    """

    return (
        await asyncio_detailed(
            consultation_id=consultation_id,
            client=client,
        )
    ).parsed
