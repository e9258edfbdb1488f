"""iCalendar export, read back with icalendar: time zone, local times, stable UIDs, filters."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from icalendar import Calendar

from sakura_desktop.core.demo import LAUREATE_ID, create_demo_database
from sakura_desktop.core.schedule.ics import export_ics
from sakura_desktop.core.schedule.loading import load_week
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.errors import UserError


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SessionFactory, int]]:
    path = tmp_path_factory.mktemp("ics") / "demo.db"
    summary = create_demo_database(path)
    database, _ = open_database(path=path)
    try:
        yield database.session_factory, summary.id
    finally:
        database.dispose()


def read(path: Path) -> Calendar:
    return Calendar.from_ical(path.read_bytes())


def test_program_calendar(demo: tuple[SessionFactory, int], tmp_path: Path) -> None:
    factory, program_id = demo
    path = tmp_path / "week.ics"
    assert export_ics(factory, program_id, path) == 58
    calendar = read(path)
    assert str(calendar["version"]) == "2.0"
    (timezone,) = calendar.timezones
    assert timezone.tz_name == "Asia/Tokyo"
    events = calendar.events
    assert len(events) == 58
    first = events[0]
    raw = first.get("dtstart")
    assert raw.params["TZID"] == "Asia/Tokyo"
    assert first.start == dt.datetime(2026, 7, 13, 11, 0, tzinfo=first.start.tzinfo)
    assert first.start.utcoffset() == dt.timedelta(hours=9)
    assert "Hotel Lobby and Lounge" in str(first["location"])
    assert "2-6-1 Azuma" in str(first["location"])
    bus = next(e for e in events if str(e["summary"]).startswith("Bus:"))
    assert "→ TIST Main Campus" in str(bus["location"])
    assert "Roll call" in str(bus["description"]) and "For: Everyone" in str(bus["description"])


def test_uids_are_stable_across_exports(demo: tuple[SessionFactory, int], tmp_path: Path) -> None:
    factory, program_id = demo
    export_ics(factory, program_id, tmp_path / "a.ics")
    export_ics(factory, program_id, tmp_path / "b.ics")
    first = [str(e["uid"]) for e in read(tmp_path / "a.ics").events]
    second = [str(e["uid"]) for e in read(tmp_path / "b.ics").events]
    assert first == second and len(set(first)) == 58
    week = load_week(factory, program_id)
    assert set(first) == {f"{s.uuid}@sakura-desktop" for s in week.sessions}


def test_team_and_participant_filters(demo: tuple[SessionFactory, int], tmp_path: Path) -> None:
    factory, program_id = demo
    week = load_week(factory, program_id)
    team = next(t for t in week.teams if t.name == "Team 3")
    count = export_ics(factory, program_id, tmp_path / "team.ics", team_id=team.id)
    events = read(tmp_path / "team.ics").events
    assert count == len(events) == len(week.sessions_for_team(team.id))
    tours = [e for e in events if str(e["summary"]).startswith("Lab tour")]
    assert len(tours) == 4  # one per lab
    assert "Team 3" in str(read(tmp_path / "team.ics")["x-wr-calname"])
    laureate = next(p for p in week.people if p.external_id == LAUREATE_ID)
    export_ics(factory, program_id, tmp_path / "prof.ics", participant_id=laureate.id)
    titles = {str(e["summary"]) for e in read(tmp_path / "prof.ics").events}
    assert "Hands-on experiment: plant pigments" in titles
    assert not any(t.startswith("Lab tour") for t in titles)
    with pytest.raises(UserError):
        export_ics(factory, program_id, tmp_path / "x.ics", team_id=team.id,
                   participant_id=laureate.id)  # fmt: skip
