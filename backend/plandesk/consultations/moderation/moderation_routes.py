"""HTTP routes for the moderation queue: counts, filters, moderating one or many, clusters, synthesis."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response
from pydantic import AfterValidator, StringConstraints

from plandesk.auth.deps import Session
from plandesk.consultations.moderation import moderation
from plandesk.consultations.route_deps import FeedbackReader, IfMatch, Moderator, Pages, Search
from plandesk.consultations.schemas import (
    BulkRequest,
    BulkResult,
    Channel,
    ClusterOut,
    ContributorGroup,
    FeedbackOut,
    FeedbackStatus,
    FeedbackStatusCounts,
    FeedbackUpdate,
    SynthesisOut,
)
from plandesk.consultations.schemas import examples as ex
from plandesk.consultations.schemas.common import CHANNEL_DOC, CONTRIBUTOR_GROUP_DOC
from plandesk.consultations.synthesis import synthesis
from plandesk.core.bounds import SafeDatetime
from plandesk.core.concurrency import check_if_match, set_etag
from plandesk.core.errors import error_responses
from plandesk.core.pagination import MAX_LIMIT, Page, page_in_memory
from plandesk.core.policy import Permission
from plandesk.core.text import TEXT_MARK, CleanText, clean_text

QueueSort = Annotated[
    str, StringConstraints(pattern="^-?submitted_at$"), AfterValidator(clean_text), TEXT_MARK
]
moderation_router = APIRouter(tags=["feedback"])


def _utc(moment: dt.datetime | None) -> dt.datetime | None:
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=dt.UTC)


def _queue_filters(
    status: Annotated[
        list[FeedbackStatus] | None,
        Query(description="One status, or several (repeat the parameter): any of them matches"),
    ] = None,
    section_id: Annotated[
        uuid.UUID | None,
        Query(
            description="Only opinions on this section of the draft (its stable id, as in the document's "
            "sections); opinions on the whole draft never match. None: every section and the whole draft."
        ),
    ] = None,
    contributor_group: Annotated[
        ContributorGroup | None,
        Query(
            description=f"Only opinions from this group (one value; none: every group). "
            f"{CONTRIBUTOR_GROUP_DOC}"
        ),
    ] = None,
    channel: Annotated[
        Channel | None,
        Query(
            description=f"Only opinions that arrived this way (one value; none: every channel). {CHANNEL_DOC}"
        ),
    ] = None,
    tag: Annotated[
        CleanText | None,
        Query(
            min_length=1,
            max_length=64,
            description="Only submissions carrying this tag: one tag, matched exactly (case-sensitive) after "
            "Unicode NFC normalisation and trimming of surrounding spaces. Not repeatable: to match several "
            "tags, make one request per tag.",
        ),
    ] = None,
    cluster_id: Annotated[
        uuid.UUID | None,
        Query(
            description="Only the members of this near-duplicate cluster (`cluster_id` of the consultation's "
            "clusters); members moved out of it no longer match."
        ),
    ] = None,
    assigned_to: Annotated[
        uuid.UUID | None,
        Query(
            description="Only submissions assigned to this moderator (a user id). Unassigned submissions "
            "cannot be selected with this filter."
        ),
    ] = None,
    meeting_id: Annotated[
        uuid.UUID | None,
        Query(
            description="Only the opinions recorded from this meeting: the `meeting_id` answered by "
            "POST /consultations/{consultation_id}/feedback/meetings when its minutes were typed in."
        ),
    ] = None,
    submitted_from: Annotated[SafeDatetime | None, Query(description="Inclusive (UTC if no offset)")] = None,
    submitted_to: Annotated[SafeDatetime | None, Query(description="Exclusive (UTC if no offset)")] = None,
    q: Search = None,
) -> moderation.QueueFilters:
    return moderation.QueueFilters(
        status=tuple(dict.fromkeys(status)) if status else None,
        section_id=section_id,
        contributor_group=contributor_group,
        channel=channel,
        tag=tag,
        cluster_id=cluster_id,
        assigned_to=assigned_to,
        meeting_id=meeting_id,
        submitted_from=_utc(submitted_from),
        submitted_to=_utc(submitted_to),
        q=q,
    )


QueueQuery = Annotated[moderation.QueueFilters, Depends(_queue_filters)]


@moderation_router.get(
    "/consultations/{consultation_id}/feedback/counts",
    response_model=FeedbackStatusCounts,
    summary="How many submissions match the queue's filters, per status (the status filter ignored)",
    responses=error_responses(401, 403, 404, 422),
)
async def feedback_counts(
    consultation_id: uuid.UUID, session: Session, _: FeedbackReader, filters: QueueQuery
) -> FeedbackStatusCounts:
    """How many submissions match the queue's filters, per status, for the tabs of the moderation
    screen; the `status` filter itself is ignored so every tab gets its number.

    Admins, coordinators, moderators and viewers (and `feedback:read` service accounts).
    404 when there is no such consultation."""
    counts = await moderation.count_by_status(session, consultation_id, filters)
    return FeedbackStatusCounts(total=sum(counts.values()), by_status=counts)  # type: ignore[arg-type]


@moderation_router.get(
    "/consultations/{consultation_id}/feedback",
    response_model=Page[FeedbackOut],
    summary="The moderation queue: a consultation's feedback, filtered",
    description="Contact details are included for moderators and admins only. "
    "Admins, coordinators, moderators and viewers (and `feedback:read` service accounts) read the queue, "
    "newest first (`sort=submitted_at` for oldest first). Filters combine: several `status` values match "
    "any of them; `submitted_from` is inclusive and `submitted_to` exclusive; `q` searches the text "
    'without regard to diacritics or case ("chuyen doi so" finds "chuyển đổi số"). 404 when there '
    "is no such consultation; 422 for a bad filter, limit or cursor.",
    responses=ex.page_of(FeedbackOut) | error_responses(401, 403, 404, 422),
)
async def feedback_queue(
    consultation_id: uuid.UUID,
    session: Session,
    reader: FeedbackReader,
    page: Pages,
    filters: QueueQuery,
    sort: Annotated[
        QueueSort,
        Query(
            description="Order of the queue: `-submitted_at` (the default) newest first, `submitted_at` "
            "oldest first; submissions received at the same instant are ordered by id, in the same "
            "direction. Keep the same sort (and filters) when following `next_cursor`.",
        ),
    ] = "-submitted_at",
) -> Page[FeedbackOut]:
    items, cursor = await moderation.list_queue(
        session,
        consultation_id,
        page,
        filters,
        with_contacts=reader.can(Permission.feedback_contacts),
        oldest_first=sort == "submitted_at",
    )
    return Page(items=[FeedbackOut.model_validate(i) for i in items], next_cursor=cursor)


@moderation_router.post(
    "/consultations/{consultation_id}/feedback/bulk",
    response_model=BulkResult,
    summary="Apply one moderation action to a selection or a whole duplicate cluster",
    responses=error_responses(401, 403, 404, 409, 422),
)
async def bulk_moderate(
    consultation_id: uuid.UUID, body: BulkRequest, session: Session, actor: Moderator
) -> BulkResult:
    """Apply one moderation action (status, official response or template, tags, assignment) to a
    list of submissions or to a whole near-duplicate cluster, in one transaction.

    Admins and moderators only. With `cluster_id`, members whose text differs in content from the
    cluster's first text are left out unless ticked in `include_flagged_ids`. Each submission
    follows the moderation state machine (received → in_review | duplicate | spam; in_review →
    a decision; a decision → in_review); accepted, partially_accepted and not_accepted need a
    response. When some cannot make the move the request is 409, unless `skip_ineligible` leaves
    them alone. The action is recorded: undo it per submission with
    `POST …/bulk-actions/{bulk_action_id}/recipients/{feedback_id}/undo`. 422 for an unknown
    template or assignee, or an action that changes nothing."""
    outcome = await moderation.bulk_update(
        session,
        actor,
        consultation_id,
        body.selection.model_dump(),
        body.action.model_dump(),
        skip_ineligible=body.skip_ineligible,
    )
    return BulkResult(**outcome.__dict__)


@moderation_router.get(
    "/feedback/{feedback_id}",
    response_model=FeedbackOut,
    summary="Read one submission",
    responses=error_responses(401, 403, 404),
)
async def get_feedback(
    feedback_id: uuid.UUID, response: Response, session: Session, reader: FeedbackReader
) -> FeedbackOut:
    """One submission with its moderation state and `ETag`.

    Admins, coordinators, moderators and viewers. `contacts` (name, organisation, contact) is
    filled for moderators and admins only, null for everyone else. 404 when there is no such
    submission."""
    item, version = await moderation.get_feedback(
        session, feedback_id, with_contacts=reader.can(Permission.feedback_contacts)
    )
    set_etag(response, feedback_id, version)
    return FeedbackOut.model_validate(item)


@moderation_router.patch(
    "/feedback/{feedback_id}",
    response_model=FeedbackOut,
    summary="Moderate a submission: status, official answer, tags, assignment",
    responses=error_responses(401, 403, 404, 409, 412, 422, 428),
)
async def moderate_feedback(
    feedback_id: uuid.UUID,
    body: FeedbackUpdate,
    response: Response,
    session: Session,
    actor: Moderator,
    if_match: IfMatch,
) -> FeedbackOut:
    """Moderate one submission: move its status, give the official response (typed, or from a
    saved template), replace its tags, assign it to a moderator.

    Admins and moderators only; needs `If-Match` (428 without, 412 when someone moderated it
    since it was read). Status moves: received → in_review | duplicate | spam; in_review →
    received | accepted | partially_accepted | not_accepted | duplicate | spam; every decided
    status → in_review (reopen). accepted, partially_accepted and not_accepted need a response
    (422 without one). A refused move is 409 with `allowed`. The contributor reads the response
    and status by receipt code; an answer emits `feedback.answered` (without contact details)."""
    _, version = await moderation.get_feedback(session, feedback_id, with_contacts=False)
    check_if_match(if_match, feedback_id, version)
    changes = body.model_dump(exclude_unset=True)
    if "assigned_to" not in body.model_fields_set:
        changes.pop("assigned_to", None)
    await moderation.update_feedback(session, actor, feedback_id, version, changes)
    item, version = await moderation.get_feedback(
        session, feedback_id, with_contacts=actor.can(Permission.feedback_contacts)
    )
    set_etag(response, feedback_id, version)
    return FeedbackOut.model_validate(item)


@moderation_router.get(
    "/consultations/{consultation_id}/clusters",
    response_model=Page[ClusterOut],
    summary="The largest near-duplicate clusters of a consultation, largest first",
    responses=ex.page_of(ClusterOut) | error_responses(401, 403, 404, 422),
)
async def list_clusters(
    consultation_id: uuid.UUID, session: Session, _: FeedbackReader, page: Pages
) -> Page[ClusterOut]:
    """A consultation's near-duplicate clusters (campaigns, copied letters), largest first.

    Admins, coordinators, moderators and viewers. Answer a whole cluster at once with a bulk
    action on its `cluster_id`. 404 when there is no such consultation."""
    await moderation.require_consultation(session, consultation_id)
    rows = await synthesis.largest_clusters(session, consultation_id, MAX_LIMIT)
    items, cursor = page_in_memory(rows, page, lambda c: c["cluster_id"])
    return Page(items=[ClusterOut(**c) for c in items], next_cursor=cursor)


@moderation_router.get(
    "/consultations/{consultation_id}/synthesis",
    response_model=SynthesisOut,
    summary="Synthesis: counts by section × status, group, channel, day; top tags; largest clusters",
    responses=error_responses(401, 403, 404),
)
async def get_synthesis(consultation_id: uuid.UUID, session: Session, _: FeedbackReader) -> SynthesisOut:
    """The synthesis of a consultation's feedback (tổng hợp ý kiến), computed now: counts by section
    and status, by contributor group, channel and day; the most used tags; the largest clusters.

    Admins, coordinators, moderators and viewers. Counts only, no opinion's sender. 404 when
    there is no such consultation."""
    return SynthesisOut.model_validate(await synthesis.synthesis(session, consultation_id))
