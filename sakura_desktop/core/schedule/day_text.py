"""Days as the schedule's sentences name them: 'Tue 14 Jul' in English, '7月14日(火)' in Japanese.

The core has no Qt locale, so the pattern and the short day and month names go through the
catalogue; with nothing installed (the command line) this is exactly `%a %d %b` in the C locale.
"""

from __future__ import annotations

import datetime as dt

from sakura_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

WEEKDAYS = (
    QT_TRANSLATE_NOOP("ScheduleDates", "Mon"),
    QT_TRANSLATE_NOOP("ScheduleDates", "Tue"),
    QT_TRANSLATE_NOOP("ScheduleDates", "Wed"),
    QT_TRANSLATE_NOOP("ScheduleDates", "Thu"),
    QT_TRANSLATE_NOOP("ScheduleDates", "Fri"),
    QT_TRANSLATE_NOOP("ScheduleDates", "Sat"),
    QT_TRANSLATE_NOOP("ScheduleDates", "Sun"),
)
MONTHS = (
    QT_TRANSLATE_NOOP("ScheduleDates", "Jan"),
    QT_TRANSLATE_NOOP("ScheduleDates", "Feb"),
    QT_TRANSLATE_NOOP("ScheduleDates", "Mar"),
    QT_TRANSLATE_NOOP("ScheduleDates", "Apr"),
    QT_TRANSLATE_NOOP("ScheduleDates", "May"),
    QT_TRANSLATE_NOOP("ScheduleDates", "Jun"),
    QT_TRANSLATE_NOOP("ScheduleDates", "Jul"),
    QT_TRANSLATE_NOOP("ScheduleDates", "Aug"),
    QT_TRANSLATE_NOOP("ScheduleDates", "Sep"),
    QT_TRANSLATE_NOOP("ScheduleDates", "Oct"),
    QT_TRANSLATE_NOOP("ScheduleDates", "Nov"),
    QT_TRANSLATE_NOOP("ScheduleDates", "Dec"),
)


def _parts(value: dt.date) -> dict[str, object]:
    return {
        "weekday": translate("ScheduleDates", WEEKDAYS[value.weekday()]),
        "day": f"{value.day:02d}",
        "month": translate("ScheduleDates", MONTHS[value.month - 1]),
        "day_number": value.day,
        "month_number": value.month,
        "year": value.year,
    }


def day_label(value: dt.date) -> str:
    """'Tue 14 Jul'."""
    return translate("ScheduleDates", "{weekday} {day} {month}").format(**_parts(value))


def day_year_label(value: dt.date) -> str:
    """'Fri 17 Jul 2026'."""
    return translate("ScheduleDates", "{weekday} {day} {month} {year}").format(**_parts(value))
