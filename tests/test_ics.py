"""iCalendar export, read back with icalendar: time zone, local times, stable UIDs, filters."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import update

from sakura_desktop.core.demo import LAUREATE_ID, create_demo_database
from sakura_desktop.core.schedule.editing import (
    apply_session_changes,
    create_session,
    draft_of,
    move_session,
    session_draft,
    update_session,
)
from sakura_desktop.core.schedule.ics import export_ics
from sakura_desktop.core.schedule.io import export_schedule, import_schedule
from sakura_desktop.core.schedule.loading import load_week
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.db.models import ScheduleSession
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


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[tuple[SessionFactory, int]]:
    """A demo database of the test's own (these tests edit it), last edits on 1 Jan 2026."""
    path = tmp_path / "fresh.db"
    summary = create_demo_database(path)
    database, _ = open_database(path=path)
    try:
        with database.session_factory.begin() as session:
            session.execute(update(ScheduleSession).values(updated_at=LONG_AGO))
        yield database.session_factory, summary.id
    finally:
        database.dispose()


LONG_AGO = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def versions(path: Path) -> dict[str, tuple[int, dt.datetime]]:
    """UID -> (SEQUENCE, LAST-MODIFIED) of every event."""
    return {str(e["uid"]): (int(e["sequence"]), e["last-modified"].dt) for e in read(path).events}


def test_a_moved_session_gets_a_higher_sequence_and_a_later_last_modified(
    fresh: tuple[SessionFactory, int], tmp_path: Path
) -> None:
    factory, program_id = fresh
    export_ics(factory, program_id, tmp_path / "before.ics")
    before = versions(tmp_path / "before.ics")
    assert {v for v in before.values()} == {(0, LONG_AGO)}
    moved = load_week(factory, program_id).sessions[3]
    later = dt.timedelta(minutes=30)
    move_session(factory, moved.id, moved.start + later, moved.end + later)
    export_ics(factory, program_id, tmp_path / "after.ics")
    after = versions(tmp_path / "after.ics")
    assert set(after) == set(before)  # same UIDs: the phone updates, never duplicates
    uid = f"{moved.uuid}@sakura-desktop"
    assert after[uid][0] == before[uid][0] + 1 == 1
    assert after[uid][1] > before[uid][1]
    assert after[uid][1].tzinfo is not None and after[uid][1].utcoffset() == dt.timedelta(0)
    assert {v for u, v in after.items() if u != uid} == {(0, LONG_AGO)}  # untouched: SEQUENCE 0
    raw = (tmp_path / "after.ics").read_bytes()
    assert b"SEQUENCE:1\r\n" in raw and b"LAST-MODIFIED:2026" in raw.replace(b"\r\n ", b"")


def test_every_edit_path_bumps_the_revision_once(
    fresh: tuple[SessionFactory, int], tmp_path: Path
) -> None:
    factory, program_id = fresh
    week = load_week(factory, program_id)
    first, second = week.sessions[0], week.sessions[1]
    assert (first.revision, second.revision) == (0, 0)
    same = update_session(factory, first.id, session_draft(factory, first.id))
    assert same.revision == 0  # nothing changed: no new version
    renamed = update_session(
        factory, first.id, replace(session_draft(factory, first.id), title="Renamed")
    )
    assert renamed.revision == 1 and renamed.updated_at is not None
    assert renamed.updated_at > LONG_AGO
    (batch,) = apply_session_changes(
        factory, program_id, [], [(first.id, replace(draft_of(renamed), host="Dr. Sato"))]
    )
    assert batch.revision == 2
    new = create_session(factory, program_id, replace(draft_of(second), uuid=None))
    assert new.revision == 0
    # A schedule import that changes a row bumps it; the unchanged rows stay as they were.
    exported = tmp_path / "week.csv"
    export_schedule(factory, program_id, exported)
    with exported.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    target = next(row for row in rows if row["uuid"] == second.uuid)
    target["title"] = "Renamed in Excel"
    with exported.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    report = import_schedule(factory, program_id, exported)
    assert report.updated == 1
    after = {s.id: s.revision for s in load_week(factory, program_id).sessions}
    assert after[second.id] == 1 and after[first.id] == 2 and after[new.id] == 0
    assert sum(after.values()) == 3
