from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.baseline_diff_out import BaselineDiffOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    plan_id: UUID,
    *,
    baseline: int | None | Unset = UNSET,
) -> dict[str, Any]:

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

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | BaselineDiffOut | None:
    if response.status_code == 200:
        response_200 = BaselineDiffOut.from_dict(response.json())

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
) -> Response[Any | BaselineDiffOut]:
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
) -> Response[Any | BaselineDiffOut]:
    """Changes since a baseline: dates moved (days lost or gained), tasks added, cancelled, reassigned

    Args:
        plan_id (UUID):
        baseline (int | None | Unset): Baseline number (default: the latest)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BaselineDiffOut]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        baseline=baseline,
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
) -> Any | BaselineDiffOut | None:
    """Changes since a baseline: dates moved (days lost or gained), tasks added, cancelled, reassigned

    Args:
        plan_id (UUID):
        baseline (int | None | Unset): Baseline number (default: the latest)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BaselineDiffOut
    """

    return sync_detailed(
        plan_id=plan_id,
        client=client,
        baseline=baseline,
    ).parsed


async def asyncio_detailed(
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    baseline: int | None | Unset = UNSET,
) -> Response[Any | BaselineDiffOut]:
    """Changes since a baseline: dates moved (days lost or gained), tasks added, cancelled, reassigned

    Args:
        plan_id (UUID):
        baseline (int | None | Unset): Baseline number (default: the latest)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BaselineDiffOut]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        baseline=baseline,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    baseline: int | None | Unset = UNSET,
) -> Any | BaselineDiffOut | None:
    """Changes since a baseline: dates moved (days lost or gained), tasks added, cancelled, reassigned

    Args:
        plan_id (UUID):
        baseline (int | None | Unset): Baseline number (default: the latest)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BaselineDiffOut
    """

    return (
        await asyncio_detailed(
            plan_id=plan_id,
            client=client,
            baseline=baseline,
        )
    ).parsed
