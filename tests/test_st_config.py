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


def test_a_text_parameter_keeps_its_own_pattern_in_the_document(app) -> None:  # type: ignore[no-untyped-def]
    """``Annotated[CleanText, Query(pattern=…)]`` checked the pattern but left it out of the
    document: the contract run sent ``sort={J`` as valid data and got 422 (ST202)."""
    document = app.openapi()

    def param(path: str, method: str, name: str) -> dict[str, Any]:
        params = document["paths"][path][method]["parameters"]
        return next(p["schema"] for p in params if p["name"] == name)

    assert param("/api/v1/consultations/{consultation_id}/feedback", "get", "sort")["pattern"] == (
        "^-?submitted_at$"
    )
    assert param("/api/v1/public/feedback/{receipt}", "get", "receipt")["pattern"] == "^[A-Za-z0-9_-]+$"
    form = document["components"]["schemas"]["Body_issueToken"]["properties"]["grant_type"]
    assert form["pattern"] == "^(password|refresh_token|client_credentials)$"


def test_a_webhook_url_is_documented_as_https(app) -> None:  # type: ignore[no-untyped-def]
    """Without it, generated "http://…" URLs were schema-valid and refused (422, ST202)."""
    import re

    schemas = app.openapi()["components"]["schemas"]
    for name in ("EndpointCreate", "EndpointUpdate"):
        url = schemas[name]["properties"]["url"]
        (pattern,) = [p["pattern"] for p in url["allOf"]]
        assert re.match(pattern, "https://hooks.example.org/x") and re.match(pattern, "HTTPS://h.example/x")
        assert not re.match(pattern, "http://hooks.example.org/x")


def test_opening_a_report_again_documents_its_200(app) -> None:  # type: ignore[no-untyped-def]
    """The second POST answers 200 with the existing report: undocumented, it was ST103."""
    op = app.openapi()["paths"]["/api/v1/reporting-periods/{period_id}/reports"]["post"]
    assert {"200", "201"} <= op["responses"].keys()
