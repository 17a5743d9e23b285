from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    render_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/report-renders/{render_id}/file".format(
            render_id=quote(str(render_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | None:
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    render_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem]:
    """Download a finished render (409 while it is queued or running)

     The finished document, sent as an attachment with its file name. Who may call: every signed-in
    role, and service accounts with the `plans:read` scope; a render of a unit report still with its
    unit (a draft, or returned), only its unit's officers, coordinators and admins (403 for the
    others). 404 when the render does not exist; 409 while it is queued or running, or when it
    failed.

    Args:
        render_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem]
    """

    kwargs = _get_kwargs(
        render_id=render_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    render_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | None:
    """Download a finished render (409 while it is queued or running)

     The finished document, sent as an attachment with its file name. Who may call: every signed-in
    role, and service accounts with the `plans:read` scope; a render of a unit report still with its
    unit (a draft, or returned), only its unit's officers, coordinators and admins (403 for the
    others). 404 when the render does not exist; 409 while it is queued or running, or when it
    failed.

    Args:
        render_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem
    """

    return sync_detailed(
        render_id=render_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    render_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem]:
    """Download a finished render (409 while it is queued or running)

     The finished document, sent as an attachment with its file name. Who may call: every signed-in
    role, and service accounts with the `plans:read` scope; a render of a unit report still with its
    unit (a draft, or returned), only its unit's officers, coordinators and admins (403 for the
    others). 404 when the render does not exist; 409 while it is queued or running, or when it
    failed.

    Args:
        render_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem]
    """

    kwargs = _get_kwargs(
        render_id=render_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    render_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | None:
    """Download a finished render (409 while it is queued or running)

     The finished document, sent as an attachment with its file name. Who may call: every signed-in
    role, and service accounts with the `plans:read` scope; a render of a unit report still with its
    unit (a draft, or returned), only its unit's officers, coordinators and admins (403 for the
    others). 404 when the render does not exist; 409 while it is queued or running, or when it
    failed.

    Args:
        render_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem
    """

    return (
        await asyncio_detailed(
            render_id=render_id,
            client=client,
        )
    ).parsed
