"""A real SMTP sink (aiosmtpd on 127.0.0.1), mail-enabled settings, and a day-by-day driver."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import logging
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from plandesk.core import localtime
from plandesk.core.config import Settings
from plandesk.notifications import email as mail
from plandesk.notifications import outbox, scan, watch


class _Handler:
    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(
            email.message_from_bytes(envelope.content, policy=email.policy.default)  # type: ignore[arg-type]
        )
        return "250 OK"


@dataclass
class Sink:
    port: int
    handler: _Handler = field(default_factory=_Handler)

    @property
    def messages(self) -> list[email.message.EmailMessage]:
        return self.handler.messages

    def to(self, address: str) -> list[email.message.EmailMessage]:
        return [m for m in self.messages if address in str(m["To"])]

    def subjects(self, address: str) -> list[str]:
        return [str(m["Subject"]) for m in self.to(address)]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp() -> Iterator[Sink]:
    # aiosmtpd logs every SMTP line (addresses included) at INFO: the suite forbids addresses in logs.
    logging.getLogger("mail.log").setLevel(logging.WARNING)
    sink = Sink(port=_free_port())
    controller = Controller(sink.handler, hostname="127.0.0.1", port=sink.port)
    controller.start()
    try:
        yield sink
    finally:
        controller.stop()


@pytest.fixture
def mail_settings(settings: Settings, smtp: Sink) -> Settings:
    return settings.model_copy(
        update={
            "smtp_host": "127.0.0.1",
            "smtp_port": smtp.port,
            "smtp_security": "none",
            "smtp_from": "PlanDesk <plandesk@example.org>",
            "public_url": "https://plandesk.example.org",
        }
    )


def local_morning(day: dt.date, hour: int = 9) -> dt.datetime:
    """``hour`` o'clock on ``day`` in the deployment zone, as an aware UTC instant."""
    return dt.datetime.combine(day, dt.time(hour), tzinfo=localtime.zone()).astimezone(dt.UTC)


@dataclass
class Driver:
    """Runs what the workers run, at a frozen instant: outbox, reminder scan, watches, e-mail, digests."""

    app: Any
    settings: Settings

    async def run_at(self, instant: dt.datetime) -> None:
        on = mail.email_enabled(self.settings)
        with localtime.frozen(instant):
            async with self.app.state.sessionmaker() as s:
                while await outbox.consume(s, email_on=on):
                    pass
            async with self.app.state.sessionmaker() as s:
                await scan.scan_reminders(s, email_on=on)
            async with self.app.state.sessionmaker() as s:
                await watch.consultations_closing(s, email_on=on)
                await watch.reports_missing(s, email_on=on)
                await watch.feedback_assigned(s, email_on=on)
            while await mail.send_due(self.app.state.sessionmaker, self.settings) >= mail.SEND_BATCH:
                pass
            await mail.send_digests(self.app.state.sessionmaker, self.settings)

    async def day(self, day: dt.date, hour: int = 9) -> None:
        await self.run_at(local_morning(day, hour))


@pytest.fixture
def driver(app: Any, mail_settings: Settings) -> Driver:
    return Driver(app, mail_settings)
