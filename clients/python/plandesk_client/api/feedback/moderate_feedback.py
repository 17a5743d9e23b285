from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.feedback_out import FeedbackOut
from ...models.feedback_update import FeedbackUpdate
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    feedback_id: UUID,
    *,
    body: FeedbackUpdate,
    if_match: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/feedback/{feedback_id}".format(
            feedback_id=quote(str(feedback_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FeedbackOut | Problem | None:
    if response.status_code == 200:
        response_200 = FeedbackOut.from_dict(response.json())

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
) -> Response[FeedbackOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    feedback_id: UUID,
    *,
    client: AuthenticatedClient,
    body: FeedbackUpdate,
    if_match: str,
) -> Response[FeedbackOut | Problem]:
    """Moderate a submission: status, official answer, tags, assignment

     Moderate one submission: move its status, give the official response (typed, or from a
    saved template), replace its tags, assign it to a moderator.

    Admins and moderators only; needs `If-Match` (428 without, 412 when someone moderated it
    since it was read). Status moves: received → in_review | duplicate | spam; in_review →
    received | accepted | partially_accepted | not_accepted | duplicate | spam; every decided
    status → in_review (reopen). accepted, partially_accepted and not_accepted need a response
    (422 without one). A refused move is 409 with `allowed`. The contributor reads the response
    and status by receipt code; an answer emits `feedback.answered` (without contact details).

    Args:
        feedback_id (UUID):
        if_match (str):
        body (FeedbackUpdate): A moderator's change to one submission; omitted fields stay as they
            are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FeedbackOut | Problem]
    """

    kwargs = _get_kwargs(
        feedback_id=feedback_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    feedback_id: UUID,
    *,
    client: AuthenticatedClient,
    body: FeedbackUpdate,
    if_match: str,
) -> FeedbackOut | Problem | None:
    """Moderate a submission: status, official answer, tags, assignment

     Moderate one submission: move its status, give the official response (typed, or from a
    saved template), replace its tags, assign it to a moderator.

    Admins and moderators only; needs `If-Match` (428 without, 412 when someone moderated it
    since it was read). Status moves: received → in_review | duplicate | spam; in_review →
    received | accepted | partially_accepted | not_accepted | duplicate | spam; every decided
    status → in_review (reopen). accepted, partially_accepted and not_accepted need a response
    (422 without one). A refused move is 409 with `allowed`. The contributor reads the response
    and status by receipt code; an answer emits `feedback.answered` (without contact details).

    Args:
        feedback_id (UUID):
        if_match (str):
        body (FeedbackUpdate): A moderator's change to one submission; omitted fields stay as they
            are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FeedbackOut | Problem
    """

    return sync_detailed(
        feedback_id=feedback_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    feedback_id: UUID,
    *,
    client: AuthenticatedClient,
    body: FeedbackUpdate,
    if_match: str,
) -> Response[FeedbackOut | Problem]:
    """Moderate a submission: status, official answer, tags, assignment

     Moderate one submission: move its status, give the official response (typed, or from a
    saved template), replace its tags, assign it to a moderator.

    Admins and moderators only; needs `If-Match` (428 without, 412 when someone moderated it
    since it was read). Status moves: received → in_review | duplicate | spam; in_review →
    received | accepted | partially_accepted | not_accepted | duplicate | spam; every decided
    status → in_review (reopen). accepted, partially_accepted and not_accepted need a response
    (422 without one). A refused move is 409 with `allowed`. The contributor reads the response
    and status by receipt code; an answer emits `feedback.answered` (without contact details).

    Args:
        feedback_id (UUID):
        if_match (str):
        body (FeedbackUpdate): A moderator's change to one submission; omitted fields stay as they
            are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FeedbackOut | Problem]
    """

    kwargs = _get_kwargs(
        feedback_id=feedback_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    feedback_id: UUID,
    *,
    client: AuthenticatedClient,
    body: FeedbackUpdate,
    if_match: str,
) -> FeedbackOut | Problem | None:
    """Moderate a submission: status, official answer, tags, assignment

     Moderate one submission: move its status, give the official response (typed, or from a
    saved template), replace its tags, assign it to a moderator.

    Admins and moderators only; needs `If-Match` (428 without, 412 when someone moderated it
    since it was read). Status moves: received → in_review | duplicate | spam; in_review →
    received | accepted | partially_accepted | not_accepted | duplicate | spam; every decided
    status → in_review (reopen). accepted, partially_accepted and not_accepted need a response
    (422 without one). A refused move is 409 with `allowed`. The contributor reads the response
    and status by receipt code; an answer emits `feedback.answered` (without contact details).

    Args:
        feedback_id (UUID):
        if_match (str):
        body (FeedbackUpdate): A moderator's change to one submission; omitted fields stay as they
            are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FeedbackOut | Problem
    """

    return (
        await asyncio_detailed(
            feedback_id=feedback_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
