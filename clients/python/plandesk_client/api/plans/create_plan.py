from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.plan_create import PlanCreate
from ...models.plan_out import PlanOut
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: PlanCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/plans",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PlanOut | Problem | None:
    if response.status_code == 201:
        response_201 = PlanOut.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PlanOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PlanCreate,
) -> Response[PlanOut | Problem]:
    """Create a plan

     Create a plan with its header (code, title, issuing body, signer, legal bases, purposes,
    requirements, recipients). It starts as `draft` unless told otherwise; the creator becomes one of
    its coordinators. Answers 201 with the plan and its ETag. Who may call: admin and coordinator.
    409 when another plan already has the code.

    Args:
        body (PlanCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlanOut | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: PlanCreate,
) -> PlanOut | Problem | None:
    """Create a plan

     Create a plan with its header (code, title, issuing body, signer, legal bases, purposes,
    requirements, recipients). It starts as `draft` unless told otherwise; the creator becomes one of
    its coordinators. Answers 201 with the plan and its ETag. Who may call: admin and coordinator.
    409 when another plan already has the code.

    Args:
        body (PlanCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlanOut | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PlanCreate,
) -> Response[PlanOut | Problem]:
    """Create a plan

     Create a plan with its header (code, title, issuing body, signer, legal bases, purposes,
    requirements, recipients). It starts as `draft` unless told otherwise; the creator becomes one of
    its coordinators. Answers 201 with the plan and its ETag. Who may call: admin and coordinator.
    409 when another plan already has the code.

    Args:
        body (PlanCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlanOut | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PlanCreate,
) -> PlanOut | Problem | None:
    """Create a plan

     Create a plan with its header (code, title, issuing body, signer, legal bases, purposes,
    requirements, recipients). It starts as `draft` unless told otherwise; the creator becomes one of
    its coordinators. Answers 201 with the plan and its ETag. Who may call: admin and coordinator.
    409 when another plan already has the code.

    Args:
        body (PlanCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlanOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
