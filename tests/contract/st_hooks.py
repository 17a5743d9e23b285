"""Schemathesis hooks for the contract run (loaded by schemathesis.toml).

Each hook stops the generator from claiming that a request is *valid* when the document
already says, in words a schema cannot carry, that it is not:

* ``cursor`` is opaque: only a ``next_cursor`` the server signed is a cursor. A generated
  string is refused (422 ``invalid cursor``), so positive cases do not send one.
* ``since`` (``GET /sync``) is opaque the same way: only a ``next_since`` the server issued is
  one. Positive cases that send it send a real one, read once from the server with the run's
  token (``CONTRACT_BASE_URL``, ``CONTRACT_TOKEN``: set by .ci/contract.sh); without those,
  they send none.
* ``Idempotency-Key`` names one request: "the same key and body return the first response",
  and the same key with another body is refused (422). A client makes a fresh key per
  request, so positive cases that send one send a fresh one (a generated key repeats across
  cases with other bodies).
* A JSON body past the server's body limit (``PLANDESK_MAX_BODY_BYTES``, 1 MiB by default)
  is refused with the 413 every operation with a body documents: no JSON schema bounds the
  total size of a body, so positive cases stay under it.
* The stateful phase fills a path parameter from a field of an earlier response along the
  links it infers; where that field is null (an answer template of no consultation), or the
  link names no value, it sends ``None`` or the template ``{plan_id}`` itself as the id: a
  request no link of the document makes. Positive cases never carry one.
* ``role`` on a task list qualifies ``unit_id`` ("With unit_id: …"): positive cases send it
  only with ``unit_id``.
* ``/me/assignments`` for a caller without a unit (the admin of the run) needs ``unit_id``.
* The run's own account is not changed (``PATCH /users/{user_id}`` with the run's id, which
  the stateful phase reaches along ``listUsers`` → ``updateUser``): a new role, password or
  ``active: false`` ends the run's token ("deactivating cuts access at once"), and every
  later request would only measure a 401.

Negative cases are left alone: they must still be refused.

One setting of the tool, not of the cases: schemathesis folds a ``maxLength`` into the
``pattern`` beside it (``^[^…]*$`` with ``maxLength: 100000`` becomes ``^[^…]{0,100000}$``) and
compiles the result for every field. A bounded repetition that large takes the regex engine
seconds to compile and a tenth of a second to run, per field: most of the run's time went
there. :func:`keep_long_text_patterns` leaves such pairs as the document states them (a
pattern and a length, each still checked); short bounds are folded as before.
"""

from __future__ import annotations

import json
import os
import threading
import urllib.request
import uuid
from typing import Any

import schemathesis
from schemathesis import GenerationMode

_LOCK = threading.Lock()
_SINCE: list[str | None] = []
_ME: list[str | None] = []
# Above this maxLength a pattern is left unfolded (see the module's docstring).
FOLD_LIMIT = 1000


def _positive(case: Any) -> bool:
    meta = getattr(case, "meta", None)
    return meta is None or meta.generation.mode == GenerationMode.POSITIVE


def _get(url: str, token: str) -> dict[str, Any]:
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())  # type: ignore[no-any-return]


def real_since() -> str | None:
    """A ``next_since`` the server issued for the run's caller (read once), or None."""
    with _LOCK:
        if not _SINCE:
            base, token = os.environ.get("CONTRACT_BASE_URL"), os.environ.get("CONTRACT_TOKEN")
            since = None
            if base and token:
                page = _get(f"{base}/api/v1/sync?limit=1000", token)
                while page.get("next_cursor"):
                    page = _get(f"{base}/api/v1/sync?limit=1000&cursor={page['next_cursor']}", token)
                since = page.get("next_since")
            _SINCE.append(since)
        return _SINCE[0]


def own_user_id() -> str | None:
    """The id of the run's own account (read once), or None without CONTRACT_BASE_URL/TOKEN."""
    with _LOCK:
        if not _ME:
            base, token = os.environ.get("CONTRACT_BASE_URL"), os.environ.get("CONTRACT_TOKEN")
            _ME.append(str(_get(f"{base}/api/v1/auth/me", token)["id"]) if base and token else None)
        return _ME[0]


def keep_long_text_patterns() -> None:
    """Make schemathesis leave a pattern unfolded where its maxLength is above FOLD_LIMIT."""
    from schemathesis.specs.openapi import converter

    fold = getattr(converter.update_pattern_in_schema, "__wrapped__", converter.update_pattern_in_schema)

    def update_pattern_in_schema(schema: dict[str, Any]) -> None:
        if isinstance(schema.get("maxLength"), int) and schema["maxLength"] > FOLD_LIMIT:
            return
        fold(schema)

    update_pattern_in_schema.__wrapped__ = fold  # type: ignore[attr-defined]
    converter.update_pattern_in_schema = update_pattern_in_schema


keep_long_text_patterns()


def _body_bytes(case: Any) -> int:
    body = getattr(case, "body", None)
    if body is None or not isinstance(body, dict | list | str | int | float | bool):
        return 0
    return len(json.dumps(body).encode())


@schemathesis.hook
def map_case(ctx: Any, case: Any) -> Any:
    if not _positive(case):
        return case
    # Headers and query are mappings, not necessarily dicts (a case-insensitive one for headers).
    if case.headers and "Idempotency-Key" in case.headers:
        case.headers["Idempotency-Key"] = uuid.uuid4().hex
    if not case.query:
        return case
    case.query.pop("cursor", None)
    if case.operation.path == "/api/v1/sync" and "since" in case.query:
        since = real_since()
        if since is None:
            case.query.pop("since")
        else:
            case.query["since"] = since
    if case.operation.path.endswith("/tasks") and "role" in case.query and "unit_id" not in case.query:
        case.query.pop("role")
    return case


@schemathesis.hook
def filter_case(ctx: Any, case: Any) -> bool:
    if not _positive(case):
        return True
    for name, value in (case.path_parameters or {}).items():
        if value is None or value == "None" or value == f"{{{name}}}":
            return False
    if _body_bytes(case) > int(os.environ.get("PLANDESK_MAX_BODY_BYTES", "1048576")):
        return False
    if case.operation.path == "/api/v1/users/{user_id}" and case.operation.method.lower() == "patch":
        me = own_user_id()
        if me is not None and str((case.path_parameters or {}).get("user_id")) == me:
            return False
    if case.operation.path == "/api/v1/me/assignments":
        return bool(case.query) and "unit_id" in case.query
    return True
