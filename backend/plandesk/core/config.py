"""Runtime configuration from ``PLANDESK_*`` environment variables.

No secret has a default here: :func:`resolve_secret_key` reads
``PLANDESK_SECRET_KEY`` or generates one on first run into ``var/`` (0600).
"""

from __future__ import annotations

import os
import secrets
from functools import cached_property
from ipaddress import IPv4Network, IPv6Network, ip_network
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PLANDESK_", extra="ignore")

    env: Literal["development", "production", "test"] = "development"
    var_dir: Path = Field(default_factory=lambda: Path.cwd() / "var")
    database_url: str | None = None
    redis_url: str | None = None
    redis_key_prefix: str = "plandesk:rl:"
    secret_key: SecretStr | None = None

    jwt_issuer: str = "plandesk"
    jwt_audience: str = "plandesk-api"
    access_token_minutes: int = 15
    # How long a process may reuse a caller's access row (active, role, unit, auth version):
    # a deactivation or role change made in another process cuts access within this bound.
    principal_cache_seconds: float = Field(0.5, ge=0, le=1.0)
    refresh_token_days: int = 30
    feed_token_bytes: int = 24

    login_max_failures: int = 5
    login_window_seconds: int = 900
    login_lockout_seconds: int = 900

    feedback_rate_limit: int = 10
    feedback_rate_window_seconds: int = 3600
    # Near-duplicate clustering runs just after commit, polling its queue at this interval;
    # 0 turns it off everywhere (`plandesk feedback cluster` still works).
    feedback_clustering_interval_seconds: float = 1.0
    feedback_clustering_batch: int = 200
    # Where it runs: None follows the jobs (SQLite: in the API process; PostgreSQL: in
    # `plandesk worker`, off the API processes' CPU). True: in every API process (and not in
    # `plandesk worker`); False: only in `plandesk worker`.
    feedback_clustering_in_api: bool | None = None

    # Background jobs: None runs them in the API process on SQLite only (PostgreSQL: `plandesk worker`).
    jobs_in_process: bool | None = None
    jobs_concurrency: int = 4

    # Outbound webhooks. Plain http and private addresses are refused unless allowed here.
    webhooks_allow_http: bool = False
    webhooks_allow_cidrs: str = ""  # comma-separated, e.g. "10.20.0.0/16,192.168.5.0/24"
    webhooks_timeout_seconds: float = 10.0
    webhooks_relay_interval_seconds: float = 0.2
    webhooks_log_retention_days: int = 30
    # How long the sync feed keeps changes: an older `since` token answers 410 (resync).
    sync_retention_days: int = Field(default=30, ge=1)

    # E-mail (notifications). No host: e-mail is off, and the admin status says so.
    smtp_host: str | None = None
    smtp_port: int = Field(default=587, ge=1, le=65535)
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    # "starttls" (port 587), "tls" (implicit, port 465) or "none" (a relay on localhost).
    smtp_security: Literal["starttls", "tls", "none"] = "starttls"
    smtp_from: str = "PlanDesk <plandesk@localhost>"
    smtp_timeout_seconds: float = 10.0
    # Where people open PlanDesk: links in e-mails (and List-Unsubscribe) start with it.
    public_url: str = "http://127.0.0.1:8000"

    max_body_bytes: int = 1_048_576
    max_upload_bytes: int = 5_242_880
    # Uploaded documents are parsed in a child process within these limits (core/sandbox.py).
    document_parse_seconds: float = 10.0
    document_parse_memory_mb: int = 1024

    cors_origins: list[str] = []
    # Proxies whose X-Forwarded-For / Forwarded headers are believed: comma-separated
    # addresses or CIDRs ("10.0.0.0/8,127.0.0.1"). Empty: nobody's (core/proxies.py).
    trusted_proxies: str = ""
    # Where `plandesk serve` listens unless --host/--port say otherwise (`plandesk demo` prints it).
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    serve_frontend: bool = True
    frontend_dist: Path | None = None
    check_schema_on_startup: bool = True
    db_null_pool: bool = False
    # Where plans are issued: "today", deadlines and dates derived from instants are
    # reckoned in this IANA zone (a plan may name its own). Stored instants stay UTC.
    timezone: str = "Asia/Ho_Chi_Minh"

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        from plandesk.core.localtime import check_zone_name

        return check_zone_name(value)

    # Operations: logs, metrics, shutdown.
    log_format: Literal["json", "console"] = "json"
    log_level: str = "INFO"
    # /metrics answers only with this bearer token; unset, the endpoint is off (404).
    metrics_token: SecretStr | None = None
    # On SIGTERM: stop accepting, let in-flight requests finish for at most this long.
    shutdown_grace_seconds: float = 20.0

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{self.var_dir / 'plandesk.db'}"

    @property
    def is_sqlite(self) -> bool:
        return self.effective_database_url.startswith("sqlite")

    @property
    def runs_jobs_in_process(self) -> bool:
        return self.is_sqlite if self.jobs_in_process is None else self.jobs_in_process

    @property
    def _clustering_in_api(self) -> bool:
        in_api = self.feedback_clustering_in_api
        return self.runs_jobs_in_process if in_api is None else in_api

    @property
    def clusters_in_api(self) -> bool:
        """Whether each API process runs the near-duplicate clustering loop."""
        return self.feedback_clustering_interval_seconds > 0 and self._clustering_in_api

    @property
    def clusters_in_worker(self) -> bool:
        """Whether ``plandesk worker`` runs it (one pass at a time across processes: an advisory lock)."""
        return self.feedback_clustering_interval_seconds > 0 and not self._clustering_in_api

    @property
    def webhook_allowed_networks(self) -> list[IPv4Network | IPv6Network]:
        return [
            ip_network(c.strip(), strict=False) for c in self.webhooks_allow_cidrs.split(",") if c.strip()
        ]

    @property
    def cookie_secure(self) -> bool:
        """Refresh cookies are ``Secure`` everywhere but local development."""
        return self.env == "production"

    @cached_property
    def signing_key(self) -> str:
        return resolve_secret_key(self)


def resolve_secret_key(settings: Settings) -> str:
    """The JWT signing key: from the environment, else generated once into ``var/``."""
    if settings.secret_key is not None:
        value = settings.secret_key.get_secret_value()
        if len(value) < 32:
            raise RuntimeError("PLANDESK_SECRET_KEY must be at least 32 characters long")
        return value
    path = settings.var_dir / "secret_key"
    if path.exists():
        return path.read_text().strip()
    settings.var_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    # O_EXCL: two processes starting together must not both write a key.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    with os.fdopen(fd, "w") as fh:
        fh.write(key)
    return key


def get_settings() -> Settings:
    return Settings()
