from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_plan_coordinator_out import PagePlanCoordinatorOut
from ...models.plan_coordinators_put import PlanCoordinatorsPut
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    plan_id: UUID,
    *,
    body: PlanCoordinatorsPut,
    if_match: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/plans/{plan_id}/coordinators".format(
            plan_id=quote(str(plan_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PagePlanCoordinatorOut | Problem | None:
    if response.status_code == 200:
        response_200 = PagePlanCoordinatorOut.from_dict(response.json())

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

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 428:
        response_428 = Problem.from_dict(response.json())

        return response_428

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
) -> Response[PagePlanCoordinatorOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PlanCoordinatorsPut,
    if_match: str,
) -> Response[PagePlanCoordinatorOut | Problem]:
    """Set who coordinates a plan

     Replaces the plan's coordinator list. Admins, or one of the plan's coordinators, may (any
    coordinator while the plan has none). Send the plan's ETag in If-Match; the plan's version moves on,
    so its ETag changes.

    Args:
        plan_id (UUID):
        if_match (str):
        body (PlanCoordinatorsPut):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PagePlanCoordinatorOut | Problem]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PlanCoordinatorsPut,
    if_match: str,
) -> PagePlanCoordinatorOut | Problem | None:
    """Set who coordinates a plan

     Replaces the plan's coordinator list. Admins, or one of the plan's coordinators, may (any
    coordinator while the plan has none). Send the plan's ETag in If-Match; the plan's version moves on,
    so its ETag changes.

    Args:
        plan_id (UUID):
        if_match (str):
        body (PlanCoordinatorsPut):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PagePlanCoordinatorOut | Problem
    """

    return sync_detailed(
        plan_id=plan_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PlanCoordinatorsPut,
    if_match: str,
) -> Response[PagePlanCoordinatorOut | Problem]:
    """Set who coordinates a plan

     Replaces the plan's coordinator list. Admins, or one of the plan's coordinators, may (any
    coordinator while the plan has none). Send the plan's ETag in If-Match; the plan's version moves on,
    so its ETag changes.

    Args:
        plan_id (UUID):
        if_match (str):
        body (PlanCoordinatorsPut):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PagePlanCoordinatorOut | Problem]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    body: PlanCoordinatorsPut,
    if_match: str,
) -> PagePlanCoordinatorOut | Problem | None:
    """Set who coordinates a plan

     Replaces the plan's coordinator list. Admins, or one of the plan's coordinators, may (any
    coordinator while the plan has none). Send the plan's ETag in If-Match; the plan's version moves on,
    so its ETag changes.

    Args:
        plan_id (UUID):
        if_match (str):
        body (PlanCoordinatorsPut):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PagePlanCoordinatorOut | Problem
    """

    return (
        await asyncio_detailed(
            plan_id=plan_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
