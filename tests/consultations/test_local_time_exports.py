"""The synthesis report prints times as read where it is issued, and names the zone (issue 18)."""

from __future__ import annotations

import io
from zoneinfo import ZoneInfo

import docx

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


async def test_docx_report_prints_the_window_in_local_time_with_the_zone(client, factory, consult):
    coordinator = await factory.actor("coordinator")
    consultation = await consult.consultation()
    resp = await client.get(
        f"/api/v1/consultations/{consultation.id}/exports/synthesis.docx", headers=coordinator.headers
    )
    assert resp.status_code == 200, resp.text
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(resp.content)).paragraphs)
    opens = consultation.opens_at.astimezone(HANOI)
    closes = consultation.closes_at.astimezone(HANOI)
    window = f"{opens:%d/%m/%Y %H:%M} – {closes:%d/%m/%Y %H:%M}"
    assert f"Thời gian lấy ý kiến: {window} (giờ UTC+7, Asia/Ho_Chi_Minh)" in text
    assert "(UTC)" not in text
