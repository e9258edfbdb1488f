"""The demo program's fixed facts: its seed, code, title, host, dates, time zone and sizes.

Every other demo module reads these constants (and `week_time`, which turns a day of the
week and a clock time into an aware datetime), so they live apart from the people, places
and sessions that are built from them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sakura_desktop.core.roster.teams import PALETTE as TEAM_PALETTE
from sakura_desktop.core.timeutil import at_local

DEMO_SEED = 20260713

PROGRAM_CODE = "SSP-2026-07"
PROGRAM_TITLE = "Sakura Science Exchange Week — Summer 2026"
HOST_INSTITUTION = "Tsukuba Institute of Science and Technology"
HOST_MAIL_DOMAIN = "tist.ac.example"
START = dt.date(2026, 7, 13)  # a Monday
END = dt.date(2026, 7, 17)
TIMEZONE = "Asia/Tokyo"

STUDENTS_PER_DELEGATION = 10
TEACHERS_TOTAL = 10  # one per delegation, two for a couple of them
TEAM_COUNT = 8
COACH_SEATS = 110  # two 55-seat coaches
ALLERGIES = (
    "peanuts",
    "shellfish",
    "egg",
    "milk",
    "buckwheat (soba)",
    "shrimp and crab",
    "tree nuts",
    "kiwi fruit",
)
TEAM_COLOURS = TEAM_PALETTE[:8]  # the same colours teams get when formed in the app

Pair = tuple[str, str]  # (romanised, native script)
Row = dict[str, Any]


def week_time(day: int, hhmm: str) -> dt.datetime:
    hours, minutes = hhmm.split(":")
    return at_local(START + dt.timedelta(days=day), dt.time(int(hours), int(minutes)), TIMEZONE)
