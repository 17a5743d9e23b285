from pathlib import Path

import pytest

from plandesk.demo.seed import SEED_PLAN
from plandesk.importer import PlanDraft, parse_plan, parse_plan_file

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def seed_text() -> str:
    # The one copy of the seed plan ships inside the package: the demo imports it too.
    return SEED_PLAN.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed(seed_text: str) -> PlanDraft:
    return parse_plan(seed_text)


@pytest.fixture(scope="session")
def city_plan() -> PlanDraft:
    path = FIXTURES / "ke-hoach-45-KH-UBND-quy-hoach-chung.md"
    return parse_plan_file(path.read_bytes(), path.name)


@pytest.fixture(scope="session")
def ministry_plan() -> PlanDraft:
    path = FIXTURES / "ke-hoach-1520-KH-BTTTT-chuyen-doi-so.docx"
    return parse_plan_file(path.read_bytes(), path.name)
