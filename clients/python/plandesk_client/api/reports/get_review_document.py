from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_review_document_fmt import GetReviewDocumentFmt
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    review_id: UUID,
    fmt: GetReviewDocumentFmt,
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | None:
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    review_id: UUID,
    fmt: GetReviewDocumentFmt,
    *,
    client: AuthenticatedClient,
    issue: int | None | Unset = UNSET,
) -> Response[Problem]:
    """The review as DOCX (Decree 30) or PDF, issued or draft (small plans; large: POST …/renders)

     The review as a document, `fmt` docx (Word, Decree 30/2020/NĐ-CP layout) or pdf: the issued
    version `issue`, or the current draft; made during the request and sent as an attachment. Only
    for plans of up to 300 tasks: a larger one answers 409, ask for it with
    POST /api/v1/reviews/{review_id}/renders instead. Who may call: every signed-in role, and service
    accounts with the `plans:read` scope. 404 when the review or that issue does not exist.

    Args:
        review_id (UUID):
        fmt (GetReviewDocumentFmt): docx (Word, Decree 30 layout) or pdf
        issue (int | None | Unset): The issued version (default: the current draft)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem]
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


def sync(
    review_id: UUID,
    fmt: GetReviewDocumentFmt,
    *,
    client: AuthenticatedClient,
    issue: int | None | Unset = UNSET,
) -> Problem | None:
    """The review as DOCX (Decree 30) or PDF, issued or draft (small plans; large: POST …/renders)

     The review as a document, `fmt` docx (Word, Decree 30/2020/NĐ-CP layout) or pdf: the issued
    version `issue`, or the current draft; made during the request and sent as an attachment. Only
    for plans of up to 300 tasks: a larger one answers 409, ask for it with
    POST /api/v1/reviews/{review_id}/renders instead. Who may call: every signed-in role, and service
    accounts with the `plans:read` scope. 404 when the review or that issue does not exist.

    Args:
        review_id (UUID):
        fmt (GetReviewDocumentFmt): docx (Word, Decree 30 layout) or pdf
        issue (int | None | Unset): The issued version (default: the current draft)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem
    """

    return sync_detailed(
        review_id=review_id,
        fmt=fmt,
        client=client,
        issue=issue,
    ).parsed


async def asyncio_detailed(
    review_id: UUID,
    fmt: GetReviewDocumentFmt,
    *,
    client: AuthenticatedClient,
    issue: int | None | Unset = UNSET,
) -> Response[Problem]:
    """The review as DOCX (Decree 30) or PDF, issued or draft (small plans; large: POST …/renders)

     The review as a document, `fmt` docx (Word, Decree 30/2020/NĐ-CP layout) or pdf: the issued
    version `issue`, or the current draft; made during the request and sent as an attachment. Only
    for plans of up to 300 tasks: a larger one answers 409, ask for it with
    POST /api/v1/reviews/{review_id}/renders instead. Who may call: every signed-in role, and service
    accounts with the `plans:read` scope. 404 when the review or that issue does not exist.

    Args:
        review_id (UUID):
        fmt (GetReviewDocumentFmt): docx (Word, Decree 30 layout) or pdf
        issue (int | None | Unset): The issued version (default: the current draft)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem]
    """

    kwargs = _get_kwargs(
        review_id=review_id,
        fmt=fmt,
        issue=issue,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    review_id: UUID,
    fmt: GetReviewDocumentFmt,
    *,
    client: AuthenticatedClient,
    issue: int | None | Unset = UNSET,
) -> Problem | None:
    """The review as DOCX (Decree 30) or PDF, issued or draft (small plans; large: POST …/renders)

     The review as a document, `fmt` docx (Word, Decree 30/2020/NĐ-CP layout) or pdf: the issued
    version `issue`, or the current draft; made during the request and sent as an attachment. Only
    for plans of up to 300 tasks: a larger one answers 409, ask for it with
    POST /api/v1/reviews/{review_id}/renders instead. Who may call: every signed-in role, and service
    accounts with the `plans:read` scope. 404 when the review or that issue does not exist.

    Args:
        review_id (UUID):
        fmt (GetReviewDocumentFmt): docx (Word, Decree 30 layout) or pdf
        issue (int | None | Unset): The issued version (default: the current draft)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem
    """

    return (
        await asyncio_detailed(
            review_id=review_id,
            fmt=fmt,
            client=client,
            issue=issue,
        )
    ).parsed
