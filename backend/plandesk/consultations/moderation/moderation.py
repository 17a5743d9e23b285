"""Moderation: the queue, status transitions, official answers, tags, assignment,
bulk actions on a selection or a duplicate cluster.

Status moves ``received → in_review → accepted | partially_accepted |
not_accepted | duplicate | spam``; a received submission may be marked
duplicate or spam directly (campaign triage), a decided one may be reopened
(back to in_review). Accepting, partially accepting and not accepting need an
official answer. Every change is audited; contact details (PII) leave this
module only for callers allowed to see them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import ColumnElement, Table, and_, delete, exists, func, insert, literal, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from plandesk.consultations.models import (
    AnswerTemplate,
    Consultation,
    FeedbackClusterMember,
    FeedbackSubmission,
    FeedbackTag,
)
from plandesk.consultations.moderation import bulk_undo
from plandesk.core import audit
from plandesk.core.concurrency import etag_for
from plandesk.core.db import utcnow
from plandesk.core.errors import Conflict, InvalidInput, NotFound, PreconditionFailed, TransitionRefused
from plandesk.core.events import Subject, emit
from plandesk.core.pagination import PageParams, SortKey, keyset, split_page
from plandesk.core.policy import Permission, Principal, role_can
from plandesk.core.text import like_pattern, nfc
from plandesk.users import service as users

F: Table = FeedbackSubmission.__table__  # type: ignore[assignment]
T: Table = FeedbackTag.__table__  # type: ignore[assignment]
M: Table = FeedbackClusterMember.__table__  # type: ignore[assignment]

TRANSITIONS: dict[str, frozenset[str]] = {
    "received": frozenset({"in_review", "duplicate", "spam"}),
    "in_review": frozenset(
        {"received", "accepted", "partially_accepted", "not_accepted", "duplicate", "spam"}
    ),
    "accepted": frozenset({"in_review"}),
    "partially_accepted": frozenset({"in_review"}),
    "not_accepted": frozenset({"in_review"}),
    "duplicate": frozenset({"in_review"}),
    "spam": frozenset({"in_review"}),
}
ANSWER_REQUIRED = frozenset({"accepted", "partially_accepted", "not_accepted"})
MAX_TAGS = 20

# What every reader of feedback sees; contact columns are added for moderators and admins.
PUBLIC_COLUMNS = (
    F.c.id,
    F.c.consultation_id,
    F.c.section_id,
    F.c.quote,
    F.c.quote_start,
    F.c.quote_end,
    F.c.body,
    F.c.contributor_group,
    F.c.channel,
    F.c.meeting_id,
    F.c.submitted_at,
    F.c.status,
    F.c.response,
    F.c.responded_at,
    F.c.assigned_to,
    select(M.c.cluster_id).where(M.c.submission_id == F.c.id).scalar_subquery().label("cluster_id"),
    F.c.duplicate_of,
    F.c.contacts_purged_at,
    F.c.version,
)
PUBLIC_NAMES = tuple(c.name for c in PUBLIC_COLUMNS)
CONTACT_COLUMNS = (F.c.name, F.c.organisation, F.c.contact)
AUDITED = ("status", "response", "assigned_to", "tags")


def in_cluster(cluster_id: uuid.UUID) -> ColumnElement[bool]:
    return F.c.id.in_(select(M.c.submission_id).where(M.c.cluster_id == cluster_id))


def sources_allowed(status: str) -> frozenset[str]:
    """The statuses from which a submission may move to ``status``."""
    return frozenset(s for s, targets in TRANSITIONS.items() if status in targets)


def clean_tags(tags: Sequence[str], loc: list[str | int]) -> list[str]:
    out: list[str] = []
    for i, raw in enumerate(tags):
        tag = nfc(raw).strip()
        if not tag or len(tag) > 64:
            raise InvalidInput(
                "A tag has 1 to 64 characters.", errors=[{"loc": [*loc, i], "msg": "1 to 64 characters"}]
            )
        if tag not in out:
            out.append(tag)
    if len(out) > MAX_TAGS:
        raise InvalidInput(f"At most {MAX_TAGS} tags.", errors=[{"loc": loc, "msg": "too many tags"}])
    return out


@dataclass(frozen=True)
class QueueFilters:
    # One status or several (the moderator's "needs action" is received + in review).
    status: str | tuple[str, ...] | None = None
    section_id: uuid.UUID | None = None
    contributor_group: str | None = None
    channel: str | None = None
    tag: str | None = None
    cluster_id: uuid.UUID | None = None
    assigned_to: uuid.UUID | None = None
    meeting_id: uuid.UUID | None = None
    submitted_from: dt.datetime | None = None
    submitted_to: dt.datetime | None = None
    q: str | None = None

    def clauses(self) -> list[ColumnElement[bool]]:
        out: list[ColumnElement[bool]] = []
        if isinstance(self.status, tuple):
            if self.status:
                out.append(F.c.status.in_(self.status))
        elif self.status is not None:
            out.append(F.c.status == self.status)
        for column, value in (
            (F.c.section_id, self.section_id),
            (F.c.contributor_group, self.contributor_group),
            (F.c.channel, self.channel),
            (F.c.assigned_to, self.assigned_to),
            (F.c.meeting_id, self.meeting_id),
        ):
            if value is not None:
                out.append(column == value)
        if self.cluster_id is not None:
            out.append(in_cluster(self.cluster_id))
        if self.submitted_from is not None:
            out.append(F.c.submitted_at >= self.submitted_from)
        if self.submitted_to is not None:
            out.append(F.c.submitted_at < self.submitted_to)
        if self.tag:
            out.append(exists().where(T.c.submission_id == F.c.id, T.c.tag == nfc(self.tag).strip()))
        if self.q:
            out.append(F.c.body_folded.like(like_pattern(self.q), escape="\\"))
        return out


async def require_consultation(session: AsyncSession, consultation_id: uuid.UUID) -> None:
    found = (
        await session.execute(select(Consultation.id).where(Consultation.id == consultation_id))
    ).scalar_one_or_none()
    if found is None:
        raise NotFound("consultation", consultation_id)


async def _tags_of(session: AsyncSession, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    out: dict[uuid.UUID, list[str]] = {i: [] for i in ids}
    if ids:
        rows = await session.execute(
            select(T.c.submission_id, T.c.tag).where(T.c.submission_id.in_(ids)).order_by(T.c.tag)
        )
        for sid, tag in rows:
            out[sid].append(tag)
    return out


def _shape(row: Any, tags: list[str], with_contacts: bool) -> dict[str, Any]:
    m = row._mapping
    item = {name: m[name] for name in PUBLIC_NAMES if name not in ("contacts_purged_at", "version")}
    item["tags"] = tags
    item["etag"] = etag_for(m["id"], m["version"])
    item["contacts_purged"] = m["contacts_purged_at"] is not None
    item["contacts"] = (
        {"name": m["name"], "organisation": m["organisation"], "contact": m["contact"]}
        if with_contacts
        else None
    )
    return item


def _columns(with_contacts: bool) -> tuple[Any, ...]:
    return PUBLIC_COLUMNS + CONTACT_COLUMNS if with_contacts else PUBLIC_COLUMNS


async def count_by_status(
    session: AsyncSession, consultation_id: uuid.UUID, filters: QueueFilters
) -> dict[str, int]:
    """How many submissions match ``filters`` in each status (the status filter itself ignored):
    the numbers on the queue's status chips."""
    await require_consultation(session, consultation_id)
    unfiltered = replace(filters, status=None)
    rows = await session.execute(
        select(F.c.status, func.count())
        .where(F.c.consultation_id == consultation_id, *unfiltered.clauses())
        .group_by(F.c.status)
    )
    return {status: n for status, n in rows.all()}


async def list_queue(
    session: AsyncSession,
    consultation_id: uuid.UUID,
    params: PageParams,
    filters: QueueFilters,
    *,
    with_contacts: bool,
    oldest_first: bool = False,
) -> tuple[list[dict[str, Any]], str | None]:
    """A page of the moderation queue (newest first unless ``oldest_first``)."""
    await require_consultation(session, consultation_id)
    stmt = select(*_columns(with_contacts)).where(F.c.consultation_id == consultation_id, *filters.clauses())
    keys = [SortKey(F.c.submitted_at, not oldest_first), SortKey(F.c.id, not oldest_first)]
    rows = list((await session.execute(keyset(stmt, keys, params))).all())
    page, cursor = split_page(rows, params, lambda r: (r.submitted_at, r.id))
    tags = await _tags_of(session, [r.id for r in page])
    return [_shape(r, tags[r.id], with_contacts) for r in page], cursor


async def get_feedback(
    session: AsyncSession, feedback_id: uuid.UUID, *, with_contacts: bool
) -> tuple[dict[str, Any], int]:
    """One submission as its reader may see it, and its version (for the ETag)."""
    row = (await session.execute(select(*_columns(with_contacts)).where(F.c.id == feedback_id))).one_or_none()
    if row is None:
        raise NotFound("feedback", feedback_id)
    tags = await _tags_of(session, [feedback_id])
    return _shape(row, tags[feedback_id], with_contacts), row.version


async def _template_body(
    session: AsyncSession, template_id: uuid.UUID, consultation_id: uuid.UUID, loc: list[str | int]
) -> str:
    row = (
        await session.execute(
            select(AnswerTemplate.body, AnswerTemplate.consultation_id).where(
                AnswerTemplate.id == template_id
            )
        )
    ).one_or_none()
    if row is None or (row.consultation_id is not None and row.consultation_id != consultation_id):
        raise InvalidInput(
            "No such answer template for this consultation.",
            errors=[{"loc": loc, "msg": "unknown template"}],
        )
    return str(row.body)


async def _check_assignee(session: AsyncSession, user_id: uuid.UUID, loc: list[str | int]) -> None:
    try:
        user = await users.get_user(session, user_id)
    except NotFound:
        user = None
    if user is None or not user.active or not role_can(user.role, Permission.feedback_moderate):
        raise InvalidInput(
            "Feedback can be assigned only to an active moderator or admin.",
            errors=[{"loc": loc, "msg": "not a moderator"}],
        )


async def _answer(
    session: AsyncSession,
    consultation_id: uuid.UUID,
    response: str | None,
    template_id: uuid.UUID | None,
    loc: list[str | int],
) -> str | None:
    if response is not None and template_id is not None:
        raise InvalidInput(
            "Give either an answer or a template, not both.",
            errors=[{"loc": [*loc, "template_id"], "msg": "conflicts with response"}],
        )
    if template_id is not None:
        return await _template_body(session, template_id, consultation_id, [*loc, "template_id"])
    if response is not None:
        response = nfc(response).strip()
        if not response:
            raise InvalidInput("The answer is blank.", errors=[{"loc": [*loc, "response"], "msg": "blank"}])
    return response


async def update_feedback(
    session: AsyncSession,
    actor: Principal,
    feedback_id: uuid.UUID,
    expected_version: int,
    changes: dict[str, Any],
) -> None:
    """Apply a moderator's change to one submission; commits (412 if it changed meanwhile)."""
    row = (
        await session.execute(
            select(F.c.consultation_id, F.c.status, F.c.response, F.c.assigned_to, F.c.version).where(
                F.c.id == feedback_id
            )
        )
    ).one_or_none()
    if row is None:
        raise NotFound("feedback", feedback_id)
    response = await _answer(
        session, row.consultation_id, changes.get("response"), changes.get("template_id"), ["body"]
    )
    values: dict[str, Any] = {}
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    now = utcnow()
    if response is not None and response != row.response:
        values.update(response=response, responded_at=now, responded_by=actor.audit_actor)
        before["response"], after["response"] = row.response, response
    status = changes.get("status")
    if status is not None and status != row.status:
        if status not in TRANSITIONS[row.status]:
            raise TransitionRefused("submission", row.status, status, TRANSITIONS[row.status])
        values["status"] = status
        before["status"], after["status"] = row.status, status
    final_status = values.get("status", row.status)
    if final_status in ANSWER_REQUIRED and not values.get("response", row.response):
        raise InvalidInput(
            f"A submission marked {final_status} needs an official answer.",
            errors=[{"loc": ["body", "response"], "msg": f"required for {final_status}"}],
        )
    if "assigned_to" in changes and changes["assigned_to"] != row.assigned_to:
        if changes["assigned_to"] is not None:
            await _check_assignee(session, changes["assigned_to"], ["body", "assigned_to"])
        values["assigned_to"] = changes["assigned_to"]
        before["assigned_to"], after["assigned_to"] = row.assigned_to, changes["assigned_to"]
    if changes.get("tags") is not None:
        tags = clean_tags(changes["tags"], ["body", "tags"])
        current = (await _tags_of(session, [feedback_id]))[feedback_id]
        if sorted(tags) != sorted(current):
            await session.execute(delete(T).where(T.c.submission_id == feedback_id))
            if tags:
                await session.execute(
                    insert(T),
                    [
                        {"submission_id": feedback_id, "tag": t, "consultation_id": row.consultation_id}
                        for t in tags
                    ],
                )
            before["tags"], after["tags"] = current, tags
    if not after:
        await session.rollback()
        return
    result = await session.execute(
        update(F)
        .where(F.c.id == feedback_id, F.c.version == expected_version)
        .values(**values, version=F.c.version + 1, updated_at=now)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        await session.rollback()
        raise PreconditionFailed("The submission has changed since you read it: reload it and try again.")
    audit.record(session, actor, "feedback.updated", "feedback", feedback_id, audit.diff(before, after))
    if "response" in after:
        emit(
            session,
            "feedback.answered",
            Subject("feedback", feedback_id),
            {"consultation_id": row.consultation_id, "status": final_status, "response": after["response"]},
        )
    await session.commit()


@dataclass(frozen=True)
class BulkOutcome:
    matched: int
    updated: int
    skipped: int
    skipped_ids: list[uuid.UUID]
    bulk_action_id: uuid.UUID | None = None


async def bulk_update(
    session: AsyncSession,
    actor: Principal,
    consultation_id: uuid.UUID,
    selection: dict[str, Any],
    action: dict[str, Any],
    *,
    skip_ineligible: bool = False,
) -> BulkOutcome:
    """Apply one action to a selection of submissions or a whole duplicate cluster.

    All or nothing: unless ``skip_ineligible``, a single submission that cannot make the
    status transition refuses the whole request (409) and nothing changes.
    """
    await require_consultation(session, consultation_id)
    response = await _answer(
        session, consultation_id, action.get("response"), action.get("template_id"), ["body", "action"]
    )
    add_tags = clean_tags(action.get("add_tags") or [], ["body", "action", "add_tags"])
    remove_tags = clean_tags(action.get("remove_tags") or [], ["body", "action", "remove_tags"])
    status = action.get("status")
    assign = action.get("assigned_to")
    if assign is not None and action.get("unassign"):
        raise InvalidInput(
            "Either assign or unassign.", errors=[{"loc": ["body", "action", "unassign"], "msg": "conflict"}]
        )
    if assign is not None:
        await _check_assignee(session, assign, ["body", "action", "assigned_to"])
    if not (status or response or add_tags or remove_tags or assign or action.get("unassign")):
        raise InvalidInput(
            "The action changes nothing.", errors=[{"loc": ["body", "action"], "msg": "empty action"}]
        )

    in_consultation = F.c.consultation_id == consultation_id
    if selection.get("ids") is not None:
        ids = list(dict.fromkeys(selection["ids"]))
        found = set((await session.execute(select(F.c.id).where(in_consultation, F.c.id.in_(ids)))).scalars())
        unknown = [i for i in ids if i not in found]
        if unknown:
            raise InvalidInput(
                f"{len(unknown)} selected submission(s) are not in this consultation, e.g. {unknown[0]}.",
                errors=[{"loc": ["body", "selection", "ids"], "msg": f"unknown submission {unknown[0]}"}],
            )
        selected: ColumnElement[bool] = and_(in_consultation, F.c.id.in_(ids))
        described: dict[str, Any] = {"ids": [str(i) for i in ids]}
    else:
        # Members that differ in content from the cluster's first text are left out unless
        # ticked: one answer must not reach someone who asked for something else.
        include = list(selection.get("include_flagged_ids") or [])
        trusted = ~M.c.differs_in_content
        if include:
            trusted = or_(trusted, M.c.submission_id.in_(include))
        members = select(M.c.submission_id).where(M.c.cluster_id == selection["cluster_id"], trusted)
        selected = and_(in_consultation, F.c.id.in_(members))
        exclude = list(selection.get("exclude_ids") or [])
        if exclude:
            selected = and_(selected, F.c.id.not_in(exclude))
        described = {
            "cluster_id": str(selection["cluster_id"]),
            "exclude_ids": [str(i) for i in exclude],
            "include_flagged_ids": [str(i) for i in include],
        }

    eligible: ColumnElement[bool] = literal(True)
    if status:
        eligible = F.c.status.in_(sources_allowed(status) | {status})
        if status in ANSWER_REQUIRED and not response:
            eligible = and_(eligible, F.c.response.is_not(None))
    matched = int((await session.execute(select(func.count()).where(selected))).scalar_one())
    if matched == 0:
        raise InvalidInput(
            "The selection matches no submission.", errors=[{"loc": ["body", "selection"], "msg": "empty"}]
        )
    skipped_ids = list(
        (await session.execute(select(F.c.id).where(selected, ~eligible).limit(100))).scalars()
    )
    skipped = (
        int((await session.execute(select(func.count()).where(selected, ~eligible))).scalar_one())
        if skipped_ids
        else 0
    )
    if skipped and not skip_ineligible:
        raise Conflict(
            f"{skipped} of the {matched} selected submissions cannot be set to {status}"
            + (" without an answer" if status in ANSWER_REQUIRED and not response else "")
            + "; nothing was changed (send skip_ineligible=true to leave them alone).",
            extra={"ineligible": skipped, "ineligible_ids": [str(i) for i in skipped_ids]},
        )
    target = and_(selected, eligible)
    now = utcnow()
    recorded_action = {
        k: v
        for k, v in {
            "status": status,
            "response": response,
            "template_id": str(action["template_id"]) if action.get("template_id") else None,
            "add_tags": add_tags,
            "remove_tags": remove_tags,
            "assigned_to": str(assign) if assign else None,
            "unassign": action.get("unassign") or None,
        }.items()
        if v
    }
    bulk_action_id = await bulk_undo.record(
        session, actor, consultation_id, target, described, recorded_action, add_tags, remove_tags
    )
    values: dict[str, Any] = {}
    if status:
        values["status"] = status
    if response:
        values.update(response=response, responded_at=now, responded_by=actor.audit_actor)
    if assign is not None:
        values["assigned_to"] = assign
    if action.get("unassign"):
        values["assigned_to"] = None
    if remove_tags:
        await session.execute(
            delete(T).where(T.c.tag.in_(remove_tags), T.c.submission_id.in_(select(F.c.id).where(target)))
        )
    for tag in add_tags:
        already = exists().where(T.c.submission_id == F.c.id, T.c.tag == tag)
        await session.execute(
            insert(T).from_select(
                ["submission_id", "tag", "consultation_id"],
                select(F.c.id, literal(tag), F.c.consultation_id).where(target, ~already),
            )
        )
    answered = list((await session.execute(select(F.c.id).where(target))).scalars()) if response else []
    result = await session.execute(
        update(F).where(target).values(**values, version=F.c.version + 1, updated_at=now)
    )
    updated = int(result.rowcount)  # type: ignore[attr-defined]
    for feedback_id in answered:
        emit(
            session,
            "feedback.answered",
            Subject("feedback", feedback_id),
            {"consultation_id": consultation_id, "status": status, "response": response},
        )
    audit.record(
        session,
        actor,
        "feedback.bulk_updated",
        "consultation",
        consultation_id,
        {
            "selection": described,
            "action": {
                k: v
                for k, v in {
                    "status": status,
                    "response": response,
                    "template_id": action.get("template_id"),
                    "add_tags": add_tags,
                    "remove_tags": remove_tags,
                    "assigned_to": assign,
                    "unassign": action.get("unassign") or None,
                }.items()
                if v
            },
            "updated": updated,
            "skipped": skipped,
            "bulk_action_id": str(bulk_action_id),
        },
    )
    await session.commit()
    return BulkOutcome(matched, updated, skipped, skipped_ids, bulk_action_id)
