from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.document_out import DocumentOut
from ...models.document_update import DocumentUpdate
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    document_id: UUID,
    *,
    body: DocumentUpdate,
    if_match: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/documents/{document_id}".format(
            document_id=quote(str(document_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DocumentOut | Problem | None:
    if response.status_code == 200:
        response_200 = DocumentOut.from_dict(response.json())

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

    if response.status_code == 428:
        response_428 = Problem.from_dict(response.json())

        return response_428

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
) -> Response[DocumentOut | Problem]:
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
    body: DocumentUpdate,
    if_match: str,
) -> Response[DocumentOut | Problem]:
    """Change a document's title, description or status

     Change a document's title, description or status; the sections change only through a new version.

    Admins and coordinators only. Needs `If-Match` with the document's ETag: 428 without it,
    412 when someone changed the document since it was read (reload, apply again). Omitted
    fields stay as they are; `description: null` removes the description.

    Args:
        document_id (UUID):
        if_match (str):
        body (DocumentUpdate): Changes to a document's title, description or status; omitted
            fields stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentOut | Problem]
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
    body: DocumentUpdate,
    if_match: str,
) -> DocumentOut | Problem | None:
    """Change a document's title, description or status

     Change a document's title, description or status; the sections change only through a new version.

    Admins and coordinators only. Needs `If-Match` with the document's ETag: 428 without it,
    412 when someone changed the document since it was read (reload, apply again). Omitted
    fields stay as they are; `description: null` removes the description.

    Args:
        document_id (UUID):
        if_match (str):
        body (DocumentUpdate): Changes to a document's title, description or status; omitted
            fields stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentOut | Problem
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
    body: DocumentUpdate,
    if_match: str,
) -> Response[DocumentOut | Problem]:
    """Change a document's title, description or status

     Change a document's title, description or status; the sections change only through a new version.

    Admins and coordinators only. Needs `If-Match` with the document's ETag: 428 without it,
    412 when someone changed the document since it was read (reload, apply again). Omitted
    fields stay as they are; `description: null` removes the description.

    Args:
        document_id (UUID):
        if_match (str):
        body (DocumentUpdate): Changes to a document's title, description or status; omitted
            fields stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentOut | Problem]
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
    body: DocumentUpdate,
    if_match: str,
) -> DocumentOut | Problem | None:
    """Change a document's title, description or status

     Change a document's title, description or status; the sections change only through a new version.

    Admins and coordinators only. Needs `If-Match` with the document's ETag: 428 without it,
    412 when someone changed the document since it was read (reload, apply again). Omitted
    fields stay as they are; `description: null` removes the description.

    Args:
        document_id (UUID):
        if_match (str):
        body (DocumentUpdate): Changes to a document's title, description or status; omitted
            fields stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentOut | Problem
    """

    return (
        await asyncio_detailed(
            document_id=document_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
