"""Checks every uploaded file passes before it is parsed: its name, and text content.

A file name is text like any other (it becomes a default title and an audit entry),
so it goes through :func:`~plandesk.core.text.clean_name`; a ``.txt``/``.md`` body is
checked with :func:`~plandesk.core.text.clean_text` line by line, so the 422 says where.
"""

from __future__ import annotations

from pathlib import PurePath

from plandesk.core.errors import InvalidInput
from plandesk.core.text import clean_name, clean_text

MAX_FILENAME_LENGTH = 255
TEXT_SUFFIXES = (".txt", ".md", ".markdown")


def checked_filename(filename: str | None) -> str:
    """The upload's file name (its last path component), or 422."""
    name = filename or ""
    try:
        name = clean_name(name) if name else name
    except ValueError as exc:
        raise InvalidInput(
            f"The file name {exc}.", errors=[{"loc": ["body", "file", "filename"], "msg": str(exc)}]
        ) from exc
    if len(name) > MAX_FILENAME_LENGTH:
        raise InvalidInput(
            f"The file name is longer than {MAX_FILENAME_LENGTH} characters.",
            errors=[{"loc": ["body", "file", "filename"], "msg": "too long"}],
        )
    # A browser sends a bare name, but a client may send a path: keep only the last part.
    return PurePath(name.replace("\\", "/")).name


def check_text_content(filename: str, data: bytes) -> None:
    """Refuse a ``.txt``/``.md`` upload holding NUL, lone surrogates or control characters.

    Bytes that are not UTF-8 at all are left to the parser, which names the problem.
    """
    if not filename.lower().endswith(TEXT_SUFFIXES):
        return
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            return
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return
    try:
        clean_text(text)
    except ValueError:
        pass  # find the line, for a message that says where
    else:
        return
    for number, line in enumerate(text.split("\n"), start=1):
        try:
            clean_text(line)
        except ValueError as exc:
            raise InvalidInput(
                f"Line {number} of the file {exc}.",
                errors=[{"loc": ["body", "file"], "msg": f"line {number}: {exc}"}],
            ) from exc
