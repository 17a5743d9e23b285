from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.preferences_out import PreferencesOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/me/notification-preferences",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PreferencesOut | Problem | None:
    if response.status_code == 200:
        response_200 = PreferencesOut.from_dict(response.json())

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
) -> Response[Any | PreferencesOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PreferencesOut | Problem]:
    """My notification preferences: kinds, channels, digest or immediate, quiet hours

     The caller's notification preferences: language, e-mail mode (immediate, daily digest or off),
    digest hour, quiet hours, and for every kind whether it shows in the app and goes by e-mail (the
    kind's default until changed). `email_enabled` is false when the server sends no e-mail. The
    answer's ETag (that of the defaults before the first save) is the If-Match of the PUT. Who may
    call: every signed-in user, for their own; service accounts have none (422).

    Args:
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PreferencesOut | Problem]
    """

    kwargs = _get_kwargs(
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Any | PreferencesOut | Problem | None:
    """My notification preferences: kinds, channels, digest or immediate, quiet hours

     The caller's notification preferences: language, e-mail mode (immediate, daily digest or off),
    digest hour, quiet hours, and for every kind whether it shows in the app and goes by e-mail (the
    kind's default until changed). `email_enabled` is false when the server sends no e-mail. The
    answer's ETag (that of the defaults before the first save) is the If-Match of the PUT. Who may
    call: every signed-in user, for their own; service accounts have none (422).

    Args:
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PreferencesOut | Problem
    """

    return sync_detailed(
        client=client,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PreferencesOut | Problem]:
    """My notification preferences: kinds, channels, digest or immediate, quiet hours

     The caller's notification preferences: language, e-mail mode (immediate, daily digest or off),
    digest hour, quiet hours, and for every kind whether it shows in the app and goes by e-mail (the
    kind's default until changed). `email_enabled` is false when the server sends no e-mail. The
    answer's ETag (that of the defaults before the first save) is the If-Match of the PUT. Who may
    call: every signed-in user, for their own; service accounts have none (422).

    Args:
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PreferencesOut | Problem]
    """

    kwargs = _get_kwargs(
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Any | PreferencesOut | Problem | None:
    """My notification preferences: kinds, channels, digest or immediate, quiet hours

     The caller's notification preferences: language, e-mail mode (immediate, daily digest or off),
    digest hour, quiet hours, and for every kind whether it shows in the app and goes by e-mail (the
    kind's default until changed). `email_enabled` is false when the server sends no e-mail. The
    answer's ETag (that of the defaults before the first save) is the If-Match of the PUT. Who may
    call: every signed-in user, for their own; service accounts have none (422).

    Args:
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PreferencesOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            if_none_match=if_none_match,
        )
    ).parsed
