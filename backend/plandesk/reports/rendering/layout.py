"""A review laid out once, as a list of blocks both writers (DOCX and PDF) follow.

The body follows the outline a provincial review takes: I. results (direction,
tasks by phase and by unit, propagation figures, the consultation, changes against
the approved plan, overdue work); II. assessment; III. the way ahead; IV. proposals.
Sections without material are left out and the rest renumbered, so a plan without a
consultation does not print an empty heading.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from plandesk.reports.rendering import vi

STANDING_HEADERS = ("Đúng hạn", "Trễ hạn", "Quá hạn", "Đang làm", "Chưa làm", "Hủy")
STANDING_KEYS = ("on_time", "late", "overdue", "in_progress", "not_started", "cancelled")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")
FEEDBACK_STATUS = {
    "received": "Mới nhận",
    "in_review": "Đang xem xét",
    "accepted": "Tiếp thu",
    "partially_accepted": "Tiếp thu một phần",
    "not_accepted": "Không tiếp thu",
    "duplicate": "Trùng lặp",
    "spam": "Không hợp lệ",
}
UNITS_CHARTED = 20


@dataclass
class Layout:
    header: dict[str, Any]
    place_date: str
    doc_kind: str  # "BÁO CÁO"
    title: str
    blocks: list[dict[str, Any]] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    signer: dict[str, str] = field(default_factory=dict)
    draft: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "header": self.header,
            "place_date": self.place_date,
            "doc_kind": self.doc_kind,
            "title": self.title,
            "blocks": self.blocks,
            "recipients": self.recipients,
            "signer": self.signer,
            "draft": self.draft,
        }


class _Body:
    def __init__(self) -> None:
        self.blocks: list[dict[str, Any]] = []
        self._h1 = 0
        self._h2 = 0
        self._charts = 0

    def h1(self, text: str) -> None:
        self._h1 += 1
        self._h2 = 0
        self.blocks.append({"t": "h1", "text": f"{ROMAN[self._h1 - 1]}. {text.upper()}"})

    def h2(self, text: str) -> None:
        self._h2 += 1
        self.blocks.append({"t": "h2", "text": f"{self._h2}. {text}"})

    def p(self, text: str) -> None:
        for para in (text or "").split("\n"):
            if para.strip():
                self.blocks.append({"t": "p", "text": para.strip()})

    def table(
        self,
        columns: list[str],
        rows: list[list[str]],
        widths: list[float],
        numeric_from: int = 1,
        centred: tuple[int, ...] = (),
    ) -> None:
        """A table; columns from ``numeric_from`` on, those in ``centred`` and a leading "STT"
        column are centred, the others (names, texts) flush left."""
        middle = [
            i
            for i in range(len(columns))
            if i >= numeric_from or i in centred or (i == 0 and columns[0] == "STT")
        ]
        self.blocks.append(
            {"t": "table", "columns": columns, "rows": rows, "widths": widths, "centred": middle}
        )

    def chart(
        self,
        title: str,
        bars: list[dict[str, Any]],
        *,
        legend: list[str] | None = None,
        scale: float | None = None,
        palette: list[int] | None = None,
    ) -> None:
        """Stacked horizontal bars, numbered "Biểu đồ n." in order. ``scale``: the value of a
        full-width bar (default: the longest bar); ``palette``: colour indices per segment."""
        if bars:
            self._charts += 1
            block: dict[str, Any] = {
                "t": "chart",
                "title": f"Biểu đồ {self._charts}. {title}",
                "legend": legend or list(STANDING_HEADERS),
                "bars": bars,
            }
            if scale is not None:
                block["scale"] = scale
            if palette is not None:
                block["palette"] = palette
            self.blocks.append(block)


def _standing_row(line: dict[str, Any]) -> list[str]:
    return [
        vi.number(line["total"]),
        *(vi.number(line[k]) for k in STANDING_KEYS),
        vi.percent(line["completion_rate"]),
    ]


def _bar(label: str, line: dict[str, Any]) -> dict[str, Any]:
    return {
        "label": label,
        "values": [line[k] for k in STANDING_KEYS],
        "rate": vi.percent(line["completion_rate"]),
    }


def _progress_chart(body: _Body, progress: dict[str, Any] | None) -> None:
    """Progress over time: per month's end, the share of tasks done (green) and, where the
    work lags, how far short of the share that was due (grey)."""
    if not progress or not progress["total"] or len(progress["months"]) < 2:
        return
    total = progress["total"]
    bars = []
    for m in progress["months"]:
        done, planned = m["done"] / total, m["planned"] / total
        year, month = m["month"].split("-")
        bars.append(
            {
                "label": f"T{int(month)}/{year}",
                "values": [round(done * 100, 2), round(max(0.0, planned - done) * 100, 2)],
                "rate": f"{vi.percent(done)} / {vi.percent(planned)}",
            }
        )
    body.chart(
        "Tiến độ hoàn thành theo thời gian (lũy kế, so với kế hoạch)",
        bars,
        legend=["Đã hoàn thành", "Còn chậm so với số đến hạn"],
        scale=100.0,
        palette=[0, 4],
    )


def _results(body: _Body, c: dict[str, Any]) -> None:
    texts = c.get("texts") or {}
    completion = c["completion"]
    t = completion["totals"]
    body.h1("Kết quả thực hiện")
    if texts.get("opening"):
        body.h2("Công tác lãnh đạo, chỉ đạo, triển khai")
        body.p(texts["opening"])

    body.h2("Kết quả thực hiện nhiệm vụ theo từng đợt")
    body.p(
        f"Tổng số {vi.number(t['total'])} nhiệm vụ; đã hoàn thành {vi.number(t['done'])} "
        f"({vi.percent(t['completion_rate'])} số nhiệm vụ không bị hủy), trong đó đúng hạn "
        f"{vi.number(t['on_time'])}, trễ hạn {vi.number(t['late'])}; quá hạn chưa hoàn thành "
        f"{vi.number(t['overdue'])}; đang thực hiện {vi.number(t['in_progress'])}; chưa triển khai "
        f"{vi.number(t['not_started'])}; hủy {vi.number(t['cancelled'])}."
    )
    phase_rows = [
        [f"Đợt {p['label']}" if p["phase_id"] else p["title"], *_standing_row(p)]
        for p in completion["phases"]
    ]
    phase_rows.append(["Tổng cộng", *_standing_row(t)])
    body.table(
        ["Đợt", "Tổng", *STANDING_HEADERS, "Tỷ lệ HT"],
        phase_rows,
        [1.6, 0.9, 1, 1, 1, 1, 1, 0.8, 1.1],
    )
    body.chart(
        "Tình hình thực hiện nhiệm vụ theo đợt",
        [_bar(f"Đợt {p['label']}", p) for p in completion["phases"] if p["phase_id"] and not p["is_sub"]],
    )
    _progress_chart(body, c.get("progress"))  # absent from reviews issued before it was added

    body.h2("Kết quả thực hiện theo đơn vị")
    units = completion["units"]
    body.p(
        f"{vi.number(len(units))} đơn vị được giao nhiệm vụ (chủ trì hoặc phối hợp); số liệu tính theo "
        "phần việc được giao của từng đơn vị, xếp theo tỷ lệ hoàn thành."
    )
    body.table(
        ["STT", "Đơn vị", "Tổng", *STANDING_HEADERS, "Tỷ lệ HT"],
        [[str(i), u["name"], *_standing_row(u)] for i, u in enumerate(units, 1)],
        [0.7, 3.2, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.8, 1.1],
        numeric_from=2,
    )
    charted = sorted(units, key=lambda u: -u["total"])[:UNITS_CHARTED]
    body.chart(
        "Tình hình thực hiện theo đơn vị"
        + (f" ({UNITS_CHARTED} đơn vị nhiều nhiệm vụ nhất)" if len(units) > UNITS_CHARTED else ""),
        [_bar(u["short_name"] or u["name"], u) for u in charted],
    )

    f = c["figures"]
    r = f["reporting"]
    body.h2("Kết quả công tác tuyên truyền")
    if r["periods"]:
        body.p(
            f"Tổng hợp từ {vi.number(r['submitted'])} báo cáo định kỳ của các đơn vị qua "
            f"{vi.number(r['periods'])} kỳ báo cáo (cần {vi.number(r['expected'])} báo cáo; "
            f"{vi.number(r['late'])} báo cáo gửi chậm; "
            f"{vi.number(r['accepted'])} báo cáo đã được chấp nhận):"
        )
    else:
        body.p("Trong thời gian này chưa có kỳ báo cáo định kỳ nào kết thúc.")
    rows = [
        [
            row["channel"],
            vi.number(row["events"]),
            vi.number(row["participants"]),
            vi.number(row["articles"]),
            vi.number(row["banners"]),
        ]
        for row in f["by_channel"]
    ]
    tot = f["totals"]
    rows.append(
        [
            "Tổng cộng",
            vi.number(tot["events"]),
            vi.number(tot["participants"]),
            vi.number(tot["articles"]),
            vi.number(tot["banners"]),
        ]
    )
    body.table(
        [
            "Hình thức tuyên truyền",
            "Hội nghị, buổi tuyên truyền",
            "Lượt người tham dự",
            "Tin, bài, phóng sự",
            "Băng rôn, khẩu hiệu, pano",
        ],
        rows,
        [3.4, 1.4, 1.4, 1.4, 1.4],
    )

    consultation = c.get("consultation")
    if consultation:
        body.h2("Kết quả lấy ý kiến Nhân dân")
        by_status = consultation["by_status"]
        accepted_n = by_status.get("accepted", 0) + by_status.get("partially_accepted", 0)
        body.p(
            f"Đợt lấy ý kiến “{consultation['title']}” nhận được {vi.number(consultation['total'])} ý kiến; "
            f"đã tiếp thu (toàn bộ hoặc một phần) {vi.number(accepted_n)} ý kiến."
        )
        statuses = [
            s for s in FEEDBACK_STATUS if any(row["by_status"].get(s) for row in consultation["by_section"])
        ]
        body.table(
            ["Phần, mục", "Tổng", *(FEEDBACK_STATUS[s] for s in statuses)],
            [
                [
                    " ".join(x for x in (row["number"], row["heading"]) if x) or "Ý kiến chung",
                    vi.number(row["total"]),
                    *(vi.number(row["by_status"].get(s, 0)) for s in statuses),
                ]
                for row in consultation["by_section"]
            ],
            [3.5, 0.9, *([1.0] * len(statuses))],
        )
        if consultation["accepted"]:
            body.p("Một số ý kiến tiêu biểu được tiếp thu, giải trình:")
            body.table(
                ["STT", "Mục", "Ý kiến", "Tiếp thu, giải trình"],
                [
                    [str(i), o["section"] or "", o["body"], o["response"]]
                    for i, o in enumerate(consultation["accepted"], 1)
                ],
                [0.5, 0.7, 4.0, 3.5],
                numeric_from=99,
            )

    baseline = c.get("baseline")
    if baseline:
        s = baseline["summary"]
        body.h2("Điều chỉnh so với kế hoạch được phê duyệt")
        body.p(
            f"So với kế hoạch được phê duyệt (bản số {baseline['number']}: {baseline['reason']}): "
            f"{s['phases_moved']} đợt thay đổi thời gian, "
            f"{s['milestones_moved']} mốc thời gian dời lịch, {s['tasks_moved']} nhiệm vụ đổi thời hạn "
            f"({s['tasks_later']} lùi, tổng {vi.number(s['days_lost'])} ngày; {s['tasks_earlier']} sớm hơn), "
            f"{s['tasks_added']} nhiệm vụ bổ sung, {s['tasks_cancelled']} nhiệm vụ hủy, "
            f"{s['tasks_removed']} nhiệm vụ bỏ khỏi kế hoạch, "
            f"{s['tasks_reassigned']} nhiệm vụ giao lại đơn vị."
        )
        changes = [
            *(
                [
                    "Đợt " + p["label"],
                    "Thời gian đợt",
                    f"{vi.short_date(p['end_before'])} → {vi.short_date(p['end_after'])}",
                    vi.signed_days(p["end_shift_days"]),
                ]
                for p in baseline["phases_moved"]
            ),
            *(
                [
                    m["title"],
                    "Mốc thời gian",
                    f"{vi.short_date(m['before'])} → {vi.short_date(m['after'])}",
                    vi.signed_days(m["shift_days"]),
                ]
                for m in baseline["milestones_moved"]
            ),
            *(
                [
                    t["title"],
                    "Đổi thời hạn",
                    f"{vi.short_date(t['due_before'])} → {vi.short_date(t['due_after'])}",
                    vi.signed_days(t["shift_days"]),
                ]
                for t in baseline["tasks_moved"]
            ),
            *([t["title"], "Bổ sung", t.get("unit", ""), ""] for t in baseline["tasks_added"]),
            *([t["title"], "Hủy", t.get("unit", ""), ""] for t in baseline["tasks_cancelled"]),
        ]
        if changes:
            body.table(
                ["Nội dung", "Thay đổi", "Chi tiết", "Số ngày"],
                changes,
                [4.2, 1.4, 2.6, 0.8],
                numeric_from=3,
                centred=(2,),
            )

    overdue = c["overdue"]
    body.h2("Nhiệm vụ chậm tiến độ")
    if overdue["total"]:
        more = overdue["total"] - len(overdue["listed"])
        body.p(
            f"Đến ngày {vi.short_date(c['review']['as_of'])} còn {vi.number(overdue['total'])} "
            "nhiệm vụ quá hạn chưa hoàn thành"
            + (f"; dưới đây là {len(overdue['listed'])} nhiệm vụ quá hạn lâu nhất" if more > 0 else "")
            + ", kèm lý do đơn vị chủ trì báo cáo:"
        )
        body.table(
            ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn", "Quá hạn (ngày)", "Lý do, vướng mắc"],
            [
                [
                    str(i),
                    o["title"],
                    o["unit"],
                    vi.short_date(o["due_date"]),
                    vi.number(o["days_overdue"]),
                    o["reason"] or "Chưa báo cáo lý do",
                ]
                for i, o in enumerate(overdue["listed"], 1)
            ],
            [0.6, 3.0, 1.9, 1.25, 0.95, 2.5],
            numeric_from=99,
            centred=(3, 4),
        )
    else:
        body.p("Không có nhiệm vụ quá hạn.")


def review_layout(c: dict[str, Any]) -> Layout:
    """The review document's layout from its assembled content (draft or issued)."""
    header = c.get("header") or {}
    texts = c.get("texts") or {}
    review = c["review"]
    issue = c.get("issue")
    body = _Body()
    _results(body, c)
    body.h1("Đánh giá chung")
    body.h2("Ưu điểm")
    body.p(texts.get("highlights") or "(Nội dung do cơ quan chủ trì bổ sung.)")
    body.h2("Hạn chế, nguyên nhân")
    body.p(texts.get("shortcomings") or "(Nội dung do cơ quan chủ trì bổ sung.)")
    if texts.get("lessons"):
        body.h2("Bài học kinh nghiệm")
        body.p(texts["lessons"])
    if texts.get("next_steps"):
        body.h1("Phương hướng, nhiệm vụ thời gian tới")
        body.p(texts["next_steps"])
    if texts.get("proposals"):
        body.h1("Đề xuất, kiến nghị")
        body.p(texts["proposals"])
    import datetime as dt

    issued_on = dt.date.fromisoformat(issue["issued_on"]) if issue else None
    title = review["title"]
    prefix = "Báo cáo "
    excerpt = title[len(prefix) :] if title.lower().startswith(prefix.lower()) else title
    return Layout(
        header=header,
        place_date=vi.place_date(header.get("place") or "", issued_on),
        doc_kind="BÁO CÁO",
        title=excerpt[:1].upper() + excerpt[1:],
        blocks=body.blocks,
        recipients=[*header.get("recipients", []), "Lưu: VT"],
        signer={"title": header.get("signer_title", ""), "name": header.get("signer_name", "")},
        draft=issue is None,
    )


FIGURE_HEADERS = ("Hội nghị, buổi tuyên truyền", "Lượt người tham dự", "Tin, bài, phóng sự", "Băng rôn, pano")


def unit_report_layout(report: dict[str, Any], plan: dict[str, Any]) -> Layout:
    """A unit's periodic report in the same administrative layout, addressed to the plan's issuer."""
    body = _Body()
    body.h1("Kết quả thực hiện nhiệm vụ")
    lines = report["task_lines"]
    if lines:
        body.table(
            ["STT", "Nhiệm vụ", "Tiến độ", "Kết quả thực hiện trong kỳ"],
            [
                [str(i), line["title"], f"{line['percent']}%", line["done_text"] or ""]
                for i, line in enumerate(lines, 1)
            ],
            [0.5, 3.4, 0.9, 4.2],
            numeric_from=99,
            centred=(2,),
        )
    else:
        body.p("Đơn vị không có nhiệm vụ trong kỳ.")
    body.h1("Số liệu tuyên truyền")
    figures = report["figures"]
    names = ("events", "participants", "articles", "banners")
    rows = [[f.get("channel") or "Khác", *(vi.number(f.get(n) or 0) for n in names)] for f in figures]
    rows.append(["Tổng cộng", *(vi.number(sum(f.get(n) or 0 for f in figures)) for n in names)])
    body.table(["Hình thức tuyên truyền", *FIGURE_HEADERS], rows, [3.4, 1.4, 1.4, 1.4, 1.4])
    body.h1("Khó khăn, vướng mắc")
    body.p(report["difficulties"] or "Không.")
    body.h1("Đề xuất, kiến nghị")
    body.p(report["proposals"] or "Không.")
    import datetime as dt

    submitted = report.get("submitted_on")
    day = (
        submitted
        if isinstance(submitted, dt.date)
        else (dt.date.fromisoformat(submitted) if submitted else None)
    )
    issuer = plan.get("issuing_body") or "Cơ quan chủ trì Kế hoạch"
    return Layout(
        header={
            "issuer": report["unit_name"],
            "number_symbol": "Số:      -BC",
            "place": plan.get("place") or "",
        },
        place_date=vi.place_date(plan.get("place") or "", day),
        doc_kind="BÁO CÁO",
        title=f"Kết quả thực hiện Kế hoạch số {plan['code']} ({report['period_label']})",
        blocks=body.blocks,
        recipients=[f"{issuer} (b/c)", "Lưu: VT"],
        signer={"title": "Thủ trưởng đơn vị", "name": ""},
        draft=day is None,
    )
