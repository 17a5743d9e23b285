"""OpenTelemetry: off by default; when on, a request is a trace with its SQL spans."""

from __future__ import annotations

import httpx
from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from plandesk.core.tracing import install_tracing
from plandesk.main import create_app


def test_tracing_is_off_without_an_otlp_endpoint(app, monkeypatch) -> None:
    monkeypatch.delenv("OTEL_EXPORTER_OTLP_ENDPOINT", raising=False)
    monkeypatch.delenv("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", raising=False)
    assert install_tracing(app, app.state.engine) is None
    assert not hasattr(app.state, "tracer_provider")


async def test_a_traced_request_has_a_server_span_and_its_sql_spans(settings, factory) -> None:
    app = create_app(settings)
    exporter = InMemorySpanExporter()
    provider = install_tracing(app, app.state.engine, exporter=exporter)
    assert provider is not None
    admin = await factory.actor("admin")
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as c:
            r = await c.get("/api/v1/units", headers=admin.headers)
        assert r.status_code == 200
    finally:
        HTTPXClientInstrumentor().uninstrument()
        await app.state.engine.dispose()
    spans = exporter.get_finished_spans()
    server = [s for s in spans if s.kind.name == "SERVER"]
    assert server and server[0].attributes.get("http.route") == "/api/v1/units"
    sql = [s for s in spans if s.name.startswith("SELECT")]
    assert sql, [s.name for s in spans]
    # The statements run inside the request's trace (a pool's first connect may not).
    assert all(s.context.trace_id == server[0].context.trace_id for s in sql)
