from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.version_create import VersionCreate
from ...models.version_out import VersionOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    document_id: UUID,
    *,
    body: VersionCreate,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/documents/{document_id}/versions".format(
            document_id=quote(str(document_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | VersionOut | None:
    if response.status_code == 201:
        response_201 = VersionOut.from_dict(response.json())

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

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

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
) -> Response[Problem | VersionOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    document_id: UUID,
    *,
    client: AuthenticatedClient,
    body: VersionCreate,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | VersionOut]:
    """Add a new version (sections keep their ids when their number is unchanged)

     Add a new version of a document from sections typed in as JSON; it becomes the current version.

    Admins and coordinators only. A section keeps its stable id when its number is unchanged,
    or when `id` names a section of an earlier version, so feedback on the old text still points
    to the right section. `If-Match` is optional here: when given and stale, 412. 409 when
    another version was added at the same moment. Consultations already opened keep the
    version they were opened on.

    Args:
        document_id (UUID):
        if_match (None | str | Unset): Optional: refuse (412) if the document changed
        body (VersionCreate): A new version of a document: the full list of its sections,
            replacing the previous version's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VersionOut]
    """

    kwargs = _get_kwargs(
        document_id=document_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    document_id: UUID,
    *,
    client: AuthenticatedClient,
    body: VersionCreate,
    if_match: None | str | Unset = UNSET,
) -> Problem | VersionOut | None:
    """Add a new version (sections keep their ids when their number is unchanged)

     Add a new version of a document from sections typed in as JSON; it becomes the current version.

    Admins and coordinators only. A section keeps its stable id when its number is unchanged,
    or when `id` names a section of an earlier version, so feedback on the old text still points
    to the right section. `If-Match` is optional here: when given and stale, 412. 409 when
    another version was added at the same moment. Consultations already opened keep the
    version they were opened on.

    Args:
        document_id (UUID):
        if_match (None | str | Unset): Optional: refuse (412) if the document changed
        body (VersionCreate): A new version of a document: the full list of its sections,
            replacing the previous version's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VersionOut
    """

    return sync_detailed(
        document_id=document_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    document_id: UUID,
    *,
    client: AuthenticatedClient,
    body: VersionCreate,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | VersionOut]:
    """Add a new version (sections keep their ids when their number is unchanged)

     Add a new version of a document from sections typed in as JSON; it becomes the current version.

    Admins and coordinators only. A section keeps its stable id when its number is unchanged,
    or when `id` names a section of an earlier version, so feedback on the old text still points
    to the right section. `If-Match` is optional here: when given and stale, 412. 409 when
    another version was added at the same moment. Consultations already opened keep the
    version they were opened on.

    Args:
        document_id (UUID):
        if_match (None | str | Unset): Optional: refuse (412) if the document changed
        body (VersionCreate): A new version of a document: the full list of its sections,
            replacing the previous version's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VersionOut]
    """

    kwargs = _get_kwargs(
        document_id=document_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    document_id: UUID,
    *,
    client: AuthenticatedClient,
    body: VersionCreate,
    if_match: None | str | Unset = UNSET,
) -> Problem | VersionOut | None:
    """Add a new version (sections keep their ids when their number is unchanged)

     Add a new version of a document from sections typed in as JSON; it becomes the current version.

    Admins and coordinators only. A section keeps its stable id when its number is unchanged,
    or when `id` names a section of an earlier version, so feedback on the old text still points
    to the right section. `If-Match` is optional here: when given and stale, 412. 409 when
    another version was added at the same moment. Consultations already opened keep the
    version they were opened on.

    Args:
        document_id (UUID):
        if_match (None | str | Unset): Optional: refuse (412) if the document changed
        body (VersionCreate): A new version of a document: the full list of its sections,
            replacing the previous version's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VersionOut
    """

    return (
        await asyncio_detailed(
            document_id=document_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
