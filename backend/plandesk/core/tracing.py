"""OpenTelemetry tracing: off unless ``OTEL_EXPORTER_OTLP_ENDPOINT`` is set.

When on, each request becomes a trace (FastAPI), with a span for every SQL statement
(SQLAlchemy) and every outgoing HTTP call (httpx: webhooks), exported over OTLP/HTTP
to the collector the standard ``OTEL_*`` variables name. The SDK is imported only
then, so a deployment without a collector pays nothing.
"""

from __future__ import annotations

import os
from typing import Any

from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine

# Probes and scrapes would drown the traces that matter.
EXCLUDED_URLS = "healthz,readyz,metrics"


def tracing_enabled() -> bool:
    return bool(
        os.environ.get("OTEL_EXPORTER_OTLP_ENDPOINT") or os.environ.get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT")
    )


def install_tracing(app: FastAPI, engine: AsyncEngine, exporter: Any | None = None) -> Any | None:
    """Instrument ``app`` and ``engine``; returns the tracer provider, or None when tracing is off.

    ``exporter`` replaces the OTLP exporter (tests pass an in-memory one).
    """
    if exporter is None and not tracing_enabled():
        return None
    from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor
    from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
    from opentelemetry.instrumentation.sqlalchemy import SQLAlchemyInstrumentor
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor

    from plandesk import __version__

    resource = Resource.create(
        {"service.name": os.environ.get("OTEL_SERVICE_NAME", "plandesk"), "service.version": __version__}
    )
    provider = TracerProvider(resource=resource)
    if exporter is None:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    else:
        provider.add_span_processor(SimpleSpanProcessor(exporter))
    FastAPIInstrumentor.instrument_app(app, tracer_provider=provider, excluded_urls=EXCLUDED_URLS)
    # The instrumentation's declared range stops below SQLAlchemy 2.1, whose engine events
    # it uses are unchanged; the test suite checks the SQL spans arrive.
    SQLAlchemyInstrumentor().instrument(
        engine=engine.sync_engine, tracer_provider=provider, skip_dep_check=True
    )
    HTTPXClientInstrumentor().instrument(tracer_provider=provider)
    app.state.tracer_provider = provider
    return provider
