"""Where each session goes in the week view, as plain numbers (no Qt): its day column, its minutes
since local midnight, and its lane among the sessions it overlaps (column packing per day).

Overlapping sessions of one day form a cluster (sessions that overlap each other, transitively);
each gets the first lane free at its start, and every session of the cluster shares the cluster's
lane count, so blocks side by side have equal widths and never overlap.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sakura_desktop.core.schedule.model import SessionData
from sakura_desktop.core.timeutil import local, program_days

DAY_MINUTES = 24 * 60
MIN_BLOCK_MINUTES = 15  # a session of 0 min (or ending before it starts) stays visible
DEFAULT_HOURS = (7, 22)


@dataclass(frozen=True)
class Placed:
    session_id: int
    day: int  # index into the view's days
    start: float  # minutes since local midnight of that day
    end: float  # clipped to the end of the day
    lane: int = 0
    lanes: int = 1


def week_days(
    first: dt.date, last: dt.date, sessions: Iterable[SessionData], timezone: str
) -> list[dt.date]:
    """The program's days, widened to hold any session outside them (shown, greyed)."""
    days = [local(s.start, timezone).date() for s in sessions]
    start = min([first, *days])
    end = max([last, *days])
    return program_days(start, end)


def hour_range(
    sessions: Iterable[SessionData], timezone: str, default: tuple[int, int] = DEFAULT_HOURS
) -> tuple[int, int]:
    """The hours the time axis shows: 07:00–22:00, widened to hold every session."""
    first, last = default
    for session in sessions:
        start = local(session.start, timezone)
        end = local(max(session.end, session.start), timezone)
        first = min(first, start.hour)
        whole_hours = end.hour + (1 if end.minute else 0)
        last = 24 if end.date() > start.date() else max(last, whole_hours)
    return max(0, first), min(24, max(last, first + 1))


def minutes_of(instant: dt.datetime, timezone: str) -> tuple[dt.date, float]:
    moment = local(instant, timezone)
    return moment.date(), moment.hour * 60 + moment.minute + moment.second / 60


def place_sessions(
    sessions: Sequence[SessionData], days: Sequence[dt.date], timezone: str
) -> list[Placed]:
    """Every session that starts on one of `days`, with its lane."""
    index = {day: n for n, day in enumerate(days)}
    raw: list[Placed] = []
    for session in sessions:
        day, start = minutes_of(session.start, timezone)
        if day not in index:
            continue
        end_day, end = minutes_of(session.end, timezone)
        if end_day > day:
            end = DAY_MINUTES
        elif end_day < day:
            end = start
        end = max(min(end, DAY_MINUTES), start + MIN_BLOCK_MINUTES)
        raw.append(Placed(session.id, index[day], start, end))
    placed: list[Placed] = []
    for day_number in range(len(days)):
        placed += pack([p for p in raw if p.day == day_number])
    return placed


def pack(items: Sequence[Placed]) -> list[Placed]:
    """Lanes for one day's blocks (see the module's note)."""
    ordered = sorted(items, key=lambda p: (p.start, -p.end, p.session_id))
    out: list[Placed] = []
    cluster: list[tuple[Placed, int]] = []
    lane_ends: list[float] = []
    cluster_end = -1.0

    def flush() -> None:
        lanes = len(lane_ends)
        out.extend(Placed(p.session_id, p.day, p.start, p.end, lane, lanes) for p, lane in cluster)

    for item in ordered:
        if cluster and item.start >= cluster_end:
            flush()
            cluster, lane_ends = [], []
        lane = next((n for n, end in enumerate(lane_ends) if end <= item.start), None)
        if lane is None:
            lane = len(lane_ends)
            lane_ends.append(item.end)
        else:
            lane_ends[lane] = item.end
        cluster.append((item, lane))
        cluster_end = max(cluster_end, item.end) if len(cluster) > 1 else item.end
    if cluster:
        flush()
    return out


def lanes_per_day(placed: Iterable[Placed], days: int) -> list[int]:
    found = [1] * days
    for item in placed:
        found[item.day] = max(found[item.day], item.lanes)
    return found
