import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_feedback_channel_type_0 import ListFeedbackChannelType0
from ...models.list_feedback_contributor_group_type_0 import ListFeedbackContributorGroupType0
from ...models.list_feedback_status_type_0_item import ListFeedbackStatusType0Item
from ...models.page_feedback_out import PageFeedbackOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    consultation_id: UUID,
    *,
    sort: str | Unset = "-submitted_at",
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    status: list[ListFeedbackStatusType0Item] | None | Unset = UNSET,
    section_id: None | Unset | UUID = UNSET,
    contributor_group: ListFeedbackContributorGroupType0 | None | Unset = UNSET,
    channel: ListFeedbackChannelType0 | None | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    cluster_id: None | Unset | UUID = UNSET,
    assigned_to: None | Unset | UUID = UNSET,
    meeting_id: None | Unset | UUID = UNSET,
    submitted_from: datetime.datetime | None | Unset = UNSET,
    submitted_to: datetime.datetime | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    params["sort"] = sort

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

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

    json_section_id: None | str | Unset
    if isinstance(section_id, Unset):
        json_section_id = UNSET
    elif isinstance(section_id, UUID):
        json_section_id = str(section_id)
    else:
        json_section_id = section_id
    params["section_id"] = json_section_id

    json_contributor_group: None | str | Unset
    if isinstance(contributor_group, Unset):
        json_contributor_group = UNSET
    elif isinstance(contributor_group, ListFeedbackContributorGroupType0):
        json_contributor_group = contributor_group.value
    else:
        json_contributor_group = contributor_group
    params["contributor_group"] = json_contributor_group

    json_channel: None | str | Unset
    if isinstance(channel, Unset):
        json_channel = UNSET
    elif isinstance(channel, ListFeedbackChannelType0):
        json_channel = channel.value
    else:
        json_channel = channel
    params["channel"] = json_channel

    json_tag: None | str | Unset
    if isinstance(tag, Unset):
        json_tag = UNSET
    else:
        json_tag = tag
    params["tag"] = json_tag

    json_cluster_id: None | str | Unset
    if isinstance(cluster_id, Unset):
        json_cluster_id = UNSET
    elif isinstance(cluster_id, UUID):
        json_cluster_id = str(cluster_id)
    else:
        json_cluster_id = cluster_id
    params["cluster_id"] = json_cluster_id

    json_assigned_to: None | str | Unset
    if isinstance(assigned_to, Unset):
        json_assigned_to = UNSET
    elif isinstance(assigned_to, UUID):
        json_assigned_to = str(assigned_to)
    else:
        json_assigned_to = assigned_to
    params["assigned_to"] = json_assigned_to

    json_meeting_id: None | str | Unset
    if isinstance(meeting_id, Unset):
        json_meeting_id = UNSET
    elif isinstance(meeting_id, UUID):
        json_meeting_id = str(meeting_id)
    else:
        json_meeting_id = meeting_id
    params["meeting_id"] = json_meeting_id

    json_submitted_from: None | str | Unset
    if isinstance(submitted_from, Unset):
        json_submitted_from = UNSET
    elif isinstance(submitted_from, datetime.datetime):
        json_submitted_from = submitted_from.isoformat()
    else:
        json_submitted_from = submitted_from
    params["submitted_from"] = json_submitted_from

    json_submitted_to: None | str | Unset
    if isinstance(submitted_to, Unset):
        json_submitted_to = UNSET
    elif isinstance(submitted_to, datetime.datetime):
        json_submitted_to = submitted_to.isoformat()
    else:
        json_submitted_to = submitted_to
    params["submitted_to"] = json_submitted_to

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/consultations/{consultation_id}/feedback".format(
            consultation_id=quote(str(consultation_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PageFeedbackOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageFeedbackOut.from_dict(response.json())

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
) -> Response[Any | PageFeedbackOut | Problem]:
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
    sort: str | Unset = "-submitted_at",
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    status: list[ListFeedbackStatusType0Item] | None | Unset = UNSET,
    section_id: None | Unset | UUID = UNSET,
    contributor_group: ListFeedbackContributorGroupType0 | None | Unset = UNSET,
    channel: ListFeedbackChannelType0 | None | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    cluster_id: None | Unset | UUID = UNSET,
    assigned_to: None | Unset | UUID = UNSET,
    meeting_id: None | Unset | UUID = UNSET,
    submitted_from: datetime.datetime | None | Unset = UNSET,
    submitted_to: datetime.datetime | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PageFeedbackOut | Problem]:
    """The moderation queue: a consultation's feedback, filtered

     Contact details are included for moderators and admins only. Admins, coordinators, moderators and
    viewers (and `feedback:read` service accounts) read the queue, newest first (`sort=submitted_at` for
    oldest first). Filters combine: several `status` values match any of them; `submitted_from` is
    inclusive and `submitted_to` exclusive; `q` searches the text without regard to diacritics or case
    ("chuyen doi so" finds "chuyển đổi số"). 404 when there is no such consultation; 422 for a bad
    filter, limit or cursor.

    Args:
        consultation_id (UUID):
        sort (str | Unset): Order of the queue: `-submitted_at` (the default) newest first,
            `submitted_at` oldest first; submissions received at the same instant are ordered by id,
            in the same direction. Keep the same sort (and filters) when following `next_cursor`.
            Default: '-submitted_at'.
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        status (list[ListFeedbackStatusType0Item] | None | Unset): One status, or several (repeat
            the parameter): any of them matches
        section_id (None | Unset | UUID): Only opinions on this section of the draft (its stable
            id, as in the document's sections); opinions on the whole draft never match. None: every
            section and the whole draft.
        contributor_group (ListFeedbackContributorGroupType0 | None | Unset): Only opinions from
            this group (one value; none: every group). Who the opinion comes from: citizen (a member
            of the public), expert (scientist, specialist), veteran (cựu chiến binh), party_member
            (đảng viên), organisation (an association, a business, a mass organisation), unit (one of
            the plan's units, speaking for itself), other.
        channel (ListFeedbackChannelType0 | None | Unset): Only opinions that arrived this way
            (one value; none: every channel). How the opinion arrived: web (the public form), mobile
            (the mobile app), meeting (gathered at a meeting and typed in by staff, see meeting_id),
            letter (a posted letter, typed in by staff), phone (a call to the hotline, typed in by
            staff).
        tag (None | str | Unset): Only submissions carrying this tag: one tag, matched exactly
            (case-sensitive) after Unicode NFC normalisation and trimming of surrounding spaces. Not
            repeatable: to match several tags, make one request per tag.
        cluster_id (None | Unset | UUID): Only the members of this near-duplicate cluster
            (`cluster_id` of the consultation's clusters); members moved out of it no longer match.
        assigned_to (None | Unset | UUID): Only submissions assigned to this moderator (a user
            id). Unassigned submissions cannot be selected with this filter.
        meeting_id (None | Unset | UUID): Only the opinions recorded from this meeting: the
            `meeting_id` answered by POST /consultations/{consultation_id}/feedback/meetings when its
            minutes were typed in.
        submitted_from (datetime.datetime | None | Unset): Inclusive (UTC if no offset)
        submitted_to (datetime.datetime | None | Unset): Exclusive (UTC if no offset)
        q (None | str | Unset): Diacritic- and case-insensitive search
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PageFeedbackOut | Problem]
    """

    kwargs = _get_kwargs(
        consultation_id=consultation_id,
        sort=sort,
        limit=limit,
        cursor=cursor,
        status=status,
        section_id=section_id,
        contributor_group=contributor_group,
        channel=channel,
        tag=tag,
        cluster_id=cluster_id,
        assigned_to=assigned_to,
        meeting_id=meeting_id,
        submitted_from=submitted_from,
        submitted_to=submitted_to,
        q=q,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consultation_id: UUID,
    *,
    client: AuthenticatedClient,
    sort: str | Unset = "-submitted_at",
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    status: list[ListFeedbackStatusType0Item] | None | Unset = UNSET,
    section_id: None | Unset | UUID = UNSET,
    contributor_group: ListFeedbackContributorGroupType0 | None | Unset = UNSET,
    channel: ListFeedbackChannelType0 | None | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    cluster_id: None | Unset | UUID = UNSET,
    assigned_to: None | Unset | UUID = UNSET,
    meeting_id: None | Unset | UUID = UNSET,
    submitted_from: datetime.datetime | None | Unset = UNSET,
    submitted_to: datetime.datetime | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | PageFeedbackOut | Problem | None:
    """The moderation queue: a consultation's feedback, filtered

     Contact details are included for moderators and admins only. Admins, coordinators, moderators and
    viewers (and `feedback:read` service accounts) read the queue, newest first (`sort=submitted_at` for
    oldest first). Filters combine: several `status` values match any of them; `submitted_from` is
    inclusive and `submitted_to` exclusive; `q` searches the text without regard to diacritics or case
    ("chuyen doi so" finds "chuyển đổi số"). 404 when there is no such consultation; 422 for a bad
    filter, limit or cursor.

    Args:
        consultation_id (UUID):
        sort (str | Unset): Order of the queue: `-submitted_at` (the default) newest first,
            `submitted_at` oldest first; submissions received at the same instant are ordered by id,
            in the same direction. Keep the same sort (and filters) when following `next_cursor`.
            Default: '-submitted_at'.
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        status (list[ListFeedbackStatusType0Item] | None | Unset): One status, or several (repeat
            the parameter): any of them matches
        section_id (None | Unset | UUID): Only opinions on this section of the draft (its stable
            id, as in the document's sections); opinions on the whole draft never match. None: every
            section and the whole draft.
        contributor_group (ListFeedbackContributorGroupType0 | None | Unset): Only opinions from
            this group (one value; none: every group). Who the opinion comes from: citizen (a member
            of the public), expert (scientist, specialist), veteran (cựu chiến binh), party_member
            (đảng viên), organisation (an association, a business, a mass organisation), unit (one of
            the plan's units, speaking for itself), other.
        channel (ListFeedbackChannelType0 | None | Unset): Only opinions that arrived this way
            (one value; none: every channel). How the opinion arrived: web (the public form), mobile
            (the mobile app), meeting (gathered at a meeting and typed in by staff, see meeting_id),
            letter (a posted letter, typed in by staff), phone (a call to the hotline, typed in by
            staff).
        tag (None | str | Unset): Only submissions carrying this tag: one tag, matched exactly
            (case-sensitive) after Unicode NFC normalisation and trimming of surrounding spaces. Not
            repeatable: to match several tags, make one request per tag.
        cluster_id (None | Unset | UUID): Only the members of this near-duplicate cluster
            (`cluster_id` of the consultation's clusters); members moved out of it no longer match.
        assigned_to (None | Unset | UUID): Only submissions assigned to this moderator (a user
            id). Unassigned submissions cannot be selected with this filter.
        meeting_id (None | Unset | UUID): Only the opinions recorded from this meeting: the
            `meeting_id` answered by POST /consultations/{consultation_id}/feedback/meetings when its
            minutes were typed in.
        submitted_from (datetime.datetime | None | Unset): Inclusive (UTC if no offset)
        submitted_to (datetime.datetime | None | Unset): Exclusive (UTC if no offset)
        q (None | str | Unset): Diacritic- and case-insensitive search
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PageFeedbackOut | Problem
    """

    return sync_detailed(
        consultation_id=consultation_id,
        client=client,
        sort=sort,
        limit=limit,
        cursor=cursor,
        status=status,
        section_id=section_id,
        contributor_group=contributor_group,
        channel=channel,
        tag=tag,
        cluster_id=cluster_id,
        assigned_to=assigned_to,
        meeting_id=meeting_id,
        submitted_from=submitted_from,
        submitted_to=submitted_to,
        q=q,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    consultation_id: UUID,
    *,
    client: AuthenticatedClient,
    sort: str | Unset = "-submitted_at",
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    status: list[ListFeedbackStatusType0Item] | None | Unset = UNSET,
    section_id: None | Unset | UUID = UNSET,
    contributor_group: ListFeedbackContributorGroupType0 | None | Unset = UNSET,
    channel: ListFeedbackChannelType0 | None | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    cluster_id: None | Unset | UUID = UNSET,
    assigned_to: None | Unset | UUID = UNSET,
    meeting_id: None | Unset | UUID = UNSET,
    submitted_from: datetime.datetime | None | Unset = UNSET,
    submitted_to: datetime.datetime | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PageFeedbackOut | Problem]:
    """The moderation queue: a consultation's feedback, filtered

     Contact details are included for moderators and admins only. Admins, coordinators, moderators and
    viewers (and `feedback:read` service accounts) read the queue, newest first (`sort=submitted_at` for
    oldest first). Filters combine: several `status` values match any of them; `submitted_from` is
    inclusive and `submitted_to` exclusive; `q` searches the text without regard to diacritics or case
    ("chuyen doi so" finds "chuyển đổi số"). 404 when there is no such consultation; 422 for a bad
    filter, limit or cursor.

    Args:
        consultation_id (UUID):
        sort (str | Unset): Order of the queue: `-submitted_at` (the default) newest first,
            `submitted_at` oldest first; submissions received at the same instant are ordered by id,
            in the same direction. Keep the same sort (and filters) when following `next_cursor`.
            Default: '-submitted_at'.
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        status (list[ListFeedbackStatusType0Item] | None | Unset): One status, or several (repeat
            the parameter): any of them matches
        section_id (None | Unset | UUID): Only opinions on this section of the draft (its stable
            id, as in the document's sections); opinions on the whole draft never match. None: every
            section and the whole draft.
        contributor_group (ListFeedbackContributorGroupType0 | None | Unset): Only opinions from
            this group (one value; none: every group). Who the opinion comes from: citizen (a member
            of the public), expert (scientist, specialist), veteran (cựu chiến binh), party_member
            (đảng viên), organisation (an association, a business, a mass organisation), unit (one of
            the plan's units, speaking for itself), other.
        channel (ListFeedbackChannelType0 | None | Unset): Only opinions that arrived this way
            (one value; none: every channel). How the opinion arrived: web (the public form), mobile
            (the mobile app), meeting (gathered at a meeting and typed in by staff, see meeting_id),
            letter (a posted letter, typed in by staff), phone (a call to the hotline, typed in by
            staff).
        tag (None | str | Unset): Only submissions carrying this tag: one tag, matched exactly
            (case-sensitive) after Unicode NFC normalisation and trimming of surrounding spaces. Not
            repeatable: to match several tags, make one request per tag.
        cluster_id (None | Unset | UUID): Only the members of this near-duplicate cluster
            (`cluster_id` of the consultation's clusters); members moved out of it no longer match.
        assigned_to (None | Unset | UUID): Only submissions assigned to this moderator (a user
            id). Unassigned submissions cannot be selected with this filter.
        meeting_id (None | Unset | UUID): Only the opinions recorded from this meeting: the
            `meeting_id` answered by POST /consultations/{consultation_id}/feedback/meetings when its
            minutes were typed in.
        submitted_from (datetime.datetime | None | Unset): Inclusive (UTC if no offset)
        submitted_to (datetime.datetime | None | Unset): Exclusive (UTC if no offset)
        q (None | str | Unset): Diacritic- and case-insensitive search
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PageFeedbackOut | Problem]
    """

    kwargs = _get_kwargs(
        consultation_id=consultation_id,
        sort=sort,
        limit=limit,
        cursor=cursor,
        status=status,
        section_id=section_id,
        contributor_group=contributor_group,
        channel=channel,
        tag=tag,
        cluster_id=cluster_id,
        assigned_to=assigned_to,
        meeting_id=meeting_id,
        submitted_from=submitted_from,
        submitted_to=submitted_to,
        q=q,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consultation_id: UUID,
    *,
    client: AuthenticatedClient,
    sort: str | Unset = "-submitted_at",
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    status: list[ListFeedbackStatusType0Item] | None | Unset = UNSET,
    section_id: None | Unset | UUID = UNSET,
    contributor_group: ListFeedbackContributorGroupType0 | None | Unset = UNSET,
    channel: ListFeedbackChannelType0 | None | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    cluster_id: None | Unset | UUID = UNSET,
    assigned_to: None | Unset | UUID = UNSET,
    meeting_id: None | Unset | UUID = UNSET,
    submitted_from: datetime.datetime | None | Unset = UNSET,
    submitted_to: datetime.datetime | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | PageFeedbackOut | Problem | None:
    """The moderation queue: a consultation's feedback, filtered

     Contact details are included for moderators and admins only. Admins, coordinators, moderators and
    viewers (and `feedback:read` service accounts) read the queue, newest first (`sort=submitted_at` for
    oldest first). Filters combine: several `status` values match any of them; `submitted_from` is
    inclusive and `submitted_to` exclusive; `q` searches the text without regard to diacritics or case
    ("chuyen doi so" finds "chuyển đổi số"). 404 when there is no such consultation; 422 for a bad
    filter, limit or cursor.

    Args:
        consultation_id (UUID):
        sort (str | Unset): Order of the queue: `-submitted_at` (the default) newest first,
            `submitted_at` oldest first; submissions received at the same instant are ordered by id,
            in the same direction. Keep the same sort (and filters) when following `next_cursor`.
            Default: '-submitted_at'.
        limit (int | Unset): Page size (max 200) Default: 50.
        cursor (None | str | Unset): Opaque cursor from next_cursor
        status (list[ListFeedbackStatusType0Item] | None | Unset): One status, or several (repeat
            the parameter): any of them matches
        section_id (None | Unset | UUID): Only opinions on this section of the draft (its stable
            id, as in the document's sections); opinions on the whole draft never match. None: every
            section and the whole draft.
        contributor_group (ListFeedbackContributorGroupType0 | None | Unset): Only opinions from
            this group (one value; none: every group). Who the opinion comes from: citizen (a member
            of the public), expert (scientist, specialist), veteran (cựu chiến binh), party_member
            (đảng viên), organisation (an association, a business, a mass organisation), unit (one of
            the plan's units, speaking for itself), other.
        channel (ListFeedbackChannelType0 | None | Unset): Only opinions that arrived this way
            (one value; none: every channel). How the opinion arrived: web (the public form), mobile
            (the mobile app), meeting (gathered at a meeting and typed in by staff, see meeting_id),
            letter (a posted letter, typed in by staff), phone (a call to the hotline, typed in by
            staff).
        tag (None | str | Unset): Only submissions carrying this tag: one tag, matched exactly
            (case-sensitive) after Unicode NFC normalisation and trimming of surrounding spaces. Not
            repeatable: to match several tags, make one request per tag.
        cluster_id (None | Unset | UUID): Only the members of this near-duplicate cluster
            (`cluster_id` of the consultation's clusters); members moved out of it no longer match.
        assigned_to (None | Unset | UUID): Only submissions assigned to this moderator (a user
            id). Unassigned submissions cannot be selected with this filter.
        meeting_id (None | Unset | UUID): Only the opinions recorded from this meeting: the
            `meeting_id` answered by POST /consultations/{consultation_id}/feedback/meetings when its
            minutes were typed in.
        submitted_from (datetime.datetime | None | Unset): Inclusive (UTC if no offset)
        submitted_to (datetime.datetime | None | Unset): Exclusive (UTC if no offset)
        q (None | str | Unset): Diacritic- and case-insensitive search
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PageFeedbackOut | Problem
    """

    return (
        await asyncio_detailed(
            consultation_id=consultation_id,
            client=client,
            sort=sort,
            limit=limit,
            cursor=cursor,
            status=status,
            section_id=section_id,
            contributor_group=contributor_group,
            channel=channel,
            tag=tag,
            cluster_id=cluster_id,
            assigned_to=assigned_to,
            meeting_id=meeting_id,
            submitted_from=submitted_from,
            submitted_to=submitted_to,
            q=q,
            if_none_match=if_none_match,
        )
    ).parsed
