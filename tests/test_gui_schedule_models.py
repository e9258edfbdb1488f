"""The Schedule screen's item model (conflict list) and its block layout (column packing)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from sakura_desktop.core.schedule.conflicts import Conflict, ConflictKind, Severity
from sakura_desktop.core.schedule.model import SessionData
from sakura_desktop.ui.schedule.layout import (
    Placed,
    hour_range,
    lanes_per_day,
    pack,
    place_sessions,
    week_days,
)
from sakura_desktop.ui.schedule.models import (
    KIND_ROLE,
    SESSION_IDS_ROLE,
    SEVERITY_ROLE,
    ConflictListModel,
)

pytestmark = pytest.mark.gui
TOKYO = dt.timezone(dt.timedelta(hours=9))


def at(day: int, hhmm: str) -> dt.datetime:
    hours, minutes = hhmm.split(":")
    return dt.datetime(2026, 7, 13 + day, int(hours), int(minutes), tzinfo=TOKYO)


def s(sid: int, start: dt.datetime, end: dt.datetime) -> SessionData:
    return SessionData(id=sid, title=f"S{sid}", kind="lecture", start=start, end=end)


def test_the_conflict_model_shows_severity_kind_and_sentence(qapp: object) -> None:
    model = ConflictListModel()
    conflicts = [
        Conflict(ConflictKind.TEAM_DOUBLE_BOOKED, Severity.ERROR, "Team 1 is twice.", (3, 4)),
        Conflict(ConflictKind.TRAVEL_TIME, Severity.WARNING, "Too fast.", (4, 5)),
    ]
    model.set_conflicts(conflicts)
    assert model.rowCount() == 2
    first = model.index(0, 0)
    assert model.data(first) == "Team double-booked\nTeam 1 is twice."
    assert model.data(first, SESSION_IDS_ROLE) == [3, 4]
    assert model.data(first, SEVERITY_ROLE) == "error"
    assert model.data(first, KIND_ROLE) == "Team double-booked"
    assert not model.data(first, Qt.ItemDataRole.DecorationRole).isNull()
    assert model.data(model.index(1, 0), SEVERITY_ROLE) == "warning"
    assert model.conflict_at(1) is conflicts[1]
    model.set_conflicts([])
    assert model.rowCount() == 0
    assert model.data(model.index(5, 0)) is None


def test_overlapping_blocks_get_lanes_per_cluster() -> None:
    items = [
        Placed(1, 0, 540, 600),  # 09:00–10:00
        Placed(2, 0, 555, 600),  # 09:15–10:00: beside 1
        Placed(3, 0, 570, 660),  # 09:30–11:00: a third lane
        Placed(4, 0, 600, 645),  # 10:00–10:45: reuses lane 0 (touching is not overlapping)
        Placed(5, 0, 720, 780),  # 12:00: a new cluster, alone
    ]
    placed = {p.session_id: p for p in pack(items)}
    assert [placed[i].lane for i in (1, 2, 3, 4)] == [0, 1, 2, 0]
    assert {placed[i].lanes for i in (1, 2, 3, 4)} == {3}
    assert (placed[5].lane, placed[5].lanes) == (0, 1)
    assert lanes_per_day(placed.values(), 2) == [3, 1]


def test_days_hours_and_places_follow_the_programs_time_zone() -> None:
    sessions = [
        s(1, at(1, "09:00"), at(1, "10:00")),
        s(2, at(0, "06:30"), at(0, "07:00")),  # earlier than 07:00: the axis widens
        s(3, at(6, "20:00"), at(7, "01:00")),  # after the program, across midnight
        s(4, at(2, "10:00"), at(2, "10:00")),  # 0 min: still visible
    ]
    days = week_days(dt.date(2026, 7, 13), dt.date(2026, 7, 17), sessions, "Asia/Tokyo")
    assert days[0] == dt.date(2026, 7, 13) and days[-1] == dt.date(2026, 7, 19)
    assert hour_range(sessions, "Asia/Tokyo") == (6, 24)
    placed = {p.session_id: p for p in place_sessions(sessions, days, "Asia/Tokyo")}
    assert (placed[1].day, placed[1].start, placed[1].end) == (1, 540, 600)
    assert placed[3].day == 6 and placed[3].end == 24 * 60
    assert placed[4].end - placed[4].start == 15
    assert hour_range([], "Asia/Tokyo") == (7, 22)
