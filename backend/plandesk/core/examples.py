"""Examples in the OpenAPI document: one realistic value per schema, in the seed plan's world.

Each domain keeps its examples in its own ``examples.py`` as ``SCHEMA_EXAMPLES``: component
schema name → one example object. :func:`attach_examples` puts them on the component
schemas (``examples: [...]``), where Swagger UI, the generated clients and contract testers
find them for every operation that reads or answers that schema; a list's envelope
(``Page_X_``) gets ``{"items": [X's example], "next_cursor": …}``. tests/test_openapi_docs_a.py
validates every example against its schema, so an example cannot drift from its model.

The ids below are shared so that examples agree with each other: the plan 148-KH/TU of the
seed document (re-run for the 2025–2030 term), its units and people.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Mapping
from typing import Any

from plandesk.core.concurrency import etag_for

PLAN_ID = uuid.UUID("5b0e3c7a-1d2f-4e8a-9c41-7f3a2b6d1e01")
PHASE_I_ID = uuid.UUID("5b0e3c7a-1d2f-4e8a-9c41-7f3a2b6d1e11")
PHASE_II_ID = uuid.UUID("5b0e3c7a-1d2f-4e8a-9c41-7f3a2b6d1e12")
PHASE_III_ID = uuid.UUID("5b0e3c7a-1d2f-4e8a-9c41-7f3a2b6d1e13")
MILESTONE_DISTRICT_ID = uuid.UUID("5b0e3c7a-1d2f-4e8a-9c41-7f3a2b6d1e21")
MILESTONE_PROVINCE_ID = uuid.UUID("5b0e3c7a-1d2f-4e8a-9c41-7f3a2b6d1e22")
MILESTONE_NATIONAL_ID = uuid.UUID("5b0e3c7a-1d2f-4e8a-9c41-7f3a2b6d1e23")
CHANNEL_MEDIA_ID = uuid.UUID("5b0e3c7a-1d2f-4e8a-9c41-7f3a2b6d1e31")
TASK_ID = uuid.UUID("5b0e3c7a-1d2f-4e8a-9c41-7f3a2b6d1e41")
UNIT_BTG_ID = uuid.UUID("0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e01")  # Ban Tuyên giáo Tỉnh ủy
UNIT_BAO_ID = uuid.UUID("0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e02")  # Báo Đắk Lắk
UNIT_PTTH_ID = uuid.UUID("0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e03")  # Đài Phát thanh - Truyền hình tỉnh
UNIT_TU_ID = uuid.UUID("0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e00")  # Tỉnh ủy Đắk Lắk
GROUP_ID = uuid.UUID("0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e91")
USER_COORDINATOR_ID = uuid.UUID("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c01")
USER_OFFICER_ID = uuid.UUID("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c02")
SERVICE_ACCOUNT_ID = uuid.UUID("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c51")
NEXT_CURSOR = "eyJrIjpbIjIwMjUtMDMtMTUiLCI1YjBlM2M3YSJdfQ.Hq3vT0aZx1YbQ2c9"


def etag(entity_id: uuid.UUID, version: int = 1) -> str:
    """The ETag an example resource carries (the one the API would send)."""
    return etag_for(entity_id, version)


_PAGE = re.compile(r"^Page_(?P<item>.+)_$")


def _base_name(name: str) -> str:
    # Pydantic names a model used both ways "X-Input" / "X-Output".
    return re.sub(r"-(Input|Output)$", "", name)


def attach_examples(*registries: Mapping[str, Any]) -> Callable[[dict[str, Any]], None]:
    """A step for :func:`plandesk.core.openapi.install_contract` that puts the examples on the schemas."""
    merged: dict[str, Any] = {}
    for registry in registries:
        for name, example in registry.items():
            if name in merged:
                raise RuntimeError(f"two examples registered for schema {name}")
            merged[name] = example

    def step(doc: dict[str, Any]) -> None:
        schemas: dict[str, Any] = doc.get("components", {}).get("schemas", {})
        used: set[str] = set()
        for name, schema in schemas.items():
            base = _base_name(name)
            if base in merged:
                schema["examples"] = [merged[base]]
                used.add(base)
        unknown = set(merged) - used
        if unknown:
            raise RuntimeError(f"examples for schemas the document does not have: {sorted(unknown)}")
        for name, schema in schemas.items():
            match = _PAGE.match(name)
            if not match or "examples" in schema:
                continue
            item = schemas.get(match["item"], {})
            if item.get("examples"):
                schema["examples"] = [{"items": [item["examples"][0]], "next_cursor": NEXT_CURSOR}]

    return step
