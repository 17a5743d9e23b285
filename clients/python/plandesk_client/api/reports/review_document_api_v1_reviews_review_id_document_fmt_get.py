from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.review_document_api_v1_reviews_review_id_document_fmt_get_fmt import (
    ReviewDocumentApiV1ReviewsReviewIdDocumentFmtGetFmt,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    review_id: UUID,
    fmt: ReviewDocumentApiV1ReviewsReviewIdDocumentFmtGetFmt,
    *,
    issue: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_issue: int | None | Unset
    if isinstance(issue, Unset):
        json_issue = UNSET
    else:
        json_issue = issue
    params["issue"] = json_issue

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/reviews/{review_id}/document.{fmt}".format(
            review_id=quote(str(review_id), safe=""),
            fmt=quote(str(fmt), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 401:
        return None

    if response.status_code == 403:
        return None

    if response.status_code == 404:
        return None

    if response.status_code == 409:
        return None

    if response.status_code == 422:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    review_id: UUID,
    fmt: ReviewDocumentApiV1ReviewsReviewIdDocumentFmtGetFmt,
    *,
    client: AuthenticatedClient,
    issue: int | None | Unset = UNSET,
) -> Response[Any]:
    """The review as DOCX (Decree 30) or PDF, issued or draft (small plans; large: POST …/renders)

    Args:
        review_id (UUID):
        fmt (ReviewDocumentApiV1ReviewsReviewIdDocumentFmtGetFmt):
        issue (int | None | Unset): The issued version (default: the current draft)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        review_id=review_id,
        fmt=fmt,
        issue=issue,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    review_id: UUID,
    fmt: ReviewDocumentApiV1ReviewsReviewIdDocumentFmtGetFmt,
    *,
    client: AuthenticatedClient,
    issue: int | None | Unset = UNSET,
) -> Response[Any]:
    """The review as DOCX (Decree 30) or PDF, issued or draft (small plans; large: POST …/renders)

    Args:
        review_id (UUID):
        fmt (ReviewDocumentApiV1ReviewsReviewIdDocumentFmtGetFmt):
        issue (int | None | Unset): The issued version (default: the current draft)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        review_id=review_id,
        fmt=fmt,
        issue=issue,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
