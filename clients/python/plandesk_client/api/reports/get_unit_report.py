from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.unit_report_out import UnitReportOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    report_id: UUID,
    *,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/unit-reports/{report_id}".format(
            report_id=quote(str(report_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | UnitReportOut | None:
    if response.status_code == 200:
        response_200 = UnitReportOut.from_dict(response.json())

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
) -> Response[Any | Problem | UnitReportOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | UnitReportOut]:
    """Read a unit report

     A unit report with its task lines, figures, texts, review state and attachments; the ETag
    header (also `etag`) is what PATCH needs in If-Match. Who may call: every signed-in role, and
    service accounts with the `plans:read` scope, once the report is submitted; while it is still
    with its unit (a draft, or returned for a correction), only its unit's officers, coordinators
    and admins (403 for the others). 404 when the report does not exist.

    Args:
        report_id (UUID):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | UnitReportOut]
    """

    kwargs = _get_kwargs(
        report_id=report_id,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | UnitReportOut | None:
    """Read a unit report

     A unit report with its task lines, figures, texts, review state and attachments; the ETag
    header (also `etag`) is what PATCH needs in If-Match. Who may call: every signed-in role, and
    service accounts with the `plans:read` scope, once the report is submitted; while it is still
    with its unit (a draft, or returned for a correction), only its unit's officers, coordinators
    and admins (403 for the others). 404 when the report does not exist.

    Args:
        report_id (UUID):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | UnitReportOut
    """

    return sync_detailed(
        report_id=report_id,
        client=client,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | UnitReportOut]:
    """Read a unit report

     A unit report with its task lines, figures, texts, review state and attachments; the ETag
    header (also `etag`) is what PATCH needs in If-Match. Who may call: every signed-in role, and
    service accounts with the `plans:read` scope, once the report is submitted; while it is still
    with its unit (a draft, or returned for a correction), only its unit's officers, coordinators
    and admins (403 for the others). 404 when the report does not exist.

    Args:
        report_id (UUID):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | UnitReportOut]
    """

    kwargs = _get_kwargs(
        report_id=report_id,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | UnitReportOut | None:
    """Read a unit report

     A unit report with its task lines, figures, texts, review state and attachments; the ETag
    header (also `etag`) is what PATCH needs in If-Match. Who may call: every signed-in role, and
    service accounts with the `plans:read` scope, once the report is submitted; while it is still
    with its unit (a draft, or returned for a correction), only its unit's officers, coordinators
    and admins (403 for the others). 404 when the report does not exist.

    Args:
        report_id (UUID):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | UnitReportOut
    """

    return (
        await asyncio_detailed(
            report_id=report_id,
            client=client,
            if_none_match=if_none_match,
        )
    ).parsed
