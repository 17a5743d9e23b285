"""A million submissions: bulk-loaded with COPY, then the synthesis and a full CSV export timed."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import statistics
import threading
import time
import uuid
from typing import Any

import asyncpg
import httpx

from feedback_lib.database import ANSWERS, CHANNELS, GROUPS, TEXTS, log, pg_dsn
from feedback_lib.load import rss_kib, worker_pids
from plandesk.consultations.clustering.dedup import body_hash
from plandesk.core.config import Settings
from plandesk.core.security import create_access_token
from plandesk.core.text import fold

COPY_COLUMNS = [
    "id",
    "consultation_id",
    "section_id",
    "body",
    "body_folded",
    "body_hash",
    "contributor_group",
    "channel",
    "name",
    "contact",
    "submitted_at",
    "submitted_on",
    "receipt_hash",
    "client_hash",
    "status",
    "response",
    "responded_at",
    "updated_at",
    "version",
]


async def bulk_load(url: str, ids: dict[str, Any], rows: int, batch: int = 50_000) -> dict[str, Any]:
    """COPY ``rows`` submissions into the "million" consultation: 3% in 60 campaign clusters,
    10% answered, 2% tagged; none queued for clustering (the worker has nothing to do)."""
    rng = random.Random(20200211)
    consultation = ids["million"]
    now = dt.datetime.now(dt.UTC)
    start_day = now - dt.timedelta(days=45)
    sections: list[uuid.UUID | None] = [*ids["sections"], None]
    folded = [fold(t) for t in TEXTS]
    clusters = [uuid.uuid4() for _ in range(60)]
    cluster_rep: dict[uuid.UUID, uuid.UUID] = {}
    cluster_size: dict[uuid.UUID, int] = dict.fromkeys(clusters, 0)
    tagged: list[tuple[uuid.UUID, str]] = []
    members: list[tuple[uuid.UUID, uuid.UUID]] = []
    conn = await asyncpg.connect(pg_dsn(url))
    started = time.monotonic()
    try:
        done = 0
        while done < rows:
            records = []
            for i in range(done, min(done + batch, rows)):
                t = rng.randrange(len(TEXTS))
                suffix = f" (ý kiến {i})"
                body = TEXTS[t] + suffix
                fid = uuid.uuid4()
                cluster = clusters[rng.randrange(len(clusters))] if rng.random() < 0.03 else None
                if cluster is not None:
                    cluster_rep.setdefault(cluster, fid)
                    cluster_size[cluster] += 1
                    members.append((fid, cluster))
                at = start_day + dt.timedelta(seconds=rng.randrange(45 * 86400))
                status, response, responded = "received", None, None
                r = rng.random()
                if r < 0.10:
                    status, response = ANSWERS[rng.randrange(len(ANSWERS))]
                    responded = at + dt.timedelta(days=1)
                elif r < 0.15:
                    status = "in_review"
                if rng.random() < 0.02:
                    tagged.append((fid, f"chủ đề {rng.randrange(12)}"))
                records.append(
                    (
                        fid,
                        consultation,
                        sections[rng.randrange(len(sections))],
                        body,
                        folded[t] + suffix,
                        body_hash(body),
                        GROUPS[rng.randrange(len(GROUPS))],
                        CHANNELS[rng.randrange(len(CHANNELS))],
                        f"Người góp ý {i}" if i % 5 == 0 else None,
                        f"{i}@example.org" if i % 5 == 0 else None,
                        at,
                        at.date(),
                        hashlib.sha256(fid.bytes).hexdigest(),
                        None,
                        status,
                        response,
                        responded,
                        now,
                        1,
                    )
                )
            await conn.copy_records_to_table("feedback_submissions", records=records, columns=COPY_COLUMNS)
            done += len(records)
            log(f"  loaded {done:,} rows")
        await conn.copy_records_to_table(
            "feedback_clusters",
            records=[(c, consultation, cluster_rep[c], n, now, now) for c, n in cluster_size.items() if n],
            columns=["id", "consultation_id", "representative_id", "size", "created_at", "updated_at"],
        )
        await conn.copy_records_to_table(
            "feedback_cluster_members", records=members, columns=["submission_id", "cluster_id"]
        )
        await conn.copy_records_to_table(
            "feedback_tags",
            records=[(fid, tag, consultation) for fid, tag in tagged],
            columns=["submission_id", "tag", "consultation_id"],
        )
        load_seconds = time.monotonic() - started
        started = time.monotonic()
        # What autovacuum does for an insert-only table; the synthesis index-only scans need it.
        await conn.execute("VACUUM ANALYZE feedback_submissions")
        await conn.execute("VACUUM ANALYZE feedback_tags")
        await conn.execute("VACUUM ANALYZE feedback_clusters")
        await conn.execute("VACUUM ANALYZE feedback_cluster_members")
        vacuum_seconds = time.monotonic() - started
        size = await conn.fetchval("SELECT pg_size_pretty(pg_total_relation_size('feedback_submissions'))")
    finally:
        await conn.close()
    return {
        "rows": rows,
        "load_s": round(load_seconds, 1),
        "vacuum_analyze_s": round(vacuum_seconds, 1),
        "table_size": size,
    }


def token_for(secret: str, user_id: uuid.UUID, role: str) -> str:
    settings = Settings(secret_key=secret)
    token, _ = create_access_token(
        settings, subject=str(user_id), role=role, unit_id=None, scopes=[], auth_version=1
    )
    return token


def time_synthesis(base: str, token: str, consultation: uuid.UUID, runs: int = 6) -> dict[str, Any]:
    timings = []
    body: dict[str, Any] = {}
    with httpx.Client(timeout=120) as http:
        for _ in range(runs):
            started = time.perf_counter()
            resp = http.get(
                f"{base}/api/v1/consultations/{consultation}/synthesis",
                headers={"Authorization": f"Bearer {token}"},
            )
            timings.append(time.perf_counter() - started)
            resp.raise_for_status()
            body = resp.json()
    return {
        "total": body["total"],
        "first_s": round(timings[0], 3),
        "median_s": round(statistics.median(timings[1:]), 3),
        "max_s": round(max(timings[1:]), 3),
    }


def time_export(base: str, token: str, consultation: uuid.UUID, parent: int) -> dict[str, Any]:
    pids = worker_pids(parent)
    baseline = {pid: rss_kib(pid) for pid in pids}
    peak = dict(baseline)
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            for pid in pids:
                try:
                    peak[pid] = max(peak[pid], rss_kib(pid))
                except FileNotFoundError:
                    pass
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    size = lines = 0
    started = time.perf_counter()
    first_byte = None
    with httpx.Client(timeout=None) as http:
        with http.stream(
            "GET",
            f"{base}/api/v1/consultations/{consultation}/exports/feedback.csv",
            headers={"Authorization": f"Bearer {token}"},
        ) as resp:
            resp.raise_for_status()
            for chunk in resp.iter_bytes():
                if first_byte is None:
                    first_byte = time.perf_counter() - started
                size += len(chunk)
                lines += chunk.count(b"\n")
    elapsed = time.perf_counter() - started
    stop.set()
    sampler.join()
    return {
        "rows": lines - 1,
        "bytes": size,
        "seconds": round(elapsed, 1),
        "rows_per_s": round((lines - 1) / elapsed),
        "first_byte_s": round(first_byte or 0, 3),
        "worker_rss_before_mib": round(max(baseline.values()) / 1024, 1),
        "worker_rss_peak_mib": round(max(peak.values()) / 1024, 1),
    }
