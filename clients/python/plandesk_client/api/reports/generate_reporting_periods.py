from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.period_out import PeriodOut
from ...models.problem import Problem
from ...models.reporting_schedule_in import ReportingScheduleIn
from ...types import Response


def _get_kwargs(
    plan_id: UUID,
    *,
    body: ReportingScheduleIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/plans/{plan_id}/reporting-periods/generate".format(
            plan_id=quote(str(plan_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[PeriodOut] | None:
    if response.status_code == 201:
        response_201 = []
        _response_201 = response.json()
        for response_201_item_data in _response_201:
            response_201_item = PeriodOut.from_dict(response_201_item_data)

            response_201.append(response_201_item)

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
) -> Response[Problem | list[PeriodOut]]:
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
    body: ReportingScheduleIn,
) -> Response[Problem | list[PeriodOut]]:
    """Create reporting periods from a schedule (monthly by day, quarterly, one per phase)

     Create the reporting periods a schedule implies, between `starts_on` and `ends_on` (default:
    the span of the plan's top-level phases): monthly periods due on `day_of_month`, quarterly periods
    due `due_offset_days` after each quarter's end, or one_off periods, one per phase (`phase_ids`,
    default every top-level phase). Periods the plan already has (same kind, same end) are kept as they
    are; the answer lists only the periods created (possibly none). Who may call: coordinators and
    admins (`plans:write`). 404 when the plan does not exist; 422 when a monthly schedule has no
    `day_of_month`, the dates are reversed, a phase is of another plan or has no dates, or the plan has
    no dated phases and no dates are given.

    Args:
        plan_id (UUID):
        body (ReportingScheduleIn): Generate a plan's reporting periods. Periods already there
            (same kind and end) are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[PeriodOut]]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReportingScheduleIn,
) -> Problem | list[PeriodOut] | None:
    """Create reporting periods from a schedule (monthly by day, quarterly, one per phase)

     Create the reporting periods a schedule implies, between `starts_on` and `ends_on` (default:
    the span of the plan's top-level phases): monthly periods due on `day_of_month`, quarterly periods
    due `due_offset_days` after each quarter's end, or one_off periods, one per phase (`phase_ids`,
    default every top-level phase). Periods the plan already has (same kind, same end) are kept as they
    are; the answer lists only the periods created (possibly none). Who may call: coordinators and
    admins (`plans:write`). 404 when the plan does not exist; 422 when a monthly schedule has no
    `day_of_month`, the dates are reversed, a phase is of another plan or has no dates, or the plan has
    no dated phases and no dates are given.

    Args:
        plan_id (UUID):
        body (ReportingScheduleIn): Generate a plan's reporting periods. Periods already there
            (same kind and end) are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[PeriodOut]
    """

    return sync_detailed(
        plan_id=plan_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReportingScheduleIn,
) -> Response[Problem | list[PeriodOut]]:
    """Create reporting periods from a schedule (monthly by day, quarterly, one per phase)

     Create the reporting periods a schedule implies, between `starts_on` and `ends_on` (default:
    the span of the plan's top-level phases): monthly periods due on `day_of_month`, quarterly periods
    due `due_offset_days` after each quarter's end, or one_off periods, one per phase (`phase_ids`,
    default every top-level phase). Periods the plan already has (same kind, same end) are kept as they
    are; the answer lists only the periods created (possibly none). Who may call: coordinators and
    admins (`plans:write`). 404 when the plan does not exist; 422 when a monthly schedule has no
    `day_of_month`, the dates are reversed, a phase is of another plan or has no dates, or the plan has
    no dated phases and no dates are given.

    Args:
        plan_id (UUID):
        body (ReportingScheduleIn): Generate a plan's reporting periods. Periods already there
            (same kind and end) are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[PeriodOut]]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReportingScheduleIn,
) -> Problem | list[PeriodOut] | None:
    """Create reporting periods from a schedule (monthly by day, quarterly, one per phase)

     Create the reporting periods a schedule implies, between `starts_on` and `ends_on` (default:
    the span of the plan's top-level phases): monthly periods due on `day_of_month`, quarterly periods
    due `due_offset_days` after each quarter's end, or one_off periods, one per phase (`phase_ids`,
    default every top-level phase). Periods the plan already has (same kind, same end) are kept as they
    are; the answer lists only the periods created (possibly none). Who may call: coordinators and
    admins (`plans:write`). 404 when the plan does not exist; 422 when a monthly schedule has no
    `day_of_month`, the dates are reversed, a phase is of another plan or has no dates, or the plan has
    no dated phases and no dates are given.

    Args:
        plan_id (UUID):
        body (ReportingScheduleIn): Generate a plan's reporting periods. Periods already there
            (same kind and end) are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[PeriodOut]
    """

    return (
        await asyncio_detailed(
            plan_id=plan_id,
            client=client,
            body=body,
        )
    ).parsed
