from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.public_feedback_status import PublicFeedbackStatus
from ...types import Response


def _get_kwargs(
    receipt: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/public/feedback/{receipt}".format(
            receipt=quote(str(receipt), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PublicFeedbackStatus | None:
    if response.status_code == 200:
        response_200 = PublicFeedbackStatus.from_dict(response.json())

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
) -> Response[Any | PublicFeedbackStatus]:
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
) -> Response[Any | PublicFeedbackStatus]:
    """Follow a submission by its receipt code: status and official answer

    Args:
        receipt (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PublicFeedbackStatus]
    """

    kwargs = _get_kwargs(
        receipt=receipt,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    receipt: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | PublicFeedbackStatus | None:
    """Follow a submission by its receipt code: status and official answer

    Args:
        receipt (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PublicFeedbackStatus
    """

    return sync_detailed(
        receipt=receipt,
        client=client,
    ).parsed


async def asyncio_detailed(
    receipt: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | PublicFeedbackStatus]:
    """Follow a submission by its receipt code: status and official answer

    Args:
        receipt (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PublicFeedbackStatus]
    """

    kwargs = _get_kwargs(
        receipt=receipt,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    receipt: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | PublicFeedbackStatus | None:
    """Follow a submission by its receipt code: status and official answer

    Args:
        receipt (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PublicFeedbackStatus
    """

    return (
        await asyncio_detailed(
            receipt=receipt,
            client=client,
        )
    ).parsed
