from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import File, Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/metrics",
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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
    *,
    client: AuthenticatedClient | Client,
) -> Response[File | Problem]:
    """Prometheus metrics (bearer PLANDESK_METRICS_TOKEN; 404 when no token is configured)

     Prometheus metrics in the text exposition format, for a scraper.

    **Who:** not a user: the scraper sends `Authorization: Bearer <PLANDESK_METRICS_TOKEN>`.
    Without a configured token the endpoint does not exist (404), so metrics are never public.

    Request counts and durations per route, rate-limit refusals, webhook deliveries, feedback
    clustering, the database pool, and the job and webhook backlogs (the figures of the status
    page, from the same snapshot).
    The answer is `text/plain` and never cached.

    **Errors:** 401 when the bearer token is missing or wrong; 404 when no token is configured.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> File | Problem | None:
    """Prometheus metrics (bearer PLANDESK_METRICS_TOKEN; 404 when no token is configured)

     Prometheus metrics in the text exposition format, for a scraper.

    **Who:** not a user: the scraper sends `Authorization: Bearer <PLANDESK_METRICS_TOKEN>`.
    Without a configured token the endpoint does not exist (404), so metrics are never public.

    Request counts and durations per route, rate-limit refusals, webhook deliveries, feedback
    clustering, the database pool, and the job and webhook backlogs (the figures of the status
    page, from the same snapshot).
    The answer is `text/plain` and never cached.

    **Errors:** 401 when the bearer token is missing or wrong; 404 when no token is configured.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[File | Problem]:
    """Prometheus metrics (bearer PLANDESK_METRICS_TOKEN; 404 when no token is configured)

     Prometheus metrics in the text exposition format, for a scraper.

    **Who:** not a user: the scraper sends `Authorization: Bearer <PLANDESK_METRICS_TOKEN>`.
    Without a configured token the endpoint does not exist (404), so metrics are never public.

    Request counts and durations per route, rate-limit refusals, webhook deliveries, feedback
    clustering, the database pool, and the job and webhook backlogs (the figures of the status
    page, from the same snapshot).
    The answer is `text/plain` and never cached.

    **Errors:** 401 when the bearer token is missing or wrong; 404 when no token is configured.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> File | Problem | None:
    """Prometheus metrics (bearer PLANDESK_METRICS_TOKEN; 404 when no token is configured)

     Prometheus metrics in the text exposition format, for a scraper.

    **Who:** not a user: the scraper sends `Authorization: Bearer <PLANDESK_METRICS_TOKEN>`.
    Without a configured token the endpoint does not exist (404), so metrics are never public.

    Request counts and durations per route, rate-limit refusals, webhook deliveries, feedback
    clustering, the database pool, and the job and webhook backlogs (the figures of the status
    page, from the same snapshot).
    The answer is `text/plain` and never cached.

    **Errors:** 401 when the bearer token is missing or wrong; 404 when no token is configured.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
