from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.public_feedback_status import PublicFeedbackStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    receipt: str,
    *,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/public/feedback/{receipt}".format(
            receipt=quote(str(receipt), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | PublicFeedbackStatus | None:
    if response.status_code == 200:
        response_200 = PublicFeedbackStatus.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

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
) -> Response[Any | Problem | PublicFeedbackStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    receipt: str,
    *,
    client: AuthenticatedClient | Client,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | PublicFeedbackStatus]:
    """Follow a submission by its receipt code: status and official answer

     Follow a submission by its receipt code, without signing in: its text, status and the official
    response once given. Contact details are never shown.

    The code is read forgivingly (case, dashes and spaces do not matter; I and L read as 1, O as
    0). 404 when no submission has this code; 422 when the code is not of the right shape.

    Args:
        receipt (str): The receipt code given when the opinion was submitted, e.g.
            `K7QM-4XDP-9TZR-2WHB`: 16 symbols, case-insensitive, dashes optional, I and L read as 1
            and O as 0. Codes of the older 32-character form are still accepted as given. 16–64
            characters of letters, digits, `-` and `_`.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | PublicFeedbackStatus]
    """

    kwargs = _get_kwargs(
        receipt=receipt,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    receipt: str,
    *,
    client: AuthenticatedClient | Client,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | PublicFeedbackStatus | None:
    """Follow a submission by its receipt code: status and official answer

     Follow a submission by its receipt code, without signing in: its text, status and the official
    response once given. Contact details are never shown.

    The code is read forgivingly (case, dashes and spaces do not matter; I and L read as 1, O as
    0). 404 when no submission has this code; 422 when the code is not of the right shape.

    Args:
        receipt (str): The receipt code given when the opinion was submitted, e.g.
            `K7QM-4XDP-9TZR-2WHB`: 16 symbols, case-insensitive, dashes optional, I and L read as 1
            and O as 0. Codes of the older 32-character form are still accepted as given. 16–64
            characters of letters, digits, `-` and `_`.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | PublicFeedbackStatus
    """

    return sync_detailed(
        receipt=receipt,
        client=client,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    receipt: str,
    *,
    client: AuthenticatedClient | Client,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | PublicFeedbackStatus]:
    """Follow a submission by its receipt code: status and official answer

     Follow a submission by its receipt code, without signing in: its text, status and the official
    response once given. Contact details are never shown.

    The code is read forgivingly (case, dashes and spaces do not matter; I and L read as 1, O as
    0). 404 when no submission has this code; 422 when the code is not of the right shape.

    Args:
        receipt (str): The receipt code given when the opinion was submitted, e.g.
            `K7QM-4XDP-9TZR-2WHB`: 16 symbols, case-insensitive, dashes optional, I and L read as 1
            and O as 0. Codes of the older 32-character form are still accepted as given. 16–64
            characters of letters, digits, `-` and `_`.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | PublicFeedbackStatus]
    """

    kwargs = _get_kwargs(
        receipt=receipt,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    receipt: str,
    *,
    client: AuthenticatedClient | Client,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | PublicFeedbackStatus | None:
    """Follow a submission by its receipt code: status and official answer

     Follow a submission by its receipt code, without signing in: its text, status and the official
    response once given. Contact details are never shown.

    The code is read forgivingly (case, dashes and spaces do not matter; I and L read as 1, O as
    0). 404 when no submission has this code; 422 when the code is not of the right shape.

    Args:
        receipt (str): The receipt code given when the opinion was submitted, e.g.
            `K7QM-4XDP-9TZR-2WHB`: 16 symbols, case-insensitive, dashes optional, I and L read as 1
            and O as 0. Codes of the older 32-character form are still accepted as given. 16–64
            characters of letters, digits, `-` and `_`.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | PublicFeedbackStatus
    """

    return (
        await asyncio_detailed(
            receipt=receipt,
            client=client,
            if_none_match=if_none_match,
        )
    ).parsed
