from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.template_out import TemplateOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    consultation_id: None | Unset | UUID = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_consultation_id: None | str | Unset
    if isinstance(consultation_id, Unset):
        json_consultation_id = UNSET
    elif isinstance(consultation_id, UUID):
        json_consultation_id = str(consultation_id)
    else:
        json_consultation_id = consultation_id
    params["consultation_id"] = json_consultation_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/answer-templates",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[TemplateOut] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = TemplateOut.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | list[TemplateOut]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    consultation_id: None | Unset | UUID = UNSET,
) -> Response[Any | list[TemplateOut]]:
    """Saved answers (all, or those usable in one consultation)

    Args:
        consultation_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[TemplateOut]]
    """

    kwargs = _get_kwargs(
        consultation_id=consultation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    consultation_id: None | Unset | UUID = UNSET,
) -> Any | list[TemplateOut] | None:
    """Saved answers (all, or those usable in one consultation)

    Args:
        consultation_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[TemplateOut]
    """

    return sync_detailed(
        client=client,
        consultation_id=consultation_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    consultation_id: None | Unset | UUID = UNSET,
) -> Response[Any | list[TemplateOut]]:
    """Saved answers (all, or those usable in one consultation)

    Args:
        consultation_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[TemplateOut]]
    """

    kwargs = _get_kwargs(
        consultation_id=consultation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    consultation_id: None | Unset | UUID = UNSET,
) -> Any | list[TemplateOut] | None:
    """Saved answers (all, or those usable in one consultation)

    Args:
        consultation_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[TemplateOut]
    """

    return (
        await asyncio_detailed(
            client=client,
            consultation_id=consultation_id,
        )
    ).parsed
