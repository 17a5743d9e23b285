from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.render_out import RenderOut
from ...models.report_render_in import ReportRenderIn
from ...types import UNSET, Response, Unset


def _get_kwargs(
    report_id: UUID,
    *,
    body: ReportRenderIn,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/unit-reports/{report_id}/renders".format(
            report_id=quote(str(report_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RenderOut | None:
    if response.status_code == 201:
        response_201 = RenderOut.from_dict(response.json())

        return response_201

    if response.status_code == 202:
        response_202 = RenderOut.from_dict(response.json())

        return response_202

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | RenderOut]:
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
    body: ReportRenderIn,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | RenderOut]:
    """Render the unit report as DOCX or PDF: done at once (201) up to 150 task lines, else queued as a job
    (202); honours Idempotency-Key

     Ask for the unit report as DOCX or PDF. Up to 150 task lines the document is made during the
    request: 201 with a done render; otherwise the render is queued for the `reports.render` job: 202,
    then poll GET /api/v1/report-renders/{id} (the Location header) until `state` is done and fetch
    `download_url`. With an Idempotency-Key header a repeated request answers the first one's render
    (header Idempotent-Replayed). A report's renders are dropped whenever it changes. Who may call:
    every signed-in role, and service accounts with the `plans:read` scope, once the report is
    submitted; while it is a draft or returned, only its unit's officers, coordinators and admins
    (403 for the others). 404 when the report does not exist.

    Args:
        report_id (UUID):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            first response.
        body (ReportRenderIn): The unit report document to make.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RenderOut]
    """

    kwargs = _get_kwargs(
        report_id=report_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReportRenderIn,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | RenderOut | None:
    """Render the unit report as DOCX or PDF: done at once (201) up to 150 task lines, else queued as a job
    (202); honours Idempotency-Key

     Ask for the unit report as DOCX or PDF. Up to 150 task lines the document is made during the
    request: 201 with a done render; otherwise the render is queued for the `reports.render` job: 202,
    then poll GET /api/v1/report-renders/{id} (the Location header) until `state` is done and fetch
    `download_url`. With an Idempotency-Key header a repeated request answers the first one's render
    (header Idempotent-Replayed). A report's renders are dropped whenever it changes. Who may call:
    every signed-in role, and service accounts with the `plans:read` scope, once the report is
    submitted; while it is a draft or returned, only its unit's officers, coordinators and admins
    (403 for the others). 404 when the report does not exist.

    Args:
        report_id (UUID):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            first response.
        body (ReportRenderIn): The unit report document to make.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RenderOut
    """

    return sync_detailed(
        report_id=report_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReportRenderIn,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | RenderOut]:
    """Render the unit report as DOCX or PDF: done at once (201) up to 150 task lines, else queued as a job
    (202); honours Idempotency-Key

     Ask for the unit report as DOCX or PDF. Up to 150 task lines the document is made during the
    request: 201 with a done render; otherwise the render is queued for the `reports.render` job: 202,
    then poll GET /api/v1/report-renders/{id} (the Location header) until `state` is done and fetch
    `download_url`. With an Idempotency-Key header a repeated request answers the first one's render
    (header Idempotent-Replayed). A report's renders are dropped whenever it changes. Who may call:
    every signed-in role, and service accounts with the `plans:read` scope, once the report is
    submitted; while it is a draft or returned, only its unit's officers, coordinators and admins
    (403 for the others). 404 when the report does not exist.

    Args:
        report_id (UUID):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            first response.
        body (ReportRenderIn): The unit report document to make.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RenderOut]
    """

    kwargs = _get_kwargs(
        report_id=report_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    report_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReportRenderIn,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | RenderOut | None:
    """Render the unit report as DOCX or PDF: done at once (201) up to 150 task lines, else queued as a job
    (202); honours Idempotency-Key

     Ask for the unit report as DOCX or PDF. Up to 150 task lines the document is made during the
    request: 201 with a done render; otherwise the render is queued for the `reports.render` job: 202,
    then poll GET /api/v1/report-renders/{id} (the Location header) until `state` is done and fetch
    `download_url`. With an Idempotency-Key header a repeated request answers the first one's render
    (header Idempotent-Replayed). A report's renders are dropped whenever it changes. Who may call:
    every signed-in role, and service accounts with the `plans:read` scope, once the report is
    submitted; while it is a draft or returned, only its unit's officers, coordinators and admins
    (403 for the others). 404 when the report does not exist.

    Args:
        report_id (UUID):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            first response.
        body (ReportRenderIn): The unit report document to make.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RenderOut
    """

    return (
        await asyncio_detailed(
            report_id=report_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
