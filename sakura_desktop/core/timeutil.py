"""Instants are stored in UTC; people read them in the program's time zone."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sakura_desktop.core.i18n import translate
from sakura_desktop.errors import UserError

DEFAULT_TIMEZONE = "Asia/Tokyo"


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise UserError(
            translate(
                "Programs", "Unknown time zone {name}; use an IANA name such as Asia/Tokyo."
            ).format(name=repr(name))
        ) from exc


def local(instant: dt.datetime, timezone: str) -> dt.datetime:
    """The same instant, expressed in `timezone`."""
    return instant.astimezone(zone(timezone))


def at_local(day: dt.date, time: dt.time, timezone: str) -> dt.datetime:
    """The aware instant for a wall-clock time on a day in `timezone`."""
    return dt.datetime.combine(day, time, tzinfo=zone(timezone))


def local_day_bounds(day: dt.date, timezone: str) -> tuple[dt.datetime, dt.datetime]:
    """[start, end) of a calendar day in `timezone`, as aware instants."""
    start = at_local(day, dt.time(0, 0), timezone)
    end = at_local(day + dt.timedelta(days=1), dt.time(0, 0), timezone)
    return start, end


def program_days(start: dt.date, end: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]
