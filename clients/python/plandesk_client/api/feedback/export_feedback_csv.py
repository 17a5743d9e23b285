from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.export_feedback_csv_lang import ExportFeedbackCsvLang
from ...models.export_feedback_csv_status_type_0 import ExportFeedbackCsvStatusType0
from ...models.problem import Problem
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    consultation_id: UUID,
    *,
    include_contacts: bool | Unset = False,
    status: ExportFeedbackCsvStatusType0 | None | Unset = UNSET,
    lang: ExportFeedbackCsvLang | Unset = ExportFeedbackCsvLang.VI,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_contacts"] = include_contacts

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ExportFeedbackCsvStatusType0):
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
        "url": "/api/v1/consultations/{consultation_id}/exports/feedback.csv".format(
            consultation_id=quote(str(consultation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | Problem | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.text))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File | Problem]:
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
    status: ExportFeedbackCsvStatusType0 | None | Unset = UNSET,
    lang: ExportFeedbackCsvLang | Unset = ExportFeedbackCsvLang.VI,
) -> Response[File | Problem]:
    """Export the feedback as CSV (streamed)

     The consultation's feedback as CSV (UTF-8 with a BOM, so spreadsheet programs read the
    Vietnamese correctly), streamed row by row; one row per submission.

    Admins, coordinators, moderators and viewers. `include_contacts=true` adds name,
    organisation and contact: moderators and admins only (403 for others). Every export is
    audited, one with contacts as such. `status` keeps one status; `lang` chooses Vietnamese
    or English headers and coded values. 404 when there is no such consultation.

    Args:
        consultation_id (UUID):
        include_contacts (bool | Unset): Include name, organisation and contact (moderators and
            admins; audited) Default: False.
        status (ExportFeedbackCsvStatusType0 | None | Unset): Only the submissions in this
            moderation status (one value, not repeatable): received, in_review, accepted,
            partially_accepted, not_accepted, duplicate or spam. None (the default): every submission,
            whatever its status. Rows are always oldest submission first.
        lang (ExportFeedbackCsvLang | Unset): Column headers and coded values (status, group,
            channel): Vietnamese or English Default: ExportFeedbackCsvLang.VI.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
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


def sync(
    consultation_id: UUID,
    *,
    client: AuthenticatedClient,
    include_contacts: bool | Unset = False,
    status: ExportFeedbackCsvStatusType0 | None | Unset = UNSET,
    lang: ExportFeedbackCsvLang | Unset = ExportFeedbackCsvLang.VI,
) -> File | Problem | None:
    """Export the feedback as CSV (streamed)

     The consultation's feedback as CSV (UTF-8 with a BOM, so spreadsheet programs read the
    Vietnamese correctly), streamed row by row; one row per submission.

    Admins, coordinators, moderators and viewers. `include_contacts=true` adds name,
    organisation and contact: moderators and admins only (403 for others). Every export is
    audited, one with contacts as such. `status` keeps one status; `lang` chooses Vietnamese
    or English headers and coded values. 404 when there is no such consultation.

    Args:
        consultation_id (UUID):
        include_contacts (bool | Unset): Include name, organisation and contact (moderators and
            admins; audited) Default: False.
        status (ExportFeedbackCsvStatusType0 | None | Unset): Only the submissions in this
            moderation status (one value, not repeatable): received, in_review, accepted,
            partially_accepted, not_accepted, duplicate or spam. None (the default): every submission,
            whatever its status. Rows are always oldest submission first.
        lang (ExportFeedbackCsvLang | Unset): Column headers and coded values (status, group,
            channel): Vietnamese or English Default: ExportFeedbackCsvLang.VI.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return sync_detailed(
        consultation_id=consultation_id,
        client=client,
        include_contacts=include_contacts,
        status=status,
        lang=lang,
    ).parsed


async def asyncio_detailed(
    consultation_id: UUID,
    *,
    client: AuthenticatedClient,
    include_contacts: bool | Unset = False,
    status: ExportFeedbackCsvStatusType0 | None | Unset = UNSET,
    lang: ExportFeedbackCsvLang | Unset = ExportFeedbackCsvLang.VI,
) -> Response[File | Problem]:
    """Export the feedback as CSV (streamed)

     The consultation's feedback as CSV (UTF-8 with a BOM, so spreadsheet programs read the
    Vietnamese correctly), streamed row by row; one row per submission.

    Admins, coordinators, moderators and viewers. `include_contacts=true` adds name,
    organisation and contact: moderators and admins only (403 for others). Every export is
    audited, one with contacts as such. `status` keeps one status; `lang` chooses Vietnamese
    or English headers and coded values. 404 when there is no such consultation.

    Args:
        consultation_id (UUID):
        include_contacts (bool | Unset): Include name, organisation and contact (moderators and
            admins; audited) Default: False.
        status (ExportFeedbackCsvStatusType0 | None | Unset): Only the submissions in this
            moderation status (one value, not repeatable): received, in_review, accepted,
            partially_accepted, not_accepted, duplicate or spam. None (the default): every submission,
            whatever its status. Rows are always oldest submission first.
        lang (ExportFeedbackCsvLang | Unset): Column headers and coded values (status, group,
            channel): Vietnamese or English Default: ExportFeedbackCsvLang.VI.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = _get_kwargs(
        consultation_id=consultation_id,
        include_contacts=include_contacts,
        status=status,
        lang=lang,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consultation_id: UUID,
    *,
    client: AuthenticatedClient,
    include_contacts: bool | Unset = False,
    status: ExportFeedbackCsvStatusType0 | None | Unset = UNSET,
    lang: ExportFeedbackCsvLang | Unset = ExportFeedbackCsvLang.VI,
) -> File | Problem | None:
    """Export the feedback as CSV (streamed)

     The consultation's feedback as CSV (UTF-8 with a BOM, so spreadsheet programs read the
    Vietnamese correctly), streamed row by row; one row per submission.

    Admins, coordinators, moderators and viewers. `include_contacts=true` adds name,
    organisation and contact: moderators and admins only (403 for others). Every export is
    audited, one with contacts as such. `status` keeps one status; `lang` chooses Vietnamese
    or English headers and coded values. 404 when there is no such consultation.

    Args:
        consultation_id (UUID):
        include_contacts (bool | Unset): Include name, organisation and contact (moderators and
            admins; audited) Default: False.
        status (ExportFeedbackCsvStatusType0 | None | Unset): Only the submissions in this
            moderation status (one value, not repeatable): received, in_review, accepted,
            partially_accepted, not_accepted, duplicate or spam. None (the default): every submission,
            whatever its status. Rows are always oldest submission first.
        lang (ExportFeedbackCsvLang | Unset): Column headers and coded values (status, group,
            channel): Vietnamese or English Default: ExportFeedbackCsvLang.VI.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return (
        await asyncio_detailed(
            consultation_id=consultation_id,
            client=client,
            include_contacts=include_contacts,
            status=status,
            lang=lang,
        )
    ).parsed
