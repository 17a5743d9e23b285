from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    plan_id: UUID,
    *,
    token: None | str | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_token: None | str | Unset
    if isinstance(token, Unset):
        json_token = UNSET
    else:
        json_token = token
    params["token"] = json_token

    json_unit_id: None | str | Unset
    if isinstance(unit_id, Unset):
        json_unit_id = UNSET
    elif isinstance(unit_id, UUID):
        json_unit_id = str(unit_id)
    else:
        json_unit_id = unit_id
    params["unit_id"] = json_unit_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/plans/{plan_id}/calendar.ics".format(
            plan_id=quote(str(plan_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | Problem | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.text))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    plan_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    token: None | str | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
) -> Response[File | Problem]:
    """The plan's milestones and deadlines as an iCalendar feed (token in the URL)

     The plan's milestones and task deadlines as an iCalendar (text/calendar) feed for calendar apps,
    optionally only the deadlines one unit owes. No sign-in: the caller's feed token goes in the URL
    (`token=`). 401 for a missing, unknown or rotated token (a password change rotates it); 403
    when the token's owner may no longer read calendars; 404 when the plan does not exist.

    Args:
        plan_id (UUID):
        token (None | str | Unset): Your feed token
        unit_id (None | Unset | UUID): Only the deadlines this unit owes

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        token=token,
        unit_id=unit_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    plan_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    token: None | str | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
) -> File | Problem | None:
    """The plan's milestones and deadlines as an iCalendar feed (token in the URL)

     The plan's milestones and task deadlines as an iCalendar (text/calendar) feed for calendar apps,
    optionally only the deadlines one unit owes. No sign-in: the caller's feed token goes in the URL
    (`token=`). 401 for a missing, unknown or rotated token (a password change rotates it); 403
    when the token's owner may no longer read calendars; 404 when the plan does not exist.

    Args:
        plan_id (UUID):
        token (None | str | Unset): Your feed token
        unit_id (None | Unset | UUID): Only the deadlines this unit owes

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return sync_detailed(
        plan_id=plan_id,
        client=client,
        token=token,
        unit_id=unit_id,
    ).parsed


async def asyncio_detailed(
    plan_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    token: None | str | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
) -> Response[File | Problem]:
    """The plan's milestones and deadlines as an iCalendar feed (token in the URL)

     The plan's milestones and task deadlines as an iCalendar (text/calendar) feed for calendar apps,
    optionally only the deadlines one unit owes. No sign-in: the caller's feed token goes in the URL
    (`token=`). 401 for a missing, unknown or rotated token (a password change rotates it); 403
    when the token's owner may no longer read calendars; 404 when the plan does not exist.

    Args:
        plan_id (UUID):
        token (None | str | Unset): Your feed token
        unit_id (None | Unset | UUID): Only the deadlines this unit owes

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        token=token,
        unit_id=unit_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    plan_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    token: None | str | Unset = UNSET,
    unit_id: None | Unset | UUID = UNSET,
) -> File | Problem | None:
    """The plan's milestones and deadlines as an iCalendar feed (token in the URL)

     The plan's milestones and task deadlines as an iCalendar (text/calendar) feed for calendar apps,
    optionally only the deadlines one unit owes. No sign-in: the caller's feed token goes in the URL
    (`token=`). 401 for a missing, unknown or rotated token (a password change rotates it); 403
    when the token's owner may no longer read calendars; 404 when the plan does not exist.

    Args:
        plan_id (UUID):
        token (None | str | Unset): Your feed token
        unit_id (None | Unset | UUID): Only the deadlines this unit owes

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return (
        await asyncio_detailed(
            plan_id=plan_id,
            client=client,
            token=token,
            unit_id=unit_id,
        )
    ).parsed
