"""Notifications: one model for every channel (in-app, e-mail, webhooks), reminder schedules, e-mail.

- ``models``: notifications, preferences, per-plan reminder rules, the reminder ledger.
- ``kinds``: what can be notified, with each kind's default channels and short texts (vi/en).
- ``schedule``: the pure reminder arithmetic (which rule is due on a day, when the next one is).
- ``scan``: the periodic reminder scan (exactly once by a unique key) and escalation.
- ``outbox``: a consumer of the events outbox turning domain events into notifications.
- ``store``: writing notifications for recipients according to their preferences.
- ``email``: SMTP delivery (aiosmtplib), Jinja2 templates, the daily digest.
- ``preferences``, ``rules``, ``router``: the API.
"""
