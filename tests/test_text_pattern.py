"""The OpenAPI document says what the text validators refuse (issue #16, item 5).

``CleanText``/``NameText`` carry a JSON-schema ``pattern`` that accepts exactly what
``clean_text``/``clean_name`` accept, so a schema-valid request is never refused for its
characters (schemathesis ST202) and a generator never sends a control character as
valid data.
"""

from __future__ import annotations

import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, Field

from plandesk.core.text import (
    CLEAN_TEXT_MARK,
    NAME_PATTERN,
    TEXT_PATTERN,
    CleanText,
    NameText,
    clean_name,
    clean_text,
)

_TEXT = re.compile(TEXT_PATTERN)
_NAME = re.compile(NAME_PATTERN)


def _accepts(check: Any, text: str) -> bool:
    try:
        check(text)
    except ValueError:
        return False
    return True


def _surrogate(text: str) -> bool:
    return any(0xD800 <= ord(c) <= 0xDFFF for c in text)


def test_each_code_point_alone_and_beside_a_letter() -> None:
    for cp in range(0x110000):
        ch = chr(cp)
        for text in (ch, "a" + ch, ch + " "):
            if _surrogate(text):
                # The one documented difference (core/text.py): refused, not in the pattern.
                assert not _accepts(clean_text, text) and not _accepts(clean_name, text), hex(cp)
                continue
            assert _accepts(clean_text, text) == bool(_TEXT.fullmatch(text)), hex(cp)
            assert _accepts(clean_name, text) == bool(_NAME.fullmatch(text)), hex(cp)


# Mixed strings: the characters either rule treats specially, and any others.
_SPECIAL = st.sampled_from(
    [
        "\x00",
        "\x07",
        "\t",
        "\n",
        "\r",
        "\x1f",
        " ",
        "\x7f",
        "\x85",
        "\xa0",
        "\u200b",
        "\u202e",
        "\u2028",
        "\u3000",
        "\ufeff",
        "\ud800",
        "\udfff",
        "\ufffe",
        "a",
        "Đ",
        "\u0301",
    ]
)
_MIXED = st.lists(st.one_of(_SPECIAL, st.characters()), max_size=8).map("".join)


@settings(max_examples=500, deadline=None)
@given(_MIXED)
def test_the_patterns_accept_what_the_validators_accept(text: str) -> None:
    if _surrogate(text):
        assert not _accepts(clean_text, text) and not _accepts(clean_name, text)
        return
    assert _accepts(clean_text, text) == bool(_TEXT.fullmatch(text))
    assert _accepts(clean_name, text) == bool(_NAME.fullmatch(text))


class _Body(BaseModel):
    note: CleanText | None = None
    name: NameText = Field(max_length=20)
    tags: list[CleanText] = []


def test_the_pattern_is_in_the_schema_of_bodies() -> None:
    props = _Body.model_json_schema()["properties"]
    assert props["note"]["anyOf"][0]["pattern"] == TEXT_PATTERN
    assert props["name"]["pattern"] == NAME_PATTERN
    assert props["name"]["maxLength"] == 20
    assert props["tags"]["items"]["pattern"] == TEXT_PATTERN


def test_every_marked_input_of_the_api_carries_its_pattern(app) -> None:  # type: ignore[no-untyped-def]
    """Bodies, query, path, header and form parameters alike."""
    document = app.openapi()
    missing: list[str] = []

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            kind = node.get(CLEAN_TEXT_MARK)
            if kind in ("text", "name") and node.get("type") == "string":
                want = TEXT_PATTERN if kind == "text" else NAME_PATTERN
                if want not in (node.get("pattern"), *(s.get("pattern") for s in node.get("allOf", []))):
                    missing.append(where)
            for key, sub in node.items():
                walk(sub, f"{where}/{key}")
        elif isinstance(node, list):
            for i, sub in enumerate(node):
                walk(sub, f"{where}/{i}")

    walk(document, "")
    assert missing == []
    params = [
        p
        for ops in document["paths"].values()
        for op in ops.values()
        for p in op.get("parameters", [])
        if p["in"] == "query" and p["schema"].get(CLEAN_TEXT_MARK) == "text"
    ]
    assert params, "no query parameter of checked text: the walk would prove nothing"


def test_schemathesis_generates_only_accepted_text() -> None:
    """The generator an outside team runs honours the patterns together with maxLength."""
    import schemathesis
    from hypothesis import HealthCheck

    body = {
        "type": "object",
        "required": ["text", "name"],
        "properties": {
            "text": {"type": "string", "maxLength": 30, "pattern": TEXT_PATTERN},
            "name": {"type": "string", "minLength": 1, "maxLength": 12, "pattern": NAME_PATTERN},
        },
    }
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/x": {
                "post": {
                    "requestBody": {"required": True, "content": {"application/json": {"schema": body}}},
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
    }
    operation = schemathesis.openapi.from_dict(document)["/x"]["POST"]
    seen: list[str] = []

    @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(operation.as_strategy())
    def check(case: Any) -> None:
        clean_text(case.body["text"])
        clean_name(case.body["name"])
        assert len(case.body["text"]) <= 30 and len(case.body["name"]) <= 12
        seen.append(case.body["text"])

    check()
    assert len(seen) >= 100
