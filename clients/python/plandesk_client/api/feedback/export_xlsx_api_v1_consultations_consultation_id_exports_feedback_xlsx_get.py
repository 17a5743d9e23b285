from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.export_xlsx_api_v1_consultations_consultation_id_exports_feedback_xlsx_get_lang import (
    ExportXlsxApiV1ConsultationsConsultationIdExportsFeedbackXlsxGetLang,
)
from ...models.export_xlsx_api_v1_consultations_consultation_id_exports_feedback_xlsx_get_status_type_0 import (
    ExportXlsxApiV1ConsultationsConsultationIdExportsFeedbackXlsxGetStatusType0,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    consultation_id: UUID,
    *,
    include_contacts: bool | Unset = False,
    status: ExportXlsxApiV1ConsultationsConsultationIdExportsFeedbackXlsxGetStatusType0 | None | Unset = UNSET,
    lang: ExportXlsxApiV1ConsultationsConsultationIdExportsFeedbackXlsxGetLang
    | Unset = ExportXlsxApiV1ConsultationsConsultationIdExportsFeedbackXlsxGetLang.VI,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_contacts"] = include_contacts

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ExportXlsxApiV1ConsultationsConsultationIdExportsFeedbackXlsxGetStatusType0):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_lang: str | Unset = UNSET
    if not isinstance(lang, Unset):
        json_lang = lang.value

    params["lang"] = json_lang

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/consultations/{consultation_id}/exports/feedback.xlsx".format(
            consultation_id=quote(str(consultation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 401:
        return None

    if response.status_code == 403:
        return None

    if response.status_code == 404:
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
    consultation_id: UUID,
    *,
    client: AuthenticatedClient,
    include_contacts: bool | Unset = False,
    status: ExportXlsxApiV1ConsultationsConsultationIdExportsFeedbackXlsxGetStatusType0 | None | Unset = UNSET,
    lang: ExportXlsxApiV1ConsultationsConsultationIdExportsFeedbackXlsxGetLang
    | Unset = ExportXlsxApiV1ConsultationsConsultationIdExportsFeedbackXlsxGetLang.VI,
) -> Response[Any]:
    """Export the feedback as XLSX (written row by row, streamed)

    Args:
        consultation_id (UUID):
        include_contacts (bool | Unset): Include name, organisation and contact (moderators and
            admins; audited) Default: False.
        status (ExportXlsxApiV1ConsultationsConsultationIdExportsFeedbackXlsxGetStatusType0 | None
            | Unset):
        lang (ExportXlsxApiV1ConsultationsConsultationIdExportsFeedbackXlsxGetLang | Unset):
            Column headers and coded values (status, group, channel): Vietnamese or English Default:
            ExportXlsxApiV1ConsultationsConsultationIdExportsFeedbackXlsxGetLang.VI.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        consultation_id=consultation_id,
        include_contacts=include_contacts,
        status=status,
        lang=lang,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    consultation_id: UUID,
    *,
    client: AuthenticatedClient,
    include_contacts: bool | Unset = False,
    status: ExportXlsxApiV1ConsultationsConsultationIdExportsFeedbackXlsxGetStatusType0 | None | Unset = UNSET,
    lang: ExportXlsxApiV1ConsultationsConsultationIdExportsFeedbackXlsxGetLang
    | Unset = ExportXlsxApiV1ConsultationsConsultationIdExportsFeedbackXlsxGetLang.VI,
) -> Response[Any]:
    """Export the feedback as XLSX (written row by row, streamed)

    Args:
        consultation_id (UUID):
        include_contacts (bool | Unset): Include name, organisation and contact (moderators and
            admins; audited) Default: False.
        status (ExportXlsxApiV1ConsultationsConsultationIdExportsFeedbackXlsxGetStatusType0 | None
            | Unset):
        lang (ExportXlsxApiV1ConsultationsConsultationIdExportsFeedbackXlsxGetLang | Unset):
            Column headers and coded values (status, group, channel): Vietnamese or English Default:
            ExportXlsxApiV1ConsultationsConsultationIdExportsFeedbackXlsxGetLang.VI.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        consultation_id=consultation_id,
        include_contacts=include_contacts,
        status=status,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
