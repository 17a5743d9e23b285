from __future__ import annotations

import pytest


@pytest.fixture
def consult(app):  # type: ignore[no-untyped-def]
    from tests.consultations.factories import ConsultationFactory

    return ConsultationFactory(app.state.sessionmaker)
