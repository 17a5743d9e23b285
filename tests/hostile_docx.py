"""Hostile .docx files: a few kilobytes that inflate to megabytes of empty paragraphs."""

from __future__ import annotations

import io
import zipfile

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="word/document.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
    "</Relationships>"
)


def docx_of_paragraphs(paragraph_xml: str, count: int) -> bytes:
    """A .docx whose body is ``paragraph_xml`` repeated ``count`` times, deflated hard."""
    body = f'<w:document xmlns:w="{_W}"><w:body>{paragraph_xml * count}</w:body></w:document>'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml", body)
    return buffer.getvalue()


def empty_paragraphs_bomb(inflated_bytes: int = 2_000_000) -> bytes:
    """The issue's example: about 5 KB inflating to ``inflated_bytes`` of ``<w:p/>``."""
    return docx_of_paragraphs("<w:p/>", inflated_bytes // len("<w:p/>"))
