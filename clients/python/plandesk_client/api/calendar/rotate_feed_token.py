from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.feed_token import FeedToken
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    plan_id: None | Unset | UUID = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_plan_id: None | str | Unset
    if isinstance(plan_id, Unset):
        json_plan_id = UNSET
    elif isinstance(plan_id, UUID):
        json_plan_id = str(plan_id)
    else:
        json_plan_id = plan_id
    params["plan_id"] = json_plan_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/me/feed-token",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FeedToken | Problem | None:
    if response.status_code == 201:
        response_201 = FeedToken.from_dict(response.json())

        return response_201

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FeedToken | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    plan_id: None | Unset | UUID = UNSET,
) -> Response[FeedToken | Problem]:
    """Create or rotate my calendar-feed token (shown once; the old one stops working)

     Create the caller's calendar-feed token, or replace it: the old token stops working at once. The
    token is shown only in this answer (201); the answer also gives the feed URL template and, with
    `plan_id`, that plan's feed URL. Who may call: every signed-in user.

    Args:
        plan_id (None | Unset | UUID): Also return this plan's feed URL

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FeedToken | Problem]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    plan_id: None | Unset | UUID = UNSET,
) -> FeedToken | Problem | None:
    """Create or rotate my calendar-feed token (shown once; the old one stops working)

     Create the caller's calendar-feed token, or replace it: the old token stops working at once. The
    token is shown only in this answer (201); the answer also gives the feed URL template and, with
    `plan_id`, that plan's feed URL. Who may call: every signed-in user.

    Args:
        plan_id (None | Unset | UUID): Also return this plan's feed URL

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FeedToken | Problem
    """

    return sync_detailed(
        client=client,
        plan_id=plan_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    plan_id: None | Unset | UUID = UNSET,
) -> Response[FeedToken | Problem]:
    """Create or rotate my calendar-feed token (shown once; the old one stops working)

     Create the caller's calendar-feed token, or replace it: the old token stops working at once. The
    token is shown only in this answer (201); the answer also gives the feed URL template and, with
    `plan_id`, that plan's feed URL. Who may call: every signed-in user.

    Args:
        plan_id (None | Unset | UUID): Also return this plan's feed URL

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FeedToken | Problem]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    plan_id: None | Unset | UUID = UNSET,
) -> FeedToken | Problem | None:
    """Create or rotate my calendar-feed token (shown once; the old one stops working)

     Create the caller's calendar-feed token, or replace it: the old token stops working at once. The
    token is shown only in this answer (201); the answer also gives the feed URL template and, with
    `plan_id`, that plan's feed URL. Who may call: every signed-in user.

    Args:
        plan_id (None | Unset | UUID): Also return this plan's feed URL

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FeedToken | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            plan_id=plan_id,
        )
    ).parsed
