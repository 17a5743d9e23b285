"""Draft documents, consultations on them, and the feedback the public sends.

Feedback rows are written by the submission hot path with Core inserts (no ORM
objects); the classes below define the schema and serve the low-volume paths.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from plandesk.core.db import Base, JSONType, Timestamps, UUIDPrimaryKey, utcnow

DOCUMENT_STATUSES = ("draft", "published", "archived")
CONSULTATION_STATUSES = ("draft", "open", "closed", "archived")
CONTRIBUTOR_GROUPS = ("citizen", "expert", "veteran", "party_member", "organisation", "unit", "other")
CHANNELS = ("web", "mobile", "meeting", "letter", "phone")
FEEDBACK_STATUSES = (
    "received",
    "in_review",
    "accepted",
    "partially_accepted",
    "not_accepted",
    "duplicate",
    "spam",
)


class DraftDocument(UUIDPrimaryKey, Timestamps, Base):
    """A draft put to consultation ("dự thảo văn kiện"); its text lives in versions."""

    __tablename__ = "draft_documents"

    title: Mapped[str] = mapped_column(String(500))
    title_folded: Mapped[str] = mapped_column(String(500), index=True)
    description: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="draft")
    current_version: Mapped[int] = mapped_column(default=1)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class DocumentVersion(UUIDPrimaryKey, Base):
    """One immutable text of a document; a new text is a new version."""

    __tablename__ = "document_versions"
    __table_args__ = (UniqueConstraint("document_id", "number", name="uq_document_versions_document_number"),)

    document_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("draft_documents.id", ondelete="CASCADE"))
    number: Mapped[int]
    note: Mapped[str | None] = mapped_column(String(2000))
    source_filename: Mapped[str | None] = mapped_column(String(300))
    # {"added": [section ids], "changed": [...], "removed": [...]} against the previous version.
    changes: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    created_by: Mapped[str | None] = mapped_column(String(80))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class DocumentSection(UUIDPrimaryKey, Base):
    """A section of one version. ``section_id`` is the stable id: it survives a new
    version when the section's number is unchanged, and feedback refers to it."""

    __tablename__ = "document_sections"
    __table_args__ = (
        UniqueConstraint("version_id", "section_id", name="uq_document_sections_version_section"),
        UniqueConstraint("version_id", "position", name="uq_document_sections_version_position"),
    )

    version_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("document_versions.id", ondelete="CASCADE"))
    section_id: Mapped[uuid.UUID] = mapped_column(index=True)
    position: Mapped[int]
    number: Mapped[str] = mapped_column(String(40))
    heading: Mapped[str] = mapped_column(String(500))
    text: Mapped[str] = mapped_column(Text)


class Consultation(UUIDPrimaryKey, Timestamps, Base):
    """A consultation on one document version, open for feedback within a window."""

    __tablename__ = "consultations"
    __table_args__ = (Index("ix_consultations_status_opens_at", "status", "opens_at"),)

    document_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("draft_documents.id", ondelete="RESTRICT"), index=True
    )
    # Fixed at creation: submissions quote this version's text.
    document_version_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("document_versions.id", ondelete="RESTRICT")
    )
    title: Mapped[str] = mapped_column(String(500))
    title_folded: Mapped[str] = mapped_column(String(500))
    description: Mapped[str | None] = mapped_column(Text)
    audiences: Mapped[list[str]] = mapped_column(JSONType, default=list)
    opens_at: Mapped[dt.datetime]
    closes_at: Mapped[dt.datetime]
    lead_unit_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("units.id", ondelete="RESTRICT"), index=True
    )
    synthesis_due: Mapped[dt.date | None]
    # Set when the coordinator publishes the synthesis on the public page (closed consultations).
    synthesis_published_at: Mapped[dt.datetime | None]
    status: Mapped[str] = mapped_column(String(16), default="draft")
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class FeedbackMeeting(UUIDPrimaryKey, Base):
    """A meeting whose opinions a unit officer recorded in one batch (channel "meeting")."""

    __tablename__ = "feedback_meetings"

    consultation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("consultations.id", ondelete="CASCADE"), index=True
    )
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"), index=True)
    title: Mapped[str] = mapped_column(String(500))
    held_on: Mapped[dt.date]
    location: Mapped[str | None] = mapped_column(String(300))
    recorded_by: Mapped[str] = mapped_column(String(80))
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    submission_count: Mapped[int] = mapped_column(default=0)


class FeedbackCluster(UUIDPrimaryKey, Base):
    """Near-duplicate submissions (the same text lightly edited) grouped together."""

    __tablename__ = "feedback_clusters"
    __table_args__ = (Index("ix_feedback_clusters_consultation_size", "consultation_id", "size"),)

    consultation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("consultations.id", ondelete="CASCADE"))
    # The earliest submission of the cluster; its text stands for the others.
    representative_id: Mapped[uuid.UUID]
    size: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class FeedbackSubmission(UUIDPrimaryKey, Base):
    """One opinion on a consultation. ``name``/``organisation``/``contact`` are PII:
    only moderators and admins see them, and they are purged after the consultation."""

    __tablename__ = "feedback_submissions"
    __table_args__ = (
        # The moderation queue and exports, newest first or oldest first.
        Index("ix_feedback_submissions_consultation_submitted", "consultation_id", "submitted_at", "id"),
        Index("ix_feedback_submissions_consultation_status", "consultation_id", "status", "submitted_at"),
        # Synthesis: every count is read from this index alone.
        Index(
            "ix_feedback_submissions_synthesis",
            "consultation_id",
            "section_id",
            "status",
            "contributor_group",
            "channel",
            "submitted_on",
        ),
        # Partial: most rows have no meeting or assignee, and an insert then touches
        # neither index.
        Index(
            "ix_feedback_submissions_meeting",
            "meeting_id",
            postgresql_where=text("meeting_id IS NOT NULL"),
            sqlite_where=text("meeting_id IS NOT NULL"),
        ),
        Index(
            "ix_feedback_submissions_assignee",
            "consultation_id",
            "assigned_to",
            postgresql_where=text("assigned_to IS NOT NULL"),
            sqlite_where=text("assigned_to IS NOT NULL"),
        ),
    )

    consultation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("consultations.id", ondelete="CASCADE"))
    section_id: Mapped[uuid.UUID | None]
    quote: Mapped[str | None] = mapped_column(Text)
    quote_start: Mapped[int | None]
    quote_end: Mapped[int | None]
    body: Mapped[str] = mapped_column(Text)
    body_folded: Mapped[str] = mapped_column(Text)
    body_hash: Mapped[str] = mapped_column(String(32))
    contributor_group: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str] = mapped_column(String(16))
    name: Mapped[str | None] = mapped_column(String(200))
    organisation: Mapped[str | None] = mapped_column(String(300))
    contact: Mapped[str | None] = mapped_column(String(300))
    contacts_purged_at: Mapped[dt.datetime | None]
    submitted_at: Mapped[dt.datetime]
    submitted_on: Mapped[dt.date]
    receipt_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # Keyed hash of the client address (never the address itself), for abuse analysis.
    client_hash: Mapped[str | None] = mapped_column(String(32))
    submitted_by: Mapped[str | None] = mapped_column(String(80))
    meeting_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("feedback_meetings.id", ondelete="SET NULL")
    )
    status: Mapped[str] = mapped_column(String(24), default="received")
    response: Mapped[str | None] = mapped_column(Text)
    responded_at: Mapped[dt.datetime | None]
    responded_by: Mapped[str | None] = mapped_column(String(80))
    assigned_to: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    duplicate_of: Mapped[uuid.UUID | None]
    updated_at: Mapped[dt.datetime]
    version: Mapped[int] = mapped_column(default=1)


class FeedbackText(Base):
    """The first submission of each normalised text in a consultation: exact duplicates point to it.

    A primary-key lookup, so flagging a duplicate costs the same whatever the planner's
    statistics say (an ordered scan for "the earliest with this hash" can degenerate
    into walking every submission of a consultation that grew since the last ANALYZE)."""

    __tablename__ = "feedback_texts"

    consultation_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    body_hash: Mapped[str] = mapped_column(String(32), primary_key=True)
    first_id: Mapped[uuid.UUID]


class ClusteringQueue(Base):
    """Submissions not yet compared for near-duplicates: the clustering worker's to-do list.

    Clustering results live in tables of their own (members, signatures, buckets), so the
    wide, many-indexed submissions table is written once and never rewritten by the worker."""

    __tablename__ = "feedback_clustering_queue"
    __table_args__ = (Index("ix_feedback_clustering_queue_consultation", "consultation_id"),)

    # No foreign key: it would cost a check per submission on the hot path, and the
    # worker drops a queued id whose submission is gone.
    submission_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    consultation_id: Mapped[uuid.UUID]
    queued_at: Mapped[dt.datetime] = mapped_column(index=True)


class FeedbackClusterMember(Base):
    """A submission's near-duplicate cluster."""

    __tablename__ = "feedback_cluster_members"
    __table_args__ = (Index("ix_feedback_cluster_members_cluster", "cluster_id"),)

    submission_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("feedback_submissions.id", ondelete="CASCADE"), primary_key=True
    )
    cluster_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("feedback_clusters.id", ondelete="CASCADE"))
    # Differs from the cluster's first text in content words (not only particles, punctuation,
    # spelling): shown to the moderator and left out of a bulk action unless ticked.
    differs_in_content: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class ClusterExclusion(Base):
    """A submission a moderator moved out of its near-duplicate cluster: clustering never
    puts it in a cluster again."""

    __tablename__ = "feedback_cluster_exclusions"

    submission_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("feedback_submissions.id", ondelete="CASCADE"), primary_key=True
    )
    # No foreign key: the cluster may later shrink away; the record stays.
    cluster_id: Mapped[uuid.UUID]
    moved_by: Mapped[str] = mapped_column(String(80))
    moved_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class BulkAction(UUIDPrimaryKey, Base):
    """One moderation action applied to many submissions (a selection or a cluster)."""

    __tablename__ = "feedback_bulk_actions"

    consultation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("consultations.id", ondelete="CASCADE"), index=True
    )
    actor: Mapped[str] = mapped_column(String(80))
    selection: Mapped[dict[str, Any]] = mapped_column(JSONType)
    action: Mapped[dict[str, Any]] = mapped_column(JSONType)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class BulkRecipient(Base):
    """A submission a bulk action changed, with what it was before: undoing the action for
    this one submission puts that back."""

    __tablename__ = "feedback_bulk_recipients"
    __table_args__ = (Index("ix_feedback_bulk_recipients_submission", "submission_id"),)

    bulk_action_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("feedback_bulk_actions.id", ondelete="CASCADE"), primary_key=True
    )
    submission_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("feedback_submissions.id", ondelete="CASCADE"), primary_key=True
    )
    before_status: Mapped[str] = mapped_column(String(24))
    before_response: Mapped[str | None] = mapped_column(Text)
    before_responded_at: Mapped[dt.datetime | None]
    before_responded_by: Mapped[str | None] = mapped_column(String(80))
    before_assigned_to: Mapped[uuid.UUID | None]
    added_tags: Mapped[list[str]] = mapped_column(JSONType, default=list)
    removed_tags: Mapped[list[str]] = mapped_column(JSONType, default=list)
    # The submission's version right after the action: undo refuses if it moved on since.
    after_version: Mapped[int]
    undone_at: Mapped[dt.datetime | None]
    undone_by: Mapped[str | None] = mapped_column(String(80))


class FeedbackSignature(Base):
    """The MinHash signature of a submission that anchors LSH buckets (later texts compare to it)."""

    __tablename__ = "feedback_signatures"

    submission_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("feedback_submissions.id", ondelete="CASCADE"), primary_key=True
    )
    signature: Mapped[bytes] = mapped_column(LargeBinary)


class FeedbackTag(Base):
    __tablename__ = "feedback_tags"
    __table_args__ = (Index("ix_feedback_tags_consultation_tag", "consultation_id", "tag"),)

    submission_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("feedback_submissions.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(64), primary_key=True)
    consultation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("consultations.id", ondelete="CASCADE"))


class LshBucket(Base):
    """One MinHash band value of a consultation and the submissions anchored there: the first
    that had it, and (up to ``dedup.MAX_ANCHORS``) later ones that verification kept apart
    from those, so a different request sharing the band can still gather its own copies."""

    __tablename__ = "feedback_lsh_buckets"

    consultation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("consultations.id", ondelete="CASCADE"), primary_key=True
    )
    band_key: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    anchor_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)


class AnswerTemplate(UUIDPrimaryKey, Timestamps, Base):
    """A saved official answer moderators apply to many submissions."""

    __tablename__ = "answer_templates"

    consultation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("consultations.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str | None] = mapped_column(String(80))
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}
