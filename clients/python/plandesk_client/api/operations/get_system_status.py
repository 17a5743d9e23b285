from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.system_status import SystemStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/admin/status",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | SystemStatus | None:
    if response.status_code == 200:
        response_200 = SystemStatus.from_dict(response.json())

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
) -> Response[Any | Problem | SystemStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | SystemStatus]:
    """What an on-call engineer checks first: version, schema, database, Redis, backlogs

     What an on-call engineer checks first, in one answer.

    **Who:** admins only (permission `system:status`).

    The running version; the database's migration heads against the code's; whether the database
    and Redis answer (and the database's round trip); the backlogs: jobs waiting or running per
    queue and job, each periodic job's last run, webhook events not yet fanned out and deliveries
    due, the feedback near-duplicate comparison queue; whether e-mail is configured; and the process
    that answered. `status` is `ok` when every dependency answers and the schema is at head, else
    `degraded` (the answer is still 200: the page is for reading, probes use /readyz). When the
    database does not answer, `jobs` and `webhooks` are null.

    **Errors:** 401 without a valid session or token; 403 for any other role.

    Args:
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | SystemStatus]
    """

    kwargs = _get_kwargs(
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | SystemStatus | None:
    """What an on-call engineer checks first: version, schema, database, Redis, backlogs

     What an on-call engineer checks first, in one answer.

    **Who:** admins only (permission `system:status`).

    The running version; the database's migration heads against the code's; whether the database
    and Redis answer (and the database's round trip); the backlogs: jobs waiting or running per
    queue and job, each periodic job's last run, webhook events not yet fanned out and deliveries
    due, the feedback near-duplicate comparison queue; whether e-mail is configured; and the process
    that answered. `status` is `ok` when every dependency answers and the schema is at head, else
    `degraded` (the answer is still 200: the page is for reading, probes use /readyz). When the
    database does not answer, `jobs` and `webhooks` are null.

    **Errors:** 401 without a valid session or token; 403 for any other role.

    Args:
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | SystemStatus
    """

    return sync_detailed(
        client=client,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | SystemStatus]:
    """What an on-call engineer checks first: version, schema, database, Redis, backlogs

     What an on-call engineer checks first, in one answer.

    **Who:** admins only (permission `system:status`).

    The running version; the database's migration heads against the code's; whether the database
    and Redis answer (and the database's round trip); the backlogs: jobs waiting or running per
    queue and job, each periodic job's last run, webhook events not yet fanned out and deliveries
    due, the feedback near-duplicate comparison queue; whether e-mail is configured; and the process
    that answered. `status` is `ok` when every dependency answers and the schema is at head, else
    `degraded` (the answer is still 200: the page is for reading, probes use /readyz). When the
    database does not answer, `jobs` and `webhooks` are null.

    **Errors:** 401 without a valid session or token; 403 for any other role.

    Args:
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | SystemStatus]
    """

    kwargs = _get_kwargs(
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | SystemStatus | None:
    """What an on-call engineer checks first: version, schema, database, Redis, backlogs

     What an on-call engineer checks first, in one answer.

    **Who:** admins only (permission `system:status`).

    The running version; the database's migration heads against the code's; whether the database
    and Redis answer (and the database's round trip); the backlogs: jobs waiting or running per
    queue and job, each periodic job's last run, webhook events not yet fanned out and deliveries
    due, the feedback near-duplicate comparison queue; whether e-mail is configured; and the process
    that answered. `status` is `ok` when every dependency answers and the schema is at head, else
    `degraded` (the answer is still 200: the page is for reading, probes use /readyz). When the
    database does not answer, `jobs` and `webhooks` are null.

    **Errors:** 401 without a valid session or token; 403 for any other role.

    Args:
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | SystemStatus
    """

    return (
        await asyncio_detailed(
            client=client,
            if_none_match=if_none_match,
        )
    ).parsed
