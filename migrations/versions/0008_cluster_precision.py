"""feedback clusters a moderator can trust: content flags, moved-out members, reversible bulk answers

- ``feedback_cluster_members.differs_in_content``: the member differs from the cluster's
  first text in content words (flagged, left out of bulk actions unless ticked);
- ``feedback_cluster_exclusions``: members a moderator moved out (never clustered again);
- ``feedback_bulk_actions`` / ``feedback_bulk_recipients``: which submissions a bulk action
  changed and what they were before (undo for one submission);
- ``feedback_lsh_buckets``: several anchors per band value (primary key gains ``anchor_id``).

Revision ID: 0008_cluster_precision
Revises: 0006_local_time
Create Date: 2026-11-29 04:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

import plandesk.core.db
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0008_cluster_precision"
down_revision: str | Sequence[str] | None = "0006_local_time"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    with op.batch_alter_table("feedback_cluster_members", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("differs_in_content", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    with op.batch_alter_table("feedback_lsh_buckets", schema=None) as batch_op:
        batch_op.drop_constraint("pk_feedback_lsh_buckets", type_="primary")
        batch_op.create_primary_key("pk_feedback_lsh_buckets", ["consultation_id", "band_key", "anchor_id"])
    op.create_table(
        "feedback_cluster_exclusions",
        sa.Column("submission_id", sa.Uuid(), nullable=False),
        sa.Column("cluster_id", sa.Uuid(), nullable=False),
        sa.Column("moved_by", sa.String(length=80), nullable=False),
        sa.Column("moved_at", plandesk.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["submission_id"],
            ["feedback_submissions.id"],
            name=op.f("fk_feedback_cluster_exclusions_submission_id_feedback_submissions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("submission_id", name=op.f("pk_feedback_cluster_exclusions")),
    )
    op.create_table(
        "feedback_bulk_actions",
        sa.Column("consultation_id", sa.Uuid(), nullable=False),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.Column("selection", JSON, nullable=False),
        sa.Column("action", JSON, nullable=False),
        sa.Column("created_at", plandesk.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consultation_id"],
            ["consultations.id"],
            name=op.f("fk_feedback_bulk_actions_consultation_id_consultations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_bulk_actions")),
    )
    with op.batch_alter_table("feedback_bulk_actions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_feedback_bulk_actions_consultation_id"), ["consultation_id"])
    op.create_table(
        "feedback_bulk_recipients",
        sa.Column("bulk_action_id", sa.Uuid(), nullable=False),
        sa.Column("submission_id", sa.Uuid(), nullable=False),
        sa.Column("before_status", sa.String(length=24), nullable=False),
        sa.Column("before_response", sa.Text(), nullable=True),
        sa.Column("before_responded_at", plandesk.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("before_responded_by", sa.String(length=80), nullable=True),
        sa.Column("before_assigned_to", sa.Uuid(), nullable=True),
        sa.Column("added_tags", JSON, nullable=False),
        sa.Column("removed_tags", JSON, nullable=False),
        sa.Column("after_version", sa.Integer(), nullable=False),
        sa.Column("undone_at", plandesk.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("undone_by", sa.String(length=80), nullable=True),
        sa.ForeignKeyConstraint(
            ["bulk_action_id"],
            ["feedback_bulk_actions.id"],
            name=op.f("fk_feedback_bulk_recipients_bulk_action_id_feedback_bulk_actions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["submission_id"],
            ["feedback_submissions.id"],
            name=op.f("fk_feedback_bulk_recipients_submission_id_feedback_submissions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("bulk_action_id", "submission_id", name=op.f("pk_feedback_bulk_recipients")),
    )
    with op.batch_alter_table("feedback_bulk_recipients", schema=None) as batch_op:
        batch_op.create_index("ix_feedback_bulk_recipients_submission", ["submission_id"])


def downgrade() -> None:
    with op.batch_alter_table("feedback_bulk_recipients", schema=None) as batch_op:
        batch_op.drop_index("ix_feedback_bulk_recipients_submission")
    op.drop_table("feedback_bulk_recipients")
    with op.batch_alter_table("feedback_bulk_actions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_feedback_bulk_actions_consultation_id"))
    op.drop_table("feedback_bulk_actions")
    op.drop_table("feedback_cluster_exclusions")
    # One anchor per band value again: keep the first of each.
    op.execute(
        """
        DELETE FROM feedback_lsh_buckets WHERE EXISTS (
            SELECT 1 FROM feedback_lsh_buckets AS other
            WHERE other.consultation_id = feedback_lsh_buckets.consultation_id
              AND other.band_key = feedback_lsh_buckets.band_key
              AND other.anchor_id < feedback_lsh_buckets.anchor_id
        )
        """
    )
    with op.batch_alter_table("feedback_lsh_buckets", schema=None) as batch_op:
        batch_op.drop_constraint("pk_feedback_lsh_buckets", type_="primary")
        batch_op.create_primary_key("pk_feedback_lsh_buckets", ["consultation_id", "band_key"])
    with op.batch_alter_table("feedback_cluster_members", schema=None) as batch_op:
        batch_op.drop_column("differs_in_content")
