"""After the load: every acknowledged submission stored exactly once; the clustering backlog."""

from __future__ import annotations

import asyncio
import sqlite3
import time
import uuid
from pathlib import Path
from typing import Any

import asyncpg

from feedback_lib.database import pg_dsn, sqlite_path


async def verify_rows(url: str, consultation: uuid.UUID, ids_prefix: Path, run: str) -> dict[str, Any]:
    """Every acknowledged id stored; one row per Idempotency-Key."""
    acked: set[uuid.UUID] = set()
    lines = 0
    for path in ids_prefix.parent.glob(ids_prefix.name + ".*"):
        for line in path.read_text().split():
            lines += 1
            acked.add(uuid.UUID(line))
    if url.startswith("sqlite"):
        db = sqlite3.connect(sqlite_path(url))
        try:
            bodies = db.execute(
                "SELECT id, body FROM feedback_submissions WHERE consultation_id = ?", (consultation.hex,)
            ).fetchall()
        finally:
            db.close()
        stored = {uuid.UUID(r[0]) for r in bodies}
        keys = [b.rsplit("(", 1)[-1] for _, b in bodies]
        return {
            "acknowledged": len(acked),
            "acknowledged_twice": lines - len(acked),
            "stored": len(stored),
            "lost": len(acked - stored),
            "doubled": len(keys) - len(set(keys)),
            "stored_not_acknowledged": len(stored - acked),
        }
    conn = await asyncpg.connect(pg_dsn(url))
    try:
        stored = {
            r["id"]
            for r in await conn.fetch(
                "SELECT id FROM feedback_submissions WHERE consultation_id = $1", consultation
            )
        }
        keys = await conn.fetchrow(
            "SELECT count(*) AS n, count(DISTINCT substring(body from '\\(("
            + run
            + "-[0-9-]+)\\)$')) AS distinct_keys "
            "FROM feedback_submissions WHERE consultation_id = $1",
            consultation,
        )
    finally:
        await conn.close()
    return {
        "acknowledged": len(acked),
        "acknowledged_twice": lines - len(acked),
        "stored": len(stored),
        "lost": len(acked - stored),
        "doubled": keys["n"] - keys["distinct_keys"],
        "stored_not_acknowledged": len(stored - acked),  # in flight when wrk stopped
    }


async def wait_clustered(url: str, limit_s: float = 600) -> float:
    start = time.monotonic()
    if url.startswith("sqlite"):
        while time.monotonic() - start < limit_s:
            db = sqlite3.connect(sqlite_path(url))
            try:
                if not db.execute("SELECT count(*) FROM feedback_clustering_queue").fetchone()[0]:
                    break
            finally:
                db.close()
            await asyncio.sleep(0.5)
        return time.monotonic() - start
    conn = await asyncpg.connect(pg_dsn(url))
    try:
        while time.monotonic() - start < limit_s:
            if not await conn.fetchval("SELECT count(*) FROM feedback_clustering_queue"):
                break
            await asyncio.sleep(0.5)
    finally:
        await conn.close()
    return time.monotonic() - start
