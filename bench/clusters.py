"""Near-duplicate clustering: precision and recall on a labelled set, alone and at scale.

The labelled set (``bench/data/cluster_pairs.jsonl``, generated from templates by
``bench/data/make_cluster_pairs.py``, and ``bench/data/cluster_pairs_holdout.jsonl``, written
by hand before the verification step existed) holds pairs of Vietnamese opinions labelled
*same* (a light edit) or *different* (same frame, another request). Both measurements run the
real clustering (``dedup.cluster_all``) on a fresh, migrated PostgreSQL database:

1. **pairs** — each pair in a consultation of its own: the first text, then the second.
   A pair is *predicted same* when both end in one cluster.
2. **scale** — one consultation of ``--scale`` submissions (100,000 by default): generated
   campaigns (a base text and lightly edited copies, several campaigns per frame, so copies
   of *different* requests look alike), unique opinions, and every labelled text mixed in at
   random positions. The pairs are scored again (same cluster or not), campaigns by how many
   copies share their campaign's largest cluster (recall) and how many members of that
   cluster belong to another campaign (precision). Timed: clustering time per 1,000 submissions.

    .venv/bin/python bench/clusters.py [--scale 100000] [--database-url ...] [--keep]
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import datetime as dt
import gc
import hashlib
import importlib.util
import json
import os
import random
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import asyncpg

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "backend"))
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH / "data"))

import clusters_feed  # noqa: E402
import make_cluster_pairs as gen  # noqa: E402
from feedback import create_database, drop_database, pg_dsn, seed  # noqa: E402
from sqlalchemy import text  # noqa: E402
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine  # noqa: E402

from plandesk.consultations.clustering import dedup  # noqa: E402
from plandesk.core import migrations  # noqa: E402
from plandesk.core.text import fold, nfc  # noqa: E402

COLUMNS = [
    "id",
    "consultation_id",
    "body",
    "body_folded",
    "body_hash",
    "contributor_group",
    "channel",
    "submitted_at",
    "submitted_on",
    "receipt_hash",
    "status",
    "updated_at",
    "version",
]


def load_pairs() -> list[dict[str, Any]]:
    pairs = []
    for name in ("cluster_pairs.jsonl", "cluster_pairs_holdout.jsonl"):
        with (BENCH / "data" / name).open() as f:
            pairs.extend(json.loads(line) for line in f if line.strip())
    return pairs


def record(fid: uuid.UUID, consultation: uuid.UUID, text: str, at: dt.datetime) -> tuple[Any, ...]:
    body = nfc(text)
    return (
        fid,
        consultation,
        body,
        fold(body),
        dedup.body_hash(body),
        "citizen",
        "web",
        at,
        at.date(),
        hashlib.sha256(fid.bytes).hexdigest(),
        "received",
        at,
        1,
    )


async def insert(url: str, records: list[tuple[Any, ...]]) -> None:
    conn = await asyncpg.connect(pg_dsn(url))
    try:
        await clusters_feed.copy_submissions(conn, records, COLUMNS, events=False)
        await conn.execute("ANALYZE")
    finally:
        await conn.close()


async def add_consultations(url: str, ids: dict[str, Any], n: int) -> list[uuid.UUID]:
    conn = await asyncpg.connect(pg_dsn(url))
    now = dt.datetime.now(dt.UTC)
    out = [uuid.uuid4() for _ in range(n)]
    try:
        await conn.executemany(
            "INSERT INTO consultations (id, document_id, document_version_id, title, title_folded, "
            "audiences, opens_at, closes_at, lead_unit_id, status, version, created_at, updated_at) "
            "VALUES ($1, $2, $3, 'pair', 'pair', '[]', $4, $5, $6, 'open', 1, $4, $4)",
            [
                (
                    c,
                    ids["document"],
                    ids["version"],
                    now - dt.timedelta(days=1),
                    now + dt.timedelta(days=9),
                    ids["unit"],
                )
                for c in out
            ],
        )
    finally:
        await conn.close()
    return out


async def cluster(url: str, batch: int, loop: str = "none") -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system) and user CPU seconds of this process (the
    worker's own work: signatures, verification, statements; not the database server's).

    ``loop``: "none" clusters batch after batch back to back (``cluster_all``); "dedicated"
    and "api" run the worker's own loop (``run_worker``) as `plandesk worker` and an API
    process run it, until the queue is empty: the catch-up time after a load."""
    engine = create_async_engine(url)
    try:
        sessions = async_sessionmaker(engine, expire_on_commit=False)
        async with sessions() as session:
            gc.collect()
            gc.freeze()  # as dedup.run_worker does when the worker starts
            if hasattr(dedup, "GC_YOUNG"):  # (a --dedup-from version may not set it)
                gc.set_threshold(dedup.GC_YOUNG, *gc.get_threshold()[1:])
            started, cpu, user = time.perf_counter(), time.process_time(), os.times().user
            if loop == "none":
                await dedup.cluster_all(session, batch)
            else:
                extra = {"dedicated": True} if loop == "dedicated" else {}
                worker = asyncio.create_task(dedup.run_worker(sessions, 1.0, batch, **extra))
                try:
                    while await session.scalar(
                        text("SELECT EXISTS (SELECT 1 FROM feedback_clustering_queue)")
                    ):
                        await session.rollback()
                        await asyncio.sleep(0.02)
                finally:
                    worker.cancel()
                    await asyncio.gather(worker, return_exceptions=True)
            return time.perf_counter() - started, time.process_time() - cpu, os.times().user - user
    finally:
        await engine.dispose()


async def cluster_of(url: str) -> dict[uuid.UUID, uuid.UUID]:
    conn = await asyncpg.connect(pg_dsn(url))
    try:
        return {
            r[0]: r[1]
            for r in await conn.fetch("SELECT submission_id, cluster_id FROM feedback_cluster_members")
        }
    finally:
        await conn.close()


def score(
    pairs: list[dict[str, Any]], ids: list[tuple[uuid.UUID, uuid.UUID]], member: dict[uuid.UUID, uuid.UUID]
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for part in ("all", "template", "hand"):
        tp = fp = fn = tn = 0
        wrong: list[str] = []
        for p, (a, b) in zip(pairs, ids, strict=True):
            if part != "all" and p["source"] != part:
                continue
            predicted = a in member and member.get(a) == member.get(b)
            if predicted and p["same"]:
                tp += 1
            elif predicted:
                fp += 1
                wrong.append(f"FALSE SAME [{p['kind']}] {p['a'][:70]!r} ~ {p['b'][:70]!r}")
            elif p["same"]:
                fn += 1
                wrong.append(f"MISSED [{p['kind']}] {p['a'][:70]!r} ~ {p['b'][:70]!r}")
            else:
                tn += 1
        out[part] = {
            "pairs": tp + fp + fn + tn,
            "tp": tp,
            "fp": fp,
            "fn": fn,
            "tn": tn,
            "precision": round(tp / (tp + fp), 4) if tp + fp else None,
            "recall": round(tp / (tp + fn), 4) if tp + fn else None,
        }
        if part == "all":
            out["errors"] = wrong
    return out


async def run(args: argparse.Namespace) -> dict[str, Any]:
    pairs = load_pairs()
    report: dict[str, Any] = {"pairs": len(pairs), "same": sum(p["same"] for p in pairs)}
    name = f"plandesk_bench_clusters_{uuid.uuid4().hex[:8]}"
    url = await create_database(args.database_url, name)
    try:
        await asyncio.to_thread(migrations.upgrade, url)
        ids = await seed(url)
        # 1. each pair alone
        consultations = await add_consultations(url, ids, len(pairs))
        at = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
        records, pair_ids = [], []
        for p, c in zip(pairs, consultations, strict=True):
            a, b = uuid.uuid4(), uuid.uuid4()
            records += [record(a, c, p["a"], at), record(b, c, p["b"], at + dt.timedelta(seconds=1))]
            pair_ids.append((a, b))
        await insert(url, records)
        await cluster(url, args.batch)
        report["alone"] = score(pairs, pair_ids, await cluster_of(url))

        # 2. at scale: campaigns of lightly edited copies, unique opinions, the labelled texts
        rng = random.Random(20261129)
        gen.rng.seed(99)
        texts: list[tuple[str, str | None]] = []  # (text, campaign)
        campaigns = max(1, args.scale // 500)
        unique = args.scale // 5
        n_copies = args.scale - unique - 2 * len(pairs)
        bases = []
        for k in range(campaigns):
            frame = gen.FRAMES[k % len(gen.FRAMES)]
            long = gen.rng.sample(gen.LONG_EXTRA, 3) if k % 3 == 0 else None
            base = gen.fill(frame, gen.slots()) + (" " + " ".join(long) if long else "")
            bases.append((base, long))
        for _ in range(n_copies):
            k = rng.randrange(campaigns)
            base, long = bases[k]
            texts.append((base if rng.random() < 0.3 else gen.light_edit(base, long)[0], f"c{k}"))
        for i in range(unique):
            texts.append((gen.fill(rng.choice(gen.FRAMES), gen.slots()) + f" Ý kiến số {i}.", None))
        rng.shuffle(texts)
        labelled_at = sorted(rng.sample(range(len(texts) + 2 * len(pairs)), 2 * len(pairs)))
        order = [(t, c, None) for t, c in texts]
        slots = iter(range(2 * len(pairs)))
        for pos in labelled_at:
            order.insert(pos, ("", None, next(slots)))
        start = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
        big = consultations[0]
        records, scale_pair_ids, campaign_of = [], [(uuid.uuid4(), uuid.uuid4()) for _ in pairs], {}
        flat = [x for ab in scale_pair_ids for x in ab]
        flat_text = [x for p in pairs for x in (p["a"], p["b"])]
        big = (await add_consultations(url, ids, 1))[0]
        for i, (text, campaign, slot) in enumerate(order):
            fid = flat[slot] if slot is not None else uuid.uuid4()
            body = flat_text[slot] if slot is not None else text
            records.append(record(fid, big, body, start + dt.timedelta(milliseconds=i)))
            if campaign:
                campaign_of[fid] = campaign
        load_before = os.getloadavg()[0]
        if args.feed_rate:
            fed = await clusters_feed.feed(url, records, args.feed_rate, COLUMNS)
            member = await cluster_of(url)
            report["scale"] = score(pairs, scale_pair_ids, member)
            report["scale"].update(fed)
            report["scale"]["loop"] = "plandesk worker, fed at a steady rate"
        else:
            await insert(url, records)
            seconds, cpu_seconds, user_seconds = await cluster(url, args.batch, args.loop)
            member = await cluster_of(url)
            report["scale"] = score(pairs, scale_pair_ids, member)
            report["scale"]["submissions"] = len(records)
            report["scale"]["loop"] = args.loop
            report["scale"]["cluster_seconds"] = round(seconds, 2)
            report["scale"]["ms_per_1000"] = round(seconds / len(records) * 1e6, 1)
            report["scale"]["worker_cpu_ms_per_1000"] = round(cpu_seconds / len(records) * 1e6, 1)
            report["scale"]["worker_user_cpu_ms_per_1000"] = round(user_seconds / len(records) * 1e6, 1)
        report["scale"]["load_average"] = os.getloadavg()[0]  # 1 minute, at the end
        report["scale"]["load_average_at_start"] = load_before
        by_campaign: dict[str, collections.Counter[uuid.UUID | None]] = collections.defaultdict(
            collections.Counter
        )
        for fid, camp in campaign_of.items():
            by_campaign[camp][member.get(fid)] += 1
        in_main = sum(
            max((n for c, n in cnt.items() if c is not None), default=0) for cnt in by_campaign.values()
        )
        main_of = {
            camp: max(((n, c) for c, n in cnt.items() if c is not None), default=(0, None))[1]
            for camp, cnt in by_campaign.items()
        }
        cluster_members: dict[uuid.UUID, collections.Counter[str | None]] = collections.defaultdict(
            collections.Counter
        )
        for fid, cid in member.items():
            cluster_members[cid][campaign_of.get(fid)] += 1
        foreign = sum(
            sum(n for camp2, n in cluster_members[c].items() if camp2 != camp)
            for camp, c in main_of.items()
            if c
        )
        total_main = sum(sum(cluster_members[c].values()) for c in main_of.values() if c)
        report["scale"]["campaign_recall"] = round(in_main / len(campaign_of), 4)
        report["scale"]["campaign_precision"] = round(1 - foreign / total_main, 4) if total_main else None
        report["scale"]["clusters"] = len(cluster_members)
    finally:
        if not args.keep:
            await drop_database(args.database_url, name)
    return report


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database-url", default="postgresql+asyncpg://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--scale", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=200, help="the worker's batch (settings default: 200)")
    parser.add_argument(
        "--loop",
        choices=["none", "dedicated", "api"],
        default="none",
        help="at scale, cluster back to back (none), or through the worker's loop as `plandesk worker` "
        "(dedicated) or an API process (api) runs it: the catch-up time after a load",
    )
    parser.add_argument(
        "--feed-rate",
        type=float,
        default=0,
        help="at scale, write the submissions at this many a second under a `plandesk worker` process "
        "and time its catch-up after the last (bench/clusters_feed.py); --scale / --feed-rate is the load's length",
    )
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--show-errors", type=int, default=15)
    parser.add_argument(
        "--dedup-from",
        help="cluster with another version of consultations/clustering/dedup.py (e.g. `git show <commit>:backend/"
        "plandesk/consultations/clustering/dedup.py > /tmp/old.py`), to measure before and after on one machine state",
    )
    args = parser.parse_args()
    if args.dedup_from:
        global dedup
        spec = importlib.util.spec_from_file_location(
            "plandesk.consultations.dedup_under_test", args.dedup_from
        )
        assert spec and spec.loader
        dedup = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = dedup  # dataclasses look their module up
        spec.loader.exec_module(dedup)
    report = asyncio.run(run(args))
    report["dedup"] = args.dedup_from or "current"
    report["scale_requested"] = args.scale
    for where in ("alone", "scale"):
        r = report[where]
        errors = r.pop("errors")
        print(f"== {where}: " + json.dumps({k: v for k, v in r.items()}, ensure_ascii=False))
        for e in errors[: args.show_errors]:
            print("   ", e)
    out = BENCH / "results"
    out.mkdir(exist_ok=True)
    path = out / f"clusters-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(report, ensure_ascii=False, indent=1))
    print(f"written {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
