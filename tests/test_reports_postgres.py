"""The reports on PostgreSQL: the journal's reading (voided scans, people counted once) and the
summary's tables give the numbers they give on SQLite."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from checkin_world import FakeClock
from pg_support import PG_URL, wipe_postgres
from reports_world import add_program, at

from sakura_desktop.core.checkin.checkpoints import ensure_checkpoints
from sakura_desktop.core.checkin.service import CheckinDesk
from sakura_desktop.core.reports.attendance import arrivals_timeline, compute_attendance
from sakura_desktop.core.reports.kinds import ReportKind, report_tables
from sakura_desktop.core.tokens import issue_missing_tokens
from sakura_desktop.db.engine import Database
from sakura_desktop.db.lifecycle import open_database

pytestmark = pytest.mark.skipif(PG_URL is None, reason="SAKURA_TEST_PG_URL is not set")


@pytest.fixture
def pg() -> Iterator[Database]:
    assert PG_URL is not None
    wipe_postgres(PG_URL)
    database, _ = open_database(PG_URL, create=True)
    yield database
    database.dispose()


def test_attendance_and_summary_on_postgres(pg: Database) -> None:
    program_id, people, sessions = add_program(pg)
    factory = pg.session_factory
    tokens = {t.participant_id: t.token for t in issue_missing_tokens(factory, program_id)}
    checkpoints = {i.session_id: i.id for i in ensure_checkpoints(factory, program_id)}
    lecture = checkpoints[sessions["lecture"]]
    desk = CheckinDesk(factory, program_id, station_name="Main door", operator="Aiko",
                       clock=FakeClock(at(9, 40)))  # fmt: skip
    for name in ("anong", "somchai", "budi", "anong"):  # anong's second scan: already in
        desk.scan(lecture, tokens[people[name]])
    desk.undo(desk.scan(lecture, tokens[people["sari"]]).event_uuid)
    desk.scan(lecture, tokens[people["jisoo"]])  # refused: withdrawn

    report = compute_attendance(factory, program_id)
    row = next(s for s in report.sessions if s.title == "Welcome lecture")
    assert (row.expected, row.present, row.extra, row.recorded) == (6, 2, 1, True)
    bins = arrivals_timeline(factory, lecture, minutes=15)
    assert [(b.start.strftime("%H:%M"), b.count) for b in bins] == [("09:30", 3)]
    tables = {t.key: t for t in report_tables(factory, program_id, ReportKind.SUMMARY)}
    assert tables["by_country"].rows[-1][:2] == ("Total", 7)
