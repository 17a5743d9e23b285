"""Backup and restore, checked: pg_dump a demo database, pg_restore it elsewhere, compare.

    .venv/bin/python bench/backup_restore.py [--base postgresql://postgres@127.0.0.1:5432/postgres]

Creates a scratch database, migrates it and loads the demo with the `plandesk` command,
dumps it with `pg_dump --format=custom`, restores the dump into a second scratch database
with `pg_restore`, and checks that every table holds the same number of rows and the
same content digest, and that the restored schema is at the migration head. Both scratch
databases are dropped at the end. Exits non-zero on any difference.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import asyncpg

ROOT = Path(__file__).resolve().parents[1]
PLANDESK = [sys.executable, "-m", "plandesk.cli"]


async def _admin(base: str, sql: str) -> None:
    conn = await asyncpg.connect(base)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


async def _fingerprint(dsn: str) -> dict[str, tuple[int, str]]:
    conn = await asyncpg.connect(dsn)
    try:
        tables = [
            r["tablename"]
            for r in await conn.fetch(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
            )
        ]
        out: dict[str, tuple[int, str]] = {}
        for table in tables:
            row = await conn.fetchrow(
                f"SELECT count(*) AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest "
                f'FROM "{table}" t'
            )
            out[table] = (row["n"], row["digest"])
        return out
    finally:
        await conn.close()


async def _heads(url: str) -> tuple[set[str], set[str]]:
    from plandesk.core.db import make_engine
    from plandesk.core.migrations import current_heads, script_heads

    engine = make_engine(url, null_pool=True)
    try:
        return await current_heads(engine), script_heads(url)
    finally:
        await engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="postgresql://postgres@127.0.0.1:5432/postgres")
    args = parser.parse_args()
    base = args.base
    host_part = base.rsplit("/", 1)[0]
    source, target = (
        f"plandesk_backup_src_{uuid.uuid4().hex[:8]}",
        f"plandesk_backup_dst_{uuid.uuid4().hex[:8]}",
    )
    asyncio.run(_admin(base, f'CREATE DATABASE "{source}"'))
    asyncio.run(_admin(base, f'CREATE DATABASE "{target}"'))
    try:
        with tempfile.TemporaryDirectory() as tmp:
            env = {
                **os.environ,
                "PLANDESK_DATABASE_URL": f"{host_part.replace('postgresql://', 'postgresql+asyncpg://')}/{source}",
                "PLANDESK_VAR_DIR": tmp,
                "PLANDESK_SECRET_KEY": "b" * 48,
            }
            subprocess.run([*PLANDESK, "db", "upgrade"], env=env, check=True, cwd=ROOT, capture_output=True)
            subprocess.run([*PLANDESK, "demo"], env=env, check=True, cwd=ROOT, capture_output=True)
            dump = Path(tmp) / "plandesk.dump"
            started = time.perf_counter()
            subprocess.run(
                ["pg_dump", "--format=custom", "--no-owner", f"--file={dump}", f"{host_part}/{source}"],
                check=True,
            )
            dumped = time.perf_counter() - started
            started = time.perf_counter()
            subprocess.run(
                ["pg_restore", "--no-owner", f"--dbname={host_part}/{target}", str(dump)], check=True
            )
            restored = time.perf_counter() - started
            before = asyncio.run(_fingerprint(f"{host_part}/{source}"))
            after = asyncio.run(_fingerprint(f"{host_part}/{target}"))
            restored_url = env["PLANDESK_DATABASE_URL"].rsplit("/", 1)[0] + f"/{target}"
            have, want = asyncio.run(_heads(restored_url))
            rows = sum(n for n, _ in before.values())
            print(f"tables: {len(before)}, rows: {rows}, dump: {dump.stat().st_size} bytes")
            print(f"pg_dump {dumped:.2f} s, pg_restore {restored:.2f} s")
            differ = sorted(t for t in before if before[t] != after.get(t))
            if differ or set(before) != set(after):
                print(f"DIFFERENT after restore: {differ or sorted(set(before) ^ set(after))}")
                return 1
            print("every table identical after restore")
            print(f"restored schema heads {sorted(have)}, code expects {sorted(want)}")
            return 0 if have == want else 1
    finally:
        asyncio.run(_admin(base, f'DROP DATABASE IF EXISTS "{source}" WITH (FORCE)'))
        asyncio.run(_admin(base, f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)'))


if __name__ == "__main__":
    raise SystemExit(main())
