import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_milestone_impact_precision_type_0 import GetMilestoneImpactPrecisionType0
from ...models.milestone_impact import MilestoneImpact
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    milestone_id: UUID,
    *,
    date: datetime.date,
    precision: GetMilestoneImpactPrecisionType0 | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_date = date.isoformat()
    params["date"] = json_date

    json_precision: None | str | Unset
    if isinstance(precision, Unset):
        json_precision = UNSET
    elif isinstance(precision, GetMilestoneImpactPrecisionType0):
        json_precision = precision.value
    else:
        json_precision = precision
    params["precision"] = json_precision

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/milestones/{milestone_id}/impact".format(
            milestone_id=quote(str(milestone_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | MilestoneImpact | Problem | None:
    if response.status_code == 200:
        response_200 = MilestoneImpact.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

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
) -> Response[Any | MilestoneImpact | Problem]:
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
    date: datetime.date,
    precision: GetMilestoneImpactPrecisionType0 | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | MilestoneImpact | Problem]:
    """Preview moving a milestone: what would move, which units, conflicts (changes nothing)

     What moving the milestone to `date` (with `precision`) would change: its own range, the phases
    and task deadlines anchored to it, the units whose tasks move and any phase window that would
    become inconsistent. Changes nothing. Who may call: every signed-in role, and service accounts
    with the `plans:read` scope.

    Args:
        milestone_id (UUID):
        date (datetime.date): The new date
        precision (GetMilestoneImpactPrecisionType0 | None | Unset): Default: the milestone's
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MilestoneImpact | Problem]
    """

    kwargs = _get_kwargs(
        milestone_id=milestone_id,
        date=date,
        precision=precision,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    milestone_id: UUID,
    *,
    client: AuthenticatedClient,
    date: datetime.date,
    precision: GetMilestoneImpactPrecisionType0 | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | MilestoneImpact | Problem | None:
    """Preview moving a milestone: what would move, which units, conflicts (changes nothing)

     What moving the milestone to `date` (with `precision`) would change: its own range, the phases
    and task deadlines anchored to it, the units whose tasks move and any phase window that would
    become inconsistent. Changes nothing. Who may call: every signed-in role, and service accounts
    with the `plans:read` scope.

    Args:
        milestone_id (UUID):
        date (datetime.date): The new date
        precision (GetMilestoneImpactPrecisionType0 | None | Unset): Default: the milestone's
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MilestoneImpact | Problem
    """

    return sync_detailed(
        milestone_id=milestone_id,
        client=client,
        date=date,
        precision=precision,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    milestone_id: UUID,
    *,
    client: AuthenticatedClient,
    date: datetime.date,
    precision: GetMilestoneImpactPrecisionType0 | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | MilestoneImpact | Problem]:
    """Preview moving a milestone: what would move, which units, conflicts (changes nothing)

     What moving the milestone to `date` (with `precision`) would change: its own range, the phases
    and task deadlines anchored to it, the units whose tasks move and any phase window that would
    become inconsistent. Changes nothing. Who may call: every signed-in role, and service accounts
    with the `plans:read` scope.

    Args:
        milestone_id (UUID):
        date (datetime.date): The new date
        precision (GetMilestoneImpactPrecisionType0 | None | Unset): Default: the milestone's
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MilestoneImpact | Problem]
    """

    kwargs = _get_kwargs(
        milestone_id=milestone_id,
        date=date,
        precision=precision,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    milestone_id: UUID,
    *,
    client: AuthenticatedClient,
    date: datetime.date,
    precision: GetMilestoneImpactPrecisionType0 | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | MilestoneImpact | Problem | None:
    """Preview moving a milestone: what would move, which units, conflicts (changes nothing)

     What moving the milestone to `date` (with `precision`) would change: its own range, the phases
    and task deadlines anchored to it, the units whose tasks move and any phase window that would
    become inconsistent. Changes nothing. Who may call: every signed-in role, and service accounts
    with the `plans:read` scope.

    Args:
        milestone_id (UUID):
        date (datetime.date): The new date
        precision (GetMilestoneImpactPrecisionType0 | None | Unset): Default: the milestone's
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MilestoneImpact | Problem
    """

    return (
        await asyncio_detailed(
            milestone_id=milestone_id,
            client=client,
            date=date,
            precision=precision,
            if_none_match=if_none_match,
        )
    ).parsed
