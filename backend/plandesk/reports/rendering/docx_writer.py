"""The review as a Word document in the layout of Decree 30/2020/NĐ-CP (Appendix I).

A4, margins 20/20/30/15 mm; Times New Roman; the two-column header (issuing body
and number on the left, the national motto with place and date on the right, each
underlined by a short rule); the document kind and excerpt centred in bold; a
justified body with first-line indents; tables whose header row repeats on every
page; the recipients ("Nơi nhận") and signature block side by side at the end.
Editable in Word and LibreOffice: real paragraphs, real tables, no text boxes.
"""

from __future__ import annotations

import io
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from plandesk.reports.rendering.docx_chart import chart_elements
from plandesk.reports.rendering.layout import Layout

FONT = "Times New Roman"
BODY_PT = 14
TABLE_PT = 10.5
CELL_MARGIN_TWIPS = 60  # ≈ 0.1 cm each side: Word's 0.19 cm wraps "STT" and "100,0%"
MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM"


def _run(p: Paragraph, text: str, size: float, bold: bool = False, italic: bool = False) -> None:
    run = p.add_run(text)
    run.font.name = FONT
    run.font.size = Pt(size)
    run.bold = bold
    run.italic = italic
    # East-Asian font slot too, or Word substitutes a font for the Vietnamese letters.
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)


def _para(
    container: Any,
    text: str = "",
    size: float = BODY_PT,
    *,
    bold: bool = False,
    italic: bool = False,
    align: Any = WD_ALIGN_PARAGRAPH.CENTER,
    after: float = 0,
    indent: float | None = None,
) -> Paragraph:
    p = container.add_paragraph()
    p.alignment = align
    fmt = p.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(after)
    if indent is not None:
        fmt.first_line_indent = Cm(indent)
    if text:
        _run(p, text, size, bold, italic)
    return p


def _rule(cell: _Cell, inset_cm: float) -> None:
    """A short centred rule under a header line: a bottom border on an inset empty paragraph."""
    p = cell.add_paragraph()
    fmt = p.paragraph_format
    fmt.left_indent = Cm(inset_cm)
    fmt.right_indent = Cm(inset_cm)
    fmt.space_after = Pt(2)
    p_pr = p._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    p_pr.append(borders)
    _run(p, "", 4)


# The order the schema gives a table's properties; Word refuses a file that breaks it.
TBL_PR_ORDER = (
    "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc "
    "tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription"
).split()


def _order_tbl_pr(doc: Any) -> None:
    """Sort every table's properties into the schema's order (python-docx and we append)."""
    for tbl_pr in doc.element.body.iter(qn("w:tblPr")):
        children = list(tbl_pr)
        ranked = sorted(
            children,
            key=lambda c: (
                TBL_PR_ORDER.index(c.tag.split("}")[1]) if c.tag.split("}")[1] in TBL_PR_ORDER else 99
            ),
        )
        if ranked != children:
            for child in children:
                tbl_pr.remove(child)
            tbl_pr.extend(ranked)


def _no_borders(table: Any) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    table._tbl.tblPr.append(borders)


def _cell_margins(table: Any, twips: int) -> None:
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(twips))
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    table._tbl.tblPr.append(margins)


def _first(cell: _Cell) -> Any:
    """Cells start with one empty paragraph: write into it rather than under it."""

    class _Once:
        used = False

        def add_paragraph(self) -> Paragraph:
            if not self.used:
                self.used = True
                return cell.paragraphs[0]
            return cell.add_paragraph()

    return _Once()


def _header(doc: Any, layout: Layout) -> None:
    h = layout.header
    table = doc.add_table(rows=1, cols=2)
    _no_borders(table)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = table.rows[0].cells
    # Wide enough on the right for the motto on one line at 12 pt (Decree 30: 12–13 pt).
    table.autofit = False
    _cell_margins(table, 30)
    for column, cell, width in zip(table.columns, (left, right), (Cm(6.7), Cm(9.8)), strict=True):
        column.width = cell.width = width
    lw = _first(left)
    if h.get("parent_body"):
        _para(lw, h["parent_body"].upper(), 13)
    _para(lw, (h.get("issuer") or "").upper(), 13, bold=True)
    _rule(left, 2.0)
    _para(lw, h.get("number_symbol") or "Số:", 13)
    rw = _first(right)
    if h.get("style") == "party":
        _para(rw, PARTY, 15, bold=True)
        _rule(right, 2.2)
    else:
        _para(rw, MOTTO[0], 12, bold=True)
        _para(rw, MOTTO[1], 13, bold=True)
        _rule(right, 2.4)
    _para(rw, layout.place_date, 14, italic=True)


def _title(doc: Any, layout: Layout) -> None:
    _para(doc, "", after=6)
    _para(doc, layout.doc_kind, 14, bold=True)
    _para(doc, layout.title, 14, bold=True, after=0)
    if layout.draft:
        _para(doc, "(Dự thảo)", 13, italic=True)
    rule = doc.add_table(rows=1, cols=1)
    _no_borders(rule)
    cell = rule.rows[0].cells[0]
    _rule(cell, 6.5)
    cell._tc.remove(cell.paragraphs[0]._p)  # the cell's own empty paragraph: a blank line above the rule
    _para(doc, "", after=6)


def _styles(doc: Any) -> dict[str, Any]:
    """Paragraph styles for the body and the tables.

    Formatting each run directly costs python-docx several XML look-ups per property;
    a large review has thousands of table cells, so they carry a style instead.
    """

    def make(
        name: str,
        size: float,
        align: Any,
        *,
        bold: bool = False,
        indent: float | None = None,
        after: float = 0,
    ) -> Any:
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles["Normal"]
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.bold = bold
        style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
        fmt = style.paragraph_format
        fmt.alignment = align
        fmt.space_before = Pt(0)
        fmt.space_after = Pt(after)
        if indent is not None:
            fmt.first_line_indent = Cm(indent)
        return style

    left, centre, justify = WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY
    return {
        "body": make("PD Body", BODY_PT, justify, indent=1, after=6),
        "heading": make("PD Heading", BODY_PT, justify, bold=True, indent=1, after=6),
        "cell": make("PD Cell", TABLE_PT, left),
        "cell centre": make("PD Cell Centre", TABLE_PT, centre),
        "cell bold": make("PD Cell Bold", TABLE_PT, left, bold=True),
        "cell bold centre": make("PD Cell Bold Centre", TABLE_PT, centre, bold=True),
    }


def _styled(p: Paragraph, style: Any, text: str) -> None:
    # The style id written directly: assigning ``p.style`` scans every style of the document.
    p._p.style = style.style_id
    p.add_run(text)


def _table(doc: Any, block: dict[str, Any], usable_cm: float, styles: dict[str, Any]) -> None:
    columns, rows, widths = block["columns"], block["rows"], block["widths"]
    table = doc.add_table(rows=len(rows) + 1, cols=len(columns))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    scale = usable_cm / sum(widths)
    for i, column in enumerate(table.columns):
        column.width = Cm(widths[i] * scale)
    _cell_margins(table, CELL_MARGIN_TWIPS)
    # The header row repeats at the top of every page the table spans; no row splits across pages.
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for tr in table._tbl.tr_lst:
        tr.get_or_add_trPr().insert(0, OxmlElement("w:cantSplit"))
    cells = table._cells  # built once: Table.cell() rebuilds the whole grid on every call
    n = len(columns)
    for i, name in enumerate(columns):
        cells[i].width = Cm(widths[i] * scale)
        _styled(cells[i].paragraphs[0], styles["cell bold centre"], name)
    centred = set(block["centred"])
    last = len(rows) - 1
    for r, values in enumerate(rows, 1):
        total_row = r - 1 == last and bool(values) and values[0] == "Tổng cộng"
        for i, value in enumerate(values):
            key = ("cell bold" if total_row else "cell") + (" centre" if i in centred else "")
            _styled(cells[r * n + i].paragraphs[0], styles[key], str(value))
    _para(doc, "", after=4)


def _closing(doc: Any, layout: Layout) -> None:
    table = doc.add_table(rows=1, cols=2)
    _no_borders(table)
    left, right = table.rows[0].cells
    left.width, right.width = Cm(8), Cm(8)
    lw = _first(left)
    _para(lw, "Nơi nhận:", 12, bold=True, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT)
    for i, name in enumerate(layout.recipients):
        end = "." if i == len(layout.recipients) - 1 else ";"
        _para(lw, f"- {name.rstrip(';.')}{end}", 11, align=WD_ALIGN_PARAGRAPH.LEFT)
    rw = _first(right)
    for line in (layout.signer.get("title") or "").split("\n"):
        _para(rw, line.upper(), 14, bold=True)
    _para(rw, "(Ký, ghi rõ họ tên, đóng dấu)", 12, italic=True, after=48)
    _para(rw, layout.signer.get("name") or "", 14, bold=True)


def render_docx(layout: Layout) -> bytes:
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_PT)
    styles = _styles(doc)
    _header(doc, layout)
    _title(doc, layout)
    for block in layout.blocks:
        kind = block["t"]
        if kind in ("h1", "h2", "p"):
            _styled(doc.add_paragraph(), styles["body" if kind == "p" else "heading"], block["text"])
        elif kind == "table":
            _table(doc, block, 16.5, styles)
        elif kind == "chart":
            body = doc.element.body
            for element in chart_elements(block):
                body.insert(len(body) - 1, element)  # before the section properties
    _closing(doc, layout)
    _order_tbl_pr(doc)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
