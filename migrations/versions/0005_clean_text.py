"""clean stored text: drop NUL and control characters no input may carry any more

Inputs now refuse NUL, unpaired surrogates and control characters other than tab and
newlines (issue #9). Rows stored before that (SQLite kept NUL; any database kept
``\\x03``) would still break a DOCX/XLSX report for good: this revision removes those
characters from every text column. Nothing is restored on downgrade: the removed
characters were never meaningful.

Revision ID: 0005_clean_text
Revises: 0011_reports
Create Date: 2026-11-29 04:00:00
"""

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_clean_text"
down_revision: str | Sequence[str] | None = "0011_reports"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The same set the input type refuses (plandesk.core.text), plus unpaired surrogates.
_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# PostgreSQL's regular expressions: NUL and surrogates cannot be stored there at all.
_BAD_PG = r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]"


def _text_columns(bind: sa.engine.Connection) -> list[tuple[str, str]]:
    inspector = sa.inspect(bind)
    out = []
    for table in inspector.get_table_names():
        if table == "alembic_version":
            continue
        for column in inspector.get_columns(table):
            if isinstance(column["type"], sa.String):  # VARCHAR and TEXT, not JSON or UUID
                out.append((table, column["name"]))
    return out


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        return raw.decode("utf-8", "replace")


def upgrade() -> None:
    bind = op.get_bind()
    for table, column in _text_columns(bind):
        # Names come from the database's own catalogue, quoted by the dialect: not input.
        quote = bind.dialect.identifier_preparer.quote
        t, c = quote(table), quote(column)
        if bind.dialect.name == "postgresql":
            op.execute(
                sa.text(
                    f"UPDATE {t} SET {c} = regexp_replace({c}, :bad, '', 'g') WHERE {c} ~ :bad"  # noqa: S608
                ).bindparams(bad=_BAD_PG)
            )
            continue
        # SQLite: read the bytes (a str could not even hold what was stored), clean in Python.
        rows = bind.execute(
            sa.text(f"SELECT rowid, CAST({c} AS BLOB) FROM {t} WHERE {c} IS NOT NULL")  # noqa: S608
        ).all()
        for rowid, raw in rows:
            value = _decode(bytes(raw))
            cleaned = _BAD.sub("", value)
            if cleaned != value:
                bind.execute(
                    sa.text(f"UPDATE {t} SET {c} = :v WHERE rowid = :r"),  # noqa: S608
                    {"v": cleaned, "r": rowid},
                )


def downgrade() -> None:
    pass  # the characters removed carried no meaning: there is nothing to put back
