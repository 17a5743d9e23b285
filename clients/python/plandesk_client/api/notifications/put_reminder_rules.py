from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.reminder_rules_in import ReminderRulesIn
from ...models.reminder_rules_out import ReminderRulesOut
from ...types import Response


def _get_kwargs(
    plan_id: UUID,
    *,
    body: ReminderRulesIn,
    if_match: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/plans/{plan_id}/reminder-rules".format(
            plan_id=quote(str(plan_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ReminderRulesOut | None:
    if response.status_code == 200:
        response_200 = ReminderRulesOut.from_dict(response.json())

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
) -> Response[Problem | ReminderRulesOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReminderRulesIn,
    if_match: str,
) -> Response[Problem | ReminderRulesOut]:
    """Replace a plan's reminder schedule (its coordinators, admins; If-Match: the ETag read)

     Replace the plan's reminder schedule; the next reminder scan plans the plan's reminders again with
    it (a reminder already sent is not sent twice). Requires If-Match with the ETag read: 428 without
    it, 412 when it changed since. Audited. 404 for an unknown plan. Who may call: admins, and the
    plan's own coordinators (403 for other coordinators).

    Args:
        plan_id (UUID):
        if_match (str):
        body (ReminderRulesIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReminderRulesOut]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReminderRulesIn,
    if_match: str,
) -> Problem | ReminderRulesOut | None:
    """Replace a plan's reminder schedule (its coordinators, admins; If-Match: the ETag read)

     Replace the plan's reminder schedule; the next reminder scan plans the plan's reminders again with
    it (a reminder already sent is not sent twice). Requires If-Match with the ETag read: 428 without
    it, 412 when it changed since. Audited. 404 for an unknown plan. Who may call: admins, and the
    plan's own coordinators (403 for other coordinators).

    Args:
        plan_id (UUID):
        if_match (str):
        body (ReminderRulesIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReminderRulesOut
    """

    return sync_detailed(
        plan_id=plan_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReminderRulesIn,
    if_match: str,
) -> Response[Problem | ReminderRulesOut]:
    """Replace a plan's reminder schedule (its coordinators, admins; If-Match: the ETag read)

     Replace the plan's reminder schedule; the next reminder scan plans the plan's reminders again with
    it (a reminder already sent is not sent twice). Requires If-Match with the ETag read: 428 without
    it, 412 when it changed since. Audited. 404 for an unknown plan. Who may call: admins, and the
    plan's own coordinators (403 for other coordinators).

    Args:
        plan_id (UUID):
        if_match (str):
        body (ReminderRulesIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReminderRulesOut]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReminderRulesIn,
    if_match: str,
) -> Problem | ReminderRulesOut | None:
    """Replace a plan's reminder schedule (its coordinators, admins; If-Match: the ETag read)

     Replace the plan's reminder schedule; the next reminder scan plans the plan's reminders again with
    it (a reminder already sent is not sent twice). Requires If-Match with the ETag read: 428 without
    it, 412 when it changed since. Audited. 404 for an unknown plan. Who may call: admins, and the
    plan's own coordinators (403 for other coordinators).

    Args:
        plan_id (UUID):
        if_match (str):
        body (ReminderRulesIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReminderRulesOut
    """

    return (
        await asyncio_detailed(
            plan_id=plan_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
