from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.baseline_diff_out import BaselineDiffOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    plan_id: UUID,
    *,
    baseline: int | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_baseline: int | None | Unset
    if isinstance(baseline, Unset):
        json_baseline = UNSET
    else:
        json_baseline = baseline
    params["baseline"] = json_baseline

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/plans/{plan_id}/baseline-diff".format(
            plan_id=quote(str(plan_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BaselineDiffOut | Problem | None:
    if response.status_code == 200:
        response_200 = BaselineDiffOut.from_dict(response.json())

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
) -> Response[Any | BaselineDiffOut | Problem]:
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
    baseline: int | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | BaselineDiffOut | Problem]:
    """Changes since a baseline: dates moved (days lost or gained), tasks added, cancelled, reassigned

     What changed since a baseline (the latest, or the one numbered `baseline`): phases and
    milestones moved, milestones added or removed, tasks moved (with the days lost or gained), added,
    cancelled, removed or given other units, with counts in `summary`. Unit ids in the lists are named
    in `unit_names`. Who may call: every signed-in role, and service accounts with the `plans:read`
    scope. 404 when the plan or that baseline does not exist (a plan never published has none).

    Args:
        plan_id (UUID):
        baseline (int | None | Unset): Baseline number (default: the latest)
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BaselineDiffOut | Problem]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        baseline=baseline,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    baseline: int | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | BaselineDiffOut | Problem | None:
    """Changes since a baseline: dates moved (days lost or gained), tasks added, cancelled, reassigned

     What changed since a baseline (the latest, or the one numbered `baseline`): phases and
    milestones moved, milestones added or removed, tasks moved (with the days lost or gained), added,
    cancelled, removed or given other units, with counts in `summary`. Unit ids in the lists are named
    in `unit_names`. Who may call: every signed-in role, and service accounts with the `plans:read`
    scope. 404 when the plan or that baseline does not exist (a plan never published has none).

    Args:
        plan_id (UUID):
        baseline (int | None | Unset): Baseline number (default: the latest)
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BaselineDiffOut | Problem
    """

    return sync_detailed(
        plan_id=plan_id,
        client=client,
        baseline=baseline,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    baseline: int | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | BaselineDiffOut | Problem]:
    """Changes since a baseline: dates moved (days lost or gained), tasks added, cancelled, reassigned

     What changed since a baseline (the latest, or the one numbered `baseline`): phases and
    milestones moved, milestones added or removed, tasks moved (with the days lost or gained), added,
    cancelled, removed or given other units, with counts in `summary`. Unit ids in the lists are named
    in `unit_names`. Who may call: every signed-in role, and service accounts with the `plans:read`
    scope. 404 when the plan or that baseline does not exist (a plan never published has none).

    Args:
        plan_id (UUID):
        baseline (int | None | Unset): Baseline number (default: the latest)
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BaselineDiffOut | Problem]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        baseline=baseline,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    baseline: int | None | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | BaselineDiffOut | Problem | None:
    """Changes since a baseline: dates moved (days lost or gained), tasks added, cancelled, reassigned

     What changed since a baseline (the latest, or the one numbered `baseline`): phases and
    milestones moved, milestones added or removed, tasks moved (with the days lost or gained), added,
    cancelled, removed or given other units, with counts in `summary`. Unit ids in the lists are named
    in `unit_names`. Who may call: every signed-in role, and service accounts with the `plans:read`
    scope. 404 when the plan or that baseline does not exist (a plan never published has none).

    Args:
        plan_id (UUID):
        baseline (int | None | Unset): Baseline number (default: the latest)
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BaselineDiffOut | Problem
    """

    return (
        await asyncio_detailed(
            plan_id=plan_id,
            client=client,
            baseline=baseline,
            if_none_match=if_none_match,
        )
    ).parsed
