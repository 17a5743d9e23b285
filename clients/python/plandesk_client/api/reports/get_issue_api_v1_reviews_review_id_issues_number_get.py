from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.review_issue_out import ReviewIssueOut
from ...types import Response


def _get_kwargs(
    review_id: UUID,
    number: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/reviews/{review_id}/issues/{number}".format(
            review_id=quote(str(review_id), safe=""),
            number=quote(str(number), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPValidationError | ReviewIssueOut | None:
    if response.status_code == 200:
        response_200 = ReviewIssueOut.from_dict(response.json())

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
) -> Response[Any | HTTPValidationError | ReviewIssueOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    review_id: UUID,
    number: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | HTTPValidationError | ReviewIssueOut]:
    """An issued version of the review

    Args:
        review_id (UUID):
        number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError | ReviewIssueOut]
    """

    kwargs = _get_kwargs(
        review_id=review_id,
        number=number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    review_id: UUID,
    number: int,
    *,
    client: AuthenticatedClient,
) -> Any | HTTPValidationError | ReviewIssueOut | None:
    """An issued version of the review

    Args:
        review_id (UUID):
        number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError | ReviewIssueOut
    """

    return sync_detailed(
        review_id=review_id,
        number=number,
        client=client,
    ).parsed


async def asyncio_detailed(
    review_id: UUID,
    number: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | HTTPValidationError | ReviewIssueOut]:
    """An issued version of the review

    Args:
        review_id (UUID):
        number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError | ReviewIssueOut]
    """

    kwargs = _get_kwargs(
        review_id=review_id,
        number=number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    review_id: UUID,
    number: int,
    *,
    client: AuthenticatedClient,
) -> Any | HTTPValidationError | ReviewIssueOut | None:
    """An issued version of the review

    Args:
        review_id (UUID):
        number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError | ReviewIssueOut
    """

    return (
        await asyncio_detailed(
            review_id=review_id,
            number=number,
            client=client,
        )
    ).parsed
