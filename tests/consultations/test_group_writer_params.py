"""The PostgreSQL group statement's parameters: the group as JSON (feedback_writer._args).

What the group statement receives is checked here without a database; that the statement
stores what it receives is checked through the API on PostgreSQL (test_submission,
test_poisoned_submissions)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import orjson
import pytest

from plandesk.consultations.submissions.feedback_writer import (
    FeedbackWriter,
    UnencodableRow,
    _json_value,
    _Pending,
)


class DriverUUID(uuid.UUID):
    """As asyncpg returns ids read back: a UUID that is not exactly ``uuid.UUID``."""


def _pending(consultation_id: uuid.UUID, body_hash: str, claim: bool = True) -> _Pending:
    p = _Pending.__new__(_Pending)
    sid = uuid.uuid4()
    now = dt.datetime(2026, 11, 30, 1, 2, 3, 456789, tzinfo=dt.UTC)
    p.row = {
        "id": sid,
        "consultation_id": consultation_id,
        "body_hash": body_hash,
        "submitted_at": now,
        "submitted_on": now.date(),
        "version": 1,
        "name": None,
    }
    p.claim = {"id": uuid.uuid4(), "scope": "s", "key": "k", "response": {"id": str(sid)}} if claim else None
    return p


def _writer() -> FeedbackWriter:
    writer = FeedbackWriter.__new__(FeedbackWriter)
    writer.columns = ["id", "consultation_id", "body_hash", "submitted_at", "submitted_on", "version", "name"]
    return writer


def test_the_group_is_two_json_documents_with_each_value_in_its_column() -> None:
    consultation = DriverUUID(str(uuid.uuid4()))
    group = [
        _pending(consultation, "a"),
        _pending(consultation, "a", claim=False),
        _pending(consultation, "b"),
    ]
    rows_json, claims_json = _writer()._args(group)
    rows: list[dict[str, Any]] = orjson.loads(rows_json)
    claims: list[dict[str, Any]] = orjson.loads(claims_json)
    assert [r["id"] for r in rows] == [str(p.row["id"]) for p in group]
    assert rows[0]["consultation_id"] == str(consultation)
    assert rows[0]["submitted_at"] == "2026-11-30T01:02:03.456789+00:00"
    assert rows[0]["submitted_on"] == "2026-11-30"
    assert rows[0]["name"] is None
    # The second of the same text points at the first of the group; the others at nothing.
    assert [r["same_text_in_group"] for r in rows] == [None, str(group[0].row["id"]), None]
    # Only the keyed rows claim a key, each naming its own submission; the response stays a document.
    assert [c["submission_id"] for c in claims] == [str(group[0].row["id"]), str(group[2].row["id"])]
    assert claims[0]["response"] == {"id": str(group[0].row["id"])}


def test_a_value_that_is_not_a_column_value_is_refused_not_written_as_text() -> None:
    assert _json_value(DriverUUID(int=5)) == str(uuid.UUID(int=5))
    with pytest.raises(TypeError, match="not a column value"):
        _json_value(object())
    for unencodable in ({1, 2}, "lone \ud800 surrogate"):
        p = _pending(uuid.uuid4(), "a")
        p.row["name"] = unencodable
        with pytest.raises(UnencodableRow):
            _writer()._args([p])
