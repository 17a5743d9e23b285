"""Migrations and models agree, and the chain goes up, down and up again."""

from __future__ import annotations

import asyncio

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from plandesk.core import migrations
from plandesk.core.db import make_engine
from plandesk.models import metadata


def _diff(url: str) -> list:
    async def run() -> list:
        engine = make_engine(url)
        async with engine.connect() as conn:
            diff = await conn.run_sync(
                lambda c: compare_metadata(
                    MigrationContext.configure(
                        c, opts={"compare_type": True, "include_name": migrations.include_name}
                    ),
                    metadata,
                )
            )
        await engine.dispose()
        return diff

    return asyncio.run(run())


def test_models_match_migrations(database_url):
    assert _diff(database_url) == []


def test_upgrade_downgrade_upgrade(tmp_path, database_url):
    if database_url.startswith("sqlite"):
        url = f"sqlite+aiosqlite:///{tmp_path / 'cycle.db'}"
        migrations.upgrade(url)
        migrations.downgrade(url)
        migrations.upgrade(url)
        assert _diff(url) == []
    else:
        # A separate database so the suite's own is not disturbed.
        from tests.conftest import _create_pg_database, _drop_pg_database

        base = database_url.rsplit("/", 1)[0] + "/postgres"
        url, name = _create_pg_database(base)
        try:
            migrations.upgrade(url)
            migrations.downgrade(url)
            migrations.upgrade(url)
            assert _diff(url) == []
        finally:
            _drop_pg_database(base, name)


async def test_app_refuses_schema_not_at_head(tmp_path):
    import pytest

    from plandesk.core.migrations import SchemaNotAtHead, ensure_schema_at_head

    url = f"sqlite+aiosqlite:///{tmp_path / 'empty.db'}"
    engine = make_engine(url)
    with pytest.raises(SchemaNotAtHead, match="plandesk db upgrade"):
        await ensure_schema_at_head(engine, url)
    await engine.dispose()
