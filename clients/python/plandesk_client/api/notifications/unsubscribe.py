from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.unsubscribe_result import UnsubscribeResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    token: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/notifications/unsubscribe",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | UnsubscribeResult | None:
    if response.status_code == 200:
        response_200 = UnsubscribeResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

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
) -> Response[Problem | UnsubscribeResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    token: str,
) -> Response[Problem | UnsubscribeResult]:
    """One-click unsubscribe from e-mail (List-Unsubscribe-Post; the link's signed token)

     One-click unsubscribe (RFC 8058 List-Unsubscribe-Post) from the link in every notification
    e-mail: turns the recipient's e-mail off (`email_mode: off`); the app keeps notifying. Needs no
    sign-in: the `token` in the link is signed for that user. 404 for a token that is not valid
    or whose user no longer exists. Who may call: anyone holding the link.

    Args:
        token (str): From the e-mail's link

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UnsubscribeResult]
    """

    kwargs = _get_kwargs(
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    token: str,
) -> Problem | UnsubscribeResult | None:
    """One-click unsubscribe from e-mail (List-Unsubscribe-Post; the link's signed token)

     One-click unsubscribe (RFC 8058 List-Unsubscribe-Post) from the link in every notification
    e-mail: turns the recipient's e-mail off (`email_mode: off`); the app keeps notifying. Needs no
    sign-in: the `token` in the link is signed for that user. 404 for a token that is not valid
    or whose user no longer exists. Who may call: anyone holding the link.

    Args:
        token (str): From the e-mail's link

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UnsubscribeResult
    """

    return sync_detailed(
        client=client,
        token=token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    token: str,
) -> Response[Problem | UnsubscribeResult]:
    """One-click unsubscribe from e-mail (List-Unsubscribe-Post; the link's signed token)

     One-click unsubscribe (RFC 8058 List-Unsubscribe-Post) from the link in every notification
    e-mail: turns the recipient's e-mail off (`email_mode: off`); the app keeps notifying. Needs no
    sign-in: the `token` in the link is signed for that user. 404 for a token that is not valid
    or whose user no longer exists. Who may call: anyone holding the link.

    Args:
        token (str): From the e-mail's link

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UnsubscribeResult]
    """

    kwargs = _get_kwargs(
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    token: str,
) -> Problem | UnsubscribeResult | None:
    """One-click unsubscribe from e-mail (List-Unsubscribe-Post; the link's signed token)

     One-click unsubscribe (RFC 8058 List-Unsubscribe-Post) from the link in every notification
    e-mail: turns the recipient's e-mail off (`email_mode: off`); the app keeps notifying. Needs no
    sign-in: the `token` in the link is signed for that user. 404 for a token that is not valid
    or whose user no longer exists. Who may call: anyone holding the link.

    Args:
        token (str): From the e-mail's link

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UnsubscribeResult
    """

    return (
        await asyncio_detailed(
            client=client,
            token=token,
        )
    ).parsed
