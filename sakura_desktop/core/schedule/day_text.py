"""Days as the core's sentences and the coordinator's paper name them: 'Tue 14 Jul' in English,
'7月14日（火）' in Japanese.

The core has no Qt locale, so the patterns and the day and month names go through the
catalogue; with nothing installed (the command line) `day_label` is exactly `%a %d %b` in the C
locale. Participant-facing paper (badges, notebooks, certificates) stays English and does not
use these.
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


WEEKDAYS_LONG = (
    QT_TRANSLATE_NOOP("ScheduleDates", "Monday"),
    QT_TRANSLATE_NOOP("ScheduleDates", "Tuesday"),
    QT_TRANSLATE_NOOP("ScheduleDates", "Wednesday"),
    QT_TRANSLATE_NOOP("ScheduleDates", "Thursday"),
    QT_TRANSLATE_NOOP("ScheduleDates", "Friday"),
    QT_TRANSLATE_NOOP("ScheduleDates", "Saturday"),
    QT_TRANSLATE_NOOP("ScheduleDates", "Sunday"),
)
MONTHS_LONG = (
    QT_TRANSLATE_NOOP("ScheduleDates", "January"),
    QT_TRANSLATE_NOOP("ScheduleDates", "February"),
    QT_TRANSLATE_NOOP("ScheduleDates", "March"),
    QT_TRANSLATE_NOOP("ScheduleDates", "April"),
    QT_TRANSLATE_NOOP("ScheduleDates", "May"),
    QT_TRANSLATE_NOOP("ScheduleDates", "June"),
    QT_TRANSLATE_NOOP("ScheduleDates", "July"),
    QT_TRANSLATE_NOOP("ScheduleDates", "August"),
    QT_TRANSLATE_NOOP("ScheduleDates", "September"),
    QT_TRANSLATE_NOOP("ScheduleDates", "October"),
    QT_TRANSLATE_NOOP("ScheduleDates", "November"),
    QT_TRANSLATE_NOOP("ScheduleDates", "December"),
)


def _parts(value: dt.date) -> dict[str, object]:
    return {
        "weekday": weekday_label(value),
        "weekday_long": translate("ScheduleDates", WEEKDAYS_LONG[value.weekday()]),
        "day": f"{value.day:02d}",
        "month": translate("ScheduleDates", MONTHS[value.month - 1]),
        "month_long": translate("ScheduleDates", MONTHS_LONG[value.month - 1]),
        "day_number": value.day,
        "month_number": value.month,
        "year": value.year,
    }


def weekday_label(value: dt.date) -> str:
    """'Tue'."""
    return translate("ScheduleDates", WEEKDAYS[value.weekday()])


def day_label(value: dt.date) -> str:
    """'Tue 14 Jul'."""
    return translate("ScheduleDates", "{weekday} {day} {month}").format(**_parts(value))


def day_year_label(value: dt.date) -> str:
    """'Fri 17 Jul 2026'."""
    return translate("ScheduleDates", "{weekday} {day} {month} {year}").format(**_parts(value))


def date_label(value: dt.date) -> str:
    """'14 Jul 2026' (a date in a table cell)."""
    return translate("ScheduleDates", "{day} {month} {year}").format(**_parts(value))


def long_date_label(value: dt.date) -> str:
    """'14 July 2026' (a date in a sentence)."""
    return translate("ScheduleDates", "{day_number} {month_long} {year}").format(**_parts(value))


def long_day_label(value: dt.date) -> str:
    """'Tuesday 14 July 2026' (a day under a title)."""
    return translate("ScheduleDates", "{weekday_long} {day_number} {month_long} {year}").format(
        **_parts(value)
    )


def day_time_label(value: dt.datetime) -> str:
    """'Tue 14 Jul 10:00'."""
    return f"{day_label(value)} {value:%H:%M}"
