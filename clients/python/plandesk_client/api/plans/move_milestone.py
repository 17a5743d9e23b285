from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.milestone_move import MilestoneMove
from ...models.milestone_out import MilestoneOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    milestone_id: UUID,
    *,
    body: MilestoneMove,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/milestones/{milestone_id}/move".format(
            milestone_id=quote(str(milestone_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MilestoneOut | Problem | None:
    if response.status_code == 200:
        response_200 = MilestoneOut.from_dict(response.json())

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
) -> Response[MilestoneOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    milestone_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MilestoneMove,
    if_match: None | str | Unset = UNSET,
) -> Response[MilestoneOut | Problem]:
    """Move a milestone and every phase window and due date anchored to it

     Give the milestone a new date (and optionally precision), then re-resolve every phase window and
    task deadline anchored to it in one transaction; the answer is the moved milestone. 409 lists
    `conflicts` when a phase would end before it starts; nothing is changed then. If-Match is
    optional here (412 when a stale one is sent). Who may call: admin and coordinator.

    Args:
        milestone_id (UUID):
        if_match (None | str | Unset): Optional: the milestone's ETag, checked when sent
        body (MilestoneMove): A new date for the milestone; ``precision`` defaults to its current
            one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MilestoneOut | Problem]
    """

    kwargs = _get_kwargs(
        milestone_id=milestone_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    milestone_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MilestoneMove,
    if_match: None | str | Unset = UNSET,
) -> MilestoneOut | Problem | None:
    """Move a milestone and every phase window and due date anchored to it

     Give the milestone a new date (and optionally precision), then re-resolve every phase window and
    task deadline anchored to it in one transaction; the answer is the moved milestone. 409 lists
    `conflicts` when a phase would end before it starts; nothing is changed then. If-Match is
    optional here (412 when a stale one is sent). Who may call: admin and coordinator.

    Args:
        milestone_id (UUID):
        if_match (None | str | Unset): Optional: the milestone's ETag, checked when sent
        body (MilestoneMove): A new date for the milestone; ``precision`` defaults to its current
            one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MilestoneOut | Problem
    """

    return sync_detailed(
        milestone_id=milestone_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    milestone_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MilestoneMove,
    if_match: None | str | Unset = UNSET,
) -> Response[MilestoneOut | Problem]:
    """Move a milestone and every phase window and due date anchored to it

     Give the milestone a new date (and optionally precision), then re-resolve every phase window and
    task deadline anchored to it in one transaction; the answer is the moved milestone. 409 lists
    `conflicts` when a phase would end before it starts; nothing is changed then. If-Match is
    optional here (412 when a stale one is sent). Who may call: admin and coordinator.

    Args:
        milestone_id (UUID):
        if_match (None | str | Unset): Optional: the milestone's ETag, checked when sent
        body (MilestoneMove): A new date for the milestone; ``precision`` defaults to its current
            one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MilestoneOut | Problem]
    """

    kwargs = _get_kwargs(
        milestone_id=milestone_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    milestone_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MilestoneMove,
    if_match: None | str | Unset = UNSET,
) -> MilestoneOut | Problem | None:
    """Move a milestone and every phase window and due date anchored to it

     Give the milestone a new date (and optionally precision), then re-resolve every phase window and
    task deadline anchored to it in one transaction; the answer is the moved milestone. 409 lists
    `conflicts` when a phase would end before it starts; nothing is changed then. If-Match is
    optional here (412 when a stale one is sent). Who may call: admin and coordinator.

    Args:
        milestone_id (UUID):
        if_match (None | str | Unset): Optional: the milestone's ETag, checked when sent
        body (MilestoneMove): A new date for the milestone; ``precision`` defaults to its current
            one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MilestoneOut | Problem
    """

    return (
        await asyncio_detailed(
            milestone_id=milestone_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
