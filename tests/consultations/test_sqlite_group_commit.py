"""Feedback bursts on SQLite share commits (issue #15, item 6).

The embedded default writes feedback the way PostgreSQL does: the submissions that
arrive while a write is in flight share the next transaction — one WAL sync for the
group, with ``synchronous=FULL`` so an acknowledged submission survives a power cut —
and anything going wrong in a group is written again row by row. (That a poisoned row
fails alone, on both databases, is tests/consultations/test_poisoned_submissions.py.)
"""

from __future__ import annotations

import asyncio
import sqlite3
from dataclasses import replace

import pytest
from sqlalchemy import text

from plandesk.consultations.submissions.feedback_writer_sqlite import SQLiteFeedbackWriter
from plandesk.consultations.submissions.submissions import _INSERT_COLUMNS
from tests.consultations.factories import submit
from tests.consultations.test_poisoned_submissions import POISON_REFUSED, poison_trigger  # noqa: F401


@pytest.fixture
def sqlite_only(settings) -> None:
    if not settings.is_sqlite:
        pytest.skip("the SQLite group writer")


def _path(settings) -> str:
    return settings.database_url.split(":///", 1)[1]


async def test_the_database_syncs_every_commit(app, sqlite_only) -> None:
    async with app.state.engine.connect() as conn:
        assert (await conn.execute(text("PRAGMA synchronous"))).scalar() == 2  # FULL


def test_the_writers_own_connection_syncs_every_commit_and_leaves_checkpoints_to_its_thread(
    app, sqlite_only
) -> None:
    writer = SQLiteFeedbackWriter(app.state.engine, _INSERT_COLUMNS)
    db = writer._connect()
    try:
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
        assert db.isolation_level is None  # explicit BEGIN IMMEDIATE … COMMIT
    finally:
        db.close()


async def _writer(app, client, consult, officer):  # type: ignore[no-untyped-def]
    """A consultation with one submission, and the app's writer (made on the first one)."""
    c = await consult.consultation()
    assert (await submit(client, c.id, officer.headers)).status_code == 201
    return c, app.state.feedback_writer


async def test_a_burst_shares_commits_and_every_acknowledged_submission_is_on_disk(
    client, consult, factory, app, settings, sqlite_only
) -> None:
    officer = await factory.actor("unit_officer")
    c, writer = await _writer(app, client, consult, officer)
    before = replace(writer.stats, group_sizes=[])
    answers = await asyncio.gather(
        *(submit(client, c.id, officer.headers, body=f"Ý kiến số {i} về trường học") for i in range(30))
    )
    assert [r.status_code for r in answers] == [201] * 30
    # Every group went through in one transaction (a commit each), none fell back.
    commits = writer.stats.commits - before.commits
    groups = writer.stats.group_sizes[-(writer.stats.groups - before.groups) :]
    assert sum(groups) == 30 and commits == len(groups) < 30 and max(groups) > 1, groups
    assert writer.stats.fallbacks == before.fallbacks
    # Acknowledged means committed: another connection (another process) reads every row.
    db = sqlite3.connect(_path(settings))
    try:
        stored = {r[0] for r in db.execute("SELECT id FROM feedback_submissions")}
        events = db.execute("SELECT count(*) FROM events WHERE type = 'feedback.submitted'").fetchone()[0]
        queued = db.execute("SELECT count(*) FROM feedback_clustering_queue").fetchone()[0]
    finally:
        db.close()
    ids = {r.json()["id"].replace("-", "") for r in answers}
    assert ids <= stored
    assert events == 31 and queued == 31


async def test_the_same_text_twice_in_a_group_is_flagged_as_a_duplicate(
    client, consult, factory, app, settings, sqlite_only
) -> None:
    c = await consult.consultation()
    officer = await factory.actor("unit_officer")
    answers = await asyncio.gather(
        *(submit(client, c.id, officer.headers, body="Cần thêm trạm y tế ở xã Ea Súp.") for _ in range(6))
    )
    assert [r.status_code for r in answers] == [201] * 6
    db = sqlite3.connect(_path(settings))
    try:
        rows = db.execute("SELECT id, duplicate_of FROM feedback_submissions").fetchall()
    finally:
        db.close()
    originals = [r for r in rows if r[1] is None]
    assert len(originals) == 1
    assert all(r[1] == originals[0][0] for r in rows if r[1] is not None)


async def test_one_key_sent_concurrently_is_stored_once_and_replayed(
    client, consult, factory, app, settings, sqlite_only
) -> None:
    c = await consult.consultation()
    officer = await factory.actor("unit_officer")
    headers = {**officer.headers, "Idempotency-Key": "burst-key-1"}
    answers = await asyncio.gather(
        *(submit(client, c.id, headers, body="Đề nghị bổ sung chỉ tiêu che phủ rừng.") for _ in range(5))
    )
    assert {r.status_code for r in answers} <= {201, 409}
    ok = [r for r in answers if r.status_code == 201]
    assert ok and len({r.json()["id"] for r in ok}) == 1
    db = sqlite3.connect(_path(settings))
    try:
        assert db.execute("SELECT count(*) FROM feedback_submissions").fetchone()[0] == 1
    finally:
        db.close()


@pytest.mark.usefixtures("poison_trigger")
async def test_a_poisoned_row_fails_alone_and_its_group_still_shares_one_commit(
    client, consult, factory, app, settings, sqlite_only
) -> None:
    officer = await factory.actor("unit_officer")
    c, writer = await _writer(app, client, consult, officer)
    before = replace(writer.stats, group_sizes=[])
    answers = await asyncio.gather(
        *(
            submit(client, c.id, officer.headers, body=f"Ý kiến {i} POISON" if i % 5 == 0 else f"Ý kiến {i}")
            for i in range(20)
        )
    )
    statuses = {i: r.status_code for i, r in enumerate(answers)}
    assert {i: s for i, s in statuses.items() if i % 5} == {i: 201 for i in range(20) if i % 5}
    assert all(statuses[i] in POISON_REFUSED for i in range(0, 20, 5))
    # Row by row would be 16 commits (one per innocent row): savepoints keep them together.
    assert writer.stats.fallbacks > before.fallbacks
    assert writer.stats.commits - before.commits < 16
    assert writer.stats.rows - before.rows == 16
    db = sqlite3.connect(_path(settings))
    try:
        assert db.execute("SELECT count(*) FROM feedback_submissions").fetchone()[0] == 17
    finally:
        db.close()
