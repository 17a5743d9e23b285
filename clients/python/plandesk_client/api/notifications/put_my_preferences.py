from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.preferences_in import PreferencesIn
from ...models.preferences_out import PreferencesOut
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: PreferencesIn,
    if_match: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/me/notification-preferences",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PreferencesOut | Problem | None:
    if response.status_code == 200:
        response_200 = PreferencesOut.from_dict(response.json())

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
) -> Response[PreferencesOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PreferencesIn,
    if_match: str,
) -> Response[PreferencesOut | Problem]:
    """Replace my notification preferences (If-Match: the ETag read)

     Replace the caller's preferences; kinds not listed keep their earlier choice. Requires If-Match
    with the ETag read: 428 without it, 412 when they changed since. Quiet hours need both hours or
    neither (422). Notifications already written keep their language; the new choices apply from
    now on. Who may call: every signed-in user, for their own; service accounts have none (422).

    Args:
        if_match (str):
        body (PreferencesIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PreferencesOut | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: PreferencesIn,
    if_match: str,
) -> PreferencesOut | Problem | None:
    """Replace my notification preferences (If-Match: the ETag read)

     Replace the caller's preferences; kinds not listed keep their earlier choice. Requires If-Match
    with the ETag read: 428 without it, 412 when they changed since. Quiet hours need both hours or
    neither (422). Notifications already written keep their language; the new choices apply from
    now on. Who may call: every signed-in user, for their own; service accounts have none (422).

    Args:
        if_match (str):
        body (PreferencesIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PreferencesOut | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PreferencesIn,
    if_match: str,
) -> Response[PreferencesOut | Problem]:
    """Replace my notification preferences (If-Match: the ETag read)

     Replace the caller's preferences; kinds not listed keep their earlier choice. Requires If-Match
    with the ETag read: 428 without it, 412 when they changed since. Quiet hours need both hours or
    neither (422). Notifications already written keep their language; the new choices apply from
    now on. Who may call: every signed-in user, for their own; service accounts have none (422).

    Args:
        if_match (str):
        body (PreferencesIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PreferencesOut | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PreferencesIn,
    if_match: str,
) -> PreferencesOut | Problem | None:
    """Replace my notification preferences (If-Match: the ETag read)

     Replace the caller's preferences; kinds not listed keep their earlier choice. Requires If-Match
    with the ETag read: 428 without it, 412 when they changed since. Quiet hours need both hours or
    neither (422). Notifications already written keep their language; the new choices apply from
    now on. Who may call: every signed-in user, for their own; service accounts have none (422).

    Args:
        if_match (str):
        body (PreferencesIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PreferencesOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
