"""OpenAPI examples for the state machines (see plandesk.core.examples): the tables themselves."""

from __future__ import annotations

from typing import Any

from plandesk.meta.router import machines

# The assignment machine as the API serves it: the example cannot drift from the tables.
SCHEMA_EXAMPLES: dict[str, Any] = {
    "Transitions": {
        "machines": [m.model_dump(mode="json") for m in machines() if m.resource == "assignment"]
    },
}
