"""Alembic from code: the schema check at start-up and ``plandesk db upgrade``."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

ROOT = Path(__file__).resolve().parents[3]
MIGRATIONS_DIR = ROOT / "migrations"


def include_name(name: str | None, type_: str, _parent: object) -> bool:
    """Autogenerate compares our models only: procrastinate's tables are its own schema's."""
    return not (type_ == "table" and name is not None and name.startswith("procrastinate_"))


def alembic_config(database_url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    return cfg


def script_heads(database_url: str) -> set[str]:
    return set(ScriptDirectory.from_config(alembic_config(database_url)).get_heads())


def _current(conn: Connection) -> set[str]:
    return set(MigrationContext.configure(conn).get_current_heads())


async def current_heads(engine: AsyncEngine) -> set[str]:
    async with engine.connect() as conn:
        return await conn.run_sync(_current)


class SchemaNotAtHead(RuntimeError):
    pass


async def ensure_schema_at_head(engine: AsyncEngine, database_url: str) -> None:
    """Refuse to serve on a database whose schema is not at the latest migration."""
    have, want = await current_heads(engine), script_heads(database_url)
    if have != want:
        raise SchemaNotAtHead(
            f"The database schema is not up to date (database at {sorted(have) or 'nothing'}, "
            f"code expects {sorted(want)}). Run `plandesk db upgrade` (`make run` does it for you)."
        )


def upgrade(database_url: str, target: str = "heads") -> None:
    command.upgrade(alembic_config(database_url), target)


def downgrade(database_url: str, target: str = "base") -> None:
    command.downgrade(alembic_config(database_url), target)
