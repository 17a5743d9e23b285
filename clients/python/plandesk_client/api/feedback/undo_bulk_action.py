from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.undo_result import UndoResult
from ...types import Response


def _get_kwargs(
    consultation_id: UUID,
    bulk_action_id: UUID,
    feedback_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/consultations/{consultation_id}/bulk-actions/{bulk_action_id}/recipients/{feedback_id}/undo".format(
            consultation_id=quote(str(consultation_id), safe=""),
            bulk_action_id=quote(str(bulk_action_id), safe=""),
            feedback_id=quote(str(feedback_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | UndoResult | None:
    if response.status_code == 200:
        response_200 = UndoResult.from_dict(response.json())

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
) -> Response[Problem | UndoResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    consultation_id: UUID,
    bulk_action_id: UUID,
    feedback_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | UndoResult]:
    """Undo a bulk action for one submission: its earlier status, answer, assignee and tags

     Undo a bulk action for one submission: its status, response, assignee and tags return to what
    they were before the action.

    Admins and moderators only. 404 when the submission was not changed by that action; 409 when
    the action was already undone for it, or the submission changed since (undoing would lose
    that later change).

    Args:
        consultation_id (UUID):
        bulk_action_id (UUID):
        feedback_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UndoResult]
    """

    kwargs = _get_kwargs(
        consultation_id=consultation_id,
        bulk_action_id=bulk_action_id,
        feedback_id=feedback_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consultation_id: UUID,
    bulk_action_id: UUID,
    feedback_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | UndoResult | None:
    """Undo a bulk action for one submission: its earlier status, answer, assignee and tags

     Undo a bulk action for one submission: its status, response, assignee and tags return to what
    they were before the action.

    Admins and moderators only. 404 when the submission was not changed by that action; 409 when
    the action was already undone for it, or the submission changed since (undoing would lose
    that later change).

    Args:
        consultation_id (UUID):
        bulk_action_id (UUID):
        feedback_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UndoResult
    """

    return sync_detailed(
        consultation_id=consultation_id,
        bulk_action_id=bulk_action_id,
        feedback_id=feedback_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    consultation_id: UUID,
    bulk_action_id: UUID,
    feedback_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | UndoResult]:
    """Undo a bulk action for one submission: its earlier status, answer, assignee and tags

     Undo a bulk action for one submission: its status, response, assignee and tags return to what
    they were before the action.

    Admins and moderators only. 404 when the submission was not changed by that action; 409 when
    the action was already undone for it, or the submission changed since (undoing would lose
    that later change).

    Args:
        consultation_id (UUID):
        bulk_action_id (UUID):
        feedback_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UndoResult]
    """

    kwargs = _get_kwargs(
        consultation_id=consultation_id,
        bulk_action_id=bulk_action_id,
        feedback_id=feedback_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consultation_id: UUID,
    bulk_action_id: UUID,
    feedback_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | UndoResult | None:
    """Undo a bulk action for one submission: its earlier status, answer, assignee and tags

     Undo a bulk action for one submission: its status, response, assignee and tags return to what
    they were before the action.

    Admins and moderators only. 404 when the submission was not changed by that action; 409 when
    the action was already undone for it, or the submission changed since (undoing would lose
    that later change).

    Args:
        consultation_id (UUID):
        bulk_action_id (UUID):
        feedback_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UndoResult
    """

    return (
        await asyncio_detailed(
            consultation_id=consultation_id,
            bulk_action_id=bulk_action_id,
            feedback_id=feedback_id,
            client=client,
        )
    ).parsed
