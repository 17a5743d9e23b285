"""Vietnamese administrative formatting: dates, numbers, percentages."""

from __future__ import annotations

import datetime as dt


def place_date(place: str, day: dt.date | None) -> str:
    """ "Đắk Lắk, ngày 05 tháng 02 năm 2020": Decree 30 pads days below 10 and months
    below 3 with a zero (so "tháng 01", "tháng 02" cannot be misread or altered)."""
    if day is None:  # a draft: the date is written in when the document is issued
        return f"{place}, ngày … tháng … năm …" if place else "Ngày … tháng … năm …"
    d = f"{day.day:02d}" if day.day < 10 else str(day.day)
    m = f"{day.month:02d}" if day.month < 3 else str(day.month)
    text = f"ngày {d} tháng {m} năm {day.year}"
    return f"{place}, {text}" if place else text.capitalize()


def short_date(value: str | dt.date | None) -> str:
    if value is None or value == "":
        return ""
    day = dt.date.fromisoformat(value) if isinstance(value, str) else value
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def number(n: int | float) -> str:
    """12.345 (the dot groups thousands in Vietnamese)."""
    return f"{int(n):,}".replace(",", ".")


def percent(rate: float) -> str:
    """0.8533 → "85,3%"."""
    return f"{rate * 100:.1f}".replace(".", ",") + "%"


def signed_days(n: int | None) -> str:
    if n is None:
        return ""
    return f"+{n}" if n > 0 else str(n)
