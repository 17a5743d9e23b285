from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.public_synthesis_out import PublicSynthesisOut
from ...types import Response


def _get_kwargs(
    consultation_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/public/consultations/{consultation_id}/synthesis".format(
            consultation_id=quote(str(consultation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PublicSynthesisOut | None:
    if response.status_code == 200:
        response_200 = PublicSynthesisOut.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | PublicSynthesisOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    consultation_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | PublicSynthesisOut]:
    """A consultation's published synthesis: counts only (404 until published)

    Args:
        consultation_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PublicSynthesisOut]
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
    client: AuthenticatedClient | Client,
) -> Any | PublicSynthesisOut | None:
    """A consultation's published synthesis: counts only (404 until published)

    Args:
        consultation_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PublicSynthesisOut
    """

    return sync_detailed(
        consultation_id=consultation_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    consultation_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | PublicSynthesisOut]:
    """A consultation's published synthesis: counts only (404 until published)

    Args:
        consultation_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PublicSynthesisOut]
    """

    kwargs = _get_kwargs(
        consultation_id=consultation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consultation_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Any | PublicSynthesisOut | None:
    """A consultation's published synthesis: counts only (404 until published)

    Args:
        consultation_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PublicSynthesisOut
    """

    return (
        await asyncio_detailed(
            consultation_id=consultation_id,
            client=client,
        )
    ).parsed
