"""schemathesis.toml accepts a refusal of schema-valid requests only where the operation
documents it (backend/plandesk/core/refusals.py), and only those statuses (issue #16, item 5)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from plandesk.core.refusals import REFUSALS

ROOT = Path(__file__).resolve().parents[1]
BASE = {"2xx", "3xx", "401", "403", "404", "409", "412", "429"}


def _config() -> dict[str, Any]:
    return tomllib.loads((ROOT / "schemathesis.toml").read_text(encoding="utf-8"))


def test_the_global_positive_statuses_hold_no_refusal() -> None:
    assert set(_config()["checks"]["positive_data_acceptance"]["expected-statuses"]) == BASE


def test_each_accepted_refusal_is_documented_on_its_operation(app) -> None:  # type: ignore[no-untyped-def]
    document = app.openapi()
    by_id = {
        op["operationId"]: (f"{method.upper()} {path}", op)
        for path, ops in document["paths"].items()
        for method, op in ops.items()
    }
    configured: dict[str, set[int]] = {}
    for block in _config()["operations"]:
        extra = set(block["checks"]["positive_data_acceptance"]["expected-statuses"]) - BASE
        assert extra, block
        for op_id in block["include-operation-id"]:
            configured.setdefault(op_id, set()).update(int(s) for s in extra)
    documented = {by_id[op_id][0]: statuses for op_id, statuses in configured.items()}
    assert documented == {key: set(texts) for key, texts in REFUSALS.items()}
    for op_id, statuses in configured.items():
        key, op = by_id[op_id]
        for status in statuses:
            assert op["responses"][str(status)]["description"] == REFUSALS[key][status]
