"""Rule logic of time normalization, on strings (no parse needed)."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.timex.normalize import When, value

WED = date(2025, 8, 20)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("Monday", "past", "2025-08-18"),
        ("On Monday", "past", "2025-08-18"),
        ("Wednesday", "past", "2025-08-20"),
        ("Friday", "future", "2025-08-22"),
        ("last Monday", "future", "2025-08-18"),
        ("next Monday", "past", "2025-08-25"),
        ("yesterday", "past", "2025-08-19"),
        ("three days ago", "past", "2025-08-17"),
        ("last month", "past", "2025-07"),
        ("in 2019", "past", "2019"),
        ("earlier this year", "past", "2025"),
        ("last year", "past", "2024"),
        ("next week", "future", "2025-08-25"),
        ("Aug. 18, 2025", "past", "2025-08-18"),
        ("March 5", "past", "2025-03-05"),
        ("March 2019", "past", "2019-03"),
        ("2024-05-01", "past", "2024-05-01"),
        ("the 1990s", "past", None),
        ("last March", "past", "2025-03"),
        ("last August", "past", "2024-08"),
        ("next January", "past", "2026-01"),
        ("58", "past", None),
        ("1,200", "past", None),
        ("65 days", "past", None),
        ("two years", "past", None),
        ("the past three months", "past", None),
        ("58-year-old", "past", None),
        ("years", "past", None),
    ],
)
def test_values_relative_to_publication(text, tense, expected):
    when = value(text, tense, None, WED)
    assert (str(when) if when else None) == expected


def test_chained_phrases_count_from_the_last_resolved_date():
    monday = When(date(2025, 8, 18), "day")
    assert str(value("the next day", "past", monday, WED)) == "2025-08-19"
    assert str(value("a day later", "past", monday, WED)) == "2025-08-19"
    assert str(value("two days later", "past", monday, WED)) == "2025-08-20"
    assert str(value("the following week", "past", monday, WED)) == "2025-08-25"
    assert str(value("the following month", "past", When(date(2019, 3, 5), "day"), WED)) == "2019-04"
    assert value("the next day", "past", When(date(2019, 1, 1), "year"), WED) is None


def test_no_publication_date_resolves_only_absolute_dates():
    assert value("Monday", "past", None, None) is None
    assert value("the next day", "past", None, None) is None
    assert str(value("March 5, 2019", "past", None, None)) == "2019-03-05"
    assert value("March 5", "past", None, None) is None
