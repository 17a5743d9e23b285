from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.unit_report_document_api_v1_unit_reports_report_id_document_fmt_get_fmt import (
    UnitReportDocumentApiV1UnitReportsReportIdDocumentFmtGetFmt,
)
from ...types import Response


def _get_kwargs(
    report_id: UUID,
    fmt: UnitReportDocumentApiV1UnitReportsReportIdDocumentFmtGetFmt,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/unit-reports/{report_id}/document.{fmt}".format(
            report_id=quote(str(report_id), safe=""),
            fmt=quote(str(fmt), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 401:
        return None

    if response.status_code == 403:
        return None

    if response.status_code == 404:
        return None

    if response.status_code == 409:
        return None

    if response.status_code == 422:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    report_id: UUID,
    fmt: UnitReportDocumentApiV1UnitReportsReportIdDocumentFmtGetFmt,
    *,
    client: AuthenticatedClient,
) -> Response[Any]:
    """The unit report as DOCX or PDF (small reports; large ones: POST …/renders)

    Args:
        report_id (UUID):
        fmt (UnitReportDocumentApiV1UnitReportsReportIdDocumentFmtGetFmt):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        report_id=report_id,
        fmt=fmt,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    report_id: UUID,
    fmt: UnitReportDocumentApiV1UnitReportsReportIdDocumentFmtGetFmt,
    *,
    client: AuthenticatedClient,
) -> Response[Any]:
    """The unit report as DOCX or PDF (small reports; large ones: POST …/renders)

    Args:
        report_id (UUID):
        fmt (UnitReportDocumentApiV1UnitReportsReportIdDocumentFmtGetFmt):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        report_id=report_id,
        fmt=fmt,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
