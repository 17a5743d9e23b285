import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_tasks_role_type_0 import ListTasksRoleType0
from ...models.list_tasks_sort import ListTasksSort
from ...models.list_tasks_standing_type_0 import ListTasksStandingType0
from ...models.list_tasks_status_type_0_item import ListTasksStatusType0Item
from ...models.problem import Problem
from ...models.task_page import TaskPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    plan_id: UUID,
    *,
    phase_id: None | Unset | UUID = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    role: ListTasksRoleType0 | None | Unset = UNSET,
    status: list[ListTasksStatusType0Item] | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    due_before: datetime.date | None | Unset = UNSET,
    due_after: datetime.date | None | Unset = UNSET,
    standing: ListTasksStandingType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    sort: ListTasksSort | Unset = ListTasksSort.DUE_DATE,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_phase_id: None | str | Unset
    if isinstance(phase_id, Unset):
        json_phase_id = UNSET
    elif isinstance(phase_id, UUID):
        json_phase_id = str(phase_id)
    else:
        json_phase_id = phase_id
    params["phase_id"] = json_phase_id

    json_unit_id: None | str | Unset
    if isinstance(unit_id, Unset):
        json_unit_id = UNSET
    elif isinstance(unit_id, UUID):
        json_unit_id = str(unit_id)
    else:
        json_unit_id = unit_id
    params["unit_id"] = json_unit_id

    json_role: None | str | Unset
    if isinstance(role, Unset):
        json_role = UNSET
    elif isinstance(role, ListTasksRoleType0):
        json_role = role.value
    else:
        json_role = role
    params["role"] = json_role

    json_status: list[str] | None | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, list):
        json_status = []
        for status_type_0_item_data in status:
            status_type_0_item = status_type_0_item_data.value
            json_status.append(status_type_0_item)

    else:
        json_status = status
    params["status"] = json_status

    json_overdue: bool | None | Unset
    if isinstance(overdue, Unset):
        json_overdue = UNSET
    else:
        json_overdue = overdue
    params["overdue"] = json_overdue

    json_due_before: None | str | Unset
    if isinstance(due_before, Unset):
        json_due_before = UNSET
    elif isinstance(due_before, datetime.date):
        json_due_before = due_before.isoformat()
    else:
        json_due_before = due_before
    params["due_before"] = json_due_before

    json_due_after: None | str | Unset
    if isinstance(due_after, Unset):
        json_due_after = UNSET
    elif isinstance(due_after, datetime.date):
        json_due_after = due_after.isoformat()
    else:
        json_due_after = due_after
    params["due_after"] = json_due_after

    json_standing: None | str | Unset
    if isinstance(standing, Unset):
        json_standing = UNSET
    elif isinstance(standing, ListTasksStandingType0):
        json_standing = standing.value
    else:
        json_standing = standing
    params["standing"] = json_standing

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

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
        "url": "/api/v1/plans/{plan_id}/tasks".format(
            plan_id=quote(str(plan_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | TaskPage | None:
    if response.status_code == 200:
        response_200 = TaskPage.from_dict(response.json())

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
) -> Response[Any | Problem | TaskPage]:
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
    phase_id: None | Unset | UUID = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    role: ListTasksRoleType0 | None | Unset = UNSET,
    status: list[ListTasksStatusType0Item] | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    due_before: datetime.date | None | Unset = UNSET,
    due_after: datetime.date | None | Unset = UNSET,
    standing: ListTasksStandingType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    sort: ListTasksSort | Unset = ListTasksSort.DUE_DATE,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | TaskPage]:
    """A plan's tasks, filtered, sorted and paginated

     The plan's tasks as short items with each unit's standing. Filter by phase (sub-phases included),
    unit (and its role), status, due range, deadline standing (the dashboard's tiles link here with
    the same counting) and `q` (title and body, diacritic-insensitive); sort with `sort` (`due_date`,
    `-due_date`, `title`, `created_at` …). Who may call: every signed-in role, and service accounts
    with `tasks:read` or `tasks:write`.

    Args:
        plan_id (UUID):
        phase_id (None | Unset | UUID): The phase and its sub-phases
        unit_id (None | Unset | UUID): Tasks this unit leads or supports
        role (ListTasksRoleType0 | None | Unset): With unit_id: only as lead, or only as support
        status (list[ListTasksStatusType0Item] | None | Unset): One or more task statuses
        overdue (bool | None | Unset): true: only overdue tasks, due before today (in the plan's
            time zone), neither done nor cancelled, and not awaiting their unit group's members;
            false: every other task, undated ones included. None (the default): both. Combines with
            every other filter (all must hold).
        due_before (datetime.date | None | Unset): Due on or before this day
        due_after (datetime.date | None | Unset): Due on or after this day
        standing (ListTasksStandingType0 | None | Unset): Deadline standing as of today, as the
            dashboard counts it (its tiles link here)
        q (None | str | Unset): Title and body, diacritic-insensitive
        sort (ListTasksSort | Unset): Order of the list: `due_date` (the default: earliest
            deadline first), `title` (alphabetical, ignoring case and diacritics) or `created_at`
            (oldest first); a leading `-` reverses it. Undated tasks come last in both `due_date`
            orders; ties are broken by task id. Keep the same sort (and filters) when following
            `next_cursor`. Default: ListTasksSort.DUE_DATE.
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | TaskPage]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        phase_id=phase_id,
        unit_id=unit_id,
        role=role,
        status=status,
        overdue=overdue,
        due_before=due_before,
        due_after=due_after,
        standing=standing,
        q=q,
        sort=sort,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    phase_id: None | Unset | UUID = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    role: ListTasksRoleType0 | None | Unset = UNSET,
    status: list[ListTasksStatusType0Item] | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    due_before: datetime.date | None | Unset = UNSET,
    due_after: datetime.date | None | Unset = UNSET,
    standing: ListTasksStandingType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    sort: ListTasksSort | Unset = ListTasksSort.DUE_DATE,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | TaskPage | None:
    """A plan's tasks, filtered, sorted and paginated

     The plan's tasks as short items with each unit's standing. Filter by phase (sub-phases included),
    unit (and its role), status, due range, deadline standing (the dashboard's tiles link here with
    the same counting) and `q` (title and body, diacritic-insensitive); sort with `sort` (`due_date`,
    `-due_date`, `title`, `created_at` …). Who may call: every signed-in role, and service accounts
    with `tasks:read` or `tasks:write`.

    Args:
        plan_id (UUID):
        phase_id (None | Unset | UUID): The phase and its sub-phases
        unit_id (None | Unset | UUID): Tasks this unit leads or supports
        role (ListTasksRoleType0 | None | Unset): With unit_id: only as lead, or only as support
        status (list[ListTasksStatusType0Item] | None | Unset): One or more task statuses
        overdue (bool | None | Unset): true: only overdue tasks, due before today (in the plan's
            time zone), neither done nor cancelled, and not awaiting their unit group's members;
            false: every other task, undated ones included. None (the default): both. Combines with
            every other filter (all must hold).
        due_before (datetime.date | None | Unset): Due on or before this day
        due_after (datetime.date | None | Unset): Due on or after this day
        standing (ListTasksStandingType0 | None | Unset): Deadline standing as of today, as the
            dashboard counts it (its tiles link here)
        q (None | str | Unset): Title and body, diacritic-insensitive
        sort (ListTasksSort | Unset): Order of the list: `due_date` (the default: earliest
            deadline first), `title` (alphabetical, ignoring case and diacritics) or `created_at`
            (oldest first); a leading `-` reverses it. Undated tasks come last in both `due_date`
            orders; ties are broken by task id. Keep the same sort (and filters) when following
            `next_cursor`. Default: ListTasksSort.DUE_DATE.
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | TaskPage
    """

    return sync_detailed(
        plan_id=plan_id,
        client=client,
        phase_id=phase_id,
        unit_id=unit_id,
        role=role,
        status=status,
        overdue=overdue,
        due_before=due_before,
        due_after=due_after,
        standing=standing,
        q=q,
        sort=sort,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    phase_id: None | Unset | UUID = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    role: ListTasksRoleType0 | None | Unset = UNSET,
    status: list[ListTasksStatusType0Item] | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    due_before: datetime.date | None | Unset = UNSET,
    due_after: datetime.date | None | Unset = UNSET,
    standing: ListTasksStandingType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    sort: ListTasksSort | Unset = ListTasksSort.DUE_DATE,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | TaskPage]:
    """A plan's tasks, filtered, sorted and paginated

     The plan's tasks as short items with each unit's standing. Filter by phase (sub-phases included),
    unit (and its role), status, due range, deadline standing (the dashboard's tiles link here with
    the same counting) and `q` (title and body, diacritic-insensitive); sort with `sort` (`due_date`,
    `-due_date`, `title`, `created_at` …). Who may call: every signed-in role, and service accounts
    with `tasks:read` or `tasks:write`.

    Args:
        plan_id (UUID):
        phase_id (None | Unset | UUID): The phase and its sub-phases
        unit_id (None | Unset | UUID): Tasks this unit leads or supports
        role (ListTasksRoleType0 | None | Unset): With unit_id: only as lead, or only as support
        status (list[ListTasksStatusType0Item] | None | Unset): One or more task statuses
        overdue (bool | None | Unset): true: only overdue tasks, due before today (in the plan's
            time zone), neither done nor cancelled, and not awaiting their unit group's members;
            false: every other task, undated ones included. None (the default): both. Combines with
            every other filter (all must hold).
        due_before (datetime.date | None | Unset): Due on or before this day
        due_after (datetime.date | None | Unset): Due on or after this day
        standing (ListTasksStandingType0 | None | Unset): Deadline standing as of today, as the
            dashboard counts it (its tiles link here)
        q (None | str | Unset): Title and body, diacritic-insensitive
        sort (ListTasksSort | Unset): Order of the list: `due_date` (the default: earliest
            deadline first), `title` (alphabetical, ignoring case and diacritics) or `created_at`
            (oldest first); a leading `-` reverses it. Undated tasks come last in both `due_date`
            orders; ties are broken by task id. Keep the same sort (and filters) when following
            `next_cursor`. Default: ListTasksSort.DUE_DATE.
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | TaskPage]
    """

    kwargs = _get_kwargs(
        plan_id=plan_id,
        phase_id=phase_id,
        unit_id=unit_id,
        role=role,
        status=status,
        overdue=overdue,
        due_before=due_before,
        due_after=due_after,
        standing=standing,
        q=q,
        sort=sort,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    plan_id: UUID,
    *,
    client: AuthenticatedClient,
    phase_id: None | Unset | UUID = UNSET,
    unit_id: None | Unset | UUID = UNSET,
    role: ListTasksRoleType0 | None | Unset = UNSET,
    status: list[ListTasksStatusType0Item] | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    due_before: datetime.date | None | Unset = UNSET,
    due_after: datetime.date | None | Unset = UNSET,
    standing: ListTasksStandingType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    sort: ListTasksSort | Unset = ListTasksSort.DUE_DATE,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | TaskPage | None:
    """A plan's tasks, filtered, sorted and paginated

     The plan's tasks as short items with each unit's standing. Filter by phase (sub-phases included),
    unit (and its role), status, due range, deadline standing (the dashboard's tiles link here with
    the same counting) and `q` (title and body, diacritic-insensitive); sort with `sort` (`due_date`,
    `-due_date`, `title`, `created_at` …). Who may call: every signed-in role, and service accounts
    with `tasks:read` or `tasks:write`.

    Args:
        plan_id (UUID):
        phase_id (None | Unset | UUID): The phase and its sub-phases
        unit_id (None | Unset | UUID): Tasks this unit leads or supports
        role (ListTasksRoleType0 | None | Unset): With unit_id: only as lead, or only as support
        status (list[ListTasksStatusType0Item] | None | Unset): One or more task statuses
        overdue (bool | None | Unset): true: only overdue tasks, due before today (in the plan's
            time zone), neither done nor cancelled, and not awaiting their unit group's members;
            false: every other task, undated ones included. None (the default): both. Combines with
            every other filter (all must hold).
        due_before (datetime.date | None | Unset): Due on or before this day
        due_after (datetime.date | None | Unset): Due on or after this day
        standing (ListTasksStandingType0 | None | Unset): Deadline standing as of today, as the
            dashboard counts it (its tiles link here)
        q (None | str | Unset): Title and body, diacritic-insensitive
        sort (ListTasksSort | Unset): Order of the list: `due_date` (the default: earliest
            deadline first), `title` (alphabetical, ignoring case and diacritics) or `created_at`
            (oldest first); a leading `-` reverses it. Undated tasks come last in both `due_date`
            orders; ties are broken by task id. Keep the same sort (and filters) when following
            `next_cursor`. Default: ListTasksSort.DUE_DATE.
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | TaskPage
    """

    return (
        await asyncio_detailed(
            plan_id=plan_id,
            client=client,
            phase_id=phase_id,
            unit_id=unit_id,
            role=role,
            status=status,
            overdue=overdue,
            due_before=due_before,
            due_after=due_after,
            standing=standing,
            q=q,
            sort=sort,
            limit=limit,
            cursor=cursor,
            if_none_match=if_none_match,
        )
    ).parsed
