from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_request import BulkRequest
from ...models.bulk_result import BulkResult
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    consultation_id: UUID,
    *,
    body: BulkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/consultations/{consultation_id}/feedback/bulk".format(
            consultation_id=quote(str(consultation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BulkResult | Problem | None:
    if response.status_code == 200:
        response_200 = BulkResult.from_dict(response.json())

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
) -> Response[BulkResult | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    consultation_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BulkRequest,
) -> Response[BulkResult | Problem]:
    """Apply one moderation action to a selection or a whole duplicate cluster

     Apply one moderation action (status, official response or template, tags, assignment) to a
    list of submissions or to a whole near-duplicate cluster, in one transaction.

    Admins and moderators only. With `cluster_id`, members whose text differs in content from the
    cluster's first text are left out unless ticked in `include_flagged_ids`. Each submission
    follows the moderation state machine (received → in_review | duplicate | spam; in_review →
    a decision; a decision → in_review); accepted, partially_accepted and not_accepted need a
    response. When some cannot make the move the request is 409, unless `skip_ineligible` leaves
    them alone. The action is recorded: undo it per submission with
    `POST …/bulk-actions/{bulk_action_id}/recipients/{feedback_id}/undo`. 422 for an unknown
    template or assignee, or an action that changes nothing.

    Args:
        consultation_id (UUID):
        body (BulkRequest): One moderation action applied to many submissions in one transaction,
            recorded for undo.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkResult | Problem]
    """

    kwargs = _get_kwargs(
        consultation_id=consultation_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consultation_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BulkRequest,
) -> BulkResult | Problem | None:
    """Apply one moderation action to a selection or a whole duplicate cluster

     Apply one moderation action (status, official response or template, tags, assignment) to a
    list of submissions or to a whole near-duplicate cluster, in one transaction.

    Admins and moderators only. With `cluster_id`, members whose text differs in content from the
    cluster's first text are left out unless ticked in `include_flagged_ids`. Each submission
    follows the moderation state machine (received → in_review | duplicate | spam; in_review →
    a decision; a decision → in_review); accepted, partially_accepted and not_accepted need a
    response. When some cannot make the move the request is 409, unless `skip_ineligible` leaves
    them alone. The action is recorded: undo it per submission with
    `POST …/bulk-actions/{bulk_action_id}/recipients/{feedback_id}/undo`. 422 for an unknown
    template or assignee, or an action that changes nothing.

    Args:
        consultation_id (UUID):
        body (BulkRequest): One moderation action applied to many submissions in one transaction,
            recorded for undo.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkResult | Problem
    """

    return sync_detailed(
        consultation_id=consultation_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    consultation_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BulkRequest,
) -> Response[BulkResult | Problem]:
    """Apply one moderation action to a selection or a whole duplicate cluster

     Apply one moderation action (status, official response or template, tags, assignment) to a
    list of submissions or to a whole near-duplicate cluster, in one transaction.

    Admins and moderators only. With `cluster_id`, members whose text differs in content from the
    cluster's first text are left out unless ticked in `include_flagged_ids`. Each submission
    follows the moderation state machine (received → in_review | duplicate | spam; in_review →
    a decision; a decision → in_review); accepted, partially_accepted and not_accepted need a
    response. When some cannot make the move the request is 409, unless `skip_ineligible` leaves
    them alone. The action is recorded: undo it per submission with
    `POST …/bulk-actions/{bulk_action_id}/recipients/{feedback_id}/undo`. 422 for an unknown
    template or assignee, or an action that changes nothing.

    Args:
        consultation_id (UUID):
        body (BulkRequest): One moderation action applied to many submissions in one transaction,
            recorded for undo.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkResult | Problem]
    """

    kwargs = _get_kwargs(
        consultation_id=consultation_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consultation_id: UUID,
    *,
    client: AuthenticatedClient,
    body: BulkRequest,
) -> BulkResult | Problem | None:
    """Apply one moderation action to a selection or a whole duplicate cluster

     Apply one moderation action (status, official response or template, tags, assignment) to a
    list of submissions or to a whole near-duplicate cluster, in one transaction.

    Admins and moderators only. With `cluster_id`, members whose text differs in content from the
    cluster's first text are left out unless ticked in `include_flagged_ids`. Each submission
    follows the moderation state machine (received → in_review | duplicate | spam; in_review →
    a decision; a decision → in_review); accepted, partially_accepted and not_accepted need a
    response. When some cannot make the move the request is 409, unless `skip_ineligible` leaves
    them alone. The action is recorded: undo it per submission with
    `POST …/bulk-actions/{bulk_action_id}/recipients/{feedback_id}/undo`. 422 for an unknown
    template or assignee, or an action that changes nothing.

    Args:
        consultation_id (UUID):
        body (BulkRequest): One moderation action applied to many submissions in one transaction,
            recorded for undo.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkResult | Problem
    """

    return (
        await asyncio_detailed(
            consultation_id=consultation_id,
            client=client,
            body=body,
        )
    ).parsed
