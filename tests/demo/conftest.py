from __future__ import annotations

import pytest


@pytest.fixture
def cli_env(monkeypatch, settings):
    monkeypatch.setenv("PLANDESK_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("PLANDESK_VAR_DIR", str(settings.var_dir))
