"""A demo week with its first days scanned, for the Reports screen's tests and screenshot.

Everybody arrives on Monday morning, spread over three hours (the arrivals timeline); then every
session up to Wednesday noon is scanned with a deterministic tenth of its expected people
missing; later sessions are not scanned (their attendance reads "not recorded").
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from sakura_desktop.core.checkin.checkpoints import ensure_checkpoints, expected_ids
from sakura_desktop.core.checkin.desk import CheckinDesk
from sakura_desktop.core.demo import create_demo_database
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import CheckpointKind
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.db.models import Program

TOKYO = ZoneInfo("Asia/Tokyo")
MONDAY_MORNING = dt.datetime(2026, 7, 13, 9, 0, tzinfo=TOKYO)
SCANNED_UNTIL = dt.datetime(2026, 7, 15, 12, 0, tzinfo=TOKYO)


class Clock:
    def __init__(self) -> None:
        self.now = MONDAY_MORNING

    def __call__(self) -> dt.datetime:
        return self.now


def _missing(person: int, checkpoint: int) -> bool:
    """Between 4 % and 20 % of a session's people are missing, varying by session."""
    return (person * 7919 + checkpoint * 104_729) % 100 < 4 + (checkpoint * 37) % 17


def scan_first_days(factory: SessionFactory, program_id: int) -> None:
    clock = Clock()
    desk = CheckinDesk(factory, program_id, station_name="Main door", clock=clock)
    checkpoints = ensure_checkpoints(factory, program_id)
    arrival = next(c for c in checkpoints if c.kind is CheckpointKind.ARRIVAL)
    with factory() as session:
        everyone = sorted(expected_ids(session, arrival.facts))
    for number, person in enumerate(everyone):
        clock.now = MONDAY_MORNING + dt.timedelta(minutes=(number * 37) % 180)
        desk.check_in(arrival.id, person)
    for checkpoint in checkpoints:
        starts = checkpoint.starts
        if checkpoint.session_id is None or starts is None or starts >= SCANNED_UNTIL:
            continue
        with factory() as session:
            expected = sorted(expected_ids(session, checkpoint.facts))
        for number, person in enumerate(expected):
            if _missing(person, checkpoint.id):
                continue
            clock.now = starts - dt.timedelta(minutes=10) + dt.timedelta(seconds=20 * number)
            desk.check_in(checkpoint.id, person)


def make_scanned_demo(path: Path) -> int:
    """The demo database at `path` with its first days scanned; returns the program's id."""
    create_demo_database(path)
    database, _ = open_database(path=path)
    try:
        with database.session_factory() as session:
            program_id = session.query(Program.id).one()[0]
        scan_first_days(database.session_factory, program_id)
    finally:
        database.dispose()
    return program_id
