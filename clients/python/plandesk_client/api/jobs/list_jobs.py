from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_jobs_state_type_0 import ListJobsStateType0
from ...models.page_job_out import PageJobOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    state: ListJobsStateType0 | None | Unset = UNSET,
    limit: int | Unset = 100,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    elif isinstance(state, ListJobsStateType0):
        json_state = state.value
    else:
        json_state = state
    params["state"] = json_state

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/admin/jobs",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PageJobOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageJobOut.from_dict(response.json())

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
) -> Response[Any | PageJobOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    state: ListJobsStateType0 | None | Unset = UNSET,
    limit: int | Unset = 100,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PageJobOut | Problem]:
    """Background jobs by state (failed ones, for a start)

     Background jobs (webhook deliveries, overdue scans, reminders, report renders …), newest first.

    **Who:** admins only (permission `jobs:admin`).

    Filter by `state` to see the jobs that failed (with the error of their last attempt) or the ones
    waiting. The list is one page of at most `limit` jobs: `next_cursor` is always null.

    **Errors:** 401 without a valid session or token; 403 for any other role; 422 for an unknown
    `state` or a `limit` out of range.

    Args:
        state (ListJobsStateType0 | None | Unset): Only jobs in this state (none: every state);
            `failed` for the ones to look at
        limit (int | Unset): At most this many jobs, newest first (1–500) Default: 100.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PageJobOut | Problem]
    """

    kwargs = _get_kwargs(
        state=state,
        limit=limit,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    state: ListJobsStateType0 | None | Unset = UNSET,
    limit: int | Unset = 100,
    if_none_match: str | Unset = UNSET,
) -> Any | PageJobOut | Problem | None:
    """Background jobs by state (failed ones, for a start)

     Background jobs (webhook deliveries, overdue scans, reminders, report renders …), newest first.

    **Who:** admins only (permission `jobs:admin`).

    Filter by `state` to see the jobs that failed (with the error of their last attempt) or the ones
    waiting. The list is one page of at most `limit` jobs: `next_cursor` is always null.

    **Errors:** 401 without a valid session or token; 403 for any other role; 422 for an unknown
    `state` or a `limit` out of range.

    Args:
        state (ListJobsStateType0 | None | Unset): Only jobs in this state (none: every state);
            `failed` for the ones to look at
        limit (int | Unset): At most this many jobs, newest first (1–500) Default: 100.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PageJobOut | Problem
    """

    return sync_detailed(
        client=client,
        state=state,
        limit=limit,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    state: ListJobsStateType0 | None | Unset = UNSET,
    limit: int | Unset = 100,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PageJobOut | Problem]:
    """Background jobs by state (failed ones, for a start)

     Background jobs (webhook deliveries, overdue scans, reminders, report renders …), newest first.

    **Who:** admins only (permission `jobs:admin`).

    Filter by `state` to see the jobs that failed (with the error of their last attempt) or the ones
    waiting. The list is one page of at most `limit` jobs: `next_cursor` is always null.

    **Errors:** 401 without a valid session or token; 403 for any other role; 422 for an unknown
    `state` or a `limit` out of range.

    Args:
        state (ListJobsStateType0 | None | Unset): Only jobs in this state (none: every state);
            `failed` for the ones to look at
        limit (int | Unset): At most this many jobs, newest first (1–500) Default: 100.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PageJobOut | Problem]
    """

    kwargs = _get_kwargs(
        state=state,
        limit=limit,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    state: ListJobsStateType0 | None | Unset = UNSET,
    limit: int | Unset = 100,
    if_none_match: str | Unset = UNSET,
) -> Any | PageJobOut | Problem | None:
    """Background jobs by state (failed ones, for a start)

     Background jobs (webhook deliveries, overdue scans, reminders, report renders …), newest first.

    **Who:** admins only (permission `jobs:admin`).

    Filter by `state` to see the jobs that failed (with the error of their last attempt) or the ones
    waiting. The list is one page of at most `limit` jobs: `next_cursor` is always null.

    **Errors:** 401 without a valid session or token; 403 for any other role; 422 for an unknown
    `state` or a `limit` out of range.

    Args:
        state (ListJobsStateType0 | None | Unset): Only jobs in this state (none: every state);
            `failed` for the ones to look at
        limit (int | Unset): At most this many jobs, newest first (1–500) Default: 100.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PageJobOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            state=state,
            limit=limit,
            if_none_match=if_none_match,
        )
    ).parsed
