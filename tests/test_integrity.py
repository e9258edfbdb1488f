"""`sakura-desktop check`: healthy files pass; each kind of damage is named in a sentence, exit 1.

Damage is made as another tool would make it: raw SQL through the sqlite3 module, where foreign
keys are off unless asked for, or bytes overwritten in the file.
"""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import pytest
from checkin_world import FakeClock, World, build_world
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pg_support import PG_URL, wipe_postgres
from sqlalchemy import select
from sync_world import make_laptops

from sakura_desktop.cli import main
from sakura_desktop.core.checkin.service import CheckinDesk
from sakura_desktop.core.demo import create_demo_database
from sakura_desktop.core.integrity import ProblemKind, check_database
from sakura_desktop.core.sync.export import export_journal
from sakura_desktop.core.sync.merge import merge_journal
from sakura_desktop.core.tokens import reissue_token
from sakura_desktop.db.engine import Database
from sakura_desktop.db.enums import Direction
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.db.models import CheckinEvent
from sakura_desktop.errors import UserError


@pytest.fixture
def busy(tmp_path: Path) -> tuple[Path, World]:
    """A program with scans, an undo, a refused code, a bus ride out and back; then closed."""
    path = tmp_path / "busy.db"
    db, _ = open_database(path=path, create=True)
    world = build_world(db)
    desk = world.desk("Main door")
    for name in ("anong", "duc", "minji"):
        desk.scan(world.cp("Welcome lecture"), world.tokens[name])
    desk.undo(desk.scan(world.cp("Arrival"), world.tokens["duc"]).event_uuid)
    desk.scan(world.cp("Arrival"), "NOT-A-BADGE")
    desk.scan(world.cp("Bus to Harima"), world.tokens["anong"])
    desk.scan(world.cp("Bus to Harima"), world.tokens["anong"], direction=Direction.OUT)
    desk.scan(world.cp("Bus to Harima"), world.tokens["anong"])
    db.dispose()
    return path, world


def check(capsys: pytest.CaptureFixture[str], *where: str) -> tuple[int, list[str]]:
    code = main(["check", *where])
    out, err = capsys.readouterr()
    assert err == ""
    return code, out.splitlines()


@contextmanager
def raw(path: Path) -> Iterator[sqlite3.Connection]:
    """Another tool's connection: foreign keys off (SQLite's default), committed at the end."""
    conn = sqlite3.connect(path)
    try:
        yield conn
        conn.commit()
    finally:
        conn.close()


def copy_event(conn: sqlite3.Connection, source_uuid: str, **changes: object) -> str:
    """Insert a copy of an event with a new uuid and the station's next number (`changes`:
    participant_id, decision, voids_event_uuid, occurred_at ...)."""
    new = str(uuid.uuid4())
    columns = [
        "program_id",
        "participant_id",
        "checkpoint_id",
        "direction",
        "station_id",
        "occurred_at",
        "operator",
        "method",
        "decision",
        "raw_code",
        "note",
        "voids_event_uuid",
    ]
    row = dict(
        zip(
            columns,
            conn.execute(
                f"SELECT {', '.join(columns)} FROM checkin_events WHERE uuid = ?", (source_uuid,)
            ).fetchone(),
            strict=True,
        )
    )
    row.update(changes)
    (seq,) = conn.execute(
        "SELECT max(station_seq) + 1 FROM checkin_events WHERE station_id = ?",
        (row["station_id"],),
    ).fetchone()
    conn.execute(
        "UPDATE stations SET last_seq = ? WHERE id = ?", (seq, row["station_id"])
    )  # as the station itself numbers its scans
    names = ["uuid", "station_seq", *row]
    conn.execute(
        f"INSERT INTO checkin_events ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
        (new, seq, *row.values()),
    )
    return new


def event_of(conn: sqlite3.Connection, participant_id: int, decision: str = "accepted") -> str:
    (found,) = conn.execute(
        "SELECT uuid FROM checkin_events WHERE participant_id = ? AND decision = ? "
        "ORDER BY station_seq LIMIT 1",
        (participant_id, decision),
    ).fetchone()
    return str(found)


def problems(lines: list[str]) -> list[str]:
    return [line for line in lines if line.startswith("PROBLEM: ")]


# --- healthy files ---------------------------------------------------------------------------


def test_the_demo_database_passes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    create_demo_database(path)
    code, lines = check(capsys, "--db", str(path))
    assert code == 0
    assert lines == [
        "No problems found: 1 program, 98 participants, 0 check-in events, 0 badges, "
        "0 stations checked, with SQLite's integrity and foreign-key checks."
    ]


def test_a_week_of_scans_undos_and_refusals_passes(
    capsys: pytest.CaptureFixture[str], busy: tuple[Path, World]
) -> None:
    path, _ = busy
    code, lines = check(capsys, "--db", str(path))
    assert code == 0, lines
    assert lines[-1].startswith("No problems found: 2 programs, 9 participants, 9 check-in events")


def test_merged_duplicates_are_a_note_not_a_failure(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    world, (door1, door2) = make_laptops(tmp_path, ["Door 1", "Door 2"])
    door1.desk().scan(door1.checkpoint_id("Welcome"), world.tokens["anong"])
    door2.clock.advance(minutes=2)
    door2.desk().scan(door2.checkpoint_id("Welcome"), world.tokens["anong"])
    door2.export(tmp_path / "door2.sakura-journal")
    door1.merge(tmp_path / "door2.sakura-journal")
    door1.db.dispose()
    door2.db.dispose()

    code, lines = check(capsys, "--db", str(door1.path))
    assert code == 0, lines
    (note,) = [line for line in lines if line.startswith("NOTE: ")]
    assert "1 scan was recorded by stations working apart" in note
    assert "Nong Saetang at Welcome lecture" in note and "also admitted at Door 2" in note
    assert "nothing to do" in note
    assert lines[-1].startswith("No problems found")


# --- damage, one kind at a time --------------------------------------------------------------


def test_a_scan_of_a_person_of_another_program_is_named(
    capsys: pytest.CaptureFixture[str], busy: tuple[Path, World]
) -> None:
    path, world = busy
    with raw(path) as conn:
        (stranger,) = conn.execute(
            "SELECT id FROM participants WHERE program_id = ?", (world.other_program_id,)
        ).fetchone()
        forged = copy_event(conn, event_of(conn, world.people["minji"]), participant_id=stranger)

    code, lines = check(capsys, "--db", str(path))
    assert code == 1
    (problem,) = problems(lines)
    assert f"In SSP-TEST, the scan of Person Other (id {stranger}) at Welcome lecture" in problem
    assert f"at station Main door, event {forged[:8]}) cannot count" in problem
    assert "the person belongs to OTHER-WEEK, not to SSP-TEST" in problem
    assert "restore the newest backup" in problem
    assert lines[-1].startswith("1 problem found: 2 programs")


def test_a_scan_at_a_checkpoint_that_does_not_exist_is_named_once(
    capsys: pytest.CaptureFixture[str], busy: tuple[Path, World]
) -> None:
    path, world = busy
    with raw(path) as conn:
        copy_event(conn, event_of(conn, world.people["minji"]), checkpoint_id=999)

    code, lines = check(capsys, "--db", str(path))
    assert code == 1
    # SQLite's foreign-key check finds it too; it is said once, in the words that name the scan.
    (problem,) = problems(lines)
    assert "the scan of Minji Kim" in problem and "checkpoint id 999 does not exist" in problem


def test_any_other_reference_to_a_missing_row_is_named_by_sqlites_foreign_key_check(
    capsys: pytest.CaptureFixture[str], busy: tuple[Path, World]
) -> None:
    path, _ = busy
    with raw(path) as conn:
        conn.execute(
            "INSERT INTO team_memberships (team_id, participant_id) "
            "SELECT id, 9999 FROM teams WHERE name = 'Red'"
        )

    code, lines = check(capsys, "--db", str(path))
    assert code == 1
    (problem,) = problems(lines)
    assert "of the table team_memberships names, in its column participant_id, a row of " in problem
    assert "participants that does not exist" in problem


def test_a_badge_secret_with_altered_bytes_and_an_impossible_serial_are_named(
    capsys: pytest.CaptureFixture[str], busy: tuple[Path, World]
) -> None:
    path, world = busy
    with raw(path) as conn:
        conn.execute("PRAGMA ignore_check_constraints = ON")  # the schema refuses both otherwise
        conn.execute(
            "UPDATE programs SET secret = substr(secret, 1, 31) WHERE id = ?", (world.program_id,)
        )
        conn.execute(
            "UPDATE badge_tokens SET serial = 5000 WHERE participant_id = ?",
            (world.people["taro"],),
        )

    code, lines = check(capsys, "--db", str(path))
    assert code == 1
    rule, secret, serial = problems(lines)
    assert "breaks one of the database's own rules" in rule
    assert "CHECK constraint failed in programs" in rule
    assert "The badge secret of SSP-TEST is 31 bytes long instead of 32" in secret
    assert "badges printed before do not scan" in secret
    assert f"badge #5000 of Taro Yamada (id {world.people['taro']}) has a number" in serial
    assert "cannot be printed" in serial


def test_two_live_badges_are_refused_by_the_schema_and_named_when_its_guard_is_gone(
    capsys: pytest.CaptureFixture[str], busy: tuple[Path, World]
) -> None:
    path, world = busy
    second_badge = (
        "INSERT INTO badge_tokens (participant_id, serial, issued_at) "
        "VALUES (?, 2, '2026-07-13 00:00:00')"
    )
    with raw(path) as conn, pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        conn.execute(second_badge, (world.people["duc"],))
    with raw(path) as conn:  # another tool drops the guard first
        conn.execute("DROP INDEX uq_badge_tokens_participant_live")
        conn.execute(second_badge, (world.people["duc"],))

    code, lines = check(capsys, "--db", str(path))
    assert code == 1
    guard, badges = problems(lines)
    assert "lost its guard for one live badge per person" in guard
    assert "Văn Đức Nguyễn" in badges and "has 2 live badges (#1 and #2)" in badges


def test_a_live_badge_older_than_a_revoked_one_is_named_and_reissuing_mends_it(
    capsys: pytest.CaptureFixture[str], busy: tuple[Path, World]
) -> None:
    path, world = busy
    with raw(path) as conn:
        conn.execute(
            "INSERT INTO badge_tokens (participant_id, serial, issued_at, revoked_at) "
            "VALUES (?, 2, '2026-07-13 00:00:00', '2026-07-13 01:00:00')",
            (world.people["lan"],),
        )
    code, lines = check(capsys, "--db", str(path))
    assert code == 1
    (problem,) = problems(lines)
    assert "the live badge #1 of Thị Lan Trần" in problem
    assert "older than their revoked badge #2" in problem
    assert "Re-issue their badge" in problem

    db, _ = open_database(path=path)
    reissue_token(db.session_factory, world.people["lan"])
    db.dispose()
    assert check(capsys, "--db", str(path))[0] == 0


def test_an_undo_pointing_nowhere_is_named(
    capsys: pytest.CaptureFixture[str], busy: tuple[Path, World]
) -> None:
    path, world = busy
    ghost = str(uuid.uuid4())
    with raw(path) as conn:
        copy_event(conn, event_of(conn, world.people["duc"], "voided"), voids_event_uuid=ghost)

    code, lines = check(capsys, "--db", str(path))
    assert code == 1
    (problem,) = problems(lines)
    assert "In SSP-TEST, the undo of a scan of Văn Đức Nguyễn" in problem
    assert f"the scan it undoes (event {ghost[:8]}) does not exist" in problem


def test_one_station_admitting_a_person_twice_in_a_row_is_a_problem(
    capsys: pytest.CaptureFixture[str], busy: tuple[Path, World]
) -> None:
    path, world = busy
    with raw(path) as conn:
        first = event_of(conn, world.people["anong"])
        copy_event(conn, first, occurred_at="2026-07-13 01:30:00.000000")

    code, lines = check(capsys, "--db", str(path))
    assert code == 1
    (problem,) = problems(lines)
    assert "In SSP-TEST, Nong Saetang" in problem
    assert "was admitted twice at Welcome lecture" in problem
    assert "by the same station Main door" in problem and "with no check-out between" in problem


def test_a_station_counter_behind_its_scans_is_named(
    capsys: pytest.CaptureFixture[str], busy: tuple[Path, World]
) -> None:
    path, _ = busy
    with raw(path) as conn:
        conn.execute("UPDATE stations SET last_seq = 3")

    code, lines = check(capsys, "--db", str(path))
    assert code == 1
    (problem,) = problems(lines)
    assert "Station Main door has numbered its scans up to 3" in problem
    assert "its next scan would be refused" in problem


def _overwrite_page(path: Path, table: str) -> None:
    """Scribble over the cell pointers of the table's root page (a leaf: the table is small)."""
    with raw(path) as conn:
        (page_size,) = conn.execute("PRAGMA page_size").fetchone()
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size + 8)
        handle.write(b"\x0f\xf0" * 8)


def test_a_damaged_page_fails_sqlites_integrity_check(
    capsys: pytest.CaptureFixture[str], busy: tuple[Path, World]
) -> None:
    path, _ = busy
    _overwrite_page(path, "checkin_events")

    code, lines = check(capsys, "--db", str(path))
    assert code == 1
    (problem,) = problems(lines)
    assert problem.startswith("PROBLEM: The database file is damaged: SQLite's integrity check")
    assert "restore the newest backup" in problem
    assert lines[-1] == "1 problem found: the file is damaged, so its contents were not checked."


def test_a_file_too_damaged_to_open_is_reported_not_crashed_on(
    capsys: pytest.CaptureFixture[str], busy: tuple[Path, World]
) -> None:
    path, _ = busy
    _overwrite_page(path, "app_metadata")  # read by every open

    code, lines = check(capsys, "--db", str(path))
    assert code == 1
    (problem,) = problems(lines)
    assert problem.startswith("PROBLEM: The database file is damaged")


def test_many_problems_of_one_kind_are_summed_up(busy: tuple[Path, World]) -> None:
    path, world = busy
    with raw(path) as conn:
        source = event_of(conn, world.people["minji"])
        for _ in range(60):
            copy_event(conn, source, checkpoint_id=999, decision="already_in")
    db, _ = open_database(path=path)
    try:
        report = check_database(db.session_factory, db.engine)
    finally:
        db.dispose()
    assert len(report.problems) == 51
    assert {p.kind for p in report.problems} == {ProblemKind.OTHER_PROGRAM}
    assert report.problems[-1].sentence == "…and 10 more problems of the same kind as the above."
    assert report.verdict.startswith("51 problems found")


# --- PostgreSQL ------------------------------------------------------------------------------


@pytest.mark.skipif(not PG_URL, reason="SAKURA_TEST_PG_URL is not set")
def test_postgresql_skips_the_sqlite_checks_and_finds_a_scan_of_another_program(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert PG_URL is not None
    wipe_postgres(PG_URL)
    db, _ = open_database(PG_URL, create=True)
    try:
        world = build_world(db)
        desk = world.desk("Server door")
        scan = desk.scan(world.cp("Welcome lecture"), world.tokens["anong"])
        code, lines = check(capsys, "--db-url", PG_URL)
        assert code == 0, lines
        assert lines[-1].endswith(
            "SQLite's integrity and foreign-key checks do not apply to this database server "
            "and were skipped."
        )
        with db.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO checkin_events (uuid, program_id, participant_id, checkpoint_id, "
                "direction, station_id, station_seq, occurred_at, operator, method, decision, "
                "note) SELECT %(new)s, program_id, "
                "(SELECT id FROM participants WHERE program_id = %(other)s LIMIT 1), "
                "checkpoint_id, direction, station_id, station_seq + 100, occurred_at, operator, "
                "method, decision, note FROM checkin_events WHERE uuid = %(old)s",
                {"new": str(uuid.uuid4()), "other": world.other_program_id, "old": scan.event_uuid},
            )
            conn.exec_driver_sql("UPDATE stations SET last_seq = last_seq + 100")
    finally:
        db.dispose()
    code, lines = check(capsys, "--db-url", PG_URL)
    assert code == 1
    (problem,) = problems(lines)
    assert "the person belongs to OTHER-WEEK, not to SSP-TEST" in problem


def test_a_journal_rebuilt_without_its_guards_is_named(
    capsys: pytest.CaptureFixture[str], busy: tuple[Path, World]
) -> None:
    path, world = busy
    with raw(path) as conn:  # another tool copies the table and loses its keys and trigger
        conn.executescript(
            "CREATE TABLE journal_copy AS SELECT * FROM checkin_events;"
            "DROP TABLE checkin_events;"
            "ALTER TABLE journal_copy RENAME TO checkin_events;"
        )
        conn.execute(
            "INSERT INTO checkin_events (id, uuid, program_id, participant_id, checkpoint_id, "
            "direction, station_id, station_seq, occurred_at, operator, method, decision, note) "
            "SELECT id + 1000, uuid || '-copy', program_id, participant_id, checkpoint_id, "
            "direction, station_id, station_seq, occurred_at, operator, method, 'already_in', "
            "note FROM checkin_events WHERE participant_id = ? AND decision = 'accepted'",
            (world.people["minji"],),
        )

    code, lines = check(capsys, "--db", str(path))
    assert code == 1
    numbering, rewriting, reused = problems(lines)
    assert "lost its guard for each station numbering each scan once" in numbering
    assert "lost its guard for scans never being changed after the fact" in rewriting
    assert "Station Main door gave 1 number to more than one of its scans" in reused


def test_a_value_of_the_wrong_type_is_a_problem_not_a_crash(
    capsys: pytest.CaptureFixture[str], busy: tuple[Path, World]
) -> None:
    path, _ = busy
    with raw(path) as conn:  # SQLite keeps text in an INTEGER column when it is not a number
        conn.execute("UPDATE stations SET last_seq = 'many'")

    code, lines = check(capsys, "--db", str(path))
    assert code == 1
    (problem,) = problems(lines)
    assert "Could not check the stations: a value there is not of the kind" in problem


def test_a_person_in_a_team_and_a_delegation_of_another_program_is_named(
    capsys: pytest.CaptureFixture[str], busy: tuple[Path, World]
) -> None:
    path, world = busy
    with raw(path) as conn:
        conn.execute(
            "INSERT INTO delegations (uuid, program_id, name, country_code, country_name, "
            "institution) VALUES ('d-other', ?, 'Other school', 'FR', 'France', '')",
            (world.other_program_id,),
        )
        conn.execute(
            "INSERT INTO teams (program_id, name, colour) VALUES (?, 'Green', '#00aa00')",
            (world.other_program_id,),
        )
        conn.execute(
            "UPDATE participants SET delegation_id = (SELECT id FROM delegations "
            "WHERE uuid = 'd-other') WHERE id = ?",
            (world.people["taro"],),
        )
        conn.execute(
            "INSERT INTO team_memberships (team_id, participant_id) "
            "SELECT id, ? FROM teams WHERE name = 'Green'",
            (world.people["taro"],),
        )

    code, lines = check(capsys, "--db", str(path))
    assert code == 1
    delegation, team = problems(lines)
    taro = f"participant Taro Yamada (id {world.people['taro']})"
    assert f"In SSP-TEST, {taro} is in the delegation Other school of OTHER-WEEK" in delegation
    assert f"In SSP-TEST, {taro} is in the team Green of OTHER-WEEK" in team
    assert "the two weeks are mixed up" in team


def test_a_readmission_after_a_check_out_undone_elsewhere_is_a_note(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Door 1 admits her to the bus; Door 2 (having heard) checks her out; Door 1 (having heard)
    admits her again; Door 2, apart, undoes its check-out. Merged, Door 1 admitted her twice in
    a row, rightly: it saw her outside. Only a note, never a problem."""
    world, (door1, door2) = make_laptops(tmp_path, ["Door 1", "Door 2"])
    bus1, bus2 = door1.checkpoint_id("Bus"), door2.checkpoint_id("Bus")
    anong = world.tokens["anong"]
    door1.desk().scan(bus1, anong)
    door2.merge(door1.export(tmp_path / "1a.sakura-journal"))
    door2.clock.advance(minutes=5)
    leaving = door2.desk().scan(bus2, anong, direction=Direction.OUT)
    door1.merge(door2.export(tmp_path / "2a.sakura-journal"))
    door1.clock.advance(minutes=10)
    assert door1.desk().scan(bus1, anong).decision.value == "accepted"
    door2.clock.advance(minutes=10)
    door2.desk().undo(leaving.event_uuid)
    door1.merge(door2.export(tmp_path / "2b.sakura-journal"))
    door1.db.dispose()
    door2.db.dispose()

    code, lines = check(capsys, "--db", str(door1.path))
    assert code == 0, lines
    (note,) = [line for line in lines if line.startswith("NOTE: ")]
    assert "Nong Saetang at Bus to Harima" in note and "also admitted at Door 1" in note


# --- no false alarms: stations working apart, undoing each other's scans ---------------------

_PEOPLE = ["anong", "duc"]  # few people: stations often meet the same one
_PLACES = ["Welcome lecture", "Bus to Harima"]  # the bus allows exit
_operation = st.one_of(
    st.tuples(st.just("scan"), st.integers(0, 2), st.sampled_from(_PEOPLE),
              st.sampled_from(_PLACES), st.booleans()),
    st.tuples(st.just("undo"), st.integers(0, 2), st.integers(0, 50)),
    st.tuples(st.just("exchange"), st.integers(0, 2), st.integers(0, 2)),
)  # fmt: skip


@pytest.fixture(scope="module")
def three_doors_base(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, World]:
    path = tmp_path_factory.mktemp("doors") / "base.db"
    db, _ = open_database(path=path, create=True)
    world = build_world(db)
    db.dispose()
    return path, world


@pytest.mark.slow
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(operations=st.lists(_operation, max_size=30))
def test_stations_apart_never_make_check_fail(
    three_doors_base: tuple[Path, World],
    tmp_path_factory: pytest.TempPathFactory,
    operations: list[tuple[Any, ...]],
) -> None:
    """Scans, check-outs, undos of any scan a station knows (its own or merged) and journal
    swaps in any order: every station's database passes (duplicates are only notes)."""
    base, world = three_doors_base
    folder = tmp_path_factory.mktemp("apart")
    dbs = []
    for n in range(3):
        shutil.copyfile(base, folder / f"door{n}.db")
        dbs.append(open_database(path=folder / f"door{n}.db")[0])
    try:
        clock = FakeClock()
        desks = [
            CheckinDesk(db.session_factory, world.program_id, station_name=f"Door {n}", clock=clock)
            for n, db in enumerate(dbs)
        ]
        cps = {name: world.cp(name) for name in _PLACES}
        for op in operations:
            _apply(op, dbs, desks, cps, world, folder)
        for target in range(3):  # everybody hears of everything
            for source in range(3):
                _apply(("exchange", target, source), dbs, desks, cps, world, folder)
        for db in dbs:
            report = check_database(db.session_factory, db.engine)
            assert report.problems == (), report.problems
    finally:
        for db in dbs:
            db.dispose()


def _apply(
    op: tuple[Any, ...],
    dbs: list[Database],
    desks: list[CheckinDesk],
    cps: dict[str, int],
    world: World,
    folder: Path,
) -> None:
    n = op[1]
    if op[0] == "scan":
        _, _, who, where, leaving = op
        out = where == "Bus to Harima" and leaving
        desks[n].scan(
            cps[where], world.tokens[who], direction=Direction.OUT if out else Direction.IN
        )
    elif op[0] == "undo":
        with dbs[n].session() as session:
            known = session.scalars(
                select(CheckinEvent.uuid)
                .where(CheckinEvent.decision != "voided")
                .order_by(CheckinEvent.occurred_at, CheckinEvent.uuid)
            ).all()
        if known:
            with suppress(UserError):  # already undone
                desks[n].undo(known[op[2] % len(known)])
    elif op[2] != n:
        journal = folder / f"door{op[2]}-{n}.sakura-journal"
        export_journal(dbs[op[2]].session_factory, world.program_id, journal, everything=True)
        merge_journal(dbs[n].session_factory, world.program_id, journal)
