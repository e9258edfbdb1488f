"""The live head count: following new events gives exactly what a full re-read gives.

A `HeadcountTracker` loads a checkpoint once and then reads only new events. These tests drive
random batches of scans from two local stations, undos, and events merged out of order from a
foreign station (older times, higher ids; their own undos) at every kind of checkpoint, and after
each batch compare the tracker with a fresh `headcount()` and `recent_scans()`. Then the same
with a real second process scanning into the same SQLite file.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, select, update

from sakura_desktop.core.checkin.checkpoints import create_roll_call
from sakura_desktop.core.checkin.live import HeadcountTracker, newest_event_id
from sakura_desktop.core.checkin.reports import headcount, recent_scans
from sakura_desktop.db.enums import Decision, Direction
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.db.models import CheckinEvent, Station
from tests.checkin_world import START, World, build_world

FIXED_NOW = dt.datetime(2026, 7, 13, 12, 0, tzinfo=dt.UTC)
PEOPLE = ["anong", "somchai", "duc", "lan", "minji", "jisoo", "hana", "taro"]
WATCHED = ["Welcome lecture", "Lab tour: SPring-8", "Bus to Harima", "Arrival", "Roll call"]


def fixed_now() -> dt.datetime:
    return FIXED_NOW


def make_world(folder: Path) -> World:
    db, _ = open_database(path=folder / "live.db", create=True)
    world = build_world(db)
    roll = create_roll_call(db.session_factory, world.program_id, "Roll call")
    world.checkpoints["Roll call"] = roll
    return world


def assert_same_as_full(tracker: HeadcountTracker, world: World, checkpoint_id: int) -> None:
    view = tracker.refresh()
    factory = world.db.session_factory
    assert view.headcount == headcount(factory, checkpoint_id, now=fixed_now)
    assert view.recent == recent_scans(factory, checkpoint_id, tracker.recent_limit)


class Merger:
    """Writes events as a journal merge does: a foreign station's own numbering, times that may
    be earlier than events already stored, and its own undos."""

    def __init__(self, world: World) -> None:
        self.world = world
        with world.db.session_factory.begin() as session:
            station = Station(name="Door 2", is_local=False)
            session.add(station)
            session.flush()
            self.station_id = station.id
        self.seq = 0
        self.accepted: list[str] = []

    def _insert(self, **values: object) -> str:
        self.seq += 1
        event_uuid = str(uuid.uuid4())
        row = {
            "uuid": event_uuid,
            "program_id": self.world.program_id,
            "station_id": self.station_id,
            "station_seq": self.seq,
            "operator": "Door 2",
            "method": "scanner",
            "raw_code": None,
            "voids_event_uuid": None,
            **values,
        }
        with self.world.db.session_factory.begin() as session:
            session.execute(insert(CheckinEvent.__table__), [row])
            session.execute(
                update(Station).where(Station.id == self.station_id).values(last_seq=self.seq)
            )
        return event_uuid

    def admit(self, person: str, checkpoint_id: int, minutes_ago: int, direction: str) -> None:
        when = START + dt.timedelta(hours=2) - dt.timedelta(minutes=minutes_ago)
        self.accepted.append(
            self._insert(
                participant_id=self.world.people[person],
                checkpoint_id=checkpoint_id,
                direction=direction,
                occurred_at=when,
                decision=Decision.ACCEPTED.value,
            )
        )

    def undo_one(self, index: int) -> None:
        if not self.accepted:
            return
        voided_uuid = self.accepted.pop(index % len(self.accepted))
        with self.world.db.session_factory() as session:
            voided = session.scalars(
                select(CheckinEvent).where(CheckinEvent.uuid == voided_uuid)
            ).one()
            person, checkpoint_id, at = (
                voided.participant_id,
                voided.checkpoint_id,
                voided.occurred_at,
            )
        self._insert(
            participant_id=person,
            checkpoint_id=checkpoint_id,
            direction=Direction.IN.value,
            occurred_at=at + dt.timedelta(seconds=30),
            decision=Decision.VOIDED.value,
            method="undo",
            voids_event_uuid=voided_uuid,
        )


operation = st.one_of(
    st.tuples(
        st.just("scan"),
        st.sampled_from(PEOPLE),
        st.sampled_from(WATCHED),
        st.booleans(),
        st.integers(0, 1),
    ),
    st.tuples(st.just("undo"), st.integers(0, 50)),
    st.tuples(
        st.just("merge"),
        st.sampled_from(PEOPLE),
        st.sampled_from(WATCHED),
        st.integers(0, 300),
        st.sampled_from(["in", "out"]),
    ),
    st.tuples(st.just("merge_undo"), st.integers(0, 50)),
    st.tuples(st.just("junk"), st.sampled_from(WATCHED)),
)


@pytest.mark.slow
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    watched=st.sampled_from(WATCHED),
    batches=st.lists(st.lists(operation, min_size=1, max_size=6), min_size=1, max_size=5),
)
def test_tracker_equals_full_headcount_after_every_batch(
    watched: str, batches: list[list[tuple[object, ...]]]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        world = make_world(Path(folder))
        factory = world.db.session_factory
        checkpoint_id = world.cp(watched)
        desks = [world.desk("Main door"), world.desk("Side door")]
        merger = Merger(world)
        results: list[str] = []
        tracker = HeadcountTracker(factory, checkpoint_id, recent_limit=6, now=fixed_now)
        tracker.load()
        try:
            for batch in batches:
                for op in batch:
                    run(op, world, desks, merger, results)
                assert_same_as_full(tracker, world, checkpoint_id)
        finally:
            world.db.dispose()


def run(
    op: tuple[object, ...], world: World, desks: list, merger: Merger, results: list[str]
) -> None:
    kind = op[0]
    if kind == "scan":
        _, person, where, leaving, station = op
        cp = world.checkpoints[str(where)]
        direction = Direction.OUT if leaving and cp.allows_exit else Direction.IN
        result = desks[int(str(station))].scan(
            cp.id, world.tokens[str(person)], direction=direction
        )
        if result.changes_presence:
            results.append(result.event_uuid)
    elif kind == "undo" and results:
        event_uuid = results.pop(int(str(op[1])) % len(results))
        desks[0].undo(event_uuid)
    elif kind == "merge":
        _, person, where, minutes, direction = op
        merger.admit(str(person), world.cp(str(where)), int(str(minutes)), str(direction))
    elif kind == "merge_undo":
        merger.undo_one(int(str(op[1])))
    elif kind == "junk":
        desks[1].scan(world.cp(str(op[1])), "NOT A BADGE")


def test_refresh_with_nothing_new_reads_nothing(tmp_path: Path) -> None:
    world = make_world(tmp_path)
    factory = world.db.session_factory
    tracker = HeadcountTracker(factory, world.cp("Welcome lecture"), now=fixed_now)
    first = tracker.load()
    again = tracker.refresh()
    assert again.events_read == 0 and again.new_scans == []
    assert again.headcount == first.headcount
    world.db.dispose()


def test_scan_elsewhere_moves_last_seen_of_a_missing_person(tmp_path: Path) -> None:
    world = make_world(tmp_path)
    factory = world.db.session_factory
    tracker = HeadcountTracker(factory, world.cp("Welcome lecture"), now=fixed_now)
    before = tracker.load()
    duc = world.people["duc"]
    assert (
        next(m for m in before.headcount.missing if m.person.participant_id == duc).last_seen
        is None
    )
    world.desk("Bus door").scan(world.cp("Bus to Harima"), world.tokens["duc"])
    view = tracker.refresh()
    seen = next(m for m in view.headcount.missing if m.person.participant_id == duc).last_seen
    assert seen is not None and seen.checkpoint_name.startswith("Bus to Harima")
    assert view.new_scans == []  # the scan was at another checkpoint
    world.db.dispose()


def test_late_commit_below_the_newest_id_is_still_read(tmp_path: Path) -> None:
    """On PostgreSQL id 101 may commit before id 100: the hole is read on later refreshes."""
    world = make_world(tmp_path)
    factory = world.db.session_factory
    checkpoint_id = world.cp("Welcome lecture")
    tracker = HeadcountTracker(factory, checkpoint_id, now=fixed_now)
    tracker.load()
    merger = Merger(world)
    merger.admit("minji", checkpoint_id, 5, "in")  # id 1 ...
    merger.admit("duc", checkpoint_id, 4, "in")  # ... id 2, committed first
    with factory.begin() as session:  # take id 1 back out, as if not yet committed
        late = session.execute(select(CheckinEvent).where(CheckinEvent.id == 1)).scalar_one()
        row = {c.key: getattr(late, c.key) for c in CheckinEvent.__table__.columns}
    with world.db.engine.begin() as connection:
        connection.execute(CheckinEvent.__table__.delete().where(CheckinEvent.id == 1))
    first = tracker.refresh()
    assert tracker.awaiting_gaps
    assert first.headcount == headcount(factory, checkpoint_id, now=fixed_now)
    with factory.begin() as session:  # the late transaction commits
        session.execute(insert(CheckinEvent.__table__), [row])
    assert newest_event_id(factory, world.program_id) == tracker.last_event_id
    view = tracker.refresh()
    assert not tracker.awaiting_gaps
    assert world.people["minji"] not in {m.person.participant_id for m in view.headcount.missing}
    assert view.headcount == headcount(factory, checkpoint_id, now=fixed_now)
    world.db.dispose()


def test_newest_event_id_follows_the_program(tmp_path: Path) -> None:
    world = make_world(tmp_path)
    factory = world.db.session_factory
    assert newest_event_id(factory, world.program_id) == 0
    world.desk().scan(world.cp("Welcome lecture"), world.tokens["anong"])
    first = newest_event_id(factory, world.program_id)
    assert first > 0
    assert newest_event_id(factory, world.other_program_id) == 0
    world.desk().scan(world.cp("Welcome lecture"), world.tokens["duc"])
    assert newest_event_id(factory, world.program_id) > first
    world.db.dispose()


@pytest.mark.slow
def test_poll_sees_a_scan_made_by_another_process(tmp_path: Path) -> None:
    world = make_world(tmp_path)
    factory = world.db.session_factory
    checkpoint_id = world.cp("Welcome lecture")
    tracker = HeadcountTracker(factory, checkpoint_id)
    before = tracker.load()
    polled = newest_event_id(factory, world.program_id)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    started = time.monotonic()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "sakura_desktop",
            "checkin",
            "--db",
            str(tmp_path / "live.db"),
            "--program",
            "SSP-TEST",
            "--checkpoint",
            "Welcome lecture",
            "--station",
            "Back door",
            world.tokens["minji"],
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    while newest_event_id(factory, world.program_id) == polled:
        assert time.monotonic() - started < 30
        time.sleep(0.05)
    view = tracker.refresh()
    assert view.headcount.present == before.headcount.present + 1
    assert world.people["minji"] not in {m.person.participant_id for m in view.headcount.missing}
    assert [line.station for line in view.new_scans] == ["Back door"]
    world.db.dispose()
