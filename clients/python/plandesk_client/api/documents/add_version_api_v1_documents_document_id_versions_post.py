from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | VersionOut | None:
    if response.status_code == 201:
        response_201 = VersionOut.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 409:
        response_409 = cast(Any, None)
        return response_409

    if response.status_code == 412:
        response_412 = cast(Any, None)
        return response_412

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | VersionOut]:
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
) -> Response[Any | VersionOut]:
    """Add a new version (sections keep their ids when their number is unchanged)

    Args:
        document_id (UUID):
        if_match (None | str | Unset): Optional: refuse (412) if the document changed
        body (VersionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | VersionOut]
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
) -> Any | VersionOut | None:
    """Add a new version (sections keep their ids when their number is unchanged)

    Args:
        document_id (UUID):
        if_match (None | str | Unset): Optional: refuse (412) if the document changed
        body (VersionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | VersionOut
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
) -> Response[Any | VersionOut]:
    """Add a new version (sections keep their ids when their number is unchanged)

    Args:
        document_id (UUID):
        if_match (None | str | Unset): Optional: refuse (412) if the document changed
        body (VersionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | VersionOut]
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
) -> Any | VersionOut | None:
    """Add a new version (sections keep their ids when their number is unchanged)

    Args:
        document_id (UUID):
        if_match (None | str | Unset): Optional: refuse (412) if the document changed
        body (VersionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | VersionOut
    """

    return (
        await asyncio_detailed(
            document_id=document_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
