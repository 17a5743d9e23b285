"""Bar charts in the Word file, drawn with a table: shaded cells as the bars' segments.

Word and LibreOffice both draw cell shading and honour a fixed table grid, so the
chart looks the same in each, stays sharp at any zoom or print (no picture), can be
edited like any table, and costs no dependency: the PDF draws the same bars as
vectors with Typst. The bar area is a grid of :data:`STEPS` equal columns; a segment
spans as many as its share of the longest bar (at least one when it is not zero).
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

COLOURS = ("2E7D32", "F9A825", "C62828", "1565C0", "9E9E9E", "D7CCC8")
STEPS = 100
TWIPS_PER_CM = 567
LABEL_CM, BAR_CM, RATE_CM = 4.2, 9.9, 2.4
FONT = "Times New Roman"
NIL = "".join(f'<w:{e} w:val="nil"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
# A white rule above and below each bar cell keeps neighbouring bars apart.
GAP = "".join(f'<w:{e} w:val="single" w:sz="18" w:space="0" w:color="FFFFFF"/>' for e in ("top", "bottom"))


def spans(values: list[float], most: float, steps: int = STEPS) -> list[int]:
    """Grid columns per segment: proportional to ``most``, ≥ 1 for a non-zero value, ≤ ``steps`` in all."""
    out = [0 if v <= 0 else max(1, round(v / most * steps)) for v in values]
    while sum(out) > steps:  # rounding up the small ones may overflow: trim the widest
        out[out.index(max(out))] -= 1
    return out


def _run(text: str, size_half_pt: int, *, bold: bool = False, colour: str | None = None) -> str:
    props = (
        f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" w:eastAsia="{FONT}"/>'
        + ("<w:b/>" if bold else "")
        + (f'<w:color w:val="{colour}"/>' if colour else "")
        + f'<w:sz w:val="{size_half_pt}"/><w:szCs w:val="{size_half_pt}"/>'
    )
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _para(runs: str, jc: str, *, after: int = 0) -> str:
    return (
        f'<w:p><w:pPr><w:keepNext/><w:spacing w:before="0" w:after="{after}" w:line="240" w:lineRule="auto"/>'
        f'<w:ind w:firstLine="0"/><w:jc w:val="{jc}"/></w:pPr>{runs}</w:p>'
    )


def _cell(width: int, content: str, *, span: int = 1, fill: str | None = None, margin: str = "") -> str:
    props = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if fill:
        props += f"<w:tcBorders>{GAP}</w:tcBorders>"
        props += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
    props += margin + '<w:vAlign w:val="center"/>'
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{content}</w:tc>"


def chart_elements(block: dict[str, Any]) -> list[Any]:
    """The chart as body elements: a title paragraph, the bars' table, a legend paragraph."""
    label_w, rate_w = round(LABEL_CM * TWIPS_PER_CM), round(RATE_CM * TWIPS_PER_CM)
    step_w = round(BAR_CM * TWIPS_PER_CM / STEPS)
    total_w = label_w + STEPS * step_w + rate_w
    bars = block["bars"]
    most = float(block.get("scale") or max([1.0, *(float(sum(b["values"])) for b in bars)]))
    palette = block.get("palette") or list(range(len(COLOURS)))
    empty = _para("", "left").replace("<w:keepNext/>", "")
    rows = []
    for bar in bars:
        cells = [
            _cell(
                label_w,
                _para(_run(bar["label"], 17), "right"),
                margin='<w:tcMar><w:right w:w="100" w:type="dxa"/></w:tcMar>',
            )
        ]
        widths = spans([float(v) for v in bar["values"]], most)
        for i, k in enumerate(widths):
            if k:
                cells.append(_cell(k * step_w, empty, span=k, fill=COLOURS[palette[i] % len(COLOURS)]))
        rest = STEPS - sum(widths)
        if rest:
            cells.append(_cell(rest * step_w, empty, span=rest))
        cells.append(
            _cell(
                rate_w,
                _para(_run(bar["rate"], 17), "left"),
                margin='<w:tcMar><w:left w:w="100" w:type="dxa"/></w:tcMar>',
            )
        )
        rows.append(
            '<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="300" w:hRule="atLeast"/></w:trPr>'
            + "".join(cells)
            + "</w:tr>"
        )
    grid = (
        f'<w:gridCol w:w="{label_w}"/>'
        + f'<w:gridCol w:w="{step_w}"/>' * STEPS
        + f'<w:gridCol w:w="{rate_w}"/>'
    )
    table = (
        f"<w:tbl {nsdecls('w')}><w:tblPr>"
        f'<w:tblW w:w="{total_w}" w:type="dxa"/><w:jc w:val="center"/><w:tblLayout w:type="fixed"/>'
        f"<w:tblBorders>{NIL}</w:tblBorders>"
        '<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>'
        '<w:tblLook w:val="0000"/>'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
    )
    title = _para(_run(block["title"], 21, bold=True), "center", after=80)
    legend = "".join(
        _run("■ ", 20, colour=COLOURS[palette[i] % len(COLOURS)])
        + _run(name + ("    " if i < len(block["legend"]) - 1 else ""), 17)
        for i, name in enumerate(block["legend"])
    )
    legend_p = _para(legend, "center", after=160).replace("<w:keepNext/>", "")
    return [parse_xml(p) for p in (_para_ns(title), table, _para_ns(legend_p))]


def _para_ns(p: str) -> str:
    return p.replace("<w:p>", f"<w:p {nsdecls('w')}>", 1)
