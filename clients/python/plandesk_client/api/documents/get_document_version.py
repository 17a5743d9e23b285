from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.version_out import VersionOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    document_id: UUID,
    number: int,
    *,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/documents/{document_id}/versions/{number}".format(
            document_id=quote(str(document_id), safe=""),
            number=quote(str(number), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | VersionOut | None:
    if response.status_code == 200:
        response_200 = VersionOut.from_dict(response.json())

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
) -> Response[Any | Problem | VersionOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    document_id: UUID,
    number: int,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | VersionOut]:
    """One version with its sections, each marked added, changed or unchanged

     One version of a document with all its sections, each marked `added`, `changed` or `unchanged`
    against the previous version.

    Any signed-in role. 404 when the document or the version number does not exist.

    Args:
        document_id (UUID):
        number (int): The version's number within the document: 1 for the first upload, then 2, 3,
            … (GET /documents/{document_id}/versions lists them). 404 when the document has no such
            version.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | VersionOut]
    """

    kwargs = _get_kwargs(
        document_id=document_id,
        number=number,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    document_id: UUID,
    number: int,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | VersionOut | None:
    """One version with its sections, each marked added, changed or unchanged

     One version of a document with all its sections, each marked `added`, `changed` or `unchanged`
    against the previous version.

    Any signed-in role. 404 when the document or the version number does not exist.

    Args:
        document_id (UUID):
        number (int): The version's number within the document: 1 for the first upload, then 2, 3,
            … (GET /documents/{document_id}/versions lists them). 404 when the document has no such
            version.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | VersionOut
    """

    return sync_detailed(
        document_id=document_id,
        number=number,
        client=client,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    document_id: UUID,
    number: int,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | VersionOut]:
    """One version with its sections, each marked added, changed or unchanged

     One version of a document with all its sections, each marked `added`, `changed` or `unchanged`
    against the previous version.

    Any signed-in role. 404 when the document or the version number does not exist.

    Args:
        document_id (UUID):
        number (int): The version's number within the document: 1 for the first upload, then 2, 3,
            … (GET /documents/{document_id}/versions lists them). 404 when the document has no such
            version.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | VersionOut]
    """

    kwargs = _get_kwargs(
        document_id=document_id,
        number=number,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    document_id: UUID,
    number: int,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | VersionOut | None:
    """One version with its sections, each marked added, changed or unchanged

     One version of a document with all its sections, each marked `added`, `changed` or `unchanged`
    against the previous version.

    Any signed-in role. 404 when the document or the version number does not exist.

    Args:
        document_id (UUID):
        number (int): The version's number within the document: 1 for the first upload, then 2, 3,
            … (GET /documents/{document_id}/versions lists them). 404 when the document has no such
            version.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | VersionOut
    """

    return (
        await asyncio_detailed(
            document_id=document_id,
            number=number,
            client=client,
            if_none_match=if_none_match,
        )
    ).parsed
