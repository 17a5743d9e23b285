from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.report_start import ReportStart
from ...models.unit_report_out import UnitReportOut
from ...types import Response


def _get_kwargs(
    period_id: UUID,
    *,
    body: ReportStart,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/reporting-periods/{period_id}/reports".format(
            period_id=quote(str(period_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | UnitReportOut | None:
    if response.status_code == 200:
        response_200 = UnitReportOut.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = UnitReportOut.from_dict(response.json())

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
) -> Response[Problem | UnitReportOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    period_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReportStart,
) -> Response[Problem | UnitReportOut]:
    """Open the unit's report for the period (a draft prefilled from its progress updates)

     Open the unit's report for the period: a draft with a line per task the unit works on,
    each prefilled from the unit's progress notes written during the period, and a zeroed figures row
    per channel of the plan. Answers 201 with the new draft, or 200 with the report the unit already
    has for the period. Who may call: unit officers for their own unit, and admins for any unit
    (`reports:write`); 403 for another unit. 404 when the period does not exist; 422 when the unit does
    not exist. The answer's ETag header (also `etag`) is what PATCH needs in If-Match.

    Args:
        period_id (UUID):
        body (ReportStart): Which unit opens its report for the period.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UnitReportOut]
    """

    kwargs = _get_kwargs(
        period_id=period_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    period_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReportStart,
) -> Problem | UnitReportOut | None:
    """Open the unit's report for the period (a draft prefilled from its progress updates)

     Open the unit's report for the period: a draft with a line per task the unit works on,
    each prefilled from the unit's progress notes written during the period, and a zeroed figures row
    per channel of the plan. Answers 201 with the new draft, or 200 with the report the unit already
    has for the period. Who may call: unit officers for their own unit, and admins for any unit
    (`reports:write`); 403 for another unit. 404 when the period does not exist; 422 when the unit does
    not exist. The answer's ETag header (also `etag`) is what PATCH needs in If-Match.

    Args:
        period_id (UUID):
        body (ReportStart): Which unit opens its report for the period.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UnitReportOut
    """

    return sync_detailed(
        period_id=period_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    period_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReportStart,
) -> Response[Problem | UnitReportOut]:
    """Open the unit's report for the period (a draft prefilled from its progress updates)

     Open the unit's report for the period: a draft with a line per task the unit works on,
    each prefilled from the unit's progress notes written during the period, and a zeroed figures row
    per channel of the plan. Answers 201 with the new draft, or 200 with the report the unit already
    has for the period. Who may call: unit officers for their own unit, and admins for any unit
    (`reports:write`); 403 for another unit. 404 when the period does not exist; 422 when the unit does
    not exist. The answer's ETag header (also `etag`) is what PATCH needs in If-Match.

    Args:
        period_id (UUID):
        body (ReportStart): Which unit opens its report for the period.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UnitReportOut]
    """

    kwargs = _get_kwargs(
        period_id=period_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    period_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReportStart,
) -> Problem | UnitReportOut | None:
    """Open the unit's report for the period (a draft prefilled from its progress updates)

     Open the unit's report for the period: a draft with a line per task the unit works on,
    each prefilled from the unit's progress notes written during the period, and a zeroed figures row
    per channel of the plan. Answers 201 with the new draft, or 200 with the report the unit already
    has for the period. Who may call: unit officers for their own unit, and admins for any unit
    (`reports:write`); 403 for another unit. 404 when the period does not exist; 422 when the unit does
    not exist. The answer's ETag header (also `etag`) is what PATCH needs in If-Match.

    Args:
        period_id (UUID):
        body (ReportStart): Which unit opens its report for the period.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UnitReportOut
    """

    return (
        await asyncio_detailed(
            period_id=period_id,
            client=client,
            body=body,
        )
    ).parsed
