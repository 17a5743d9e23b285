"""The contract run's hooks (tests/contract/st_hooks.py) touch positive cases only, and as documented."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import schemathesis
from requests.structures import CaseInsensitiveDict
from schemathesis import GenerationMode

from tests.contract import st_hooks

# Importing the hooks registers them for every schemathesis run of this process (`make
# contract`'s own run collects this module too): only the functions are under test here.
schemathesis.hooks.unregister(st_hooks.map_case)
schemathesis.hooks.unregister(st_hooks.filter_case)


def _case(mode: GenerationMode, path: str, **kw: Any) -> Any:
    meta = SimpleNamespace(generation=SimpleNamespace(mode=mode))
    fields = {"headers": None, "query": None, "path_parameters": None, "body": None} | kw
    return SimpleNamespace(meta=meta, operation=SimpleNamespace(path=path), **fields)


def test_a_positive_case_gets_a_fresh_idempotency_key_in_case_insensitive_headers() -> None:
    keys = set()
    for _ in range(3):
        headers = CaseInsensitiveDict({"Idempotency-Key": "0"})
        case = st_hooks.map_case(None, _case(GenerationMode.POSITIVE, "/api/v1/x", headers=headers))
        keys.add(case.headers["Idempotency-Key"])
    assert len(keys) == 3 and "0" not in keys
    negative = _case(
        GenerationMode.NEGATIVE, "/api/v1/x", headers=CaseInsensitiveDict({"Idempotency-Key": "0"})
    )
    assert st_hooks.map_case(None, negative).headers["Idempotency-Key"] == "0"


def test_since_is_real_or_absent(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(st_hooks, "real_since", lambda: "issued")
    case = st_hooks.map_case(None, _case(GenerationMode.POSITIVE, "/api/v1/sync", query={"since": "x"}))
    assert case.query == {"since": "issued"}
    monkeypatch.setattr(st_hooks, "real_since", lambda: None)
    case = st_hooks.map_case(None, _case(GenerationMode.POSITIVE, "/api/v1/sync", query={"since": "x"}))
    assert case.query == {}


def test_a_null_path_id_or_a_huge_body_is_no_positive_case() -> None:
    assert not st_hooks.filter_case(
        None, _case(GenerationMode.POSITIVE, "/a/{id}", path_parameters={"id": None})
    )
    assert not st_hooks.filter_case(
        None, _case(GenerationMode.POSITIVE, "/a/{id}", path_parameters={"id": "{id}"})
    )
    assert st_hooks.filter_case(
        None, _case(GenerationMode.POSITIVE, "/a/{id}", path_parameters={"id": "3f2a"})
    )
    big = {"text": "x" * 1_100_000}
    assert not st_hooks.filter_case(None, _case(GenerationMode.POSITIVE, "/a", body=big))
    assert st_hooks.filter_case(None, _case(GenerationMode.NEGATIVE, "/a", body=big))


def test_the_runs_own_account_is_not_changed(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(st_hooks, "own_user_id", lambda: "me-id")

    def patch(user_id: str, mode: GenerationMode = GenerationMode.POSITIVE) -> Any:
        case = _case(mode, "/api/v1/users/{user_id}", path_parameters={"user_id": user_id})
        case.operation.method = "PATCH"
        return case

    assert not st_hooks.filter_case(None, patch("me-id"))
    assert st_hooks.filter_case(None, patch("someone-else"))
    assert st_hooks.filter_case(None, patch("me-id", GenerationMode.NEGATIVE))


def test_a_long_text_bound_is_not_folded_into_its_pattern() -> None:
    """Folded, ``maxLength: 100000`` became ``{0,100000}``: seconds to compile per field."""
    from schemathesis.specs.openapi import converter

    pattern = "^[^\\u0000-\\u0008]*$"
    long = {"type": "string", "pattern": pattern, "maxLength": 100_000}
    converter.update_pattern_in_schema(long)
    assert long == {"type": "string", "pattern": pattern, "maxLength": 100_000}
    short = {"type": "string", "pattern": pattern, "maxLength": 200}
    converter.update_pattern_in_schema(short)
    assert short["pattern"] != pattern and "200" in short["pattern"]
    st_hooks.keep_long_text_patterns()  # again: wraps the tool's own function, not itself
    assert converter.update_pattern_in_schema.__wrapped__.__module__ == converter.__name__
