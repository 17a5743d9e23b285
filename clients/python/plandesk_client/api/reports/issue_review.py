from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.review_issue_in import ReviewIssueIn
from ...models.review_issue_out import ReviewIssueOut
from ...types import Response


def _get_kwargs(
    review_id: UUID,
    *,
    body: ReviewIssueIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/reviews/{review_id}/issues".format(
            review_id=quote(str(review_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ReviewIssueOut | None:
    if response.status_code == 201:
        response_201 = ReviewIssueOut.from_dict(response.json())

        return response_201

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
) -> Response[Problem | ReviewIssueOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    review_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReviewIssueIn,
) -> Response[Problem | ReviewIssueOut]:
    """Issue the review: a numbered, dated version that never changes

     Issue the review: freeze it as it reads now under the next number, dated `issued_on` (default:
    today in the plan's time zone). An issue never changes; later edits go to the next one. A
    `review.issued` event is emitted (webhooks). Who may call: coordinators and admins
    (`reviews:write`).
    404 when the review does not exist.

    Args:
        review_id (UUID):
        body (ReviewIssueIn): Issue the review as it reads now.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReviewIssueOut]
    """

    kwargs = _get_kwargs(
        review_id=review_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    review_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReviewIssueIn,
) -> Problem | ReviewIssueOut | None:
    """Issue the review: a numbered, dated version that never changes

     Issue the review: freeze it as it reads now under the next number, dated `issued_on` (default:
    today in the plan's time zone). An issue never changes; later edits go to the next one. A
    `review.issued` event is emitted (webhooks). Who may call: coordinators and admins
    (`reviews:write`).
    404 when the review does not exist.

    Args:
        review_id (UUID):
        body (ReviewIssueIn): Issue the review as it reads now.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReviewIssueOut
    """

    return sync_detailed(
        review_id=review_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    review_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReviewIssueIn,
) -> Response[Problem | ReviewIssueOut]:
    """Issue the review: a numbered, dated version that never changes

     Issue the review: freeze it as it reads now under the next number, dated `issued_on` (default:
    today in the plan's time zone). An issue never changes; later edits go to the next one. A
    `review.issued` event is emitted (webhooks). Who may call: coordinators and admins
    (`reviews:write`).
    404 when the review does not exist.

    Args:
        review_id (UUID):
        body (ReviewIssueIn): Issue the review as it reads now.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReviewIssueOut]
    """

    kwargs = _get_kwargs(
        review_id=review_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    review_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReviewIssueIn,
) -> Problem | ReviewIssueOut | None:
    """Issue the review: a numbered, dated version that never changes

     Issue the review: freeze it as it reads now under the next number, dated `issued_on` (default:
    today in the plan's time zone). An issue never changes; later edits go to the next one. A
    `review.issued` event is emitted (webhooks). Who may call: coordinators and admins
    (`reviews:write`).
    404 when the review does not exist.

    Args:
        review_id (UUID):
        body (ReviewIssueIn): Issue the review as it reads now.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReviewIssueOut
    """

    return (
        await asyncio_detailed(
            review_id=review_id,
            client=client,
            body=body,
        )
    ).parsed
