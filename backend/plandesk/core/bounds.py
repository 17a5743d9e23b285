"""Bounded dates, datetimes and integers for every input.

A date in year 9999 is valid ISO 8601 but one day of arithmetic later it is an
``OverflowError`` (a 500 on every calendar feed of the plan); an integer of 100
digits is valid JSON but no database column holds it. Inputs use the types
below; tests/test_input_types.py walks the OpenAPI document and fails on a date,
datetime or integer without bounds.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import AfterValidator, AwareDatetime, BeforeValidator, Field, GetJsonSchemaHandler, Strict

EARLIEST_DATE = dt.date(1900, 1, 1)
LATEST_DATE = dt.date(2200, 12, 31)
EARLIEST_DATETIME = dt.datetime(1900, 1, 1, tzinfo=dt.UTC)
LATEST_DATETIME = dt.datetime(2200, 12, 31, 23, 59, 59, 999999, tzinfo=dt.UTC)

INT64_MAX = 2**63 - 1
# The largest integer a JSON body may carry: 2**53 - 1 is the last one every JSON reader keeps
# exactly (JavaScript's Number.MAX_SAFE_INTEGER, and a double in a schema validator): past it,
# 2**63 - 1 + 192 compares equal to 2**63 - 1 in a double, and a "valid" bound is not one.
JSON_INT_MAX = 2**53 - 1
INT32_MAX = 2**31 - 1
# Day offsets relative to a milestone: a century either way is more than any plan needs.
MAX_OFFSET_DAYS = 36_500

RANGE_MARK = "x-plandesk-range"
# The same range as a pattern on the text, so a client generator or a fuzzer that reads
# the OpenAPI document knows that a year outside 1900..2200 is refused.
YEAR_PATTERN = r"^(19[0-9]{2}|2[01][0-9]{2}|2200)-"
_ISO_START = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _iso_text(value: Any) -> Any:
    """Only ISO 8601 text (or a date object): Pydantic would read ``0`` as 1970-01-01."""
    if isinstance(value, str) and not _ISO_START.match(value):
        raise ValueError("must be an ISO 8601 date (YYYY-MM-DD)")
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise ValueError("must be an ISO 8601 date (YYYY-MM-DD)")
    return value


def _range_message() -> str:
    return f"must be between {EARLIEST_DATE.isoformat()} and {LATEST_DATE.isoformat()}"


def check_date(value: dt.date) -> dt.date:
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise ValueError(_range_message())
    return value


def check_datetime(value: dt.datetime) -> dt.datetime:
    """Naive datetimes are read as UTC; the range is checked on the UTC instant."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    # Converting 0001-01-01T00:00+14:00 or 9999-12-31T23:59-14:00 to UTC overflows itself.
    try:
        utc = value.astimezone(dt.UTC)
    except (OverflowError, ValueError) as exc:
        raise ValueError(_range_message()) from exc
    if not EARLIEST_DATETIME <= utc <= LATEST_DATETIME:
        raise ValueError(_range_message())
    return value


class _Range:
    def __init__(self, low: str, high: str) -> None:
        self.low, self.high = low, high

    def __get_pydantic_json_schema__(self, core_schema: Any, handler: GetJsonSchemaHandler) -> Any:
        schema = handler(core_schema)
        schema[RANGE_MARK] = [self.low, self.high]
        schema.setdefault("pattern", YEAR_PATTERN)
        return schema

    def __hash__(self) -> int:
        return hash((self.low, self.high))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Range) and (other.low, other.high) == (self.low, self.high)


SafeDate = Annotated[
    dt.date, BeforeValidator(_iso_text), AfterValidator(check_date), _Range("1900-01-01", "2200-12-31")
]
SafeDatetime = Annotated[
    dt.datetime,
    BeforeValidator(_iso_text),
    AfterValidator(check_datetime),
    _Range("1900-01-01T00:00:00Z", "2200-12-31T23:59:59Z"),
]


def _integral(value: Any) -> Any:
    """A JSON number without a fractional part is an integer (JSON Schema: ``5.0`` is ``5``)."""
    if isinstance(value, float) and value.is_integer() and abs(value) <= JSON_INT_MAX:
        return int(value)
    return value


# Integers of JSON bodies are strict: ``"5"`` or ``true`` is not a number the document allows,
# and Pydantic would otherwise read them as 5 and 1; ``5.0`` is the integer 5 in JSON Schema
# (RFC 8259 has one number type), so it is read as 5, and ``5.5`` is refused. Query and path
# parameters arrive as text and use the lax types (``VersionNumber``…).
# Bounds go before INTEGRAL (``Annotated[int, Strict(), Field(ge=…), INTEGRAL]``): put on
# ``Annotated[JsonInt, Field(ge=…)]`` they reach the document as ``ge``/``le``, not
# ``minimum``/``maximum`` (a field's own ``Field(ge=…)`` on ``JsonInt`` is fine).
INTEGRAL = BeforeValidator(_integral)
JsonInt = Annotated[int, Strict(), INTEGRAL]
Int64 = Annotated[int, Strict(), Field(ge=-JSON_INT_MAX, le=JSON_INT_MAX), INTEGRAL]
StrictVersionNumber = Annotated[int, Strict(), Field(ge=1, le=INT32_MAX), INTEGRAL]
NonNegative = Annotated[int, Field(ge=0, le=JSON_INT_MAX)]
Percent = Annotated[int, Field(ge=0, le=100)]
VersionNumber = Annotated[int, Field(ge=1, le=INT32_MAX)]
OffsetDays = Annotated[int, Field(ge=-MAX_OFFSET_DAYS, le=MAX_OFFSET_DAYS)]


def add_days(day: dt.date, days: int) -> dt.date:
    """``day + days`` clamped to the supported range instead of overflowing."""
    try:
        moved = day + dt.timedelta(days=days)
    except OverflowError:
        return LATEST_DATE if days > 0 else EARLIEST_DATE
    return min(max(moved, EARLIEST_DATE), LATEST_DATE)


SafeAwareDatetime = Annotated[
    AwareDatetime,
    BeforeValidator(_iso_text),
    AfterValidator(check_datetime),
    _Range("1900-01-01T00:00:00Z", "2200-12-31T23:59:59Z"),
]
