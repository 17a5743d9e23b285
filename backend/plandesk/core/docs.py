"""``/docs`` (Swagger UI) and ``/redoc`` served with no CDN: they work offline.

The pages' JavaScript, CSS and favicon come from the ``fastapi-offline`` package,
which ships Swagger UI's and ReDoc's released files; the app mounts them under
``/docs/static``. Nothing in either page names another host, so the docs open on an
air-gapped network and the pages' CSP allows only this origin.
"""

from __future__ import annotations

import importlib.resources
from typing import Any

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

STATIC_PATH = "/docs/static"
OAUTH2_REDIRECT = "/docs/oauth2-redirect"


class _CachedStatic(StaticFiles):
    """The bundled files change only with the package version: let browsers keep them a day."""

    async def get_response(self, path: str, scope: Any) -> Any:
        response = await super().get_response(path, scope)
        response.headers.setdefault("Cache-Control", "public, max-age=86400")
        return response


def install_offline_docs(app: FastAPI, swagger_ui_parameters: dict[str, Any] | None = None) -> None:
    """Mount the bundled files and the two pages (create the app with docs_url=redoc_url=None)."""
    static = importlib.resources.files("fastapi_offline") / "static"
    app.mount(STATIC_PATH, _CachedStatic(directory=str(static)), name="docs-static")
    title = app.title
    openapi_url = app.openapi_url or "/openapi.json"

    # Plain routes, as FastAPI's own docs routes are: public pages outside the API.
    async def swagger_ui(request: Request) -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=openapi_url,
            title=f"{title} — Swagger UI",
            swagger_js_url=f"{STATIC_PATH}/swagger-ui-bundle.js",
            swagger_css_url=f"{STATIC_PATH}/swagger-ui.css",
            swagger_favicon_url=f"{STATIC_PATH}/favicon.png",
            oauth2_redirect_url=OAUTH2_REDIRECT,
            swagger_ui_parameters=swagger_ui_parameters,
        )

    async def swagger_ui_redirect(request: Request) -> HTMLResponse:
        return get_swagger_ui_oauth2_redirect_html()

    async def redoc(request: Request) -> HTMLResponse:
        return get_redoc_html(
            openapi_url=openapi_url,
            title=f"{title} — ReDoc",
            redoc_js_url=f"{STATIC_PATH}/redoc.standalone.js",
            redoc_favicon_url=f"{STATIC_PATH}/favicon.png",
            with_google_fonts=False,
        )

    app.add_route("/docs", swagger_ui, include_in_schema=False)
    app.add_route(OAUTH2_REDIRECT, swagger_ui_redirect, include_in_schema=False)
    app.add_route("/redoc", redoc, include_in_schema=False)
