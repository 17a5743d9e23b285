from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_consultations_status_type_0 import ListConsultationsStatusType0
from ...models.page_consultation_out import PageConsultationOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: None | str | Unset = UNSET,
    status: ListConsultationsStatusType0 | None | Unset = UNSET,
    document_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ListConsultationsStatusType0):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_document_id: None | str | Unset
    if isinstance(document_id, Unset):
        json_document_id = UNSET
    elif isinstance(document_id, UUID):
        json_document_id = str(document_id)
    else:
        json_document_id = document_id
    params["document_id"] = json_document_id

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/consultations",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PageConsultationOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageConsultationOut.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | PageConsultationOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    status: ListConsultationsStatusType0 | None | Unset = UNSET,
    document_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PageConsultationOut | Problem]:
    """List consultations

     Consultations, latest opening first (`opens_at`), one page at a time.

    Any signed-in role (and service accounts with `plans:read` or `feedback:read`). Filter by
    `status` (draft, open, closed, archived) or `document_id`; `q` searches titles without
    regard to diacritics or case. `accepting_feedback` says whether a submission would be
    accepted now.

    Args:
        q (None | str | Unset): Diacritic- and case-insensitive search
        status (ListConsultationsStatusType0 | None | Unset): Only consultations in this status
            (one value): `draft` (being prepared), `open` (on the public page), `closed` (no more
            feedback) or `archived` (final). None (the default): every status. `open` does not by
            itself mean feedback is accepted now: see `accepting_feedback`.
        document_id (None | Unset | UUID): Only the consultations on this draft document,
            whichever of its versions each uses.
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PageConsultationOut | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        status=status,
        document_id=document_id,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    status: ListConsultationsStatusType0 | None | Unset = UNSET,
    document_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | PageConsultationOut | Problem | None:
    """List consultations

     Consultations, latest opening first (`opens_at`), one page at a time.

    Any signed-in role (and service accounts with `plans:read` or `feedback:read`). Filter by
    `status` (draft, open, closed, archived) or `document_id`; `q` searches titles without
    regard to diacritics or case. `accepting_feedback` says whether a submission would be
    accepted now.

    Args:
        q (None | str | Unset): Diacritic- and case-insensitive search
        status (ListConsultationsStatusType0 | None | Unset): Only consultations in this status
            (one value): `draft` (being prepared), `open` (on the public page), `closed` (no more
            feedback) or `archived` (final). None (the default): every status. `open` does not by
            itself mean feedback is accepted now: see `accepting_feedback`.
        document_id (None | Unset | UUID): Only the consultations on this draft document,
            whichever of its versions each uses.
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PageConsultationOut | Problem
    """

    return sync_detailed(
        client=client,
        q=q,
        status=status,
        document_id=document_id,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    status: ListConsultationsStatusType0 | None | Unset = UNSET,
    document_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PageConsultationOut | Problem]:
    """List consultations

     Consultations, latest opening first (`opens_at`), one page at a time.

    Any signed-in role (and service accounts with `plans:read` or `feedback:read`). Filter by
    `status` (draft, open, closed, archived) or `document_id`; `q` searches titles without
    regard to diacritics or case. `accepting_feedback` says whether a submission would be
    accepted now.

    Args:
        q (None | str | Unset): Diacritic- and case-insensitive search
        status (ListConsultationsStatusType0 | None | Unset): Only consultations in this status
            (one value): `draft` (being prepared), `open` (on the public page), `closed` (no more
            feedback) or `archived` (final). None (the default): every status. `open` does not by
            itself mean feedback is accepted now: see `accepting_feedback`.
        document_id (None | Unset | UUID): Only the consultations on this draft document,
            whichever of its versions each uses.
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PageConsultationOut | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        status=status,
        document_id=document_id,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    status: ListConsultationsStatusType0 | None | Unset = UNSET,
    document_id: None | Unset | UUID = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | PageConsultationOut | Problem | None:
    """List consultations

     Consultations, latest opening first (`opens_at`), one page at a time.

    Any signed-in role (and service accounts with `plans:read` or `feedback:read`). Filter by
    `status` (draft, open, closed, archived) or `document_id`; `q` searches titles without
    regard to diacritics or case. `accepting_feedback` says whether a submission would be
    accepted now.

    Args:
        q (None | str | Unset): Diacritic- and case-insensitive search
        status (ListConsultationsStatusType0 | None | Unset): Only consultations in this status
            (one value): `draft` (being prepared), `open` (on the public page), `closed` (no more
            feedback) or `archived` (final). None (the default): every status. `open` does not by
            itself mean feedback is accepted now: see `accepting_feedback`.
        document_id (None | Unset | UUID): Only the consultations on this draft document,
            whichever of its versions each uses.
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PageConsultationOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            status=status,
            document_id=document_id,
            limit=limit,
            cursor=cursor,
            if_none_match=if_none_match,
        )
    ).parsed
