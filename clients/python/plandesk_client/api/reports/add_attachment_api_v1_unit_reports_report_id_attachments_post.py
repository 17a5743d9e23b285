from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attachment_out import AttachmentOut
from ...models.body_add_attachment_api_v1_unit_reports_report_id_attachments_post import (
    BodyAddAttachmentApiV1UnitReportsReportIdAttachmentsPost,
)
from ...types import Response


def _get_kwargs(
    report_id: UUID,
    *,
    body: BodyAddAttachmentApiV1UnitReportsReportIdAttachmentsPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/unit-reports/{report_id}/attachments".format(
            report_id=quote(str(report_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | AttachmentOut | None:
    if response.status_code == 201:
        response_201 = AttachmentOut.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 409:
        response_409 = cast(Any, None)
        return response_409

    if response.status_code == 413:
        response_413 = cast(Any, None)
        return response_413

    if response.status_code == 415:
        response_415 = cast(Any, None)
        return response_415

    if response.status_code == 422:
        response_422 = cast(Any, None)
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | AttachmentOut]:
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
    body: BodyAddAttachmentApiV1UnitReportsReportIdAttachmentsPost,
) -> Response[Any | AttachmentOut]:
    """Attach a file (PDF, DOCX, XLSX, PNG or JPEG) to a draft or returned report

    Args:
        report_id (UUID):
        body (BodyAddAttachmentApiV1UnitReportsReportIdAttachmentsPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AttachmentOut]
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
    body: BodyAddAttachmentApiV1UnitReportsReportIdAttachmentsPost,
) -> Any | AttachmentOut | None:
    """Attach a file (PDF, DOCX, XLSX, PNG or JPEG) to a draft or returned report

    Args:
        report_id (UUID):
        body (BodyAddAttachmentApiV1UnitReportsReportIdAttachmentsPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AttachmentOut
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
    body: BodyAddAttachmentApiV1UnitReportsReportIdAttachmentsPost,
) -> Response[Any | AttachmentOut]:
    """Attach a file (PDF, DOCX, XLSX, PNG or JPEG) to a draft or returned report

    Args:
        report_id (UUID):
        body (BodyAddAttachmentApiV1UnitReportsReportIdAttachmentsPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AttachmentOut]
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
    body: BodyAddAttachmentApiV1UnitReportsReportIdAttachmentsPost,
) -> Any | AttachmentOut | None:
    """Attach a file (PDF, DOCX, XLSX, PNG or JPEG) to a draft or returned report

    Args:
        report_id (UUID):
        body (BodyAddAttachmentApiV1UnitReportsReportIdAttachmentsPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AttachmentOut
    """

    return (
        await asyncio_detailed(
            report_id=report_id,
            client=client,
            body=body,
        )
    ).parsed
