from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.report_update import ReportUpdate
from ...models.unit_report_out import UnitReportOut
from ...types import Response


def _get_kwargs(
    report_id: UUID,
    *,
    body: ReportUpdate,
    if_match: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/unit-reports/{report_id}".format(
            report_id=quote(str(report_id), safe=""),
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
) -> Response[Problem | UnitReportOut]:
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
    body: ReportUpdate,
    if_match: str,
) -> Response[Problem | UnitReportOut]:
    """Save a draft or returned report (autosave)

     Save a draft or returned report (the form's autosave): new texts for some task lines,
    the figures (replacing them all), difficulties and proposals; omitted fields are kept. Requires
    If-Match with the report's ETag: 428 without it, 412 when the report changed since it was read.
    Who may call: unit officers for their own unit's report, and admins (`reports:write`); 403
    otherwise. 404 when the report does not exist; 409 when it is submitted or accepted; 422 when a
    line names a task the report does not cover or figures name a channel of another plan.

    Args:
        report_id (UUID):
        if_match (str):
        body (ReportUpdate): The parts of a draft or returned report to save; an omitted field is
            left as it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UnitReportOut]
    """

    kwargs = _get_kwargs(
        report_id=report_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReportUpdate,
    if_match: str,
) -> Problem | UnitReportOut | None:
    """Save a draft or returned report (autosave)

     Save a draft or returned report (the form's autosave): new texts for some task lines,
    the figures (replacing them all), difficulties and proposals; omitted fields are kept. Requires
    If-Match with the report's ETag: 428 without it, 412 when the report changed since it was read.
    Who may call: unit officers for their own unit's report, and admins (`reports:write`); 403
    otherwise. 404 when the report does not exist; 409 when it is submitted or accepted; 422 when a
    line names a task the report does not cover or figures name a channel of another plan.

    Args:
        report_id (UUID):
        if_match (str):
        body (ReportUpdate): The parts of a draft or returned report to save; an omitted field is
            left as it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UnitReportOut
    """

    return sync_detailed(
        report_id=report_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReportUpdate,
    if_match: str,
) -> Response[Problem | UnitReportOut]:
    """Save a draft or returned report (autosave)

     Save a draft or returned report (the form's autosave): new texts for some task lines,
    the figures (replacing them all), difficulties and proposals; omitted fields are kept. Requires
    If-Match with the report's ETag: 428 without it, 412 when the report changed since it was read.
    Who may call: unit officers for their own unit's report, and admins (`reports:write`); 403
    otherwise. 404 when the report does not exist; 409 when it is submitted or accepted; 422 when a
    line names a task the report does not cover or figures name a channel of another plan.

    Args:
        report_id (UUID):
        if_match (str):
        body (ReportUpdate): The parts of a draft or returned report to save; an omitted field is
            left as it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UnitReportOut]
    """

    kwargs = _get_kwargs(
        report_id=report_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReportUpdate,
    if_match: str,
) -> Problem | UnitReportOut | None:
    """Save a draft or returned report (autosave)

     Save a draft or returned report (the form's autosave): new texts for some task lines,
    the figures (replacing them all), difficulties and proposals; omitted fields are kept. Requires
    If-Match with the report's ETag: 428 without it, 412 when the report changed since it was read.
    Who may call: unit officers for their own unit's report, and admins (`reports:write`); 403
    otherwise. 404 when the report does not exist; 409 when it is submitted or accepted; 422 when a
    line names a task the report does not cover or figures name a channel of another plan.

    Args:
        report_id (UUID):
        if_match (str):
        body (ReportUpdate): The parts of a draft or returned report to save; an omitted field is
            left as it is.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UnitReportOut
    """

    return (
        await asyncio_detailed(
            report_id=report_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
