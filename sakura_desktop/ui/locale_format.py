"""Dates, times and numbers written the way the interface language writes them.

The formats follow QLocale() — the default locale `install_language` sets — so a Japanese
interface shows 7月13日(月) where the English one shows Mon 13 Jul. Only the interface's
languages have patterns here; any other default locale (the system's "C" in a test that never
installed a language) writes English, so a screen never mixes languages. Core returns plain
dates and times; only the UI formats them, with these functions.

Naive and aware datetimes are written as they are: convert to the program's time zone first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, QLocale


@dataclass(frozen=True)
class _Patterns:
    """QLocale date patterns for one language (Qt's letters: d, ddd, M, MMM, yyyy)."""

    weekday: str  # Mon / 月
    day: str  # Mon 13 Jul / 7月13日(月)
    day_month_year: str  # 13 Jul 2026 / 2026年7月13日
    day_with_year: str  # Mon 13 Jul 2026 / 2026年7月13日(月)
    long_day: str  # Monday 13 July 2026 / 2026年7月13日 月曜日
    # A range of days: within one month, across months of one year.
    same_month: tuple[str, str]  # 13–17 Jul 2026 / 2026年7月13日～17日
    same_year: tuple[str, str]  # 29 Jun – 3 Jul 2026 / 2026年6月29日～7月3日
    range_separator: str  # between two full dates


_PATTERNS: dict[str, _Patterns] = {
    "en": _Patterns(
        weekday="ddd",
        day="ddd d MMM",
        day_month_year="d MMM yyyy",
        day_with_year="ddd d MMM yyyy",
        long_day="dddd d MMMM yyyy",
        same_month=("d", "d MMM yyyy"),
        same_year=("d MMM", "d MMM yyyy"),
        range_separator=" – ",
    ),
    "ja": _Patterns(
        weekday="ddd",
        day="M月d日(ddd)",
        day_month_year="yyyy年M月d日",
        day_with_year="yyyy年M月d日(ddd)",
        long_day="yyyy年M月d日 dddd",
        same_month=("yyyy年M月d日", "d日"),
        same_year=("yyyy年M月d日", "M月d日"),
        range_separator="～",
    ),
}
_SAME_MONTH_SEPARATOR = {"en": "–", "ja": "～"}


def _locale() -> tuple[QLocale, _Patterns, str]:
    """The default locale when it is an interface language, else English."""
    locale = QLocale()
    code = locale.name().split("_")[0]
    if code not in _PATTERNS:
        code = "en"
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale, _PATTERNS[code], code


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _format(value: dt.date, pattern: str) -> str:
    locale, _, _ = _locale()
    return locale.toString(_qdate(value), pattern)


def weekday(value: dt.date) -> str:
    """The short day name: Mon / 月."""
    return _format(value, _locale()[1].weekday)


def day(value: dt.date) -> str:
    """A day of the program: Mon 13 Jul / 7月13日(月)."""
    return _format(value, _locale()[1].day)


def day_month_year(value: dt.date) -> str:
    """13 Jul 2026 / 2026年7月13日."""
    return _format(value, _locale()[1].day_month_year)


def day_with_year(value: dt.date) -> str:
    """Mon 13 Jul 2026 / 2026年7月13日(月)."""
    return _format(value, _locale()[1].day_with_year)


def long_day(value: dt.date) -> str:
    """Monday 13 July 2026 / 2026年7月13日 月曜日."""
    return _format(value, _locale()[1].long_day)


def time(value: dt.time | dt.datetime) -> str:
    """Hours and minutes, 24-hour: 10:05 in both languages."""
    return f"{value.hour:02d}:{value.minute:02d}"


def time_with_seconds(value: dt.time | dt.datetime) -> str:
    """10:05:09 in both languages."""
    return f"{value.hour:02d}:{value.minute:02d}:{value.second:02d}"


def day_time(value: dt.datetime) -> str:
    """Mon 13 Jul 10:05 / 7月13日(月) 10:05."""
    return f"{day(value)} {time(value)}"


def day_with_year_time(value: dt.datetime) -> str:
    """Mon 13 Jul 2026 10:05 / 2026年7月13日(月) 10:05."""
    return f"{day_with_year(value)} {time(value)}"


def weekday_time(value: dt.datetime) -> str:
    """A time within the program's week: Mon 10:05 / (月) 10:05."""
    name = weekday(value)
    return f"({name}) {time(value)}" if _locale()[2] == "ja" else f"{name} {time(value)}"


def date_range(start: dt.date, end: dt.date) -> str:
    """13–17 Jul 2026; 29 Jun – 3 Jul 2026; 28 Dec 2026 – 3 Jan 2027 (and the Japanese
    2026年7月13日～17日; 2026年6月29日～7月3日; 2026年12月28日～2027年1月3日)."""
    locale, patterns, code = _locale()
    if start == end:
        return day_month_year(start)
    if start.year != end.year:
        return f"{day_month_year(start)}{patterns.range_separator}{day_month_year(end)}"
    if start.month != end.month:
        first, last = patterns.same_year
        separator = patterns.range_separator
    else:
        first, last = patterns.same_month
        separator = _SAME_MONTH_SEPARATOR[code]
    return f"{locale.toString(_qdate(start), first)}{separator}{locale.toString(_qdate(end), last)}"


def number(value: int | float, decimals: int | None = None) -> str:
    """1,234 with the language's grouping; `decimals` fixes the places shown (88.0)."""
    locale, _, _ = _locale()
    if decimals is None:
        if isinstance(value, int):
            return locale.toString(value)
        return locale.toString(float(value), "g", 12)
    return locale.toString(float(value), "f", decimals)
