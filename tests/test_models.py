"""The schema's own guarantees, on real SQLite files: pragmas, keys, checks, UTC, immutability."""

from __future__ import annotations

import datetime as dt
import secrets
import threading
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import IntegrityError, StatementError

from sakura_desktop.db.engine import Database
from sakura_desktop.db.models import (
    BadgeToken,
    CheckinEvent,
    Checkpoint,
    Delegation,
    Participant,
    Program,
    ScheduleSession,
    SessionAudience,
    Site,
    Station,
    Team,
    TravelTime,
    Venue,
)

TOKYO = ZoneInfo("Asia/Tokyo")


def add_program(db: Database, code: str = "SSP-TEST") -> int:
    with db.session() as session:
        program = Program(
            code=code,
            title="Test week",
            start_date=dt.date(2026, 7, 13),
            end_date=dt.date(2026, 7, 17),
            secret=secrets.token_bytes(32),
        )
        session.add(program)
        session.flush()
        return program.id


def add_delegation(db: Database, program_id: int, name: str = "Thailand") -> int:
    with db.session() as session:
        delegation = Delegation(
            program_id=program_id, name=name, country_code="TH", country_name="Thailand"
        )
        session.add(delegation)
        session.flush()
        return delegation.id


def add_participant(db: Database, program_id: int, **fields: object) -> int:
    with db.session() as session:
        person = Participant(program_id=program_id, family_name="Saetang", given_name="Anong")
        for key, value in fields.items():
            setattr(person, key, value)
        session.add(person)
        session.flush()
        return person.id


def test_sqlite_file_is_opened_with_wal_foreign_keys_and_busy_timeout(database: Database) -> None:
    with database.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 10_000
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
    assert database.path is not None and database.path.exists()


def test_foreign_keys_are_enforced(database: Database) -> None:
    program_id = add_program(database)
    with pytest.raises(IntegrityError, match="FOREIGN KEY"):
        add_participant(database, program_id, delegation_id=999)


@pytest.mark.parametrize(
    ("fields", "constraint"),
    [
        ({"role": "tourist"}, "role_known"),
        ({"gender": "x"}, "gender_known"),
        ({"status": "lost"}, "status_known"),
        ({"family_name": " ", "given_name": ""}, "named"),
        ({"is_leader": True}, "leader_has_delegation"),
    ],
)
def test_participant_checks(database: Database, fields: dict[str, object], constraint: str) -> None:
    program_id = add_program(database)
    with pytest.raises(IntegrityError, match="CHECK constraint failed"):
        add_participant(database, program_id, **fields)
    with database.session() as session:
        assert session.scalar(select(Participant).limit(1)) is None, constraint


def test_departure_before_arrival_is_refused(database: Database) -> None:
    program_id = add_program(database)
    arrival = dt.datetime(2026, 7, 13, 10, tzinfo=TOKYO)
    with pytest.raises(IntegrityError, match="stay_ordered"):
        add_participant(
            database, program_id, arrival_at=arrival, departure_at=arrival - dt.timedelta(hours=1)
        )


def test_one_leader_per_delegation_and_unique_external_ids(database: Database) -> None:
    program_id = add_program(database)
    delegation_id = add_delegation(database, program_id)
    add_participant(database, program_id, delegation_id=delegation_id, is_leader=True)
    add_participant(database, program_id, delegation_id=delegation_id, is_leader=False)
    with pytest.raises(IntegrityError, match="UNIQUE"):
        add_participant(database, program_id, delegation_id=delegation_id, is_leader=True)
    add_participant(database, program_id, external_id="TH-001")
    with pytest.raises(IntegrityError, match="UNIQUE"):
        add_participant(database, program_id, external_id="TH-001")
    # The same roster id in another program is another person.
    other = add_program(database, "OTHER")
    add_participant(database, other, external_id="TH-001")


def test_program_checks_dates_secret_and_unique_code(database: Database) -> None:
    add_program(database, "A")
    with pytest.raises(IntegrityError, match="UNIQUE"):
        add_program(database, "A")
    with pytest.raises(IntegrityError, match="dates_ordered"), database.session() as session:
        session.add(
            Program(
                code="B",
                title="Backwards",
                start_date=dt.date(2026, 7, 17),
                end_date=dt.date(2026, 7, 13),
                secret=secrets.token_bytes(32),
            )
        )
    with pytest.raises(IntegrityError, match="secret_length"), database.session() as session:
        session.add(
            Program(
                code="C",
                title="Short secret",
                start_date=dt.date(2026, 7, 13),
                end_date=dt.date(2026, 7, 13),
                secret=b"1234",
            )
        )


def test_session_and_audience_checks(database: Database) -> None:
    program_id = add_program(database)
    start = dt.datetime(2026, 7, 14, 9, tzinfo=TOKYO)
    with pytest.raises(IntegrityError, match="ends_after_start"), database.session() as session:
        session.add(
            ScheduleSession(
                program_id=program_id, title="Bad", kind="lecture", start_at=start, end_at=start
            )
        )
    with pytest.raises(IntegrityError, match="kind_known"), database.session() as session:
        session.add(
            ScheduleSession(
                program_id=program_id,
                title="Bad",
                kind="party",
                start_at=start,
                end_at=start + dt.timedelta(hours=1),
            )
        )
    with database.session() as session:
        lab = ScheduleSession(
            program_id=program_id,
            title="Lab",
            kind="lab_tour",
            start_at=start,
            end_at=start + dt.timedelta(hours=1),
        )
        team = Team(program_id=program_id, name="Team 1")
        session.add_all([lab, team])
        session.flush()
        lab_id, team_id = lab.id, team.id
    delegation_id = add_delegation(database, program_id)
    with pytest.raises(IntegrityError, match="exactly_one_target"), database.session() as session:
        session.add(
            SessionAudience(session_id=lab_id, team_id=team_id, delegation_id=delegation_id)
        )
    with pytest.raises(IntegrityError, match="exactly_one_target"), database.session() as session:
        session.add(SessionAudience(session_id=lab_id))
    with database.session() as session:
        session.add(SessionAudience(session_id=lab_id, team_id=team_id))
    with pytest.raises(IntegrityError, match="UNIQUE"), database.session() as session:
        session.add(SessionAudience(session_id=lab_id, team_id=team_id))


def test_venue_capacity_and_travel_time_checks(database: Database) -> None:
    program_id = add_program(database)
    with database.session() as session:
        site = Site(program_id=program_id, name="Main campus")
        session.add(site)
        session.flush()
        site_id = site.id
    with pytest.raises(IntegrityError, match="capacity_positive"), database.session() as session:
        session.add(Venue(site_id=site_id, name="Closet", capacity=0))
    with pytest.raises(IntegrityError, match="distinct_sites"), database.session() as session:
        session.add(
            TravelTime(program_id=program_id, from_site_id=site_id, to_site_id=site_id, minutes=5)
        )


def test_times_are_stored_as_utc_and_come_back_aware(database: Database) -> None:
    program_id = add_program(database)
    nine_in_tokyo = dt.datetime(2026, 7, 14, 9, 0, tzinfo=TOKYO)
    with database.session() as session:
        session.add(
            ScheduleSession(
                program_id=program_id,
                title="Lecture",
                kind="lecture",
                start_at=nine_in_tokyo,
                end_at=nine_in_tokyo + dt.timedelta(hours=1),
            )
        )
    with database.engine.connect() as conn:
        raw = conn.execute(text("SELECT start_at FROM schedule_sessions")).scalar()
    assert str(raw).startswith("2026-07-14 00:00:00")  # 09:00 JST is midnight UTC
    with database.session() as session:
        loaded = session.scalars(select(ScheduleSession)).one()
    assert loaded.start_at.tzinfo is not None
    assert loaded.start_at == nine_in_tokyo
    assert loaded.start_at.astimezone(TOKYO).hour == 9


def test_naive_datetimes_are_refused(database: Database) -> None:
    program_id = add_program(database)
    naive = dt.datetime(2026, 7, 14, 9, 0)
    with pytest.raises(StatementError, match="naive datetime"), database.session() as session:
        session.add(
            ScheduleSession(
                program_id=program_id,
                title="Lecture",
                kind="lecture",
                start_at=naive.replace(tzinfo=TOKYO),
                end_at=naive,
            )
        )


def _journal_with_one_scan(db: Database) -> tuple[int, str]:
    program_id = add_program(db)
    person = add_participant(db, program_id)
    with db.session() as session:
        station = Station(name="Door A")
        checkpoint = Checkpoint(program_id=program_id, name="Arrival", kind="arrival")
        session.add_all([station, checkpoint])
        session.flush()
        event = CheckinEvent(
            program_id=program_id,
            participant_id=person,
            checkpoint_id=checkpoint.id,
            station_id=station.id,
            station_seq=1,
            occurred_at=dt.datetime.now(dt.UTC),
            method="scanner",
            decision="accepted",
        )
        session.add(event)
        session.flush()
        return event.id, event.uuid


def test_checkin_events_cannot_be_updated_but_can_be_voided(database: Database) -> None:
    event_id, event_uuid = _journal_with_one_scan(database)
    with pytest.raises(IntegrityError, match="immutable"), database.session() as session:
        session.execute(
            update(CheckinEvent).where(CheckinEvent.id == event_id).values(decision="forged")
        )
    with database.session() as session:
        original = session.get_one(CheckinEvent, event_id)
        assert original.decision == "accepted"
        session.add(
            CheckinEvent(
                program_id=original.program_id,
                participant_id=original.participant_id,
                checkpoint_id=original.checkpoint_id,
                station_id=original.station_id,
                station_seq=2,
                occurred_at=dt.datetime.now(dt.UTC),
                method="undo",
                decision="voided",
                voids_event_uuid=event_uuid,
            )
        )
    # A voiding event must name what it voids. (Voided only once is the desk's rule, decided
    # under the write lock; two stations apart may each undo a scan, and both facts are kept.)
    with pytest.raises(IntegrityError), database.session() as session:
        session.execute(
            text(
                "INSERT INTO checkin_events (uuid, program_id, checkpoint_id, direction, "
                "station_id, station_seq, occurred_at, operator, method, decision) "
                "SELECT 'x', program_id, checkpoint_id, 'in', station_id, 99, occurred_at, '', "
                "'undo', 'voided' FROM checkin_events LIMIT 1"
            )
        )
    # Purging personal data after the program is still possible.
    with database.session() as session:
        session.execute(delete(CheckinEvent).where(CheckinEvent.voids_event_uuid.is_not(None)))
        session.execute(delete(CheckinEvent))


def test_only_one_live_badge_per_participant(database: Database) -> None:
    program_id = add_program(database)
    person = add_participant(database, program_id)
    with database.session() as session:
        session.add(BadgeToken(participant_id=person, serial=1))
    with pytest.raises(IntegrityError, match="UNIQUE"), database.session() as session:
        session.add(BadgeToken(participant_id=person, serial=2))
    with database.session() as session:
        first = session.scalars(select(BadgeToken)).one()
        first.revoked_at = dt.datetime.now(dt.UTC)
        session.add(BadgeToken(participant_id=person, serial=2))


def test_each_thread_uses_its_own_session_and_readers_do_not_wait_for_writers(
    database: Database,
) -> None:
    program_id = add_program(database)
    writer_holds_lock = threading.Event()
    reader_done = threading.Event()
    seen: list[int] = []

    def writer() -> None:
        with database.session() as session:
            session.add(Participant(program_id=program_id, family_name="Kim", given_name="Jisoo"))
            session.flush()
            writer_holds_lock.set()
            reader_done.wait(timeout=10)

    def reader() -> None:
        writer_holds_lock.wait(timeout=10)
        with database.session() as session:
            seen.append(len(session.scalars(select(Participant)).all()))
        reader_done.set()

    threads = [threading.Thread(target=writer), threading.Thread(target=reader)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)
    assert seen == [0]  # WAL: the reader saw the last committed state without blocking
    with database.session() as session:
        assert len(session.scalars(select(Participant)).all()) == 1
