from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_unit_report_document_fmt import GetUnitReportDocumentFmt
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    report_id: UUID,
    fmt: GetUnitReportDocumentFmt,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/unit-reports/{report_id}/document.{fmt}".format(
            report_id=quote(str(report_id), safe=""),
            fmt=quote(str(fmt), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | None:
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    report_id: UUID,
    fmt: GetUnitReportDocumentFmt,
    *,
    client: AuthenticatedClient,
) -> Response[Problem]:
    """The unit report as DOCX or PDF (small reports; large ones: POST …/renders)

     The unit report as a document, `fmt` docx (Word) or pdf, made during the request and sent as
    an attachment. Only for reports of up to 150 task lines: a larger one answers 409, ask for it with
    POST /api/v1/unit-reports/{report_id}/renders instead. Who may call: every signed-in role, and
    service accounts with the `plans:read` scope, once the report is submitted; while it is a draft
    or returned, only its unit's officers, coordinators and admins (403 for the others). 404 when
    the report does not exist.

    Args:
        report_id (UUID):
        fmt (GetUnitReportDocumentFmt): docx (Word) or pdf

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem]
    """

    kwargs = _get_kwargs(
        report_id=report_id,
        fmt=fmt,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    report_id: UUID,
    fmt: GetUnitReportDocumentFmt,
    *,
    client: AuthenticatedClient,
) -> Problem | None:
    """The unit report as DOCX or PDF (small reports; large ones: POST …/renders)

     The unit report as a document, `fmt` docx (Word) or pdf, made during the request and sent as
    an attachment. Only for reports of up to 150 task lines: a larger one answers 409, ask for it with
    POST /api/v1/unit-reports/{report_id}/renders instead. Who may call: every signed-in role, and
    service accounts with the `plans:read` scope, once the report is submitted; while it is a draft
    or returned, only its unit's officers, coordinators and admins (403 for the others). 404 when
    the report does not exist.

    Args:
        report_id (UUID):
        fmt (GetUnitReportDocumentFmt): docx (Word) or pdf

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem
    """

    return sync_detailed(
        report_id=report_id,
        fmt=fmt,
        client=client,
    ).parsed


async def asyncio_detailed(
    report_id: UUID,
    fmt: GetUnitReportDocumentFmt,
    *,
    client: AuthenticatedClient,
) -> Response[Problem]:
    """The unit report as DOCX or PDF (small reports; large ones: POST …/renders)

     The unit report as a document, `fmt` docx (Word) or pdf, made during the request and sent as
    an attachment. Only for reports of up to 150 task lines: a larger one answers 409, ask for it with
    POST /api/v1/unit-reports/{report_id}/renders instead. Who may call: every signed-in role, and
    service accounts with the `plans:read` scope, once the report is submitted; while it is a draft
    or returned, only its unit's officers, coordinators and admins (403 for the others). 404 when
    the report does not exist.

    Args:
        report_id (UUID):
        fmt (GetUnitReportDocumentFmt): docx (Word) or pdf

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem]
    """

    kwargs = _get_kwargs(
        report_id=report_id,
        fmt=fmt,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    report_id: UUID,
    fmt: GetUnitReportDocumentFmt,
    *,
    client: AuthenticatedClient,
) -> Problem | None:
    """The unit report as DOCX or PDF (small reports; large ones: POST …/renders)

     The unit report as a document, `fmt` docx (Word) or pdf, made during the request and sent as
    an attachment. Only for reports of up to 150 task lines: a larger one answers 409, ask for it with
    POST /api/v1/unit-reports/{report_id}/renders instead. Who may call: every signed-in role, and
    service accounts with the `plans:read` scope, once the report is submitted; while it is a draft
    or returned, only its unit's officers, coordinators and admins (403 for the others). 404 when
    the report does not exist.

    Args:
        report_id (UUID):
        fmt (GetUnitReportDocumentFmt): docx (Word) or pdf

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem
    """

    return (
        await asyncio_detailed(
            report_id=report_id,
            fmt=fmt,
            client=client,
        )
    ).parsed
