"""feedback: exact duplicates through a first-of-text table instead of an ordered index scan

An ordered lookup of "the earliest submission with this hash" could be planned as a walk
over every submission of a consultation that had grown since the last ANALYZE.

Revision ID: 0004_feedback_texts
Revises: 0003_consultations
Create Date: 2026-11-26 05:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_feedback_texts"
down_revision: str | Sequence[str] | None = "0003_consultations"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "feedback_texts",
        sa.Column("consultation_id", sa.Uuid(), nullable=False),
        sa.Column("body_hash", sa.String(length=32), nullable=False),
        sa.Column("first_id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("consultation_id", "body_hash", name=op.f("pk_feedback_texts")),
    )
    # Submissions stored before this revision: the first of each text.
    op.execute(
        """
        INSERT INTO feedback_texts (consultation_id, body_hash, first_id)
        SELECT consultation_id, body_hash, id FROM (
            SELECT consultation_id, body_hash, id,
                   ROW_NUMBER() OVER (PARTITION BY consultation_id, body_hash ORDER BY submitted_at, id) AS n
            FROM feedback_submissions
        ) AS ranked
        WHERE n = 1
        """
    )
    with op.batch_alter_table("feedback_submissions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_feedback_submissions_body_hash"))


def downgrade() -> None:
    with op.batch_alter_table("feedback_submissions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_feedback_submissions_body_hash"),
            ["consultation_id", "body_hash", "submitted_at"],
            unique=False,
        )
    op.drop_table("feedback_texts")
