"""Feedback at scale: submission throughput, then synthesis and export over a million rows.

Runs against PostgreSQL with the server as users run it (``plandesk serve --workers 2``,
uvicorn), drives it with ``wrk`` (a separate C process; ``apt-get install -y wrk``) and
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
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import hashlib
import json
import os
import random
import secrets
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import asyncpg
import httpx

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "backend"))

from plandesk.consultations.dedup import body_hash  # noqa: E402
from plandesk.core import migrations  # noqa: E402
from plandesk.core.config import Settings  # noqa: E402
from plandesk.core.security import create_access_token  # noqa: E402
from plandesk.core.text import fold  # noqa: E402

SECTIONS = [
    ("I", "Kết quả thực hiện Nghị quyết nhiệm kỳ 2015 - 2020", "Kinh tế của tỉnh tăng trưởng khá. " * 20),
    ("II", "Bối cảnh, mục tiêu, phương hướng nhiệm kỳ 2020 - 2025", "Phát triển nhanh và bền vững. " * 20),
    ("III", "Nhiệm vụ, giải pháp chủ yếu", "Đẩy mạnh cải cách hành chính, chuyển đổi số. " * 20),
    ("IV", "Xây dựng Đảng và hệ thống chính trị", "Nâng cao năng lực lãnh đạo, sức chiến đấu. " * 20),
    ("V", "Tổ chức thực hiện", "Các cấp ủy xây dựng chương trình hành động. " * 20),
]
TEXTS = [
    "Đề nghị dự thảo bổ sung nội dung phát triển nông nghiệp công nghệ cao, chế biến sâu cà phê, hồ tiêu.",
    "Cần làm rõ trách nhiệm người đứng đầu trong phòng, chống tham nhũng, lãng phí; tăng cường giám sát.",
    "Dự thảo nên đánh giá sâu hơn chất lượng giáo dục, đào tạo nguồn nhân lực, chính sách thu hút nhân tài.",
    "Đề nghị quan tâm hơn đến đời sống đồng bào dân tộc thiểu số vùng sâu, vùng xa: giao thông, trường học.",
    "Nhất trí với phương hướng, nhiệm vụ; đề nghị bổ sung giải pháp chuyển đổi số trong cải cách hành chính.",
    "Cần có cơ chế bảo vệ cán bộ dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung.",
    "Đề nghị tăng đầu tư cho y tế cơ sở, nhất là trạm y tế xã và đội ngũ bác sĩ tuyến huyện.",
    "Nên bổ sung chỉ tiêu về tỷ lệ che phủ rừng và giải pháp chống sạt lở, hạn hán ở Tây Nguyên.",
]
GROUPS = ["citizen"] * 6 + ["expert", "veteran", "party_member", "organisation", "unit", "other"]
CHANNELS = ["web"] * 4 + ["mobile"] * 4 + ["meeting", "letter", "phone"]
ANSWERS = [
    ("accepted", "Ban soạn thảo tiếp thu, bổ sung vào dự thảo."),
    ("partially_accepted", "Tiếp thu một phần; nội dung còn lại đã có trong mục III."),
    ("not_accepted", "Nội dung không thuộc phạm vi của văn kiện."),
]


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def pg_dsn(url: str) -> str:
    return url.replace("postgresql+asyncpg://", "postgresql://")


async def create_database(base: str, name: str) -> str:
    conn = await asyncpg.connect(pg_dsn(base))
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    return base.rsplit("/", 1)[0] + f"/{name}"


async def drop_database(base: str, name: str) -> None:
    conn = await asyncpg.connect(pg_dsn(base))
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


async def seed(url: str) -> dict[str, Any]:
    """Users, a document and three open consultations (warm-up, load, one million), by SQL."""
    conn = await asyncpg.connect(pg_dsn(url))
    now = dt.datetime.now(dt.UTC)
    ids: dict[str, Any] = {"unit": uuid.uuid4(), "document": uuid.uuid4(), "version": uuid.uuid4()}
    try:
        await conn.execute(
            "INSERT INTO units (id, name, name_folded, kind, active, version, created_at, updated_at) VALUES "
            "($1, 'Ban Tuyên giáo Tỉnh ủy', 'ban tuyen giao tinh uy', 'party_committee', true, 1, $2, $2)",
            ids["unit"],
            now,
        )
        for role in ("viewer", "moderator"):
            ids[role] = uuid.uuid4()
            await conn.execute(
                "INSERT INTO users (id, email, full_name, role, active, password_hash, auth_version, "
                "version, created_at, updated_at) VALUES ($1, $2, $3, $4, true, 'x', 1, 1, $5, $5)",
                ids[role],
                f"{role}@bench.test",
                role,
                role,
                now,
            )
        await conn.execute(
            "INSERT INTO draft_documents (id, title, title_folded, status, current_version, version, "
            "created_at, updated_at) VALUES ($1, 'Dự thảo Báo cáo chính trị', 'du thao bao cao chinh tri', "
            "'published', 1, 1, $2, $2)",
            ids["document"],
            now,
        )
        await conn.execute(
            "INSERT INTO document_versions (id, document_id, number, changes, created_at) "
            "VALUES ($1, $2, 1, '{}', $3)",
            ids["version"],
            ids["document"],
            now,
        )
        ids["sections"] = []
        for position, (number, heading, text) in enumerate(SECTIONS):
            sid = uuid.uuid4()
            ids["sections"].append(sid)
            await conn.execute(
                "INSERT INTO document_sections (id, version_id, section_id, position, number, heading, text) "
                "VALUES ($1, $2, $3, $4, $5, $6, $7)",
                uuid.uuid4(),
                ids["version"],
                sid,
                position,
                number,
                heading,
                text.strip(),
            )
        for name in ("warmup", "load", "million"):
            ids[name] = uuid.uuid4()
            await conn.execute(
                "INSERT INTO consultations (id, document_id, document_version_id, title, title_folded, "
                "audiences, opens_at, closes_at, lead_unit_id, status, version, created_at, updated_at) "
                "VALUES ($1, $2, $3, $4, $4, '[]', $5, $6, $7, 'open', 1, $8, $8)",
                ids[name],
                ids["document"],
                ids["version"],
                f"bench {name}",
                now - dt.timedelta(days=60),
                now + dt.timedelta(days=30),
                ids["unit"],
                now,
            )
    finally:
        await conn.close()
    return ids


async def seed_sqlite(url: str) -> dict[str, Any]:
    """The same users, document and consultations as bench/feedback.py's seed, on SQLite."""
    import datetime as dt

    from sqlalchemy import text
    from sqlalchemy.ext.asyncio import create_async_engine

    engine = create_async_engine(url)
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    ids: dict[str, Any] = {"unit": uuid.uuid4(), "document": uuid.uuid4(), "version": uuid.uuid4()}
    async with engine.begin() as conn:
        await conn.execute(
            text(
                "INSERT INTO units (id, name, name_folded, kind, active, version, created_at, updated_at) "
                "VALUES (:id, 'Ban Tuyên giáo', 'ban tuyen giao', 'party_committee', 1, 1, :now, :now)"
            ),
            {"id": ids["unit"].hex, "now": now},
        )
        await conn.execute(
            text(
                "INSERT INTO draft_documents (id, title, title_folded, status, current_version, version, "
                "created_at, updated_at) VALUES (:id, 'Dự thảo', 'du thao', 'published', 1, 1, :now, :now)"
            ),
            {"id": ids["document"].hex, "now": now},
        )
        await conn.execute(
            text(
                "INSERT INTO document_versions (id, document_id, number, changes, created_at) "
                "VALUES (:id, :doc, 1, '{}', :now)"
            ),
            {"id": ids["version"].hex, "doc": ids["document"].hex, "now": now},
        )
        for name in ("warmup", "load", "million"):
            ids[name] = uuid.uuid4()
            await conn.execute(
                text(
                    "INSERT INTO consultations (id, document_id, document_version_id, title, title_folded, "
                    "audiences, opens_at, closes_at, lead_unit_id, status, version, created_at, updated_at) "
                    "VALUES (:id, :doc, :ver, :t, :t, '[]', :opens, :closes, :unit, 'open', 1, :now, :now)"
                ),
                {
                    "id": ids[name].hex,
                    "doc": ids["document"].hex,
                    "ver": ids["version"].hex,
                    "t": f"bench {name}",
                    "opens": now - dt.timedelta(days=60),
                    "closes": now + dt.timedelta(days=30),
                    "unit": ids["unit"].hex,
                    "now": now,
                },
            )
    await engine.dispose()
    return ids


def start_server(url: str, secret: str, port: int, workers: int, logfile: Path) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "PLANDESK_DATABASE_URL": url,
        "PLANDESK_SECRET_KEY": secret,
        "PLANDESK_SERVE_FRONTEND": "false",
        "PLANDESK_ENV": "production",
        # The bench hammers from one address: lift the anonymous per-address limit.
        "PLANDESK_FEEDBACK_RATE_LIMIT": "1000000000",
    }
    out = open(logfile, "wb")
    cmd = [str(ROOT / ".venv/bin/plandesk"), "serve", "--host", "127.0.0.1", "--port", str(port)]
    return subprocess.Popen([*cmd, "--workers", str(workers)], env=env, stdout=out, stderr=out, cwd=ROOT)


def wait_ready(base: str, timeout: float = 240) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise RuntimeError("the server did not become ready")


def worker_pids(parent: int) -> list[int]:
    pids: list[int] = []
    for task in Path(f"/proc/{parent}/task").iterdir():
        children = (task / "children").read_text().split()
        pids += [int(p) for p in children]
    # uvicorn's supervisor may spawn through a multiprocessing helper: keep the python workers.
    out = []
    for pid in pids:
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except FileNotFoundError:
            continue
        if b"multiprocessing.resource_tracker" not in cmdline:
            out.append(pid)
    return out


def cpu_ticks(pid: int) -> int:
    """utime + stime of ``pid`` (clock ticks), 0 once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return 0
    return int(fields[11]) + int(fields[12])


def database_backends(url: str) -> list[int]:
    """The PostgreSQL backends serving the bench database (none on SQLite)."""
    if url.startswith("sqlite"):
        return []

    async def pids() -> list[int]:
        conn = await asyncpg.connect(pg_dsn(url))
        try:
            rows = await conn.fetch(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        finally:
            await conn.close()
        return [r["pid"] for r in rows]

    return asyncio.run(pids())


class CpuMeter:
    """CPU time of the server's processes and of the database backends over a phase: a
    figure the machine's other load does not skew the way req/s and latencies are."""

    def __init__(self, server_pid: int, url: str) -> None:
        self.pids = [server_pid, *worker_pids(server_pid)]
        self.url = url
        self.hz = os.sysconf("SC_CLK_TCK")

    def __enter__(self) -> CpuMeter:
        self.backends = database_backends(self.url)
        self.server0 = sum(cpu_ticks(p) for p in self.pids)
        self.db0 = {p: cpu_ticks(p) for p in self.backends}
        return self

    def __exit__(self, *exc: object) -> None:
        self.server = (sum(cpu_ticks(p) for p in self.pids) - self.server0) / self.hz
        # Backends that came and went during the phase are not counted (the pool keeps them).
        self.db = sum(max(0, cpu_ticks(p) - t) for p, t in self.db0.items()) / self.hz

    def per(self, n: int) -> dict[str, float]:
        n = max(n, 1)
        return {
            "server_cpu_us_per_op": round(self.server / n * 1e6, 1),
            "db_cpu_us_per_op": round(self.db / n * 1e6, 1),
        }


def rss_kib(pid: int, field: str = "VmRSS") -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


WRK_TIMEOUT = "10s"  # --client-timeout: issue #15 counts time-outs at 2 s


def wrk(url: str, script: Path, duration: int, connections: int, threads: int, *args: str) -> dict[str, Any]:
    cmd = [
        "wrk",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{duration}s",
        "--timeout",
        WRK_TIMEOUT,
        "-s",
        str(script),
        url,
    ]
    if args:
        cmd += ["--", *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=True)
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            result: dict[str, Any] = json.loads(line[7:])
            return result
    raise RuntimeError(f"wrk printed no result:\n{proc.stdout}\n{proc.stderr}")


async def install_poison_trigger(url: str) -> None:
    """Make the database refuse bodies carrying " POISON": a failure at the database itself,
    inside the group commits, for the poisoned-submissions run."""
    if url.startswith("sqlite"):
        db = sqlite3.connect(_sqlite_path(url))
        try:
            db.execute(
                "CREATE TRIGGER refuse_poison BEFORE INSERT ON feedback_submissions "
                "WHEN NEW.body LIKE '% POISON %' BEGIN SELECT RAISE(ABORT, 'poisoned row'); END"
            )
            db.commit()
        finally:
            db.close()
        return
    conn = await asyncpg.connect(pg_dsn(url))
    try:
        await conn.execute(
            "CREATE FUNCTION refuse_poison() RETURNS trigger AS $$ BEGIN "
            "IF NEW.body LIKE '% POISON %' THEN RAISE EXCEPTION 'poisoned row'; END IF; RETURN NEW; "
            "END $$ LANGUAGE plpgsql"
        )
        await conn.execute(
            "CREATE TRIGGER refuse_poison BEFORE INSERT ON feedback_submissions "
            "FOR EACH ROW EXECUTE FUNCTION refuse_poison()"
        )
    finally:
        await conn.close()


def summarise(result: dict[str, Any]) -> dict[str, Any]:
    seconds = result["duration_us"] / 1e6
    return {
        "requests": result["requests"],
        "acked": result["acked"],
        "per_second": round(result["acked"] / seconds, 1),
        "p50_ms": round(result["p50_us"] / 1000, 2),
        "p95_ms": round(result["p95_us"] / 1000, 2),
        "p99_ms": round(result["p99_us"] / 1000, 2),
        "max_ms": round(result["max_us"] / 1000, 1),
        "refused": result["refused"],
        "server_errors": result["server_errors"],
        "socket_errors": result["socket_errors"],
        "timeouts": result.get("timeouts", 0),
    }


def _sqlite_path(url: str) -> str:
    return url.split(":///", 1)[1]


async def verify_rows(url: str, consultation: uuid.UUID, ids_prefix: Path, run: str) -> dict[str, Any]:
    """Every acknowledged id stored; one row per Idempotency-Key."""
    acked: set[uuid.UUID] = set()
    lines = 0
    for path in ids_prefix.parent.glob(ids_prefix.name + ".*"):
        for line in path.read_text().split():
            lines += 1
            acked.add(uuid.UUID(line))
    if url.startswith("sqlite"):
        db = sqlite3.connect(_sqlite_path(url))
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
            db = sqlite3.connect(_sqlite_path(url))
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
    args = parser.parse_args()
    global WRK_TIMEOUT
    WRK_TIMEOUT = f"{args.client_timeout:g}s"
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
    server = None
    try:
        log(f"database {name}: migrating")
        migrations.upgrade(url)
        ids = asyncio.run(seed_sqlite(url) if sqlite else seed(url))
        server = start_server(url, secret, args.port, args.workers, workdir / "server.log")
        try:
            wait_ready(base)
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
        with CpuMeter(server.pid, url) as cpu:
            healthz = wrk(
                f"{base}/healthz",
                BENCH / "healthz.lua",
                args.healthz_duration,
                args.concurrency,
                args.wrk_threads,
            )
        report["healthz"] = {**summarise(healthz), **cpu.per(healthz["requests"])}
        log(f"  {report['healthz']}")
        report["loadavg_before_load"] = [round(x, 2) for x in os.getloadavg()]
        log(f"POST feedback for {args.duration} s (load average {report['loadavg_before_load']})")
        run = f"r{int(time.time())}"
        poison_every = round(100 / args.poison_percent) if args.poison_percent else 0
        if poison_every:
            asyncio.run(install_poison_trigger(url))
        with CpuMeter(server.pid, url) as cpu:
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
            )
        # Server CPU includes the in-process near-duplicate worker (and, on SQLite, the jobs
        # and outbox relay the API process runs itself) working through what the load queued.
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
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
        if not args.keep and not sqlite:
            asyncio.run(drop_database(args.database_url, name))
        shutil.rmtree(workdir, ignore_errors=True)
    results = BENCH / "results"
    results.mkdir(exist_ok=True)
    out = results / f"feedback-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False, default=str))
    print(json.dumps(report, indent=2, ensure_ascii=False, default=str))
    print(f"\nwritten to {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
