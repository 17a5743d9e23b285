"""Exports and reports take any text the database holds (issue #9, items 11 and 14).

Rows are poisoned directly in the database, as rows stored before inputs were checked
(or written by another tool) would be: control characters and formula payloads.
"""

from __future__ import annotations

import csv
import io

import docx
import openpyxl
import pytest
from sqlalchemy import update

from plandesk.consultations.clustering import dedup
from plandesk.consultations.models import FeedbackSubmission
from plandesk.consultations.synthesis.export_labels import COLUMNS, CONTACT_COLUMNS
from plandesk.consultations.synthesis.exports import neutralise
from tests.consultations.factories import submit

POISON_BODY = '\x01=HYPERLINK("http://evil.example","x")'
POISON_RESPONSE = "Tiếp\x03 thu\x14 ý kiến"
POISON_NAME = "\x02+cmd|' /C calc'!A0"
POISON_CONTACT = "a@b.vn;=1+1"

# Exports speak Vietnamese by default: columns by their Vietnamese headers.
COLUMN = {key: vi for key, vi, _ in COLUMNS + CONTACT_COLUMNS}


@pytest.fixture
async def poisoned(client, consult, factory, session):
    c = await consult.consultation()
    resp = await submit(
        client, c.id, body="Ý kiến sẽ bị sửa trong cơ sở dữ liệu.", name="A", contact="a@b.vn"
    )
    feedback_id = resp.json()["id"]
    async with session.begin():
        await session.execute(
            update(FeedbackSubmission)
            .where(FeedbackSubmission.consultation_id == c.id)
            .values(
                body=POISON_BODY,
                response=POISON_RESPONSE,
                status="accepted",
                name=POISON_NAME,
                contact=POISON_CONTACT,
            )
        )
    await dedup.cluster_all(session)
    return {"consultation": c, "feedback_id": feedback_id, "moderator": await factory.actor("moderator")}


def test_neutralise_strips_control_characters_before_checking_for_a_formula():
    assert neutralise("\x01=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert neutralise("\x00\x0b@SUM(1)") == "'@SUM(1)"


def test_neutralise_defuses_formulas_after_list_separators():
    assert neutralise("a;=1+1") == "a;'=1+1"
    assert neutralise("a, +cmd") == "a, '+cmd"
    assert neutralise('x;"=1') == "x;\"'=1"
    assert neutralise("Nhất trí; đồng ý") == "Nhất trí; đồng ý"


async def test_xlsx_has_no_live_formula_when_a_control_character_hid_one(client, poisoned):
    resp = await client.get(
        f"/api/v1/consultations/{poisoned['consultation'].id}/exports/feedback.xlsx",
        params={"include_contacts": "true"},
        headers=poisoned["moderator"].headers,
    )
    assert resp.status_code == 200, resp.text
    sheet = openpyxl.load_workbook(io.BytesIO(resp.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    header, row = rows[0], rows[1]
    assert all(cell.data_type != "f" for r in sheet.iter_rows() for cell in r)
    assert row[header.index(COLUMN["body"])] == '\'=HYPERLINK("http://evil.example","x")'
    assert row[header.index(COLUMN["name"])] == "'+cmd|' /C calc'!A0"
    assert row[header.index(COLUMN["contact"])] == "a@b.vn;'=1+1"
    assert row[header.index(COLUMN["response"])] == "Tiếp thu ý kiến"


async def test_csv_quotes_every_field_and_neutralises_separator_led_formulas(client, poisoned):
    resp = await client.get(
        f"/api/v1/consultations/{poisoned['consultation'].id}/exports/feedback.csv",
        params={"include_contacts": "true"},
        headers=poisoned["moderator"].headers,
    )
    assert resp.status_code == 200
    text = resp.content.decode("utf-8-sig")
    for line in text.splitlines():
        assert line.startswith('"') and line.endswith('"')
    header, row = list(csv.reader(io.StringIO(text)))
    assert row[header.index(COLUMN["body"])].startswith("'=HYPERLINK")
    assert row[header.index(COLUMN["contact"])] == "a@b.vn;'=1+1"
    assert "\x01" not in text and "\x03" not in text


async def test_synthesis_report_renders_stored_control_characters(client, poisoned, factory):
    coordinator = await factory.actor("coordinator")
    resp = await client.get(
        f"/api/v1/consultations/{poisoned['consultation'].id}/exports/synthesis.docx",
        headers=coordinator.headers,
    )
    assert resp.status_code == 200, resp.text
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(resp.content)).paragraphs)
    assert "Tiếp thu ý kiến" in text
