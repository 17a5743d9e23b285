import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.milestone_impact import MilestoneImpact
from ...models.milestone_impact_api_v1_milestones_milestone_id_impact_get_precision_type_0 import (
    MilestoneImpactApiV1MilestonesMilestoneIdImpactGetPrecisionType0,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    milestone_id: UUID,
    *,
    date: datetime.date,
    precision: MilestoneImpactApiV1MilestonesMilestoneIdImpactGetPrecisionType0 | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_date = date.isoformat()
    params["date"] = json_date

    json_precision: None | str | Unset
    if isinstance(precision, Unset):
        json_precision = UNSET
    elif isinstance(precision, MilestoneImpactApiV1MilestonesMilestoneIdImpactGetPrecisionType0):
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

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | MilestoneImpact | None:
    if response.status_code == 200:
        response_200 = MilestoneImpact.from_dict(response.json())

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
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | MilestoneImpact]:
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
    precision: MilestoneImpactApiV1MilestonesMilestoneIdImpactGetPrecisionType0 | None | Unset = UNSET,
) -> Response[Any | MilestoneImpact]:
    """Preview moving a milestone: what would move, which units, conflicts (changes nothing)

    Args:
        milestone_id (UUID):
        date (datetime.date): The new date
        precision (MilestoneImpactApiV1MilestonesMilestoneIdImpactGetPrecisionType0 | None |
            Unset): Default: the milestone's

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MilestoneImpact]
    """

    kwargs = _get_kwargs(
        milestone_id=milestone_id,
        date=date,
        precision=precision,
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
    precision: MilestoneImpactApiV1MilestonesMilestoneIdImpactGetPrecisionType0 | None | Unset = UNSET,
) -> Any | MilestoneImpact | None:
    """Preview moving a milestone: what would move, which units, conflicts (changes nothing)

    Args:
        milestone_id (UUID):
        date (datetime.date): The new date
        precision (MilestoneImpactApiV1MilestonesMilestoneIdImpactGetPrecisionType0 | None |
            Unset): Default: the milestone's

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MilestoneImpact
    """

    return sync_detailed(
        milestone_id=milestone_id,
        client=client,
        date=date,
        precision=precision,
    ).parsed


async def asyncio_detailed(
    milestone_id: UUID,
    *,
    client: AuthenticatedClient,
    date: datetime.date,
    precision: MilestoneImpactApiV1MilestonesMilestoneIdImpactGetPrecisionType0 | None | Unset = UNSET,
) -> Response[Any | MilestoneImpact]:
    """Preview moving a milestone: what would move, which units, conflicts (changes nothing)

    Args:
        milestone_id (UUID):
        date (datetime.date): The new date
        precision (MilestoneImpactApiV1MilestonesMilestoneIdImpactGetPrecisionType0 | None |
            Unset): Default: the milestone's

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MilestoneImpact]
    """

    kwargs = _get_kwargs(
        milestone_id=milestone_id,
        date=date,
        precision=precision,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    milestone_id: UUID,
    *,
    client: AuthenticatedClient,
    date: datetime.date,
    precision: MilestoneImpactApiV1MilestonesMilestoneIdImpactGetPrecisionType0 | None | Unset = UNSET,
) -> Any | MilestoneImpact | None:
    """Preview moving a milestone: what would move, which units, conflicts (changes nothing)

    Args:
        milestone_id (UUID):
        date (datetime.date): The new date
        precision (MilestoneImpactApiV1MilestonesMilestoneIdImpactGetPrecisionType0 | None |
            Unset): Default: the milestone's

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MilestoneImpact
    """

    return (
        await asyncio_detailed(
            milestone_id=milestone_id,
            client=client,
            date=date,
            precision=precision,
        )
    ).parsed
