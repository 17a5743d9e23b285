from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.render_out import RenderOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    render_id: UUID,
    *,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/report-renders/{render_id}".format(
            render_id=quote(str(render_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | RenderOut | None:
    if response.status_code == 200:
        response_200 = RenderOut.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

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
) -> Response[Any | Problem | RenderOut]:
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
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | RenderOut]:
    """A render's state and progress (poll until done, then download)

     A render's state, stage and progress; `download_url` once it is done, `error` if it failed.
    Who may call: every signed-in role, and service accounts with the `plans:read` scope; a render of
    a unit report still with its unit (a draft, or returned), only its unit's officers, coordinators
    and admins (403 for the others). 404 when the render does not exist.

    Args:
        render_id (UUID):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | RenderOut]
    """

    kwargs = _get_kwargs(
        render_id=render_id,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    render_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | RenderOut | None:
    """A render's state and progress (poll until done, then download)

     A render's state, stage and progress; `download_url` once it is done, `error` if it failed.
    Who may call: every signed-in role, and service accounts with the `plans:read` scope; a render of
    a unit report still with its unit (a draft, or returned), only its unit's officers, coordinators
    and admins (403 for the others). 404 when the render does not exist.

    Args:
        render_id (UUID):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | RenderOut
    """

    return sync_detailed(
        render_id=render_id,
        client=client,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    render_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | RenderOut]:
    """A render's state and progress (poll until done, then download)

     A render's state, stage and progress; `download_url` once it is done, `error` if it failed.
    Who may call: every signed-in role, and service accounts with the `plans:read` scope; a render of
    a unit report still with its unit (a draft, or returned), only its unit's officers, coordinators
    and admins (403 for the others). 404 when the render does not exist.

    Args:
        render_id (UUID):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | RenderOut]
    """

    kwargs = _get_kwargs(
        render_id=render_id,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    render_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | RenderOut | None:
    """A render's state and progress (poll until done, then download)

     A render's state, stage and progress; `download_url` once it is done, `error` if it failed.
    Who may call: every signed-in role, and service accounts with the `plans:read` scope; a render of
    a unit report still with its unit (a draft, or returned), only its unit's officers, coordinators
    and admins (403 for the others). 404 when the render does not exist.

    Args:
        render_id (UUID):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | RenderOut
    """

    return (
        await asyncio_detailed(
            render_id=render_id,
            client=client,
            if_none_match=if_none_match,
        )
    ).parsed
