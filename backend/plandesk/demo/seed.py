"""The seed plan that ships with PlanDesk: Kế hoạch 148-KH/TU of the Đắk Lắk provincial party committee.

One copy, inside the package, so ``plandesk demo`` works from an installed
wheel; the importer's golden tests read the same file.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable

SEED_FILENAME = "ke-hoach-148-KH-TU.txt"
SEED_PLAN: Traversable = files("plandesk.demo") / "data" / SEED_FILENAME


def seed_plan_bytes() -> bytes:
    """The seed plan document as uploaded (UTF-8 text)."""
    return SEED_PLAN.read_bytes()
