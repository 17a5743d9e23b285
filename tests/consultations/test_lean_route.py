"""The feedback route answers without FastAPI's dependency solving, and answers the same.

``LeanRoute`` serves a declared endpoint through its lean twin (consultations/submissions/lean_route.py).
The first test compares it with FastAPI itself on a small app: the same declared endpoint,
mounted once as a plain route and once as a lean one, must give the same status and body for
every kind of request (a refused token first, validation errors of path, header and body
together). The others check the real route takes the lean path and keeps its declarations.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any

import fastapi.routing
import httpx
import pytest
from fastapi import APIRouter, Body, Depends, FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from plandesk.auth.deps import oauth2_scheme
from plandesk.consultations.submissions import feedback_routes
from plandesk.consultations.submissions.lean_route import (
    NO_BODY,
    LeanRoute,
    declare,
    served_by,
    solve_declared,
)
from plandesk.core.idempotency import IdempotencyKey
from tests.consultations.factories import submit


class _Opinion(BaseModel):
    body: str = Field(min_length=3, max_length=50)
    group: str = "citizen"


async def _guard(request: Request, token: Annotated[str | None, Depends(oauth2_scheme)]) -> str | None:
    if token == "bad":
        raise HTTPException(401, "bad token")
    return token


async def _declared(
    thing_id: uuid.UUID,
    body: _Opinion,
    request: Request,
    caller: Annotated[str | None, Depends(_guard)],
    idempotency_key: IdempotencyKey = None,
) -> dict[str, Any]:
    return {
        "thing": str(thing_id),
        "body": body.model_dump(),
        "caller": caller,
        "key": idempotency_key,
        "path": request.url.path,
    }


def _twin_app() -> FastAPI:
    """The same declared endpoint twice: /plain/… solved by FastAPI, /lean/… by LeanRoute."""
    plain = APIRouter()
    plain.add_api_route("/things/{thing_id}", _declared, methods=["POST"])

    async def lean_twin(request: Request, body: Annotated[Any, Body()] = NO_BODY) -> JSONResponse:
        # A Response, as the feedback route's twin returns: FastAPI passes it on as it is.
        return JSONResponse(await lean_endpoint(**await solve_declared(declared, request, body)))

    # A separate function object: the plain route must not be marked as served by the twin.
    async def lean_endpoint(
        thing_id: uuid.UUID,
        body: _Opinion,
        request: Request,
        caller: Annotated[str | None, Depends(_guard)],
        idempotency_key: IdempotencyKey = None,
    ) -> dict[str, Any]:
        return await _declared(thing_id, body, request, caller, idempotency_key)

    served_by(lean_twin)(lean_endpoint)
    declared = declare("/things/{thing_id}", lean_endpoint)
    lean = APIRouter()
    lean.add_api_route("/things/{thing_id}", lean_endpoint, methods=["POST"], route_class_override=LeanRoute)
    app = FastAPI()
    app.include_router(plain, prefix="/plain")
    app.include_router(lean, prefix="/lean")
    return app


THING = "0b1b7a4e-3f0c-4d51-9d55-7b1f2f0a9e01"
DEEP = b'{"a":' * 100_000 + b"1" + b"}" * 100_000

CASES: list[tuple[str, str, dict[str, str], Any]] = [
    ("valid, anonymous", THING, {}, {"body": "Một ý kiến"}),
    (
        "valid, a token and a key",
        THING,
        {"Authorization": "Bearer t1", "Idempotency-Key": "k-1"},
        {"body": "abcd"},
    ),
    ("a refused token wins over a bad body", THING, {"Authorization": "Bearer bad"}, {"body": "x"}),
    ("a refused token wins over a bad path", "not-a-uuid", {"Authorization": "Bearer bad"}, {"body": "abcd"}),
    ("bad path, header and body together", "not-a-uuid", {"Idempotency-Key": "k" * 201}, {"body": "x"}),
    ("a key too long", THING, {"Idempotency-Key": "k" * 201}, {"body": "abcd"}),
    ("no body", THING, {}, None),
    ("a JSON null body", THING, {}, "null"),
    ("a body of the wrong shape", THING, {}, [1, 2]),
    ("an extra field and a wrong type", THING, {}, {"body": 5, "group": ["a"]}),
    ("a non-bearer Authorization header", THING, {"Authorization": "Basic abc"}, {"body": "abcd"}),
    # Raw bodies and content types: the fast path takes only a JSON object under a plain JSON
    # content type; everything else goes to FastAPI's own handler and must answer as before.
    ("charset in the content type", THING, {}, (b'{"body": "abcd"}', "application/json; charset=utf-8")),
    ("a +json content type", THING, {}, (b'{"body": "abcd"}', "application/merge-patch+json")),
    ("upper-case content type", THING, {}, (b'{"body": "abcd"}', "Application/JSON")),
    ("JSON sent as text/plain", THING, {}, (b'{"body": "abcd"}', "text/plain")),
    ("JSON without a content type", THING, {}, (b'{"body": "abcd"}', None)),
    ("invalid JSON", THING, {}, (b'{"body": "abcd"', "application/json")),
    ("bytes that are not UTF-8", THING, {}, (b'{"body": "ab\xff\xfecd"}', "application/json")),
    ("UTF-16 JSON", THING, {}, ('{"body": "abcd"}'.encode("utf-16"), "application/json")),
    ("NaN in an ignored field", THING, {}, (b'{"body": "abcd", "extra": NaN}', "application/json")),
    ("a lone surrogate escape", THING, {}, (b'{"body": "abcd", "extra": "ab\\ud800cd"}', "application/json")),
    (
        "a huge integer",
        THING,
        {},
        (b'{"body": "abcd", "group": 123456789012345678901234567890}', "application/json"),
    ),
    ("a JSON string body", THING, {}, (b'"abcd"', "application/json")),
    ("an empty body with a JSON type", THING, {}, (b"", "application/json")),
    # json.loads raises RecursionError, not ValueError, past its nesting depth.
    ("an object nested too deep", THING, {}, (DEEP, "application/json")),
]


@pytest.mark.parametrize(("case", "thing", "headers", "body"), CASES, ids=[c[0] for c in CASES])
async def test_lean_route_answers_as_fastapi_would(
    case: str, thing: str, headers: dict[str, str], body: Any
) -> None:
    app = _twin_app()
    transport = httpx.ASGITransport(app=app)
    answers = []
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        for prefix in ("plain", "lean"):
            if isinstance(body, tuple):
                raw, content_type = body
                typed = {"Content-Type": content_type} if content_type else {}
                content = {"content": raw, "headers": {**headers, **typed}}
            elif body == "null":
                content: dict[str, Any] = {
                    "content": b"null",
                    "headers": {**headers, "Content-Type": "application/json"},
                }
            elif body is None:
                content = {"headers": headers}
            else:
                content = {"json": body, "headers": headers}
            answers.append(await http.post(f"/{prefix}/things/{thing}", **content))
    plain, lean = answers
    assert lean.status_code == plain.status_code, (case, plain.text, lean.text)
    expected = plain.json()
    if isinstance(expected, dict) and "path" in expected:
        expected["path"] = expected["path"].replace("/plain/", "/lean/")
    assert lean.json() == expected, case


def test_the_lean_app_documents_both_routes_alike() -> None:
    paths = _twin_app().openapi()["paths"]
    plain, lean = paths["/plain/things/{thing_id}"]["post"], paths["/lean/things/{thing_id}"]["post"]
    # Names (summary, operation id, response titles) come from the two functions' names.
    for part in ("security", "parameters", "requestBody"):
        assert lean[part] == plain[part], part
    assert lean["security"] == [{"OAuth2": []}]
    assert [p["name"] for p in lean["parameters"]] == ["thing_id", "Idempotency-Key"]


def test_unsupported_declarations_are_refused_at_start_up() -> None:
    async def with_query(thing_id: uuid.UUID, page: int = 1) -> None:
        return None

    with pytest.raises(TypeError, match="query"):
        declare("/things/{thing_id}", with_query)

    async def needs_more(request: Request, other: Annotated[str, Depends(_guard)]) -> str:
        return other

    async def nested(thing_id: uuid.UUID, x: Annotated[str, Depends(needs_more)]) -> None:
        return None

    with pytest.raises(TypeError):
        declare("/things/{thing_id}", nested)


async def test_the_feedback_route_takes_the_lean_path(client, consult, monkeypatch) -> None:
    solved: list[Any] = []
    real = fastapi.routing.solve_dependencies

    async def spy(*args: Any, **kwargs: Any) -> Any:
        solved.append(kwargs["dependant"])
        return await real(*args, **kwargs)

    monkeypatch.setattr(fastapi.routing, "solve_dependencies", spy)
    c = await consult.consultation()
    resp = await submit(client, c.id, {"Idempotency-Key": "lean-1"}, body="Đề nghị bổ sung trạm y tế xã.")
    assert resp.status_code == 201, resp.text
    assert solved == []  # a JSON object: nothing solved by FastAPI at all
    # Another content type takes FastAPI's handler, which solves only the lean twin's two
    # parameters (never the declared security dependency or the header).
    other = await client.post(
        f"/api/v1/consultations/{c.id}/feedback",
        content='{"body": "Đề nghị bổ sung trạm y tế xã, bản hai."}'.encode(),
        headers={"Content-Type": "application/vnd.plandesk+json"},
    )
    assert other.status_code == 201, other.text
    assert [d.call for d in solved] == [feedback_routes._submit_lean]
    assert not solved[0].dependencies and not solved[0].header_params


async def test_the_feedback_route_still_checks_a_token_and_the_key(client, consult) -> None:
    c = await consult.consultation()
    bad = await submit(client, c.id, {"Authorization": "Bearer not-a-token"}, body="x")
    assert bad.status_code == 401  # the caller is checked before the body
    long_key = await submit(client, c.id, {"Idempotency-Key": "k" * 201})
    assert long_key.status_code == 422
    assert long_key.json()["errors"][0]["loc"] == ["header", "Idempotency-Key"]
    empty_key = await submit(client, c.id, {"Idempotency-Key": ""})
    assert empty_key.status_code == 422
    assert empty_key.json()["errors"][0]["loc"] == ["header", "Idempotency-Key"]


@pytest.mark.parametrize(
    ("path", "headers"),
    [
        ({"consultation_id": str(uuid.uuid4())}, [(b"idempotency-key", b"r1-123")]),
        ({"consultation_id": str(uuid.uuid4())}, []),
        ({"consultation_id": "not-a-uuid"}, [(b"idempotency-key", b"")]),
        ({"consultation_id": "00000000-0000-0000-0000-00000000000g"}, [(b"Idempotency-Key", b"x" * 500)]),
        ({}, [(b"idempotency-key", "khóa\u200b".encode())]),
        ({"consultation_id": str(uuid.uuid4())}, [(b"idempotency-key", b"a"), (b"idempotency-key", b"b")]),
    ],
)
def test_plain_parameters_are_read_as_fastapi_reads_them(path, headers) -> None:
    """The parameters the lean route reads once at start-up give, request by request, what
    FastAPI's ``request_params_to_args`` gives: the same values, the same errors and ``loc``."""
    from fastapi.dependencies.utils import request_params_to_args
    from starlette.datastructures import Headers

    from plandesk.consultations.submissions.lean_route import params_to_args

    declared = feedback_routes._SUBMIT
    assert declared.path_params is not None and declared.header_params is not None  # the fast path
    received = Headers(raw=headers)
    dependant = declared.dependant
    # repr: an error's ctx holds the ValueError raised, which compares by identity.
    for plan, fields, values in (
        (declared.path_params, dependant.path_params, path),
        (declared.header_params, dependant.header_params, received),
    ):
        assert repr(params_to_args(plan, fields, values)) == repr(request_params_to_args(fields, values))
