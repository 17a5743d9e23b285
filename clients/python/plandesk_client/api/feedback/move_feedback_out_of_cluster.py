from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.move_out_result import MoveOutResult
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    consultation_id: UUID,
    cluster_id: UUID,
    feedback_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/consultations/{consultation_id}/clusters/{cluster_id}/members/{feedback_id}/move-out".format(
            consultation_id=quote(str(consultation_id), safe=""),
            cluster_id=quote(str(cluster_id), safe=""),
            feedback_id=quote(str(feedback_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MoveOutResult | Problem | None:
    if response.status_code == 200:
        response_200 = MoveOutResult.from_dict(response.json())

        return response_200

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MoveOutResult | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    consultation_id: UUID,
    cluster_id: UUID,
    feedback_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[MoveOutResult | Problem]:
    """Move a member out of its cluster for good (audited; clustering never puts it back)

     Move a submission out of its near-duplicate cluster for good: it differs in substance and
    deserves its own answer. Clustering never puts it back; the move is audited.

    Admins and moderators only. 404 for an unknown consultation, cluster or submission; 409 when
    the submission is not a member of this cluster.

    Args:
        consultation_id (UUID):
        cluster_id (UUID):
        feedback_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MoveOutResult | Problem]
    """

    kwargs = _get_kwargs(
        consultation_id=consultation_id,
        cluster_id=cluster_id,
        feedback_id=feedback_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consultation_id: UUID,
    cluster_id: UUID,
    feedback_id: UUID,
    *,
    client: AuthenticatedClient,
) -> MoveOutResult | Problem | None:
    """Move a member out of its cluster for good (audited; clustering never puts it back)

     Move a submission out of its near-duplicate cluster for good: it differs in substance and
    deserves its own answer. Clustering never puts it back; the move is audited.

    Admins and moderators only. 404 for an unknown consultation, cluster or submission; 409 when
    the submission is not a member of this cluster.

    Args:
        consultation_id (UUID):
        cluster_id (UUID):
        feedback_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MoveOutResult | Problem
    """

    return sync_detailed(
        consultation_id=consultation_id,
        cluster_id=cluster_id,
        feedback_id=feedback_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    consultation_id: UUID,
    cluster_id: UUID,
    feedback_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[MoveOutResult | Problem]:
    """Move a member out of its cluster for good (audited; clustering never puts it back)

     Move a submission out of its near-duplicate cluster for good: it differs in substance and
    deserves its own answer. Clustering never puts it back; the move is audited.

    Admins and moderators only. 404 for an unknown consultation, cluster or submission; 409 when
    the submission is not a member of this cluster.

    Args:
        consultation_id (UUID):
        cluster_id (UUID):
        feedback_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MoveOutResult | Problem]
    """

    kwargs = _get_kwargs(
        consultation_id=consultation_id,
        cluster_id=cluster_id,
        feedback_id=feedback_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consultation_id: UUID,
    cluster_id: UUID,
    feedback_id: UUID,
    *,
    client: AuthenticatedClient,
) -> MoveOutResult | Problem | None:
    """Move a member out of its cluster for good (audited; clustering never puts it back)

     Move a submission out of its near-duplicate cluster for good: it differs in substance and
    deserves its own answer. Clustering never puts it back; the move is audited.

    Admins and moderators only. 404 for an unknown consultation, cluster or submission; 409 when
    the submission is not a member of this cluster.

    Args:
        consultation_id (UUID):
        cluster_id (UUID):
        feedback_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MoveOutResult | Problem
    """

    return (
        await asyncio_detailed(
            consultation_id=consultation_id,
            cluster_id=cluster_id,
            feedback_id=feedback_id,
            client=client,
        )
    ).parsed
