"""The structural items of a plan draft, as the corpus's golden JSON records them.

Every field a coordinator checks on the review screen: header (code, date,
place, title, issuer, signer), legal bases, purposes and requirements,
phases with their windows and topics, channels, units, tasks with lead,
supporters, deadline (resolved to a date) or recurrence and phase, and the
recipients. Warnings are not part of it: they are the parser's notes, and
differ legitimately between a text and its scan.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from plandesk.importer import PlanDraft

CORPUS = Path(__file__).parent
DOCUMENTS = CORPUS / "documents"
GOLDEN = CORPUS / "golden"


def project(draft: PlanDraft) -> dict[str, Any]:
    """The golden view of a draft: plain JSON values, dates as ISO strings."""

    def iso(value: Any) -> str | None:
        return value.isoformat() if value is not None else None

    units = {u.key: u for u in draft.units}
    return {
        "code": draft.code,
        "issued_on": iso(draft.issued_on),
        "place": draft.place,
        "title": draft.title,
        "issuing_body": draft.issuing_body,
        "signer_name": draft.signer_name,
        "signer_title": draft.signer_title,
        "legal_bases": [[b.reference, iso(b.date)] for b in draft.legal_bases],
        "purposes": len(draft.purposes),
        "requirements": len(draft.requirements),
        "phases": [
            {
                "label": p.label,
                "parent": p.parent_label,
                "title": p.title,
                "start": iso(draft.resolve(p.start)),
                "end": iso(draft.resolve(p.end)),
                "topics": p.topics,
            }
            for p in draft.phases
        ],
        "channels": [{"title": c.title, "items": c.items} for c in draft.channels],
        "units": [[u.name, u.kind, u.is_group] for u in draft.units],
        "tasks": [
            {
                "section": t.source_section,
                "title": t.title,
                "lead": units[t.lead_unit_key].name,
                "supporting": [units[k].name for k in t.supporting_unit_keys],
                "due": iso(draft.resolve(t.due)),
                "recurrence": t.recurrence.model_dump(exclude={"text"}) if t.recurrence else None,
                "phase": t.phase_label,
            }
            for t in draft.tasks
        ],
        "recipients": draft.recipients,
    }


FIELDS = (
    *("code", "issued_on", "place", "title", "issuing_body", "signer_name", "signer_title"),
    *("legal_bases", "purposes", "requirements", "phases", "channels", "units", "tasks", "recipients"),
)


# Documents made from another one (a scan, a re-encoding) answer to that one's golden JSON.
SAME_AS = {"14": "13", "15": "13", "16": "01"}


def golden_path(document: Path) -> Path:
    """Where the golden JSON of a corpus document is (its source's, for a scan or a re-encoding)."""
    source = SAME_AS.get(document.name[:2])
    if source is not None:
        document = next(d for d in documents() if d.name.startswith(source + "-"))
    return GOLDEN / (document.name.split(".")[0] + ".json")


def load_golden(document: Path) -> dict[str, Any]:
    """The golden JSON of a corpus document."""
    result: dict[str, Any] = json.loads(golden_path(document).read_text(encoding="utf-8"))
    return result


def documents() -> list[Path]:
    """Every corpus document, in name order."""
    return sorted(p for p in DOCUMENTS.iterdir() if p.is_file())
