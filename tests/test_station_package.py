"""Station packages on real SQLite files: a door set up from the coordinator's export scans as
the coordinator would, and every damaged, foreign or too-new package is refused, leaving nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pg_support import PG_URL, wipe_postgres
from sqlalchemy import func, select

from sakura_desktop.core.checkin.checkpoints import create_roll_call, ensure_checkpoints
from sakura_desktop.core.checkin.decision import Outcome
from sakura_desktop.core.checkin.desk import CheckinDesk
from sakura_desktop.core.demo import build_demo_program
from sakura_desktop.core.programs import ProgramDraft, create_program
from sakura_desktop.core.stations import envelope
from sakura_desktop.core.stations.envelope import (
    DamagedPackageError,
    KdfParams,
    NewerPackageError,
    NotAPackageError,
    TruncatedPackageError,
    WeakPassphraseError,
    WrongPassphraseError,
    seal,
)
from sakura_desktop.core.stations.package import (
    StationTargetError,
    export_station_package,
    init_station_from_package,
    load_package_into_server,
    read_package_header,
)
from sakura_desktop.core.tokens import issue_missing_tokens, reissue_token
from sakura_desktop.db.engine import Database
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.db.models import (
    Availability,
    Notebook,
    Participant,
    Program,
    ScheduleSession,
    Station,
)
from sakura_desktop.errors import UserError

PASSPHRASE = "plum blossom 2026"
CHEAP = KdfParams(log2_n=10)  # these tests are not about the KDF's cost
FIXED_HEADER = 61  # magic .. info size, before the clear info


@dataclass
class Coordinator:
    db: Database
    program_id: int
    arrival_id: int
    tokens: dict[int, str]  # participant id -> live token
    admitted: int  # checked in at the coordinator's laptop before the export
    undone: int  # checked in, then the scan was undone
    revoked_token: str  # the old badge of someone whose badge was re-issued
    reissued: int
    other_program_id: int
    other_person_name: str


def _other_program(db: Database) -> tuple[int, str]:
    """A second program in the same file, with a person and a scan at its own station."""
    other = create_program(
        db.session_factory,
        ProgramDraft("OTHER-2026", "Another week", dt.date(2026, 9, 7), dt.date(2026, 9, 11)),
    )
    with db.session_factory.begin() as session:
        session.add(Participant(program_id=other.id, family_name="Zeppelin", given_name="Otto"))
    arrival = ensure_checkpoints(db.session_factory, other.id)[0]
    token = next(iter(issue_missing_tokens(db.session_factory, other.id))).token
    desk = CheckinDesk(db.session_factory, other.id, station_name="Other week's door")
    assert desk.scan(arrival.id, token).outcome is Outcome.ACCEPTED
    return other.id, "Zeppelin"


@pytest.fixture(scope="module")
def coordinator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Coordinator]:
    """Built once per module: the tests only read it (each writes its own package copies)."""
    folder = tmp_path_factory.mktemp("coordinator")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SAKURA_DESKTOP_DATA_DIR", str(folder / "userdata"))
        yield from _coordinator(folder)


def _coordinator(folder: Path) -> Iterator[Coordinator]:
    db, _ = open_database(path=folder / "coordinator.db", create=True)
    program = build_demo_program(db.session_factory)
    factory = db.session_factory
    tokens = {t.participant_id: t.token for t in issue_missing_tokens(factory, program.id)}
    arrival = ensure_checkpoints(factory, program.id)[0]
    admitted, undone, reissued = sorted(tokens)[:3]
    desk = CheckinDesk(factory, program.id, station_name="Coordinator")
    assert desk.scan(arrival.id, tokens[admitted]).outcome is Outcome.ACCEPTED
    desk.undo(desk.scan(arrival.id, tokens[undone]).event_uuid)
    revoked_token = tokens[reissued]
    tokens[reissued] = reissue_token(factory, reissued).token
    other_id, other_name = _other_program(db)
    yield Coordinator(
        db,
        program.id,
        arrival.id,
        tokens,
        admitted,
        undone,
        revoked_token,
        reissued,
        other_id,
        other_name,
    )
    db.dispose()


@pytest.fixture(scope="module")
def package(coordinator: Coordinator, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("package") / "door.sakura-station"
    export_station_package(
        coordinator.db.session_factory, coordinator.program_id, out, PASSPHRASE, kdf=CHEAP
    )
    return out


def _leftovers(db_path: Path) -> list[str]:
    return sorted(p.name for p in db_path.parent.iterdir() if p.name.startswith(db_path.name))


def _init(package: Path, db_path: Path, passphrase: str = PASSPHRASE) -> None:
    init_station_from_package(package, db_path, passphrase, "Door 2")


# --- a working door ---------------------------------------------------------------------------


def test_a_door_set_up_from_the_package_scans_as_the_coordinator_would(
    coordinator: Coordinator, package: Path, tmp_path: Path
) -> None:
    db_path = tmp_path / "door.db"
    summary = init_station_from_package(package, db_path, PASSPHRASE, "  Door 2 ")
    assert summary.station_name == "Door 2" and summary.arrival_checkpoint == "Arrival"
    assert summary.counts.participants == 98 and summary.counts.checkin_events == 3
    door, _ = open_database(path=db_path)
    try:
        desk = CheckinDesk(door.session_factory, summary.program_id, station_name="Door 2")
        fresh = next(
            pid for pid in sorted(coordinator.tokens) if pid > coordinator.reissued
        )  # never scanned anywhere
        assert desk.scan(coordinator.arrival_id, coordinator.tokens[fresh]).outcome is (
            Outcome.ACCEPTED
        )
        already = desk.scan(coordinator.arrival_id, coordinator.tokens[coordinator.admitted])
        assert already.outcome is Outcome.ALREADY_IN  # the door knows who already arrived
        undone = desk.scan(coordinator.arrival_id, coordinator.tokens[coordinator.undone])
        assert undone.outcome is Outcome.ACCEPTED  # the coordinator's undo travelled too
        old_badge = desk.scan(coordinator.arrival_id, coordinator.revoked_token)
        assert old_badge.outcome is Outcome.REVOKED
        new_badge = desk.scan(coordinator.arrival_id, coordinator.tokens[coordinator.reissued])
        assert new_badge.outcome is Outcome.ACCEPTED
        with door.session_factory() as session:
            stations = {s.name: s for s in session.scalars(select(Station))}
        assert set(stations) == {"Coordinator", "Door 2"}
        assert stations["Door 2"].is_local and stations["Door 2"].uuid == summary.station_uuid
        assert stations["Door 2"].last_seq == 5  # the five scans above, numbered 1 to 5
        copied = stations["Coordinator"]
        assert not copied.is_local and copied.last_seq == 3 and copied.exported_seq == 0
        assert copied.last_merged_at is not None
        assert abs(copied.last_merged_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)
    finally:
        door.dispose()


def test_only_the_chosen_program_travels_without_notebooks(
    coordinator: Coordinator, package: Path, tmp_path: Path
) -> None:
    db_path = tmp_path / "door.db"
    _init(package, db_path)
    door, _ = open_database(path=db_path)
    try:
        with door.session_factory() as session:
            assert session.scalars(select(Program.code)).all() == ["SSP-2026-07"]
            names = set(session.scalars(select(Participant.family_name)))
            assert coordinator.other_person_name not in names and len(names) > 10
            station_names = set(session.scalars(select(Station.name)))
            assert "Other week's door" not in station_names
            assert session.scalar(select(func.count()).select_from(Notebook)) == 0
            assert session.scalar(select(func.count()).select_from(Availability)) == 0
            with_notebook = select(func.count()).where(ScheduleSession.notebook_id.is_not(None))
            assert session.scalar(with_notebook) == 0
            secret = session.scalar(select(Program.secret))
        with coordinator.db.session_factory() as session:
            source = session.get(Program, coordinator.program_id)
            assert source is not None and secret == source.secret
    finally:
        door.dispose()


def test_the_header_names_the_program_and_no_person(
    coordinator: Coordinator, package: Path
) -> None:
    header = read_package_header(package)
    assert (header.program_code, header.start_date) == ("SSP-2026-07", dt.date(2026, 7, 13))
    assert header.participants == 98 and header.format_version == 1
    raw = package.read_bytes()
    with coordinator.db.session_factory() as session:
        person = session.scalars(
            select(Participant).where(
                Participant.program_id == coordinator.program_id,
                Participant.email.is_not(None),
                Participant.emergency_contact_phone != "",
            )
        ).first()
        program = session.get(Program, coordinator.program_id)
    assert person is not None and program is not None
    names = [n for n in (person.family_name, person.given_name) if len(n) >= 4]
    private = [person.email or "", person.emergency_contact_phone, *names]
    # Long enough not to occur by chance in the ciphertext.
    assert len(private) >= 3 and all(len(value) >= 4 for value in private)
    for value in private:
        assert value.encode() not in raw
    assert program.secret not in raw


def test_package_and_database_are_readable_by_the_user_only(package: Path, tmp_path: Path) -> None:
    db_path = tmp_path / "door.db"
    _init(package, db_path)
    assert package.stat().st_mode & 0o777 == 0o600
    assert db_path.stat().st_mode & 0o777 == 0o600
    assert not list(tmp_path.glob(".door.sakura-station.*"))  # no temporary file left


def test_an_empty_file_may_be_the_target_and_becomes_private(package: Path, tmp_path: Path) -> None:
    db_path = tmp_path / "door.db"
    db_path.touch(mode=0o644)
    _init(package, db_path)
    assert db_path.stat().st_mode & 0o777 == 0o600 and db_path.stat().st_size > 0


def test_the_default_kdf_is_the_strong_one(coordinator: Coordinator, tmp_path: Path) -> None:
    assert (KdfParams().n, KdfParams().r, KdfParams().p) == (2**17, 8, 1)
    out = tmp_path / "strong.sakura-station"
    export_station_package(coordinator.db.session_factory, coordinator.program_id, out, PASSPHRASE)
    parsed = envelope.parse(out, out.read_bytes())
    assert parsed.kdf == KdfParams(17, 8, 1) and len(parsed.salt) == 16 and len(parsed.nonce) == 12


# --- refusals ---------------------------------------------------------------------------------


def test_export_refuses_a_short_passphrase(coordinator: Coordinator, tmp_path: Path) -> None:
    out = tmp_path / "door.sakura-station"
    with pytest.raises(WeakPassphraseError, match="at least 8"):
        export_station_package(
            coordinator.db.session_factory, coordinator.program_id, out, "1234567", kdf=CHEAP
        )
    assert not out.exists()


def _refused(package: Path, db_path: Path, error: type[UserError], words: str) -> None:
    with pytest.raises(error, match=words):
        _init(package, db_path)
    assert _leftovers(db_path) == []


def test_a_wrong_passphrase_is_refused(package: Path, tmp_path: Path) -> None:
    db_path = tmp_path / "door.db"
    with pytest.raises(WrongPassphraseError, match="The passphrase does not open"):
        _init(package, db_path, passphrase="plum blossom 2025")
    assert _leftovers(db_path) == []


def _header_end(data: bytes) -> int:
    (info_size,) = struct.unpack(">I", data[FIXED_HEADER - 4 : FIXED_HEADER])
    return FIXED_HEADER + info_size


def test_a_package_cut_anywhere_is_incomplete(package: Path, tmp_path: Path) -> None:
    data = package.read_bytes()
    end = _header_end(data)
    for size in (0, 5, 17, 30, FIXED_HEADER - 1, FIXED_HEADER + 3, end, end + 100, len(data) - 1):
        cut = tmp_path / f"cut-{size}.sakura-station"
        cut.write_bytes(data[:size])
        _refused(cut, tmp_path / f"door-{size}.db", TruncatedPackageError, "is incomplete")


def _flipped(package: Path, offset: int, folder: Path) -> Path:
    data = bytearray(package.read_bytes())
    data[offset] ^= 0x01
    out = folder / f"flipped-{offset}.sakura-station"
    out.write_bytes(bytes(data))
    return out


def test_a_flipped_byte_in_header_or_body_is_refused(package: Path, tmp_path: Path) -> None:
    data = package.read_bytes()
    end = _header_end(data)
    title_at = data.index(b"Sakura Science")
    salt_at, nonce_at = 21, 37
    for offset in (salt_at + 3, nonce_at + 5, title_at, end + 10, len(data) // 2, len(data) - 1):
        _refused(
            _flipped(package, offset, tmp_path),
            tmp_path / f"door-{offset}.db",
            WrongPassphraseError,
            "altered or damaged in copying",
        )


def test_impossible_key_settings_are_refused_before_deriving(package: Path, tmp_path: Path) -> None:
    data = bytearray(package.read_bytes())
    data[18] = 40  # log2(n): 2**40 would ask for terabytes
    bad = tmp_path / "greedy.sakura-station"
    bad.write_bytes(bytes(data))
    _refused(bad, tmp_path / "door.db", DamagedPackageError, "key derivation settings")


def test_a_package_of_a_newer_format_is_refused(package: Path, tmp_path: Path) -> None:
    data = bytearray(package.read_bytes())
    data[16:18] = struct.pack(">H", envelope.FORMAT_VERSION + 1)
    newer = tmp_path / "newer.sakura-station"
    newer.write_bytes(bytes(data))
    _refused(newer, tmp_path / "door.db", NewerPackageError, "update this laptop")
    with pytest.raises(NewerPackageError, match="made by a newer Sakura Desktop"):
        read_package_header(newer)


def test_a_package_of_a_newer_schema_is_refused(package: Path, tmp_path: Path) -> None:
    info = dict(envelope.read_envelope(package).info, schema="9999_from_the_future")
    newer = tmp_path / "newer-schema.sakura-station"
    newer.write_bytes(seal(b"{}", info, PASSPHRASE, CHEAP))
    _refused(newer, tmp_path / "door.db", NewerPackageError, "schema 9999_from_the_future")


@pytest.mark.parametrize(
    "content",
    [b"", b"hello, this is a text file\n", b"SQLite format 3\x00" + bytes(200), os.urandom(4096)],
    ids=["empty", "text", "sqlite", "random"],
)
def test_a_file_that_is_not_a_package_is_refused(tmp_path: Path, content: bytes) -> None:
    garbage = tmp_path / "garbage.sakura-station"
    garbage.write_bytes(content)
    error, words = (
        (TruncatedPackageError, "incomplete") if not content else (NotAPackageError, "not a")
    )
    _refused(garbage, tmp_path / "door.db", error, words)


def test_an_authentic_package_without_a_program_leaves_nothing(
    package: Path, tmp_path: Path
) -> None:
    """Refused after the database was created: the half-made file is removed again."""
    opened = envelope.read_envelope(package)
    payload = json.loads(envelope.open_sealed(opened, PASSPHRASE))
    payload["tables"]["programs"]["rows"] = []
    payload["tables"] = {name: {"columns": [], "rows": []} for name in payload["tables"]} | {
        "programs": payload["tables"]["programs"]
    }
    empty = tmp_path / "empty.sakura-station"
    empty.write_bytes(seal(json.dumps(payload).encode(), opened.info, PASSPHRASE, CHEAP))
    _refused(empty, tmp_path / "door.db", DamagedPackageError, "holds no program")


def test_a_cancelled_set_up_leaves_nothing(package: Path, tmp_path: Path) -> None:
    db_path = tmp_path / "door.db"

    class Stop(Exception):
        pass

    def progress(done: int, total: int, text: str) -> None:
        if text.startswith("Copying participants"):
            raise Stop()

    with pytest.raises(Stop):
        init_station_from_package(package, db_path, PASSPHRASE, "Door 2", progress)
    assert _leftovers(db_path) == []


def test_a_database_holding_data_is_never_overwritten(
    coordinator: Coordinator, package: Path, tmp_path: Path
) -> None:
    used = coordinator.db.path
    assert used is not None
    before = sqlite3.connect(used).execute("SELECT count(*) FROM participants").fetchone()
    with pytest.raises(StationTargetError, match="already exists and holds data"):
        _init(package, used)
    after = sqlite3.connect(used).execute("SELECT count(*) FROM participants").fetchone()
    assert before == after


def test_a_station_needs_a_name(package: Path, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="Name this station"):
        init_station_from_package(package, tmp_path / "door.db", PASSPHRASE, "   ")
    assert _leftovers(tmp_path / "door.db") == []


def _stations(db_path: Path) -> list[tuple[str, str, bool, int]]:
    with sqlite3.connect(db_path) as connection:
        rows = connection.execute("SELECT name, uuid, is_local, last_seq FROM stations ORDER BY id")
        return [(name, uuid, bool(local), seq) for name, uuid, local, seq in rows]


def test_the_station_takes_this_laptops_uuid(package: Path, tmp_path: Path) -> None:
    mine = "0b6f3c1e-2f4a-4c55-9d1e-5a7b8c9d0e1f"
    db_path = tmp_path / "door.db"
    summary = init_station_from_package(package, db_path, PASSPHRASE, "Door 2", station_uuid=mine)
    assert summary.station_uuid == mine
    assert ("Door 2", mine, True, 0) in _stations(db_path)


def test_a_laptop_that_scanned_before_takes_its_own_station_back(
    coordinator: Coordinator, package: Path, tmp_path: Path
) -> None:
    with coordinator.db.session_factory() as session:
        own = session.scalar(select(Station.uuid).where(Station.name == "Coordinator"))
    assert own is not None
    db_path = tmp_path / "door.db"
    init_station_from_package(package, db_path, PASSPHRASE, "Front desk", station_uuid=own)
    assert _stations(db_path) == [("Front desk", own, True, 3)]  # numbering goes on after 3


@pytest.mark.skipif(not PG_URL, reason="SAKURA_TEST_PG_URL is not set")
def test_a_package_exported_from_postgresql_sets_up_a_door(tmp_path: Path) -> None:
    """The shared server of a site (`--db-url`) exports the same package a file would."""
    assert PG_URL is not None
    wipe_postgres(PG_URL)
    server, _ = open_database(PG_URL, create=True)
    try:
        program = build_demo_program(server.session_factory)
        token = issue_missing_tokens(server.session_factory, program.id)[0].token
        out = tmp_path / "door.sakura-station"
        export_station_package(server.session_factory, program.id, out, PASSPHRASE, kdf=CHEAP)
    finally:
        server.dispose()
    summary = init_station_from_package(out, tmp_path / "door.db", PASSPHRASE, "Door 2")
    door, _ = open_database(path=tmp_path / "door.db")
    try:
        desk = CheckinDesk(door.session_factory, summary.program_id, station_name="Door 2")
        arrival = ensure_checkpoints(door.session_factory, summary.program_id)[0]
        assert desk.scan(arrival.id, token).outcome is Outcome.ACCEPTED
    finally:
        door.dispose()


@pytest.mark.skipif(not PG_URL, reason="SAKURA_TEST_PG_URL is not set")
def test_the_week_prepared_in_a_file_moves_onto_an_empty_server(
    coordinator: Coordinator, package: Path, tmp_path: Path
) -> None:
    """station-init --db-url: the site's server takes the program; ids keep working after."""
    assert PG_URL is not None
    wipe_postgres(PG_URL)

    summary = load_package_into_server(package, PG_URL, PASSPHRASE)

    assert "***" in summary.server and "sakura:sakura@" not in summary.server
    server, _ = open_database(PG_URL)
    try:
        factory = server.session_factory
        desk = CheckinDesk(factory, summary.program_id, station_name="Server door")
        arrival = ensure_checkpoints(factory, summary.program_id)[0]
        already = desk.scan(arrival.id, coordinator.tokens[coordinator.admitted])
        assert already.outcome is Outcome.ALREADY_IN  # the scans so far came along
        welcome = desk.scan(arrival.id, coordinator.tokens[coordinator.undone])
        assert welcome.outcome is Outcome.ACCEPTED
        # The id sequences moved past the copied rows: new rows get new ids.
        roll_call = create_roll_call(factory, summary.program_id, "Server roll call")
        assert roll_call.id > arrival.id
    finally:
        server.dispose()
    with pytest.raises(StationTargetError, match="already holds a program"):
        load_package_into_server(package, PG_URL, PASSPHRASE)
