"""The bench database: created, seeded with an open consultation, optionally poisoned."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
import uuid
from typing import Any

import asyncpg

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


def sqlite_path(url: str) -> str:
    return url.split(":///", 1)[1]


async def install_poison_trigger(url: str) -> None:
    """Make the database refuse bodies carrying " POISON": a failure at the database itself,
    inside the group commits, for the poisoned-submissions run."""
    if url.startswith("sqlite"):
        db = sqlite3.connect(sqlite_path(url))
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
