"""Tables as a migration test's database has them at an older revision.

A model's table gains columns as migrations land; inserting through it into a database
at an older revision names columns that do not exist yet. :func:`as_in_db` keeps the
model's column types (UUIDs, JSON, UTC datetimes) but only the columns the database has.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa


def as_in_db(conn: Any, model: Any) -> sa.Table:
    existing = {c["name"] for c in sa.inspect(conn).get_columns(model.__tablename__)}
    return sa.Table(
        model.__tablename__,
        sa.MetaData(),
        *[
            sa.Column(c.name, c.type, primary_key=c.primary_key)
            for c in model.__table__.columns
            if c.name in existing
        ],
    )
