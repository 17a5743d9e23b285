from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.period_board_out import PeriodBoardOut
from ...types import Response


def _get_kwargs(
    period_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/reporting-periods/{period_id}/board".format(
            period_id=quote(str(period_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPValidationError | PeriodBoardOut | None:
    if response.status_code == 200:
        response_200 = PeriodBoardOut.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | HTTPValidationError | PeriodBoardOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    period_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | HTTPValidationError | PeriodBoardOut]:
    """Who has reported for the period, who is missing, who is late

    Args:
        period_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError | PeriodBoardOut]
    """

    kwargs = _get_kwargs(
        period_id=period_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    period_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | HTTPValidationError | PeriodBoardOut | None:
    """Who has reported for the period, who is missing, who is late

    Args:
        period_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError | PeriodBoardOut
    """

    return sync_detailed(
        period_id=period_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    period_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Any | HTTPValidationError | PeriodBoardOut]:
    """Who has reported for the period, who is missing, who is late

    Args:
        period_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError | PeriodBoardOut]
    """

    kwargs = _get_kwargs(
        period_id=period_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    period_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Any | HTTPValidationError | PeriodBoardOut | None:
    """Who has reported for the period, who is missing, who is late

    Args:
        period_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError | PeriodBoardOut
    """

    return (
        await asyncio_detailed(
            period_id=period_id,
            client=client,
        )
    ).parsed
