from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_jobs_api_v1_admin_jobs_get_state_type_0 import ListJobsApiV1AdminJobsGetStateType0
from ...models.page_job_out import PageJobOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    state: ListJobsApiV1AdminJobsGetStateType0 | None | Unset = UNSET,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    elif isinstance(state, ListJobsApiV1AdminJobsGetStateType0):
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

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | PageJobOut | None:
    if response.status_code == 200:
        response_200 = PageJobOut.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | PageJobOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    state: ListJobsApiV1AdminJobsGetStateType0 | None | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[Any | PageJobOut]:
    """Background jobs by state (failed ones, for a start)

    Args:
        state (ListJobsApiV1AdminJobsGetStateType0 | None | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PageJobOut]
    """

    kwargs = _get_kwargs(
        state=state,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    state: ListJobsApiV1AdminJobsGetStateType0 | None | Unset = UNSET,
    limit: int | Unset = 100,
) -> Any | PageJobOut | None:
    """Background jobs by state (failed ones, for a start)

    Args:
        state (ListJobsApiV1AdminJobsGetStateType0 | None | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PageJobOut
    """

    return sync_detailed(
        client=client,
        state=state,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    state: ListJobsApiV1AdminJobsGetStateType0 | None | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[Any | PageJobOut]:
    """Background jobs by state (failed ones, for a start)

    Args:
        state (ListJobsApiV1AdminJobsGetStateType0 | None | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PageJobOut]
    """

    kwargs = _get_kwargs(
        state=state,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    state: ListJobsApiV1AdminJobsGetStateType0 | None | Unset = UNSET,
    limit: int | Unset = 100,
) -> Any | PageJobOut | None:
    """Background jobs by state (failed ones, for a start)

    Args:
        state (ListJobsApiV1AdminJobsGetStateType0 | None | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PageJobOut
    """

    return (
        await asyncio_detailed(
            client=client,
            state=state,
            limit=limit,
        )
    ).parsed
