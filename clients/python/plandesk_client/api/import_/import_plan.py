from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_import_plan import BodyImportPlan
from ...models.plan_import_preview import PlanImportPreview
from ...models.plan_import_result import PlanImportResult
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: BodyImportPlan,
    dry_run: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["dry_run"] = dry_run

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/plans/import",
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PlanImportPreview | PlanImportResult | Problem | None:
    if response.status_code == 200:
        response_200 = PlanImportPreview.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = PlanImportResult.from_dict(response.json())

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
) -> Response[PlanImportPreview | PlanImportResult | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyImportPlan,
    dry_run: bool | Unset = False,
) -> Response[PlanImportPreview | PlanImportResult | Problem]:
    """Import a plan document (.txt, .md, .docx)

     Reads a plan document — header, legal bases, purposes, phases and their windows, channels, units and
    their tasks, recipients, signature — and creates the plan with its milestones, phases, channels,
    tasks and assignments in one transaction. Units are matched to existing ones (spelling and naming
    variants tolerated); only units nothing matches are created. With `dry_run=true` (query or form
    field) nothing is saved: the answer (200) is the draft with its warnings and which units would be
    matched or created.

    **Who:** callers with `plans:write` (coordinators, admins, service accounts with that scope).

    Review a dry run first: every item carries `source_lines` and `warnings` (where the parser guessed
    or corrected). Unit groups the document names ("Các huyện ủy, thị ủy …") get their members from the
    form field `group_members`. The created plan (201) comes with its `ETag` and `Location`.

    **Errors:** 413 when the file is larger than the upload limit; 415 when the body is not
    multipart/form-data or the file is not a readable .txt, .md, .docx (or damaged); 422 when the text
    is not a plan, when saving without a plan number or title, when `group_members` is not valid JSON,
    or when an item is invalid (the problem names the item and its lines); 409 when an item conflicts
    with what exists; 401/403 without a session or the permission.

    Args:
        dry_run (bool | Unset): Preview only: parse and check, save nothing Default: False.
        body (BodyImportPlan):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlanImportPreview | PlanImportResult | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        dry_run=dry_run,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyImportPlan,
    dry_run: bool | Unset = False,
) -> PlanImportPreview | PlanImportResult | Problem | None:
    """Import a plan document (.txt, .md, .docx)

     Reads a plan document — header, legal bases, purposes, phases and their windows, channels, units and
    their tasks, recipients, signature — and creates the plan with its milestones, phases, channels,
    tasks and assignments in one transaction. Units are matched to existing ones (spelling and naming
    variants tolerated); only units nothing matches are created. With `dry_run=true` (query or form
    field) nothing is saved: the answer (200) is the draft with its warnings and which units would be
    matched or created.

    **Who:** callers with `plans:write` (coordinators, admins, service accounts with that scope).

    Review a dry run first: every item carries `source_lines` and `warnings` (where the parser guessed
    or corrected). Unit groups the document names ("Các huyện ủy, thị ủy …") get their members from the
    form field `group_members`. The created plan (201) comes with its `ETag` and `Location`.

    **Errors:** 413 when the file is larger than the upload limit; 415 when the body is not
    multipart/form-data or the file is not a readable .txt, .md, .docx (or damaged); 422 when the text
    is not a plan, when saving without a plan number or title, when `group_members` is not valid JSON,
    or when an item is invalid (the problem names the item and its lines); 409 when an item conflicts
    with what exists; 401/403 without a session or the permission.

    Args:
        dry_run (bool | Unset): Preview only: parse and check, save nothing Default: False.
        body (BodyImportPlan):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlanImportPreview | PlanImportResult | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        dry_run=dry_run,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyImportPlan,
    dry_run: bool | Unset = False,
) -> Response[PlanImportPreview | PlanImportResult | Problem]:
    """Import a plan document (.txt, .md, .docx)

     Reads a plan document — header, legal bases, purposes, phases and their windows, channels, units and
    their tasks, recipients, signature — and creates the plan with its milestones, phases, channels,
    tasks and assignments in one transaction. Units are matched to existing ones (spelling and naming
    variants tolerated); only units nothing matches are created. With `dry_run=true` (query or form
    field) nothing is saved: the answer (200) is the draft with its warnings and which units would be
    matched or created.

    **Who:** callers with `plans:write` (coordinators, admins, service accounts with that scope).

    Review a dry run first: every item carries `source_lines` and `warnings` (where the parser guessed
    or corrected). Unit groups the document names ("Các huyện ủy, thị ủy …") get their members from the
    form field `group_members`. The created plan (201) comes with its `ETag` and `Location`.

    **Errors:** 413 when the file is larger than the upload limit; 415 when the body is not
    multipart/form-data or the file is not a readable .txt, .md, .docx (or damaged); 422 when the text
    is not a plan, when saving without a plan number or title, when `group_members` is not valid JSON,
    or when an item is invalid (the problem names the item and its lines); 409 when an item conflicts
    with what exists; 401/403 without a session or the permission.

    Args:
        dry_run (bool | Unset): Preview only: parse and check, save nothing Default: False.
        body (BodyImportPlan):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlanImportPreview | PlanImportResult | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        dry_run=dry_run,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyImportPlan,
    dry_run: bool | Unset = False,
) -> PlanImportPreview | PlanImportResult | Problem | None:
    """Import a plan document (.txt, .md, .docx)

     Reads a plan document — header, legal bases, purposes, phases and their windows, channels, units and
    their tasks, recipients, signature — and creates the plan with its milestones, phases, channels,
    tasks and assignments in one transaction. Units are matched to existing ones (spelling and naming
    variants tolerated); only units nothing matches are created. With `dry_run=true` (query or form
    field) nothing is saved: the answer (200) is the draft with its warnings and which units would be
    matched or created.

    **Who:** callers with `plans:write` (coordinators, admins, service accounts with that scope).

    Review a dry run first: every item carries `source_lines` and `warnings` (where the parser guessed
    or corrected). Unit groups the document names ("Các huyện ủy, thị ủy …") get their members from the
    form field `group_members`. The created plan (201) comes with its `ETag` and `Location`.

    **Errors:** 413 when the file is larger than the upload limit; 415 when the body is not
    multipart/form-data or the file is not a readable .txt, .md, .docx (or damaged); 422 when the text
    is not a plan, when saving without a plan number or title, when `group_members` is not valid JSON,
    or when an item is invalid (the problem names the item and its lines); 409 when an item conflicts
    with what exists; 401/403 without a session or the permission.

    Args:
        dry_run (bool | Unset): Preview only: parse and check, save nothing Default: False.
        body (BodyImportPlan):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlanImportPreview | PlanImportResult | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            dry_run=dry_run,
        )
    ).parsed
