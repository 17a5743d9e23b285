from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cluster_detail_out import ClusterDetailOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    consultation_id: UUID,
    cluster_id: UUID,
    *,
    limit: int | Unset = 200,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/consultations/{consultation_id}/clusters/{cluster_id}".format(
            consultation_id=quote(str(consultation_id), safe=""),
            cluster_id=quote(str(cluster_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ClusterDetailOut | Problem | None:
    if response.status_code == 200:
        response_200 = ClusterDetailOut.from_dict(response.json())

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
) -> Response[Any | ClusterDetailOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    consultation_id: UUID,
    cluster_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 200,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ClusterDetailOut | Problem]:
    """A cluster's members, each compared word by word with its first text; flagged first

     A near-duplicate cluster under review: each member's text compared word by word with the
    cluster's first text, members that differ in content (flagged) first, then by submission time.

    Admins, coordinators, moderators and viewers. `limit` caps the members listed (1–500);
    `moved_out` lists those moderators took out. 404 when the cluster is not one of this
    consultation's.

    Args:
        consultation_id (UUID):
        cluster_id (UUID):
        limit (int | Unset): At most this many members in `members` (and in `moved_out`), 1–500,
            default 200: the first text, then the flagged members, then the rest by submission time.
            No further pages: `size` and `members_shown` tell whether some were left out. Default:
            200.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ClusterDetailOut | Problem]
    """

    kwargs = _get_kwargs(
        consultation_id=consultation_id,
        cluster_id=cluster_id,
        limit=limit,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consultation_id: UUID,
    cluster_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 200,
    if_none_match: str | Unset = UNSET,
) -> Any | ClusterDetailOut | Problem | None:
    """A cluster's members, each compared word by word with its first text; flagged first

     A near-duplicate cluster under review: each member's text compared word by word with the
    cluster's first text, members that differ in content (flagged) first, then by submission time.

    Admins, coordinators, moderators and viewers. `limit` caps the members listed (1–500);
    `moved_out` lists those moderators took out. 404 when the cluster is not one of this
    consultation's.

    Args:
        consultation_id (UUID):
        cluster_id (UUID):
        limit (int | Unset): At most this many members in `members` (and in `moved_out`), 1–500,
            default 200: the first text, then the flagged members, then the rest by submission time.
            No further pages: `size` and `members_shown` tell whether some were left out. Default:
            200.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ClusterDetailOut | Problem
    """

    return sync_detailed(
        consultation_id=consultation_id,
        cluster_id=cluster_id,
        client=client,
        limit=limit,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    consultation_id: UUID,
    cluster_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 200,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ClusterDetailOut | Problem]:
    """A cluster's members, each compared word by word with its first text; flagged first

     A near-duplicate cluster under review: each member's text compared word by word with the
    cluster's first text, members that differ in content (flagged) first, then by submission time.

    Admins, coordinators, moderators and viewers. `limit` caps the members listed (1–500);
    `moved_out` lists those moderators took out. 404 when the cluster is not one of this
    consultation's.

    Args:
        consultation_id (UUID):
        cluster_id (UUID):
        limit (int | Unset): At most this many members in `members` (and in `moved_out`), 1–500,
            default 200: the first text, then the flagged members, then the rest by submission time.
            No further pages: `size` and `members_shown` tell whether some were left out. Default:
            200.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ClusterDetailOut | Problem]
    """

    kwargs = _get_kwargs(
        consultation_id=consultation_id,
        cluster_id=cluster_id,
        limit=limit,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consultation_id: UUID,
    cluster_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 200,
    if_none_match: str | Unset = UNSET,
) -> Any | ClusterDetailOut | Problem | None:
    """A cluster's members, each compared word by word with its first text; flagged first

     A near-duplicate cluster under review: each member's text compared word by word with the
    cluster's first text, members that differ in content (flagged) first, then by submission time.

    Admins, coordinators, moderators and viewers. `limit` caps the members listed (1–500);
    `moved_out` lists those moderators took out. 404 when the cluster is not one of this
    consultation's.

    Args:
        consultation_id (UUID):
        cluster_id (UUID):
        limit (int | Unset): At most this many members in `members` (and in `moved_out`), 1–500,
            default 200: the first text, then the flagged members, then the rest by submission time.
            No further pages: `size` and `members_shown` tell whether some were left out. Default:
            200.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ClusterDetailOut | Problem
    """

    return (
        await asyncio_detailed(
            consultation_id=consultation_id,
            cluster_id=cluster_id,
            client=client,
            limit=limit,
            if_none_match=if_none_match,
        )
    ).parsed
