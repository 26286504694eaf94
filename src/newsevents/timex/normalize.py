"""The value of one time expression, relative to the publication date or to the last resolved date.

Relative phrases are computed here ("the next day" from the last resolved date, "On Monday" from the
publication date and the clause's tense); dateparser reads only absolute dates ("Aug. 18, 2025",
"March 2019").
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from newsevents.timex.find import MONTHS, WEEKDAYS

NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
LEADING = re.compile(r"^(?:on|in|at|by|since|until|from|during|of|as of)\s+")
WORD_DAYS = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "last night": -1,
    "tomorrow": 1,
}
CHAINED = re.compile(
    r"^(?:the )?(next|following|previous|preceding) (day|week|month|year)$"
    r"|^the (day|week|month|year) (after|before)$"
    r"|^(\w+) (day|week|month|year)s? (later|earlier|after|before)$"
)
AGO = re.compile(r"^(\w+) (day|week|month|year)s? ago$")
NAMED = re.compile(r"^(last|this|next|earlier this|later this|earlier that|later that) (week|month|year)$")
WEEKDAY = re.compile(
    rf"^(?:(last|this|next) )?({'|'.join(WEEKDAYS)})(?:'s|’s)?(?: (?:morning|afternoon|evening|night))?$"
)
YEAR = re.compile(r"^(?:the year )?((?:19|20)\d\d)$")
NAMED_MONTH = re.compile(rf"^(last|this|next) ({'|'.join(MONTHS)})$")
BARE_NUMBER = re.compile(r"^[\d,.]+$")  # "Sheen, 58", "1,200": an age or a quantity, unless a year
DURATION = re.compile(
    r"^(?:(?:about|nearly|almost|over|more than|less than|at least|some|the|past|last|next|first|previous)"
    r"\s+)*"
    rf"(?:\d+|{'|'.join(NUMBERS)}|a few|several|many|\d+ to \d+)[- ]"
    r"(?:day|week|month|year|decade|hour|minute)s?(?:[- ](?:old|long))?$"
)
ABSOLUTE = re.compile(rf"\d|\b(?:{'|'.join(m[:3] for m in MONTHS)})", re.IGNORECASE)
DECADE = re.compile(r"\d0s\b|\d+(?:st|nd|rd|th) century")


@dataclass(frozen=True)
class When:
    """A resolved date and how much of it is known: ``day``, ``month`` or ``year``."""

    day: date
    grain: str

    def __str__(self) -> str:
        return {"day": self.day.isoformat(), "month": self.day.isoformat()[:7], "year": str(self.day.year)}[
            self.grain
        ]


def value(text: str, tense: str, anchor: When | None, published: date | None) -> When | None:
    """The value of ``text``; ``anchor`` is the last resolved date (chained phrases count from it)."""
    words = LEADING.sub("", " ".join(text.lower().replace("’", "'").split()))
    today = When(published, "day") if published else None
    if words in WORD_DAYS:
        return _shift(today, "day", WORD_DAYS[words])
    if match := NAMED.match(words):
        base = anchor if match[1].endswith("that") else today
        step = {"last": -1, "next": 1}.get(match[1], 0)
        shifted = _shift(base, match[2], step)
        return _week_start(shifted) if shifted and match[2] == "week" else shifted
    if match := CHAINED.match(words):
        direction, unit, number = _chained(match)
        return _shift(anchor or today, unit, direction * number) if number else None
    if match := AGO.match(words):
        number = NUMBERS.get(match[1]) or (int(match[1]) if match[1].isdigit() else 0)
        return _shift(today, match[2], -number) if number else None
    if match := WEEKDAY.match(words):
        return _weekday(WEEKDAYS.index(match[2]), match[1] or tense, published)
    if match := YEAR.match(words):
        return When(date(int(match[1]), 1, 1), "year")
    if match := NAMED_MONTH.match(words):
        return _month(MONTHS.index(match[2]) + 1, match[1], published)
    if BARE_NUMBER.match(words) or DURATION.match(words):
        return None  # an age, a quantity or a duration ("65 days", "for two years") is no date
    if ABSOLUTE.search(words) and not DECADE.search(words):
        return _absolute(words, published)
    return None


def _chained(match: re.Match) -> tuple[int, str, int]:
    if match[1]:
        return (1 if match[1] in ("next", "following") else -1), match[2], 1
    if match[3]:
        return (1 if match[4] == "after" else -1), match[3], 1
    number = NUMBERS.get(match[5]) or (int(match[5]) if match[5].isdigit() else 0)
    return (1 if match[7] in ("later", "after") else -1), match[6], number


def _shift(base: When | None, unit: str, step: int) -> When | None:
    if base is None:
        return None
    if unit in ("day", "week"):
        if base.grain != "day":
            return None
        return When(base.day + timedelta(days=step * (7 if unit == "week" else 1)), "day")
    if unit == "month":
        if base.grain == "year":
            return None
        months = base.day.year * 12 + base.day.month - 1 + step
        return When(date(months // 12, months % 12 + 1, 1), "month")
    return When(date(base.day.year + step, 1, 1), "year")


def _month(number: int, how: str, published: date | None) -> When | None:
    """ "last March": the latest March before publication; "next March" the first after; "this March" in
    the publication year."""
    if published is None:
        return None
    year = published.year
    if how == "last" and number >= published.month:
        year -= 1
    elif how == "next" and number <= published.month:
        year += 1
    return When(date(year, number, 1), "month")


def _week_start(when: When) -> When:
    return When(when.day - timedelta(days=when.day.weekday()), "day")


def _weekday(number: int, how: str, published: date | None) -> When | None:
    """The weekday nearest publication: before it in past narration and for "last", after it otherwise."""
    if published is None:
        return None
    back = (published.weekday() - number) % 7
    if how == "last":
        return When(published - timedelta(days=back or 7), "day")
    if how in ("future", "next"):
        ahead = (number - published.weekday()) % 7
        return When(published + timedelta(days=ahead or (7 if how == "next" else 0)), "day")
    if how == "this":
        return When(published + timedelta(days=number - published.weekday()), "day")
    return When(published - timedelta(days=back), "day")


@lru_cache(maxsize=4096)
def _absolute(words: str, published: date | None) -> When | None:
    """A calendar date, month or year by dateparser (memoized: "October", "July 25" recur)."""
    has_year = re.search(r"\b(?:19|20)\d\d\b", words) is not None
    if published is None and not has_year:
        return None
    base = datetime.combine(published, datetime.min.time()) if published else None
    data = _parser(base).get_date_data(words)
    if data.date_obj is None or data.period not in ("day", "month", "year"):
        return None
    return When(data.date_obj.date(), data.period)


@lru_cache(maxsize=64)
def _parser(base: datetime | None):
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": False}
    if base is not None:
        settings["RELATIVE_BASE"] = base
    return DateDataParser(languages=["en"], settings=settings)


_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH = rf"({'|'.join(MONTHS)}|{'|'.join(m[:3] for m in MONTHS)}|sept)\.?"
_DAY_MONTH_YEAR = re.compile(rf"^(\d{{1,2}}) {_MONTH},? (\d{{4}})$")
_MONTH_DAY_YEAR = re.compile(rf"^{_MONTH} (\d{{1,2}}),? (\d{{4}})$")
ACCEPTED_DAYS = "YYYY-MM-DD (2025-03-09) or a written date (9 March 2025, March 9, 2025)"


def user_day(text: str, name: str = "") -> str:
    """The YYYY-MM-DD day a user typed: ISO, or a date with the month in words; anything else ("yesterday",
    "03/09/2025", which reads either way) raises ValueError naming ``name`` and the accepted forms."""
    words = " ".join(text.lower().split())
    day = month = year = None
    if _ISO_DAY.match(words):
        year, month, day = map(int, words.split("-"))
    elif match := _DAY_MONTH_YEAR.match(words):
        day, month, year = int(match[1]), _month_number(match[2]), int(match[3])
    elif match := _MONTH_DAY_YEAR.match(words):
        month, day, year = _month_number(match[1]), int(match[2]), int(match[3])
    if year is not None:
        with suppress(ValueError):
            return date(year, month, day).isoformat()
    raise ValueError(f"{name + ' ' if name else ''}{text!r} is not a date: use {ACCEPTED_DAYS}")


def _month_number(word: str) -> int:
    return [m[:3] for m in MONTHS].index(word[:3]) + 1
