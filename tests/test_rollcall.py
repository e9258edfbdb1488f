"""The emergency roll call: who is unaccounted for (minors first), whom to call, and closing it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from checkin_world import START, World, build_world
from sqlalchemy import select, update
from sync_world import make_laptops

from sakura_desktop.core.checkin.rollcall import (
    close_roll_call,
    get_roll_call,
    open_roll_calls,
    roll_call_state,
    roll_calls,
    start_roll_call,
)
from sakura_desktop.db.engine import Database
from sakura_desktop.db.models import CheckinEvent, Participant, Station
from sakura_desktop.errors import UserError


@pytest.fixture
def world(database: Database) -> World:
    world = build_world(database)
    people = world.people
    with database.session_factory.begin() as session:
        session.execute(
            update(Participant)
            .where(Participant.id == people["anong"])
            .values(date_of_birth=dt.date(2010, 3, 1))  # 16 on the day
        )
        session.execute(
            update(Participant)
            .where(Participant.id == people["duc"])
            .values(date_of_birth=dt.date(2007, 7, 13))  # 19 that very day
        )
        session.execute(
            update(Participant)
            .where(Participant.id == people["somchai"])
            .values(phone="+81 90-1111-2222")
        )
        # Lan left on Sunday: not on site, so not unaccounted for.
        session.execute(
            update(Participant)
            .where(Participant.id == people["lan"])
            .values(
                arrival_at=START - dt.timedelta(days=3), departure_at=START - dt.timedelta(days=1)
            )
        )
    return world


def _start(world: World, station: str = "Main door") -> int:
    call = start_roll_call(
        world.db.session_factory, world.program_id, station_name=station, now=world.clock
    )
    return call.checkpoint_id


def test_roll_call_now_opens_a_roll_call_that_every_station_can_list(world: World) -> None:
    factory = world.db.session_factory
    first = start_roll_call(factory, world.program_id, station_name="Door 1", now=world.clock)
    second = start_roll_call(factory, world.program_id, station_name="Door 2", now=world.clock)
    assert first.name == "Roll call Mon 09:00"
    assert second.name == "Roll call Mon 09:00 (2)"
    assert (first.opened_by, first.is_open, first.opened_at.tzinfo is not None) == (
        "Door 1",
        True,
        True,
    )
    assert [c.name for c in roll_calls(factory, world.program_id)] == [second.name, first.name]
    assert [c.checkpoint_id for c in open_roll_calls(factory, world.program_id)] == [
        second.checkpoint_id,
        first.checkpoint_id,
    ]
    # The opening is a journal entry (so it travels to the other stations), numbered like scans.
    with factory() as session:
        entry = session.execute(
            select(CheckinEvent.decision, CheckinEvent.participant_id, Station.name)
            .join(Station, Station.id == CheckinEvent.station_id)
            .where(CheckinEvent.checkpoint_id == first.checkpoint_id)
        ).one()
    assert tuple(entry) == ("opened", None, "Door 1")


def test_minors_come_first_with_where_they_were_seen_and_their_leaders_phone(
    world: World,
) -> None:
    factory = world.db.session_factory
    desk = world.desk()
    desk.scan(world.cp("Welcome lecture"), world.tokens["minji"])
    checkpoint = _start(world)

    state = roll_call_state(factory, checkpoint, now=world.clock)

    # Active and on site: Anong, Somchai, Duc, Minji, Taro (Lan left, Jisoo withdrew, Hana
    # departed).
    assert (state.expected, state.accounted) == (5, 0)
    rows = [(u.person.given_name, u.minor, u.age) for u in state.unaccounted]
    assert rows == [
        ("Anong", True, 16),
        ("Minji", True, None),  # a student whose birth date is unknown counts as a minor
        ("Somchai", False, None),
        ("Văn Đức", False, 19),
        ("Taro", False, None),
    ]
    by_name = {u.person.given_name: u for u in state.unaccounted}
    assert by_name["Anong"].call == "Somchai Wongsakul +81 90-1111-2222"
    assert by_name["Somchai"].call == ""  # the leader is not told to call himself
    assert by_name["Minji"].last_seen is not None
    assert by_name["Minji"].last_seen.checkpoint_name.startswith("Welcome lecture")
    assert by_name["Anong"].last_seen is None
    assert state.unaccounted_for(state.roll_call.opened_at + dt.timedelta(minutes=3)) == (
        dt.timedelta(minutes=3)
    )


def test_scanning_people_accounts_for_them(world: World) -> None:
    checkpoint = _start(world)
    desk = world.desk("Door 2")
    assert desk.scan(checkpoint, world.tokens["anong"]).outcome.word == "ACCEPTED"
    desk.check_in(checkpoint, world.people["taro"])
    state = roll_call_state(world.db.session_factory, checkpoint, now=world.clock)
    assert state.accounted == 2
    assert [u.person.given_name for u in state.unaccounted] == ["Minji", "Somchai", "Văn Đức"]


def test_closing_with_people_unaccounted_for_needs_a_reason_which_is_kept(world: World) -> None:
    factory = world.db.session_factory
    checkpoint = _start(world)
    with pytest.raises(UserError, match="5 people are still unaccounted for"):
        close_roll_call(factory, checkpoint, reason="  ", station_name="Door 1", now=world.clock)
    assert get_roll_call(factory, checkpoint).is_open

    closed = close_roll_call(
        factory,
        checkpoint,
        reason="Minji is with the nurse;  the others are on the bus",
        station_name="Door 1",
        operator="Aiko",
        now=world.clock,
    )

    assert not closed.is_open
    assert closed.close_reason == "Minji is with the nurse; the others are on the bus"
    assert closed.closed_by == "Door 1"
    assert open_roll_calls(factory, world.program_id) == []
    with factory() as session:
        kept = session.execute(
            select(CheckinEvent.note, CheckinEvent.operator).where(
                CheckinEvent.checkpoint_id == checkpoint, CheckinEvent.decision == "closed"
            )
        ).one()
    assert tuple(kept) == ("Minji is with the nurse; the others are on the bus", "Aiko")
    with pytest.raises(UserError, match="already closed"):
        close_roll_call(factory, checkpoint, reason="again", station_name="Door 2")


def test_a_roll_call_with_everyone_accounted_for_closes_without_a_reason(world: World) -> None:
    factory = world.db.session_factory
    checkpoint = _start(world)
    desk = world.desk()
    for name in ("anong", "somchai", "duc", "minji", "taro"):
        desk.scan(checkpoint, world.tokens[name])
    assert roll_call_state(factory, checkpoint).unaccounted == []
    closed = close_roll_call(factory, checkpoint, reason="", station_name="Door 1")
    assert (closed.is_open, closed.close_reason) == (False, "")


def test_an_ordinary_checkpoint_is_not_a_roll_call(world: World) -> None:
    with pytest.raises(UserError, match="not a roll call"):
        get_roll_call(world.db.session_factory, world.cp("Arrival"))


def test_a_roll_call_travels_to_another_station_and_its_closing_too(tmp_path: Path) -> None:
    """Through a journal (the sync folder or a USB stick), a roll call opened at Door 1 is open
    at Door 2; scans made at Door 2 count there; Door 2 closes it, and Door 1 learns why."""
    world, (door1, door2) = make_laptops(tmp_path, ["Door 1", "Door 2"])
    try:
        started = start_roll_call(
            door1.db.session_factory, door1.program_id, station_name="Door 1", now=door1.clock
        )
        door2.merge(door1.export(tmp_path / "1.sakura-journal"))
        (there,) = open_roll_calls(door2.db.session_factory, door2.program_id)
        assert (there.name, there.opened_by) == (started.name, "Door 1")

        door2.desk().scan(there.checkpoint_id, world.tokens["anong"])
        close_roll_call(
            door2.db.session_factory,
            there.checkpoint_id,
            reason="The others are on the bus with Lan",
            station_name="Door 2",
            now=door2.clock,
        )
        door1.merge(door2.export(tmp_path / "2.sakura-journal"))

        assert open_roll_calls(door1.db.session_factory, door1.program_id) == []
        back = get_roll_call(door1.db.session_factory, started.checkpoint_id)
        assert (back.closed_by, back.close_reason) == (
            "Door 2",
            "The others are on the bus with Lan",
        )
        state = roll_call_state(door1.db.session_factory, started.checkpoint_id)
        assert state.accounted == 1
    finally:
        door1.db.dispose()
        door2.db.dispose()
