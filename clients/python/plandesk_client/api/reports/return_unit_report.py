from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.return_in import ReturnIn
from ...models.unit_report_out import UnitReportOut
from ...types import Response


def _get_kwargs(
    report_id: UUID,
    *,
    body: ReturnIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/unit-reports/{report_id}/return".format(
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
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReturnIn,
) -> Response[Problem | UnitReportOut]:
    """Return a submitted report to its unit with a comment

     Return a submitted report to its unit with a comment saying what to correct; the unit edits
    it and submits it again. Who may call: coordinators and admins (`reports:review`). 404 when the
    report does not exist; 409 when it is not submitted; 422 when the comment is empty.

    Args:
        report_id (UUID):
        body (ReturnIn): Why the report goes back to its unit.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UnitReportOut]
    """

    kwargs = _get_kwargs(
        report_id=report_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReturnIn,
) -> Problem | UnitReportOut | None:
    """Return a submitted report to its unit with a comment

     Return a submitted report to its unit with a comment saying what to correct; the unit edits
    it and submits it again. Who may call: coordinators and admins (`reports:review`). 404 when the
    report does not exist; 409 when it is not submitted; 422 when the comment is empty.

    Args:
        report_id (UUID):
        body (ReturnIn): Why the report goes back to its unit.

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
    ).parsed


async def asyncio_detailed(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReturnIn,
) -> Response[Problem | UnitReportOut]:
    """Return a submitted report to its unit with a comment

     Return a submitted report to its unit with a comment saying what to correct; the unit edits
    it and submits it again. Who may call: coordinators and admins (`reports:review`). 404 when the
    report does not exist; 409 when it is not submitted; 422 when the comment is empty.

    Args:
        report_id (UUID):
        body (ReturnIn): Why the report goes back to its unit.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UnitReportOut]
    """

    kwargs = _get_kwargs(
        report_id=report_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReturnIn,
) -> Problem | UnitReportOut | None:
    """Return a submitted report to its unit with a comment

     Return a submitted report to its unit with a comment saying what to correct; the unit edits
    it and submits it again. Who may call: coordinators and admins (`reports:review`). 404 when the
    report does not exist; 409 when it is not submitted; 422 when the comment is empty.

    Args:
        report_id (UUID):
        body (ReturnIn): Why the report goes back to its unit.

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
        )
    ).parsed
