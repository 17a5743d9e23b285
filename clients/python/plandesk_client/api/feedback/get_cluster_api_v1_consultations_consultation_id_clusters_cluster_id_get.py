from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cluster_detail_out import ClusterDetailOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    consultation_id: UUID,
    cluster_id: UUID,
    *,
    limit: int | Unset = 200,
) -> dict[str, Any]:

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

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ClusterDetailOut | None:
    if response.status_code == 200:
        response_200 = ClusterDetailOut.from_dict(response.json())

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
) -> Response[Any | ClusterDetailOut]:
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
) -> Response[Any | ClusterDetailOut]:
    """A cluster's members, each compared word by word with its first text; flagged first

    Args:
        consultation_id (UUID):
        cluster_id (UUID):
        limit (int | Unset):  Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ClusterDetailOut]
    """

    kwargs = _get_kwargs(
        consultation_id=consultation_id,
        cluster_id=cluster_id,
        limit=limit,
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
) -> Any | ClusterDetailOut | None:
    """A cluster's members, each compared word by word with its first text; flagged first

    Args:
        consultation_id (UUID):
        cluster_id (UUID):
        limit (int | Unset):  Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ClusterDetailOut
    """

    return sync_detailed(
        consultation_id=consultation_id,
        cluster_id=cluster_id,
        client=client,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    consultation_id: UUID,
    cluster_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 200,
) -> Response[Any | ClusterDetailOut]:
    """A cluster's members, each compared word by word with its first text; flagged first

    Args:
        consultation_id (UUID):
        cluster_id (UUID):
        limit (int | Unset):  Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ClusterDetailOut]
    """

    kwargs = _get_kwargs(
        consultation_id=consultation_id,
        cluster_id=cluster_id,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consultation_id: UUID,
    cluster_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 200,
) -> Any | ClusterDetailOut | None:
    """A cluster's members, each compared word by word with its first text; flagged first

    Args:
        consultation_id (UUID):
        cluster_id (UUID):
        limit (int | Unset):  Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ClusterDetailOut
    """

    return (
        await asyncio_detailed(
            consultation_id=consultation_id,
            cluster_id=cluster_id,
            client=client,
            limit=limit,
        )
    ).parsed
