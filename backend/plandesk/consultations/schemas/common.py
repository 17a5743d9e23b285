"""What the consultation schemas share: the coded values, and what each one means."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import ConfigDict, StringConstraints

from plandesk.core.text import NameText

Strict = ConfigDict(extra="forbid")

DocumentStatus = Literal["draft", "published", "archived"]
ConsultationStatus = Literal["draft", "open", "closed", "archived"]
ContributorGroup = Literal["citizen", "expert", "veteran", "party_member", "organisation", "unit", "other"]
Channel = Literal["web", "mobile", "meeting", "letter", "phone"]
# A single submission comes through any channel but "meeting" (meetings are recorded in batches).
SingleChannel = Literal["web", "mobile", "letter", "phone"]
FeedbackStatus = Literal[
    "received", "in_review", "accepted", "partially_accepted", "not_accepted", "duplicate", "spam"
]
SectionChange = Literal["added", "changed", "unchanged"]

BODY_MAX = 10_000
Tag = str  # 1–64 characters, checked in the service (NFC, trimmed)
TagText = Annotated[NameText, StringConstraints(min_length=1, max_length=64)]

DOCUMENT_STATUS_DOC = (
    "draft: still being written; published: released for consultation; archived: kept for the record, no "
    "longer in use. Signed-in staff read documents; the public reads a version's sections only through an "
    "open consultation."
)
CONSULTATION_STATUS_DOC = (
    "draft: being prepared, invisible to the public; open: on the public page, and feedback is accepted "
    "while the current time lies in [opens_at, closes_at); closed: no more feedback, moderation and "
    "synthesis go on; archived: final, read only. Moves: draft → open | archived; open → closed | draft; "
    "closed → open | archived; archived → nothing (a refused move is 409 with `allowed`)."
)
CONTRIBUTOR_GROUP_DOC = (
    "Who the opinion comes from: citizen (a member of the public), expert (scientist, specialist), "
    "veteran (cựu chiến binh), party_member (đảng viên), organisation (an association, a business, a "
    "mass organisation), unit (one of the plan's units, speaking for itself), other."
)
CHANNEL_DOC = (
    "How the opinion arrived: web (the public form), mobile (the mobile app), meeting (gathered at a "
    "meeting and typed in by staff, see meeting_id), letter (a posted letter, typed in by staff), "
    "phone (a call to the hotline, typed in by staff)."
)
SINGLE_CHANNEL_DOC = (
    "How the opinion arrived: web (the public form, the default), mobile (the mobile app), letter (a posted "
    "letter typed in by staff), phone (a call to the hotline typed in by staff). Opinions from a meeting "
    "are recorded together with POST …/feedback/meetings."
)
FEEDBACK_STATUS_DOC = (
    "Where the submission stands in moderation: received (new, nobody has looked at it); in_review (a "
    "moderator is considering it); accepted (taken into the revised draft); partially_accepted (taken in "
    "part); not_accepted (considered, not taken); duplicate (says what an earlier submission says); spam "
    "(not an opinion on the draft). Moves: received → in_review | duplicate | spam; in_review → received | "
    "accepted | partially_accepted | not_accepted | duplicate | spam; every decided status → in_review "
    "(reopen). accepted, partially_accepted and not_accepted need an official response."
)
SECTION_CHANGE_DOC = (
    "How this section compares with the previous version: added (new in this version), changed (its "
    "heading or text differs), unchanged. Version 1 marks every section added."
)


def with_examples(*examples: dict[str, Any], strict: bool = False) -> ConfigDict:
    """A model configuration whose JSON Schema carries ``examples`` (shown by /docs and SDKs)."""
    config = ConfigDict(json_schema_extra={"examples": list(examples)})
    if strict:
        config["extra"] = "forbid"
    return config
