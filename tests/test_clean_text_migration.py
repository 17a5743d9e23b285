"""Migration 0005_clean_text removes control characters stored before inputs refused them."""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid
from typing import Any

from sqlalchemy import insert, text

from plandesk.consultations.models import AnswerTemplate
from plandesk.core import migrations
from plandesk.core.db import make_engine


def _run(url: str, *statements: Any) -> list:
    async def go() -> list:
        engine = make_engine(url)
        out = []
        async with engine.begin() as conn:
            for statement in statements:
                result = await conn.execute(statement)
                out.append(result.all() if result.returns_rows else None)
        await engine.dispose()
        return out

    return asyncio.run(go())


def _fresh_database(tmp_path, database_url):  # type: ignore[no-untyped-def]
    if database_url.startswith("sqlite"):
        return f"sqlite+aiosqlite:///{tmp_path / 'clean.db'}", None
    from tests.conftest import _create_pg_database

    base = database_url.rsplit("/", 1)[0] + "/postgres"
    url, name = _create_pg_database(base)
    return url, (base, name)


def test_upgrade_strips_control_characters_from_stored_text(tmp_path, database_url):
    url, created = _fresh_database(tmp_path, database_url)
    try:
        migrations.upgrade(url, "0004_feedback_texts")
        # NUL only where the database can hold it (SQLite); \x03, \x14 and DEL everywhere.
        nul = "\x00" if url.startswith("sqlite") else ""
        at = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
        _run(
            url,
            insert(AnswerTemplate.__table__).values(
                id=uuid.uuid4(),
                title=f"Ti\x03ếp{nul} thu",
                body="Ban\x14 soạn\x7f thảo",
                created_by="test",
                created_at=at,
                updated_at=at,
                version=1,
            ),
        )
        migrations.upgrade(url)
        ((row,),) = _run(url, text("SELECT title, body FROM answer_templates"))
        assert tuple(row) == ("Tiếp thu", "Ban soạn thảo")
    finally:
        if created:
            from tests.conftest import _drop_pg_database

            _drop_pg_database(*created)
