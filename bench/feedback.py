"""Feedback at scale: submission throughput, then synthesis and export over a million rows.

Runs against PostgreSQL with the server as a deployment runs it (``plandesk serve --workers 2``,
uvicorn, and one ``plandesk worker`` for the jobs and the near-duplicate clustering;
``--db sqlite``: the embedded default, where the API processes do both), drives it with ``wrk`` (a separate C process; ``apt-get install -y wrk``) and
reports in the format of ``bench/README.md`` (## Feedback). Steps:

1. a fresh database, migrated; an open consultation; the server started;
2. ``/healthz`` at the same concurrency, as the ceiling of the HTTP stack;
3. ``POST /consultations/{id}/feedback`` at concurrency 20 for ``--duration`` seconds, anonymous,
   each request with a unique ``Idempotency-Key``; then the rows are counted: every acknowledged
   (201) submission must be stored, and no key stored twice;
4. how long the near-duplicate worker takes to catch up;
5. ``--rows`` submissions bulk-loaded with COPY into a second consultation (not through HTTP),
   then ``GET /synthesis`` timed, and a full CSV export timed while the server's memory is sampled.

    .venv/bin/python bench/feedback.py [--duration 60] [--rows 1000000] [--keep]
    .venv/bin/python bench/feedback.py --db sqlite --duration 20 --client-timeout 2

The parts live in ``bench/feedback_lib/``: ``database`` (the bench database, its seed, the
poison trigger), ``load`` (the server and worker processes, wrk, CPU time from ``/proc``, the
table), ``audit`` (lost and doubled submissions, the clustering backlog), ``scale`` (the
million-row load, synthesis and export timings).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import secrets
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "backend"))
sys.path.insert(0, str(BENCH))

from feedback_lib.audit import verify_rows, wait_clustered  # noqa: E402
from feedback_lib.database import (  # noqa: E402
    SECTIONS,
    TEXTS,
    create_database,
    drop_database,
    install_poison_trigger,
    log,
    pg_dsn,
    seed,
    seed_sqlite,
)
from feedback_lib.load import (  # noqa: E402
    CpuMeter,
    access_statuses,
    start_server,
    start_worker,
    stop,
    summarise,
    table,
    wait_ready,
    wrk,
)
from feedback_lib.scale import bulk_load, time_export, time_synthesis, token_for  # noqa: E402

from plandesk.core import migrations  # noqa: E402

# bench/clusters.py and bench/request_cpu.py set their databases up with these.
__all__ = ["SECTIONS", "TEXTS", "create_database", "drop_database", "pg_dsn", "seed", "seed_sqlite"]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", choices=["postgres", "sqlite"], default="postgres")
    parser.add_argument("--database-url", default="postgresql+asyncpg://postgres@127.0.0.1:5432/postgres")
    parser.add_argument(
        "--duration", type=int, default=60, help="seconds of feedback load (≥ 60 for the record)"
    )
    parser.add_argument("--healthz-duration", type=int, default=20)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--wrk-threads", type=int, default=2)
    parser.add_argument(
        "--poison-percent",
        type=float,
        default=0,
        help="share of submissions the database refuses (a trigger)",
    )
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes")
    parser.add_argument(
        "--rows", type=int, default=1_000_000, help="bulk-loaded submissions (0 skips the step)"
    )
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--keep", action="store_true", help="keep the bench database")
    parser.add_argument("--client-timeout", type=float, default=10, help="wrk's time-out, seconds")
    parser.add_argument(
        "--clustering-in-api",
        action="store_true",
        help="PostgreSQL: cluster in every API process and start no worker (the setting before "
        "PLANDESK_FEEDBACK_CLUSTERING_IN_API existed), for comparison",
    )
    args = parser.parse_args()
    if not shutil.which("wrk"):
        print("wrk is needed: apt-get install -y wrk", file=sys.stderr)
        return 2

    name = f"plandesk_bench_feedback_{int(time.time())}"
    workdir = Path(tempfile.mkdtemp(prefix="plandesk-bench-"))
    sqlite = args.db == "sqlite"
    if sqlite:
        # The embedded default: a file under the bench's directory, WAL, synchronous=FULL.
        url = f"sqlite+aiosqlite:///{workdir / 'bench.sqlite3'}"
        args.rows = 0  # the million-row step is PostgreSQL's (COPY)
    else:
        url = asyncio.run(create_database(args.database_url, name))
    secret = secrets.token_urlsafe(48)
    base = f"http://127.0.0.1:{args.port}"
    report: dict[str, Any] = {
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
        "server": f"plandesk serve --workers {args.workers} (uvicorn, {'SQLite' if sqlite else 'PostgreSQL'})",
        "load": f"wrk -t{args.wrk_threads} -c{args.concurrency}",
    }
    # As deployed: on PostgreSQL one `plandesk worker` runs the jobs and the near-duplicate
    # clustering (docs/deploy.md); on SQLite the API processes run both themselves.
    with_worker = not sqlite and not args.clustering_in_api
    report["worker"] = (
        "plandesk worker (jobs, clustering)" if with_worker else "none (jobs and clustering in the API)"
    )
    if args.clustering_in_api:
        os.environ["PLANDESK_FEEDBACK_CLUSTERING_IN_API"] = "true"
    server = worker = None
    try:
        log(f"database {name}: migrating")
        migrations.upgrade(url)
        ids = asyncio.run(seed_sqlite(url) if sqlite else seed(url))
        server = start_server(url, secret, args.port, args.workers, workdir / "server.log")
        if with_worker:
            worker = start_worker(url, secret, workdir / "worker.log")
        try:
            wait_ready(base, logfile=workdir / "server.log", workers=args.workers)
        except RuntimeError:
            print((workdir / "server.log").read_text()[-3000:], file=sys.stderr)
            raise
        log("server ready; warming up (5 s)")
        lua = BENCH / "feedback.lua"
        wrk(
            base,
            lua,
            5,
            args.concurrency,
            args.wrk_threads,
            f"/api/v1/consultations/{ids['warmup']}/feedback",
            "warm",
            str(workdir / "warm"),
        )
        log(f"/healthz for {args.healthz_duration} s")
        with CpuMeter(server.pid, url, worker.pid if worker else None) as cpu:
            healthz = wrk(
                f"{base}/healthz",
                BENCH / "healthz.lua",
                args.healthz_duration,
                args.concurrency,
                args.wrk_threads,
                timeout=args.client_timeout,
            )
        report["healthz"] = {**summarise(healthz), **cpu.per(healthz["requests"])}
        log(f"  {report['healthz']}")
        report["loadavg_before_load"] = [round(x, 2) for x in os.getloadavg()]
        log(f"POST feedback for {args.duration} s (load average {report['loadavg_before_load']})")
        run = f"r{int(time.time())}"
        poison_every = round(100 / args.poison_percent) if args.poison_percent else 0
        if poison_every:
            asyncio.run(install_poison_trigger(url))
        with CpuMeter(server.pid, url, worker.pid if worker else None) as cpu:
            result = wrk(
                base,
                lua,
                args.duration,
                args.concurrency,
                args.wrk_threads,
                f"/api/v1/consultations/{ids['load']}/feedback",
                run,
                str(workdir / "ids"),
                str(poison_every),
                timeout=args.client_timeout,
            )
        # On SQLite the server's CPU includes the near-duplicate clustering, the jobs and the
        # outbox relay the API processes run; on PostgreSQL the worker's column has them.
        report["feedback"] = {**summarise(result), **cpu.per(result["acked"])}
        if poison_every:
            # Every poisoned request fails (500); any other failure is an innocent one. Up to
            # `concurrency` poisoned requests may still be in flight when wrk stops.
            failed = result["requests"] - result["acked"]
            report["poison"] = {
                "percent": args.poison_percent,
                "poisoned_sent": result["poisoned_sent"],
                "failed_answers": failed,
                "innocent_failures_at_most": max(0, failed - result["poisoned_sent"]),
            }
        # Other tenants of the machine show up here: the run itself accounts for about 2.
        report["loadavg_after_load"] = [round(x, 2) for x in os.getloadavg()]
        log(f"  {report['feedback']}")
        if result["refused"]:
            report["refused_statuses"] = access_statuses(workdir / "server.log")
            log(f"  answers other than 201, from the access log: {report['refused_statuses']}")
        report["rows"] = asyncio.run(verify_rows(url, ids["load"], workdir / "ids", run))
        log(f"  rows: {report['rows']}")
        report["clustering_catch_up_s"] = round(asyncio.run(wait_clustered(url)), 1)
        log(f"  near-duplicate clustering caught up {report['clustering_catch_up_s']} s after the load")
        if args.rows:
            log(f"bulk-loading {args.rows:,} submissions with COPY")
            report["bulk_load"] = asyncio.run(bulk_load(url, ids, args.rows))
            log(f"  {report['bulk_load']}")
            viewer = token_for(secret, ids["viewer"], "viewer")
            report["synthesis"] = time_synthesis(base, viewer, ids["million"])
            log(f"  synthesis: {report['synthesis']}")
            moderator = token_for(secret, ids["moderator"], "moderator")
            report["csv_export"] = time_export(base, moderator, ids["million"], server.pid)
            log(f"  CSV export: {report['csv_export']}")
    finally:
        stop(worker)
        stop(server)
        if not args.keep and not sqlite:
            asyncio.run(drop_database(args.database_url, name))
        shutil.rmtree(workdir, ignore_errors=True)
    results = BENCH / "results"
    results.mkdir(exist_ok=True)
    out = results / f"feedback-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False, default=str))
    print(json.dumps(report, indent=2, ensure_ascii=False, default=str))
    print(f"\n{report['server']}; worker: {report['worker']}; {report['load']}\n")
    print(table(report))
    print(f"\nwritten to {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
