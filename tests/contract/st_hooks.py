"""Schemathesis hooks for the contract run (loaded by schemathesis.toml).

Each hook stops the generator from claiming that a request is *valid* when the document
already says, in words a schema cannot carry, that it is not:

* ``cursor`` is opaque: only a ``next_cursor`` the server signed is a cursor. A generated
  string is refused (422 ``invalid cursor``), so positive cases do not send one.
* ``role`` on a task list qualifies ``unit_id`` ("With unit_id: …"): positive cases send it
  only with ``unit_id``.
* ``/me/assignments`` for a caller without a unit (the admin of the run) needs ``unit_id``.

Negative cases are left alone: they must still be refused.
"""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis import GenerationMode


def _positive(case: Any) -> bool:
    meta = getattr(case, "meta", None)
    return meta is None or meta.generation.mode == GenerationMode.POSITIVE


@schemathesis.hook
def map_case(ctx: Any, case: Any) -> Any:
    if not _positive(case) or not isinstance(case.query, dict):
        return case
    case.query.pop("cursor", None)
    if case.operation.path.endswith("/tasks") and "role" in case.query and "unit_id" not in case.query:
        case.query.pop("role")
    return case


@schemathesis.hook
def filter_case(ctx: Any, case: Any) -> bool:
    if not _positive(case):
        return True
    if case.operation.path == "/api/v1/me/assignments":
        return isinstance(case.query, dict) and "unit_id" in case.query
    return True
