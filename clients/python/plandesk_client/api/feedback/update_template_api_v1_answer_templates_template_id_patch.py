from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.template_out import TemplateOut
from ...models.template_update import TemplateUpdate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    template_id: UUID,
    *,
    body: TemplateUpdate,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/answer-templates/{template_id}".format(
            template_id=quote(str(template_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | TemplateOut | None:
    if response.status_code == 200:
        response_200 = TemplateOut.from_dict(response.json())

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

    if response.status_code == 412:
        response_412 = cast(Any, None)
        return response_412

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if response.status_code == 428:
        response_428 = cast(Any, None)
        return response_428

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | TemplateOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    template_id: UUID,
    *,
    client: AuthenticatedClient,
    body: TemplateUpdate,
    if_match: None | str | Unset = UNSET,
) -> Response[Any | TemplateOut]:
    """Change an answer template

    Args:
        template_id (UUID):
        if_match (None | str | Unset): ETag of the version being changed (required)
        body (TemplateUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TemplateOut]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    template_id: UUID,
    *,
    client: AuthenticatedClient,
    body: TemplateUpdate,
    if_match: None | str | Unset = UNSET,
) -> Any | TemplateOut | None:
    """Change an answer template

    Args:
        template_id (UUID):
        if_match (None | str | Unset): ETag of the version being changed (required)
        body (TemplateUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TemplateOut
    """

    return sync_detailed(
        template_id=template_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    template_id: UUID,
    *,
    client: AuthenticatedClient,
    body: TemplateUpdate,
    if_match: None | str | Unset = UNSET,
) -> Response[Any | TemplateOut]:
    """Change an answer template

    Args:
        template_id (UUID):
        if_match (None | str | Unset): ETag of the version being changed (required)
        body (TemplateUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TemplateOut]
    """

    kwargs = _get_kwargs(
        template_id=template_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    template_id: UUID,
    *,
    client: AuthenticatedClient,
    body: TemplateUpdate,
    if_match: None | str | Unset = UNSET,
) -> Any | TemplateOut | None:
    """Change an answer template

    Args:
        template_id (UUID):
        if_match (None | str | Unset): ETag of the version being changed (required)
        body (TemplateUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TemplateOut
    """

    return (
        await asyncio_detailed(
            template_id=template_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
