from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attachment_out import AttachmentOut
from ...models.body_add_report_attachment import BodyAddReportAttachment
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    report_id: UUID,
    *,
    body: BodyAddReportAttachment,
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AttachmentOut | Problem | None:
    if response.status_code == 201:
        response_201 = AttachmentOut.from_dict(response.json())

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
) -> Response[AttachmentOut | Problem]:
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
    body: BodyAddReportAttachment,
) -> Response[AttachmentOut | Problem]:
    """Attach a file (PDF, DOCX, XLSX, PNG or JPEG) to a draft or returned report

     Attach a file to a draft or returned report (multipart field `file`): PDF, DOCX, XLSX, PNG or
    JPEG, recognised from its content, up to the deployment's upload limit; at most 20 files a report.
    Who may call: unit officers for their own unit's report, and admins (`reports:write`). 404 when the
    report does not exist; 409 when the report is submitted or accepted, or has 20 files already; 413
    when the file is too large; 415 when it is of another kind.

    Args:
        report_id (UUID):
        body (BodyAddReportAttachment):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachmentOut | Problem]
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
    body: BodyAddReportAttachment,
) -> AttachmentOut | Problem | None:
    """Attach a file (PDF, DOCX, XLSX, PNG or JPEG) to a draft or returned report

     Attach a file to a draft or returned report (multipart field `file`): PDF, DOCX, XLSX, PNG or
    JPEG, recognised from its content, up to the deployment's upload limit; at most 20 files a report.
    Who may call: unit officers for their own unit's report, and admins (`reports:write`). 404 when the
    report does not exist; 409 when the report is submitted or accepted, or has 20 files already; 413
    when the file is too large; 415 when it is of another kind.

    Args:
        report_id (UUID):
        body (BodyAddReportAttachment):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachmentOut | Problem
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
    body: BodyAddReportAttachment,
) -> Response[AttachmentOut | Problem]:
    """Attach a file (PDF, DOCX, XLSX, PNG or JPEG) to a draft or returned report

     Attach a file to a draft or returned report (multipart field `file`): PDF, DOCX, XLSX, PNG or
    JPEG, recognised from its content, up to the deployment's upload limit; at most 20 files a report.
    Who may call: unit officers for their own unit's report, and admins (`reports:write`). 404 when the
    report does not exist; 409 when the report is submitted or accepted, or has 20 files already; 413
    when the file is too large; 415 when it is of another kind.

    Args:
        report_id (UUID):
        body (BodyAddReportAttachment):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachmentOut | Problem]
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
    body: BodyAddReportAttachment,
) -> AttachmentOut | Problem | None:
    """Attach a file (PDF, DOCX, XLSX, PNG or JPEG) to a draft or returned report

     Attach a file to a draft or returned report (multipart field `file`): PDF, DOCX, XLSX, PNG or
    JPEG, recognised from its content, up to the deployment's upload limit; at most 20 files a report.
    Who may call: unit officers for their own unit's report, and admins (`reports:write`). 404 when the
    report does not exist; 409 when the report is submitted or accepted, or has 20 files already; 413
    when the file is too large; 415 when it is of another kind.

    Args:
        report_id (UUID):
        body (BodyAddReportAttachment):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachmentOut | Problem
    """

    return (
        await asyncio_detailed(
            report_id=report_id,
            client=client,
            body=body,
        )
    ).parsed
