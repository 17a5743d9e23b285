"""E-mail: SMTP through aiosmtplib, Jinja2 templates (HTML and text, vi and en, autoescaped).

With no ``PLANDESK_SMTP_HOST`` e-mail is off: notifications are still written and shown in
the app, nothing queues, nothing fails, and ``/api/v1/admin/status`` says so. Sending is
claimed row by row (``pending`` → ``sending``) so two workers never send the same e-mail;
a reminder whose assignment was done or whose deadline moved meanwhile is not sent.

The guarantee: each e-mail is sent **at most once, or detectably once**. A claim is a
lease (``sending`` until ``deliver_after``) and fixes the e-mail's Message-ID
(``email_message_id``) in the same commit, before the SMTP transaction; each e-mail is
recorded as sent as soon as the server accepted it; a worker starts no e-mail its lease
may not cover and hands the rest back. Only a worker dying between the server's "250 OK"
and that record leads to a second sending — after the lease, under the same Message-ID,
so receiving servers and mail clients recognise the duplicate. Digests are claimed per
day before sending (at most once) and carry a stable Message-ID too.
Addresses never reach the log.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import make_msgid
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import aiosmtplib
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import and_, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from plandesk.core import localtime
from plandesk.core.config import Settings
from plandesk.notifications.models import Notification, NotificationPreference
from plandesk.notifications.scan import REMINDER_KINDS
from plandesk.tasks.models import Assignment, Task, still_open
from plandesk.users.models import User

log = logging.getLogger("plandesk.notifications.email")

SEND_BATCH = 100
# From this many e-mails for one person in one pass, they go as one e-mail listing them.
GROUP_FROM = 3
# How long a claim holds e-mails in ``sending``: past it, another worker may send them.
LEASE = dt.timedelta(minutes=10)
_TEMPLATES = Environment(
    loader=FileSystemLoader(Path(__file__).with_name("templates")),
    autoescape=select_autoescape(enabled_extensions=("html", "html.j2"), default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
_TEXT_TEMPLATES = Environment(
    loader=FileSystemLoader(Path(__file__).with_name("templates")),
    autoescape=False,  # noqa: S701 - the plain-text part: no HTML to escape into
    trim_blocks=True,
    lstrip_blocks=True,
)

STRINGS = {
    "vi": {
        "greeting": "Kính gửi",
        "footer": "Bạn nhận thư này vì có thông báo trên PlanDesk.",
        "preferences": "Tùy chọn thông báo",
        "unsubscribe": "Ngừng nhận thư",
        "due_heading": "Việc đến hạn hoặc quá hạn",
        "digest_subject": "PlanDesk: tổng hợp thông báo ngày {day}",
        "batch_subject": "PlanDesk: {count} thông báo mới",
        "overdue": "quá hạn {days} ngày",
        "due_in": "còn {days} ngày (hạn {day})",
        "due_today": "hạn hôm nay",
    },
    "en": {
        "greeting": "Dear",
        "footer": "You receive this because of notifications in PlanDesk.",
        "preferences": "Notification preferences",
        "unsubscribe": "Unsubscribe",
        "due_heading": "Due or overdue",
        "digest_subject": "PlanDesk: your digest for {day}",
        "batch_subject": "PlanDesk: {count} new notifications",
        "overdue": "{days} days overdue",
        "due_in": "due in {days} days ({day})",
        "due_today": "due today",
    },
}


def email_enabled(settings: Settings) -> bool:
    return bool(settings.smtp_host)


def email_status(settings: Settings) -> dict[str, Any]:
    """For the admin status page: on or off, and why (never the credentials)."""
    if not settings.smtp_host:
        return {
            "enabled": False,
            "detail": (
                "E-mail is off: set PLANDESK_SMTP_HOST (and PLANDESK_SMTP_*) to send notifications by e-mail."
            ),
        }
    return {
        "enabled": True,
        "detail": f"SMTP {settings.smtp_host}:{settings.smtp_port} ({settings.smtp_security})",
    }


# --- List-Unsubscribe --------------------------------------------------------------------


def _unsubscribe_key(settings: Settings) -> bytes:
    return hmac.new(settings.signing_key.encode(), b"plandesk/unsubscribe/v1", hashlib.sha256).digest()


def unsubscribe_token(settings: Settings, user_id: uuid.UUID) -> str:
    sig = hmac.new(_unsubscribe_key(settings), user_id.bytes, hashlib.sha256).hexdigest()[:32]
    return f"{user_id.hex}.{sig}"


def user_for_unsubscribe_token(settings: Settings, token: str) -> uuid.UUID | None:
    raw, _, sig = token.partition(".")
    try:
        user_id = uuid.UUID(hex=raw)
    except ValueError:
        return None
    expected = unsubscribe_token(settings, user_id).partition(".")[2]
    return user_id if hmac.compare_digest(expected, sig) else None


# --- building and sending ----------------------------------------------------------------


@dataclass(frozen=True)
class Outgoing:
    to: str
    subject: str
    text: str
    html: str
    unsubscribe_url: str
    message_id: str | None = None


def build(
    settings: Settings,
    *,
    user_id: uuid.UUID,
    to: str,
    name: str,
    language: str,
    subject: str,
    items: list[dict[str, Any]],
    due: list[dict[str, Any]] | None = None,
    message_id: str | None = None,
) -> Outgoing:
    lang = language if language in STRINGS else "vi"
    base = settings.public_url.rstrip("/")
    unsubscribe_url = f"{base}/api/v1/notifications/unsubscribe?token={unsubscribe_token(settings, user_id)}"
    context = {
        "lang": lang,
        "t": STRINGS[lang],
        "name": name,
        "title": subject,
        "items": [{**i, "url": base + i["link"]} for i in items],
        "due": [{**d, "url": base + d["link"]} for d in (due or [])],
        "preferences_url": f"{base}/account/notifications",
        "unsubscribe_url": unsubscribe_url,
    }
    html = _TEMPLATES.get_template("notification.html.j2").render(context)
    text = _TEXT_TEMPLATES.get_template("notification.txt.j2").render(context)
    return Outgoing(
        to=to, subject=subject, text=text, html=html, unsubscribe_url=unsubscribe_url, message_id=message_id
    )


def to_message(settings: Settings, out: Outgoing) -> MIMEMultipart:
    """multipart/alternative, text then HTML, UTF-8.

    Built with ``email.mime`` and :class:`~email.header.Header` on purpose: the modern
    ``EmailMessage`` folds a long non-ASCII subject into encoded words and drops the space
    between two of them ("truyền Đại" arrives as "truyềnĐại"); ``Header`` keeps it.
    """
    msg = MIMEMultipart("alternative")
    msg["From"] = settings.smtp_from
    msg["To"] = out.to
    msg["Subject"] = Header(out.subject, "utf-8")  # type: ignore[assignment]
    msg["Message-ID"] = out.message_id or make_msgid(domain="plandesk")
    # RFC 2369 + RFC 8058: one-click unsubscribe (a POST to the URL turns e-mail off).
    msg["List-Unsubscribe"] = f"<{out.unsubscribe_url}>"
    msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    msg["Auto-Submitted"] = "auto-generated"
    msg.attach(MIMEText(out.text, "plain", "utf-8"))
    msg.attach(MIMEText(out.html, "html", "utf-8"))
    return msg


async def send(settings: Settings, out: Outgoing) -> None:
    password = settings.smtp_password.get_secret_value() if settings.smtp_password else None
    await aiosmtplib.send(
        to_message(settings, out),
        hostname=settings.smtp_host,
        port=settings.smtp_port,
        username=settings.smtp_username,
        password=password,
        use_tls=settings.smtp_security == "tls",
        start_tls=True if settings.smtp_security == "starttls" else False,
        timeout=settings.smtp_timeout_seconds,
    )


async def _still_true(session: AsyncSession, rows: Sequence[Any]) -> set[uuid.UUID]:
    """Of reminder notifications, those whose assignment is still open and still due that day."""
    ids = {uuid.UUID(r.subject_id) for r in rows if r.kind in REMINDER_KINDS}
    if not ids:
        return set()
    current = dict(
        (
            await session.execute(
                select(Assignment.id, Assignment.due_date).where(
                    Assignment.id.in_(ids), still_open(Assignment.status)
                )
            )
        )
        .tuples()
        .all()
    )
    true_now = set()
    for r in rows:
        due = current.get(uuid.UUID(r.subject_id)) if r.kind in REMINDER_KINDS else None
        if due is not None and due.isoformat() == (r.data or {}).get("due_date"):
            true_now.add(r.id)
    return true_now


def stable_message_id(settings: Settings, key: str) -> str:
    """A stable Message-ID: the same e-mail sent twice carries the same one (RFC 5322 3.6.4)."""
    host = urlsplit(settings.public_url).hostname or "plandesk"
    return f"<{key}@{host}>"


async def _claim(session: AsyncSession, now: dt.datetime, lease_until: dt.datetime) -> list[Any]:
    """Take up to SEND_BATCH e-mails: due ones, and those whose sender's lease ran out."""
    claim = (
        select(Notification.id)
        .where(
            or_(
                and_(
                    Notification.email_state == "pending",
                    or_(Notification.deliver_after.is_(None), Notification.deliver_after <= now),
                ),
                # A worker died while sending: its lease has run out, another takes over.
                and_(Notification.email_state == "sending", Notification.deliver_after <= now),
            )
        )
        .order_by(Notification.created_at, Notification.dedupe_key)
        .limit(SEND_BATCH)
        .with_for_update(skip_locked=True)
        .scalar_subquery()
    )
    rows = (
        await session.execute(
            update(Notification)
            .where(Notification.id.in_(claim))
            .values(email_state="sending", deliver_after=lease_until)
            .returning(
                Notification.id,
                Notification.user_id,
                Notification.kind,
                Notification.subject_id,
                Notification.title,
                Notification.body,
                Notification.link,
                Notification.language,
                Notification.data,
                Notification.created_at,
                Notification.dedupe_key,
                Notification.email_message_id,
            )
        )
    ).all()
    # UPDATE … RETURNING keeps no order: oldest first.
    return sorted(rows, key=lambda r: (r.created_at, r.dedupe_key))


def _groups(settings: Settings, rows: list[Any]) -> list[tuple[str, list[Any]]]:
    """The e-mails to send, each (Message-ID, its notifications).

    A notification claimed before keeps its e-mail: the same Message-ID, with whichever of
    that e-mail's notifications are still to send. The others: one e-mail each, or one for
    all of a person's when there are GROUP_FROM or more (never a pile of mail at once).
    """
    out: dict[str, list[Any]] = {}
    fresh: dict[uuid.UUID, list[Any]] = {}
    for row in rows:
        if row.email_message_id:
            out.setdefault(row.email_message_id, []).append(row)
        else:
            fresh.setdefault(row.user_id, []).append(row)
    for mine in fresh.values():
        for group in [mine] if len(mine) >= GROUP_FROM else [[row] for row in mine]:
            out[stable_message_id(settings, f"plandesk.n.{group[0].id.hex}")] = group
    return list(out.items())


async def send_due(sessionmaker: async_sessionmaker[AsyncSession], settings: Settings) -> int:
    """Send the e-mails whose time has come; how many notifications were handled (sent or not).

    At most once, or detectably once: a claim is a lease (``sending`` until ``deliver_after``)
    and fixes each e-mail's Message-ID in the same commit, before anything is sent. A worker
    starts an e-mail only while its lease has more than an SMTP timeout left, and records
    each e-mail as sent as soon as the server accepted it. Only a worker dying between the
    server's acceptance and that record makes another worker send it again, after the lease,
    under the same Message-ID: receiving servers and mail clients see the same message twice
    and can drop it. Nothing is sent twice otherwise.
    """
    if not email_enabled(settings):
        return 0
    now = localtime.now()
    lease_until = now + LEASE
    async with sessionmaker() as session:
        rows = await _claim(session, now, lease_until)
        if not rows:
            await session.rollback()
            return 0
        true_now = await _still_true(session, rows)
        users = {
            u.id: u
            for u in (
                await session.execute(
                    select(User.id, User.email, User.full_name, User.active).where(
                        User.id.in_({r.user_id for r in rows})
                    )
                )
            ).all()
        }
        live, dropped = [], []
        for row in rows:
            user = users.get(row.user_id)
            if user is None or not user.active or (row.kind in REMINDER_KINDS and row.id not in true_now):
                dropped.append(row.id)
            else:
                live.append(row)
        groups = _groups(settings, live)
        if dropped:
            await _record(session, dropped, "cancelled")
        for mid, group in groups:
            await session.execute(
                update(Notification)
                .where(Notification.id.in_([r.id for r in group]))
                .values(email_message_id=mid)
            )
        await session.commit()  # the Message-IDs are durable before anything is sent
    margin = dt.timedelta(seconds=settings.smtp_timeout_seconds * 2)
    for position, (mid, group) in enumerate(groups):
        if localtime.now() + margin >= lease_until:
            # The lease is nearly over: hand the rest back rather than race a successor.
            async with sessionmaker() as session:
                rest = [r.id for _, g in groups[position:] for r in g]
                await session.execute(
                    update(Notification)
                    .where(Notification.id.in_(rest), Notification.email_state == "sending")
                    .values(email_state="pending", deliver_after=None)
                )
                await session.commit()
            break
        user = users[group[0].user_id]
        lang = group[0].language if group[0].language in STRINGS else "vi"
        subject = (
            group[0].title if len(group) == 1 else STRINGS[lang]["batch_subject"].format(count=len(group))
        )
        out = build(
            settings,
            user_id=user.id,
            to=user.email,
            name=user.full_name,
            language=lang,
            subject=subject,
            items=[{"title": r.title, "body": r.body, "link": r.link} for r in group],
            message_id=mid,
        )
        try:
            await send(settings, out)
            state = "sent"
        except (aiosmtplib.SMTPException, OSError) as exc:
            log.warning("e-mail for notification %s failed: %s", group[0].id, type(exc).__name__)
            state = "failed"
        async with sessionmaker() as session:
            await _record(session, [r.id for r in group], state, message_id=mid)
            await session.commit()
    return len(rows)


async def _record(
    session: AsyncSession, ids: list[uuid.UUID], state: str, *, message_id: str | None = None
) -> None:
    """The outcome of a claim: only rows still held in ``sending`` (under ``message_id``) change."""
    stmt = update(Notification).where(Notification.id.in_(ids), Notification.email_state == "sending")
    if message_id is not None:
        stmt = stmt.where(Notification.email_message_id == message_id)
    await session.execute(
        stmt.values(email_state=state, emailed_at=localtime.now() if state == "sent" else None)
    )


# --- the daily digest --------------------------------------------------------------------


async def _due_rows(
    session: AsyncSession, unit_id: uuid.UUID | None, today: dt.date, lang: str
) -> list[dict[str, Any]]:
    """Open work of the user's unit due within a week or overdue (the digest's second list)."""
    if unit_id is None:
        return []
    t = STRINGS[lang]
    rows = (
        await session.execute(
            select(Assignment.task_id, Assignment.unit_id, Assignment.due_date, Task.title)
            .join(Task, Task.id == Assignment.task_id)
            .where(
                Assignment.unit_id == unit_id,
                still_open(Assignment.status),
                Assignment.due_date.is_not(None),
                Assignment.due_date <= today + dt.timedelta(days=7),
            )
            .order_by(Assignment.due_date)
            .limit(50)
        )
    ).all()
    out = []
    for r in rows:
        days = (today - r.due_date).days
        if days > 0:
            when = t["overdue"].format(days=days)
        elif days == 0:
            when = t["due_today"]
        else:
            day = r.due_date.strftime("%d/%m/%Y") if lang == "vi" else r.due_date.isoformat()
            when = t["due_in"].format(days=-days, day=day)
        out.append({"title": r.title, "when": when, "link": f"/tasks/{r.task_id}?unit={r.unit_id}"})
    return out


async def send_digests(sessionmaker: async_sessionmaker[AsyncSession], settings: Settings) -> int:
    """Each digest user whose hour has come gets one e-mail a day (claimed by ``last_digest_on``)."""
    if not email_enabled(settings):
        return 0
    now = localtime.now()
    local = now.astimezone(localtime.zone())
    today = local.date()
    sent = 0
    async with sessionmaker() as session:
        users = (
            await session.execute(
                select(NotificationPreference.user_id, NotificationPreference.language).where(
                    NotificationPreference.email_mode == "digest",
                    NotificationPreference.digest_hour <= local.hour,
                    or_(
                        NotificationPreference.last_digest_on.is_(None),
                        NotificationPreference.last_digest_on < today,
                    ),
                )
            )
        ).all()
    for user_id, language in users:
        async with sessionmaker() as session:
            claimed = await session.execute(
                update(NotificationPreference)
                .where(
                    NotificationPreference.user_id == user_id,
                    or_(
                        NotificationPreference.last_digest_on.is_(None),
                        NotificationPreference.last_digest_on < today,
                    ),
                )
                .values(last_digest_on=today)
                .execution_options(synchronize_session=False)
            )
            if not claimed.rowcount:  # type: ignore[attr-defined]
                await session.rollback()
                continue
            await session.commit()
            user = (
                await session.execute(
                    select(User.email, User.full_name, User.unit_id, User.active).where(User.id == user_id)
                )
            ).first()
            items = (
                await session.execute(
                    select(Notification.id, Notification.title, Notification.body, Notification.link)
                    .where(
                        Notification.user_id == user_id,
                        Notification.email_state == "digest",
                        Notification.cancelled_at.is_(None),
                    )
                    .order_by(Notification.created_at)
                    .limit(200)
                )
            ).all()
            lang = language if language in STRINGS else "vi"
            due = await _due_rows(session, user.unit_id if user else None, today, lang)
            if user is None or not user.active or (not items and not due):
                continue
            day = today.strftime("%d/%m/%Y") if lang == "vi" else today.isoformat()
            out = build(
                settings,
                user_id=user_id,
                to=user.email,
                name=user.full_name,
                language=lang,
                subject=STRINGS[lang]["digest_subject"].format(day=day),
                items=[{"title": i.title, "body": i.body, "link": i.link} for i in items],
                due=due,
                message_id=stable_message_id(settings, f"plandesk.digest.{user_id.hex}.{today:%Y%m%d}"),
            )
            try:
                await send(settings, out)
            except (aiosmtplib.SMTPException, OSError) as exc:
                log.warning("digest for user %s failed: %s", user_id, type(exc).__name__)
                # Give the day back so the next run tries again.
                await session.execute(
                    update(NotificationPreference)
                    .where(NotificationPreference.user_id == user_id)
                    .values(last_digest_on=None)
                    .execution_options(synchronize_session=False)
                )
                await session.commit()
                continue
            sent += 1
            if items:
                await session.execute(
                    update(Notification)
                    .where(Notification.id.in_([i.id for i in items]))
                    .values(email_state="sent", emailed_at=localtime.now())
                )
            await session.commit()
    return sent
