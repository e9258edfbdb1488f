"""Merging journals between stations: one admission counted, duplicates shown, undos travel,
unknown people wait, a renumbered station is refused, gaps are named, re-imports change nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from checkin_world import World
from sqlalchemy import func, insert, select
from sync_world import Laptop, copy_database, two_doors

from sakura_desktop.core.checkin import journal
from sakura_desktop.core.checkin.service import CheckinDesk, headcount
from sakura_desktop.core.sync.duplicates import duplicate_admissions
from sakura_desktop.core.sync.merge import SequenceConflictError
from sakura_desktop.core.sync.status import sync_status
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.db.models import CheckinEvent, Participant, Station


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[World, Laptop, Laptop]]:
    with two_doors(tmp_path) as doors:
        yield doors


def _swap(a: Laptop, b: Laptop, folder: Path) -> None:
    a.export(folder / "a.sakura-journal")
    b.export(folder / "b.sakura-journal")
    a.merge(folder / "b.sakura-journal")
    b.merge(folder / "a.sakura-journal")


def _event_count(laptop: Laptop) -> int:
    with laptop.db.session() as session:
        return int(session.scalar(select(func.count()).select_from(CheckinEvent)) or 0)


def test_two_doors_admitting_one_person_count_her_once_and_show_the_duplicate(
    pair: tuple[World, Laptop, Laptop], tmp_path: Path
) -> None:
    world, door1, door2 = pair
    lecture1, lecture2 = door1.checkpoint_id("Welcome"), door2.checkpoint_id("Welcome")
    first = door1.desk().scan(lecture1, world.tokens["anong"])
    door2.clock.advance(minutes=2)
    second = door2.desk().scan(lecture2, world.tokens["anong"])
    assert first.decision.value == second.decision.value == "accepted"

    _swap(door1, door2, tmp_path)

    for laptop, lecture in ((door1, lecture1), (door2, lecture2)):
        count = headcount(laptop.db.session_factory, lecture)
        assert count.present == 1
        assert world.people["anong"] not in {m.person.participant_id for m in count.missing}
        (duplicate,) = duplicate_admissions(laptop.db.session_factory, laptop.program_id)
        assert duplicate.event_uuid == second.event_uuid
        assert duplicate.counted_event_uuid == first.event_uuid
        assert (duplicate.station, duplicate.counted_station) == ("Door 2", "Door 1")
        assert duplicate.person_name == "Nong Saetang"
        assert duplicate.label == f"also admitted at Door 2, {second.occurred_at:%H:%M}"
        assert sync_status(laptop.db.session_factory, laptop.program_id).duplicates == 1
    assert door1.event_uuids() == door2.event_uuids()


def test_an_undo_at_one_door_voids_a_scan_merged_from_the_other(
    pair: tuple[World, Laptop, Laptop], tmp_path: Path
) -> None:
    world, door1, door2 = pair
    scan = door1.desk().scan(door1.checkpoint_id("Welcome"), world.tokens["duc"])
    door2.merge(door1.export(tmp_path / "1.sakura-journal"))
    lecture2 = door2.checkpoint_id("Welcome")
    assert headcount(door2.db.session_factory, lecture2).present == 1

    door2.desk().undo(scan.event_uuid)
    report = door1.merge(door2.export(tmp_path / "2.sakura-journal"))

    assert (report.new, report.known) == (1, 0)
    with door1.db.session() as session:
        assert not journal.standing(
            session, door1.checkpoint_id("Welcome"), world.people["duc"]
        ).inside
    assert headcount(door1.db.session_factory, door1.checkpoint_id("Welcome")).present == 0


def test_two_doors_undoing_the_same_scan_while_apart_keep_both_undos_and_agree(
    pair: tuple[World, Laptop, Laptop], tmp_path: Path
) -> None:
    world, door1, door2 = pair
    scan = door1.desk().scan(door1.checkpoint_id("Welcome"), world.tokens["duc"])
    door2.merge(door1.export(tmp_path / "1.sakura-journal"))
    door1.desk().undo(scan.event_uuid)
    door2.desk().undo(scan.event_uuid)  # apart: neither knows of the other's undo

    _swap(door1, door2, tmp_path)

    assert door1.event_uuids() == door2.event_uuids()
    assert _event_count(door1) == 3  # the scan and both undos: no fact is lost
    for door in (door1, door2):
        count = headcount(door.db.session_factory, door.checkpoint_id("Welcome"))
        assert count.present == 0
    report = door1.merge(door2.export(tmp_path / "again.sakura-journal"))
    assert (report.new, report.gaps) == (0, [])


def test_scans_of_people_this_station_does_not_know_wait_for_a_newer_package(
    pair: tuple[World, Laptop, Laptop], tmp_path: Path
) -> None:
    world, door1, door2 = pair
    with door1.db.session_factory.begin() as session:
        late = Participant(program_id=world.program_id, family_name="Late", given_name="Comer")
        session.add(late)
        session.flush()
        late_uuid = late.uuid
        late_id = late.id
    desk = door1.desk()
    arrival = door1.checkpoint_id("Arrival")
    desk.check_in(arrival, late_id)
    desk.scan(arrival, world.tokens["minji"])
    journal_file = door1.export(tmp_path / "1.sakura-journal")

    first = door2.merge(journal_file)
    assert (first.new, first.unknown_people) == (1, 1)
    assert any("1 scans name people this station does not know" in n for n in first.notes)
    assert any("scan 1 of Door 1 is missing" in n for n in first.notes)

    with door2.db.session_factory.begin() as session:  # a newer station package brings her
        session.execute(
            insert(Participant).values(
                uuid=late_uuid, program_id=world.program_id, family_name="Late", given_name="Comer"
            )
        )
    again = door2.merge(journal_file)
    assert (again.new, again.known, again.unknown_people, again.gaps) == (1, 1, 0, [])
    assert door2.event_uuids() == door1.event_uuids()


def test_a_station_restored_from_an_old_backup_is_refused_and_nothing_changes(
    pair: tuple[World, Laptop, Laptop], tmp_path: Path
) -> None:
    world, door1, door2 = pair
    backup = tmp_path / "door1-backup.db"
    door1.desk().scan(door1.checkpoint_id("Arrival"), world.tokens["anong"])  # registers Door 1
    door1.db.dispose()
    copy_database(door1.path, backup)
    door1.db, _ = open_database(path=door1.path)
    door1.desk().scan(door1.checkpoint_id("Arrival"), world.tokens["duc"])  # Door 1's scan 2
    door2.merge(door1.export(tmp_path / "before.sakura-journal"))

    restored, _ = open_database(path=backup)
    try:
        with restored.session() as session:
            station_uuid = session.scalars(select(Station.uuid)).one()
        CheckinDesk(
            restored.session_factory,
            world.program_id,
            station_name="Door 1",
            station_uuid=station_uuid,
            clock=door1.clock,
        ).scan(door1.checkpoint_id("Arrival"), world.tokens["minji"])  # scan 2 again, another
        from sakura_desktop.core.sync.export import export_journal

        export_journal(
            restored.session_factory, world.program_id, tmp_path / "after.sakura-journal"
        )
    finally:
        restored.dispose()
    before = door2.event_uuids()

    with pytest.raises(SequenceConflictError) as refused:
        door2.merge(tmp_path / "after.sakura-journal")
    assert "Door 1 numbered two different scans 2: was its database restored from an old " in str(
        refused.value
    )
    assert door2.event_uuids() == before


def test_missing_sequence_numbers_are_named_until_the_missing_file_arrives(
    pair: tuple[World, Laptop, Laptop], tmp_path: Path
) -> None:
    world, door1, door2 = pair
    desk = door1.desk()
    arrival = door1.checkpoint_id("Arrival")
    for _ in range(10):
        for name in ("anong", "duc", "minji"):
            desk.scan(arrival, world.tokens[name])
    pieces = [
        door1.export(tmp_path / f"{n}.sakura-journal", from_seq=lo, to_seq=hi)
        for n, (lo, hi) in enumerate([(1, 10), (11, 20), (21, 30)])
    ]
    door2.merge(pieces[0])
    report = door2.merge(pieces[2])
    assert [g.message for g in report.gaps] == [
        "scans 11–20 of Door 1 are missing: import its journal again or the missing file"
    ]
    filled = door2.merge(pieces[1])
    assert (filled.new, filled.gaps) == (10, [])
    assert _event_count(door2) == 30


def test_merging_the_same_journal_again_changes_nothing(
    pair: tuple[World, Laptop, Laptop], tmp_path: Path
) -> None:
    world, door1, door2 = pair
    desk = door1.desk()
    for name in ("anong", "duc", "minji", "taro"):
        desk.scan(door1.checkpoint_id("Welcome"), world.tokens[name])
    desk.scan(door1.checkpoint_id("Welcome"), "not a badge")
    desk.undo(desk.scan(door1.checkpoint_id("Arrival"), world.tokens["anong"]).event_uuid)
    journal_file = door1.export(tmp_path / "1.sakura-journal")

    first = door2.merge(journal_file)
    snapshot = _dump(door2)
    second = door2.merge(journal_file)
    third = door2.merge(door1.export(tmp_path / "again.sakura-journal"))

    assert (first.new, first.known) == (7, 0)
    assert (second.new, second.known, third.new, third.known) == (0, 7, 0, 7)
    assert _dump(door2) == snapshot
    status = sync_status(door2.db.session_factory, door2.program_id)
    (seen,) = status.others
    assert (seen.name, seen.events, seen.is_local) == ("Door 1", 7, False)
    assert seen.last_merged_at is not None


def _dump(laptop: Laptop) -> list[tuple[object, ...]]:
    with laptop.db.session() as session:
        rows = session.execute(
            select(
                CheckinEvent.uuid,
                CheckinEvent.station_seq,
                CheckinEvent.participant_id,
                CheckinEvent.checkpoint_id,
                CheckinEvent.decision,
                CheckinEvent.occurred_at,
                CheckinEvent.voids_event_uuid,
            ).order_by(CheckinEvent.uuid)
        )
        return [tuple(row) for row in rows]
