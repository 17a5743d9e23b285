from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.refresh_request import RefreshRequest
from ...models.token_response import TokenResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: None | RefreshRequest | Unset = UNSET,
    plandesk_refresh: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    cookies = {}
    if plandesk_refresh is not UNSET:
        cookies["plandesk_refresh"] = plandesk_refresh

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/auth/refresh",
        "cookies": cookies,
    }

    if isinstance(body, RefreshRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TokenResponse | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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
) -> Response[Problem | TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: None | RefreshRequest | Unset = UNSET,
    plandesk_refresh: None | str | Unset = UNSET,
) -> Response[Problem | TokenResponse]:
    """Exchange a refresh token (body or HttpOnly cookie) for new tokens

     Exchange a refresh token, from the body or the HttpOnly cookie, for a new access token and a new
    refresh token (rotation). Reusing a spent refresh token revokes its whole session family (401).
    No bearer token needed.

    Args:
        plandesk_refresh (None | str | Unset): The refresh token as the HttpOnly cookie that every
            token answer (POST /auth/login, /auth/token, /auth/refresh, /auth/password) sets, path
            /api/v1/auth, SameSite=Strict: browsers send it by themselves. Other clients may send the
            token in the body instead; when both are present the body's token is used.
        body (None | RefreshRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        plandesk_refresh=plandesk_refresh,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: None | RefreshRequest | Unset = UNSET,
    plandesk_refresh: None | str | Unset = UNSET,
) -> Problem | TokenResponse | None:
    """Exchange a refresh token (body or HttpOnly cookie) for new tokens

     Exchange a refresh token, from the body or the HttpOnly cookie, for a new access token and a new
    refresh token (rotation). Reusing a spent refresh token revokes its whole session family (401).
    No bearer token needed.

    Args:
        plandesk_refresh (None | str | Unset): The refresh token as the HttpOnly cookie that every
            token answer (POST /auth/login, /auth/token, /auth/refresh, /auth/password) sets, path
            /api/v1/auth, SameSite=Strict: browsers send it by themselves. Other clients may send the
            token in the body instead; when both are present the body's token is used.
        body (None | RefreshRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        plandesk_refresh=plandesk_refresh,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: None | RefreshRequest | Unset = UNSET,
    plandesk_refresh: None | str | Unset = UNSET,
) -> Response[Problem | TokenResponse]:
    """Exchange a refresh token (body or HttpOnly cookie) for new tokens

     Exchange a refresh token, from the body or the HttpOnly cookie, for a new access token and a new
    refresh token (rotation). Reusing a spent refresh token revokes its whole session family (401).
    No bearer token needed.

    Args:
        plandesk_refresh (None | str | Unset): The refresh token as the HttpOnly cookie that every
            token answer (POST /auth/login, /auth/token, /auth/refresh, /auth/password) sets, path
            /api/v1/auth, SameSite=Strict: browsers send it by themselves. Other clients may send the
            token in the body instead; when both are present the body's token is used.
        body (None | RefreshRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        plandesk_refresh=plandesk_refresh,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: None | RefreshRequest | Unset = UNSET,
    plandesk_refresh: None | str | Unset = UNSET,
) -> Problem | TokenResponse | None:
    """Exchange a refresh token (body or HttpOnly cookie) for new tokens

     Exchange a refresh token, from the body or the HttpOnly cookie, for a new access token and a new
    refresh token (rotation). Reusing a spent refresh token revokes its whole session family (401).
    No bearer token needed.

    Args:
        plandesk_refresh (None | str | Unset): The refresh token as the HttpOnly cookie that every
            token answer (POST /auth/login, /auth/token, /auth/refresh, /auth/password) sets, path
            /api/v1/auth, SameSite=Strict: browsers send it by themselves. Other clients may send the
            token in the body instead; when both are present the body's token is used.
        body (None | RefreshRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            plandesk_refresh=plandesk_refresh,
        )
    ).parsed
