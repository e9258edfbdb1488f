"""Damaged, foreign, newer and half-written journals are refused and change nothing; a missing
middle segment is named and filled later."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from checkin_world import World
from sync_world import Laptop, make_laptops

from sakura_desktop.core.checkin.checkpoints import ensure_checkpoints
from sakura_desktop.core.checkin.service import CheckinDesk
from sakura_desktop.core.sync import journal_file
from sakura_desktop.core.sync.export import export_journal, program_identity
from sakura_desktop.core.sync.folder import FolderSync, journal_name
from sakura_desktop.core.sync.journal_file import (
    AlteredJournalError,
    JournalError,
    NewerJournalError,
    NotAJournalError,
    OtherProgramJournalError,
    TornJournalError,
)


@pytest.fixture
def doors(tmp_path: Path) -> Iterator[tuple[World, Laptop, Laptop, Path]]:
    world, (door1, door2) = make_laptops(tmp_path, ["Door 1", "Door 2"])
    desk = door1.desk()
    for name in ("anong", "duc", "minji", "taro"):
        desk.scan(door1.checkpoint_id("Welcome"), world.tokens[name])
    desk.scan(door1.checkpoint_id("Welcome"), "junk code")
    desk.undo(desk.scan(door1.checkpoint_id("Arrival"), world.tokens["duc"]).event_uuid)
    good = door1.export(tmp_path / "door1.sakura-journal")
    try:
        yield world, door1, door2, good
    finally:
        door1.db.dispose()
        door2.db.dispose()


def _refused(door: Laptop, path: Path, error: type[JournalError]) -> str:
    before = door.event_uuids()
    with pytest.raises(error) as refused:
        door.merge(path)
    assert door.event_uuids() == before
    return str(refused.value)


def test_a_journal_cut_at_any_byte_is_refused_as_torn(
    doors: tuple[World, Laptop, Laptop, Path], tmp_path: Path
) -> None:
    _, _, door2, good = doors
    data = good.read_bytes()
    first_line = data.index(b"\n") + 1
    rng = random.Random(10)
    cuts = {first_line, len(data) - 1 - data[:-1][::-1].index(b"\n"), len(data) - 2}
    cuts |= {rng.randrange(first_line, len(data) - 1) for _ in range(12)}
    for cut in sorted(cuts):
        cut_file = tmp_path / f"cut-{cut}.sakura-journal"
        cut_file.write_bytes(data[:cut])
        message = _refused(door2, cut_file, TornJournalError)
        assert "is incomplete" in message and "nothing was merged" in message
    assert door2.merge(good).new == 7  # the whole file still merges


def test_flipped_bytes_anywhere_are_refused(
    doors: tuple[World, Laptop, Laptop, Path], tmp_path: Path
) -> None:
    _, _, door2, good = doors
    data = good.read_bytes()
    rng = random.Random(11)
    for n in range(25):
        position = rng.randrange(len(data))
        flipped = bytearray(data)
        flipped[position] ^= 1 << rng.randrange(8)
        path = tmp_path / f"flip-{n}.sakura-journal"
        path.write_bytes(bytes(flipped))
        _refused(door2, path, JournalError)
    assert door2.event_uuids() == set()


def test_an_edited_scan_fails_the_signature(
    doors: tuple[World, Laptop, Laptop, Path], tmp_path: Path
) -> None:
    _, _, door2, good = doors
    lines = good.read_text(encoding="utf-8").splitlines(keepends=True)
    record = json.loads(lines[1])
    record["direction"] = "out"
    lines[1] = json.dumps(record) + "\n"
    edited = tmp_path / "edited.sakura-journal"
    edited.write_text("".join(lines), encoding="utf-8")
    message = _refused(door2, edited, AlteredJournalError)
    assert message.startswith("edited.sakura-journal was altered or is corrupted")


def test_another_programs_journal_names_that_program(
    doors: tuple[World, Laptop, Laptop, Path], tmp_path: Path
) -> None:
    world, door1, door2, _ = doors
    foreign = tmp_path / "other.sakura-journal"
    factory = door1.db.session_factory
    arrival = ensure_checkpoints(factory, world.other_program_id)[0]
    CheckinDesk(factory, world.other_program_id, station_name="Door 1").scan(
        arrival.id, world.other_token
    )
    export_journal(factory, world.other_program_id, foreign)
    message = _refused(door2, foreign, OtherProgramJournalError)
    assert "is a journal of program OTHER-WEEK, not of SSP-TEST" in message


def test_a_newer_format_asks_to_update_and_a_stranger_file_is_not_a_journal(
    doors: tuple[World, Laptop, Laptop, Path], tmp_path: Path
) -> None:
    _, _, door2, good = doors
    lines = good.read_text(encoding="utf-8").splitlines(keepends=True)
    header = json.loads(lines[0])
    header["version"] = journal_file.VERSION + 1
    newer = tmp_path / "newer.sakura-journal"
    newer.write_text(json.dumps(header) + "\n" + "".join(lines[1:]), encoding="utf-8")
    assert "written by a newer Sakura Desktop" in _refused(door2, newer, NewerJournalError)
    assert "update this laptop" in _refused(door2, newer, NewerJournalError)
    stranger = tmp_path / "photo.sakura-journal"
    stranger.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(200))
    assert "is not a Sakura Desktop journal" in _refused(door2, stranger, NotAJournalError)


def test_a_crash_between_write_and_rename_leaves_the_previous_journal_valid(
    doors: tuple[World, Laptop, Laptop, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    world, door1, door2, _ = doors
    folder = tmp_path / "stick"
    folder.mkdir()
    FolderSync(door1.db.session_factory, door1.program_id, folder).export_own()
    (written,) = list(folder.iterdir())
    previous = written.read_bytes()

    door1.desk().scan(door1.checkpoint_id("Welcome"), world.tokens["lan"])

    def crash(source: object, target: object) -> None:
        raise OSError("power cut")

    monkeypatch.setattr(journal_file.os, "replace", crash)
    with pytest.raises(OSError, match="power cut"):
        FolderSync(door1.db.session_factory, door1.program_id, folder).export_own()
    monkeypatch.undo()
    assert list(folder.iterdir()) == [written]  # the temporary file was removed
    assert written.read_bytes() == previous
    # A temporary file left by a harder crash (the process killed) is ignored by readers.
    (folder / f".{written.name}.999.dead.tmp").write_bytes(previous[:100])
    reports = FolderSync(door2.db.session_factory, door2.program_id, folder).merge_folder()
    assert [(r.path, r.report.new if r.report else None) for r in reports] == [(written, 7)]
    assert written.name == journal_name("SSP-TEST", written.name.split("-", 2)[2][:36])


def test_a_missing_middle_segment_is_named_then_filled(
    doors: tuple[World, Laptop, Laptop, Path], tmp_path: Path
) -> None:
    world, door1, door2, _ = doors
    desk = door1.desk()
    for _ in range(4):
        for name in ("anong", "duc", "minji"):
            desk.scan(door1.checkpoint_id("Arrival"), world.tokens[name])
    # Door 1 holds scans 1-19 (7 from the fixture, 12 here).
    first = door1.export(tmp_path / "1.sakura-journal", from_seq=1, to_seq=6)
    middle = door1.export(tmp_path / "2.sakura-journal", from_seq=7, to_seq=12)
    last = door1.export(tmp_path / "3.sakura-journal", from_seq=13)
    door2.merge(first)
    report = door2.merge(last)
    assert [g.message for g in report.gaps] == [
        "scans 7–12 of Door 1 are missing: import its journal again or the missing file"
    ]
    filled = door2.merge(middle)
    assert filled.gaps == []
    assert door2.event_uuids() == door1.event_uuids()


MALFORMED = {
    "a number 0": {"seq": 0},
    "true for a number": {"seq": True},
    "an unknown decision": {"decision": "waved through"},
    "a time without its zone": {"occurred_at": "2026-07-13T09:00:00"},
    "a note that is not text": {"note": None},
    "no uuid": {"uuid": ...},
}


@pytest.mark.parametrize("change", MALFORMED.values(), ids=MALFORMED.keys())
def test_a_signed_journal_with_a_malformed_scan_is_refused(
    doors: tuple[World, Laptop, Laptop, Path], tmp_path: Path, change: dict[str, object]
) -> None:
    """Signed with the program's own key (a station's bug, not an attacker): the records are
    still checked field by field, and nothing is merged."""
    _, door1, door2, good = doors
    lines = good.read_bytes().split(b"\n")  # header, records, trailer, ""
    record = json.loads(lines[1])
    for field, value in change.items():
        if value is ...:
            del record[field]
        else:
            record[field] = value
    lines[1] = json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode()
    body = b"\n".join(lines[:-2]) + b"\n"
    with door1.db.session() as session:
        key = program_identity(session, door1.program_id).key
    trailer = json.loads(lines[-2]) | {"mac": hmac.new(key, body, hashlib.sha256).hexdigest()}
    path = tmp_path / "malformed.sakura-journal"
    path.write_bytes(body + json.dumps(trailer).encode() + b"\n")

    message = _refused(door2, path, AlteredJournalError)
    assert "(a scan in it is damaged); nothing was merged" in message
