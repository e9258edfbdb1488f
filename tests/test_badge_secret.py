"""The badge secret is kept apart from the database: a copied database file or backup cannot
make or check a badge, the laptop that holds the key goes on as before, an old database with the
plain secret is locked when opened, and a laptop without the key is told how to get it (the
program's station package), on a SQLite file and on a shared PostgreSQL database."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_support import PG_URL, wipe_postgres
from roster_world import make_program

from sakura_desktop.cli import main
from sakura_desktop.core.stations.envelope import KdfParams
from sakura_desktop.core.stations.package import (
    export_station_package,
    init_station_from_package,
)
from sakura_desktop.core.tokens import (
    ProgramKey,
    TokenStatus,
    check_token,
    issue_token,
    make_token,
    program_key,
)
from sakura_desktop.db import key_store
from sakura_desktop.db.badge_secrets import BadgeSecretError, metadata_key
from sakura_desktop.db.engine import Database
from sakura_desktop.db.lifecycle import backup_sqlite, open_database
from sakura_desktop.db.models import AppMetadata, Participant, Program

PASSPHRASE = "cherry blossom 2026"
CHEAP = KdfParams(log2_n=10)


class Laptop:
    """Which key folder (this laptop's keyring stand-in) the process uses from now on."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
        self.monkeypatch, self.folder = monkeypatch, folder

    def use(self) -> None:
        self.monkeypatch.setenv(key_store.KEY_DIR_ENV, str(self.folder))
        key_store.forget_cached_keys()


@pytest.fixture
def laptops(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[tuple[Laptop, Laptop]]:
    first, second = Laptop(monkeypatch, tmp_path / "keys-a"), Laptop(monkeypatch, tmp_path / "b")
    first.use()
    yield first, second
    key_store.forget_cached_keys()


def _program_with_a_badge(database: Database) -> tuple[int, str, bytes]:
    """(program id, a participant's badge, the plain secret the badge is signed with)."""
    program = make_program(database)
    with database.session() as session:
        person = Participant(
            program_id=program.id, family_name="Sato", given_name="Aiko", role="student"
        )
        session.add(person)
        session.flush()
        person_id = person.id
    token = issue_token(database.session_factory, person_id).token
    with database.session() as session:
        secret = program_key(session, program.id).secret
    return program.id, token, secret


def _verifies(database: Database, program_id: int, token: str) -> TokenStatus:
    with database.session() as session:
        return check_token(token, program_key(session, program_id)).status


def _stored_secret(database: Database) -> bytes:
    with database.session() as session:
        return bytes(session.query(Program.secret).one()[0])


def _files_bytes(*paths: Path) -> bytes:
    return b"".join(path.read_bytes() for path in paths if path.exists())


def test_a_copied_database_and_backup_cannot_make_or_check_a_badge(
    laptops: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    _, second = laptops
    path = tmp_path / "week.db"
    database, _ = open_database(path=path, create=True)
    program_id, token, secret = _program_with_a_badge(database)
    stored = _stored_secret(database)
    assert _verifies(database, program_id, token) is TokenStatus.VALID  # this laptop: as before
    database.dispose()
    backup = backup_sqlite(path, "manual")

    raw = _files_bytes(path, path.with_name("week.db-wal"), backup)
    assert secret not in raw and stored != secret
    # What a reader of the file has cannot sign a badge that the doors accept.
    with sqlite3.connect(path) as conn:
        uuid = conn.execute("SELECT uuid FROM programs").fetchone()[0]
    forged = make_token(ProgramKey(program_id, uuid, stored), 1, 1)
    reopened, _ = open_database(path=path)
    try:
        assert _verifies(reopened, program_id, forged) is TokenStatus.FORGED
    finally:
        reopened.dispose()

    second.use()  # the copy on another laptop, or this one after its key folder was lost
    for copy in (path, backup):
        database, _ = open_database(path=copy)
        try:
            with pytest.raises(BadgeSecretError) as raised:
                _verifies(database, program_id, token)
        finally:
            database.dispose()
        sentence = str(raised.value)
        assert "This laptop does not have the key to the badge secret of 'Test week'" in sentence
        assert "sakura-desktop badge-key" in sentence and "station package" in sentence


def test_the_laptop_that_holds_the_key_still_checks_badges_after_reopening(
    laptops: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    path = tmp_path / "week.db"
    database, _ = open_database(path=path, create=True)
    program_id, token, _ = _program_with_a_badge(database)
    database.dispose()
    database, _ = open_database(path=path)
    try:
        assert _verifies(database, program_id, token) is TokenStatus.VALID
    finally:
        database.dispose()
    key_files = sorted(p.name for p in laptops[0].folder.iterdir())
    assert len(key_files) == 2 and all(name.startswith("badge-lock-") for name in key_files)
    assert (
        laptops[0].folder.stat().st_mode & 0o777,
        (laptops[0].folder / key_files[0]).stat().st_mode & 0o777,
    ) == (0o700, 0o600)


def test_an_old_database_with_the_plain_secret_is_locked_when_opened(
    laptops: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    path = tmp_path / "old.db"
    database, _ = open_database(path=path, create=True)
    program_id, token, secret = _program_with_a_badge(database)
    database.dispose()
    with sqlite3.connect(path) as conn:  # as a version before this one wrote it
        conn.execute("UPDATE programs SET secret = ?", (secret,))
        conn.execute("DELETE FROM app_metadata WHERE key LIKE 'badge_secret:%'")
    assert secret in _files_bytes(path, path.with_name("old.db-wal"))

    database, _ = open_database(path=path)
    try:
        assert _stored_secret(database) != secret
        with database.session() as session:
            assert session.get(AppMetadata, metadata_key(_uuid(path))) is not None
        assert _verifies(database, program_id, token) is TokenStatus.VALID  # printed badges scan
        with database.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.exec_driver_sql("VACUUM")
    finally:
        database.dispose()
    assert secret not in _files_bytes(path, path.with_name("old.db-wal"))


def _uuid(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return str(conn.execute("SELECT uuid FROM programs").fetchone()[0])


def test_a_door_set_up_from_a_package_on_another_laptop_checks_the_badges(
    laptops: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    _, second = laptops
    database, _ = open_database(path=tmp_path / "coordinator.db", create=True)
    try:
        program_id, token, secret = _program_with_a_badge(database)
        package = tmp_path / "door.sakura-station"
        export_station_package(database.session_factory, program_id, package, PASSPHRASE, kdf=CHEAP)
    finally:
        database.dispose()

    second.use()
    door_path = tmp_path / "door.db"
    init_station_from_package(package, door_path, PASSPHRASE, "Door 2")
    door, _ = open_database(path=door_path)
    try:
        assert _verifies(door, program_id, token) is TokenStatus.VALID
    finally:
        door.dispose()
    assert secret not in _files_bytes(door_path, door_path.with_name("door.db-wal"))


def _badge_key(capsys: pytest.CaptureFixture[str], tmp_path: Path, *target: str) -> str:
    passphrase_file = tmp_path / "passphrase.txt"
    passphrase_file.write_text(PASSPHRASE + "\n")
    package = str(tmp_path / "door.sakura-station")
    assert main(["badge-key", *target, package, "--passphrase-file", str(passphrase_file)]) == 0
    return capsys.readouterr().out


def test_a_backup_restored_on_a_new_laptop_gets_its_key_from_the_station_package(
    laptops: tuple[Laptop, Laptop], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, second = laptops
    path = tmp_path / "week.db"
    database, _ = open_database(path=path, create=True)
    try:
        program_id, token, _ = _program_with_a_badge(database)
        export_station_package(
            database.session_factory,
            program_id,
            tmp_path / "door.sakura-station",
            PASSPHRASE,
            kdf=CHEAP,
        )
    finally:
        database.dispose()
    backup = backup_sqlite(path, "manual")

    second.use()  # the first laptop is lost; its backup comes back on a new one
    out = _badge_key(capsys, tmp_path, "--db", str(backup))
    assert "This laptop now holds the key to the badge secret of SSP-TEST" in out
    database, _ = open_database(path=backup)
    try:
        assert _verifies(database, program_id, token) is TokenStatus.VALID
    finally:
        database.dispose()


def test_a_package_of_another_program_gives_no_key(
    laptops: tuple[Laptop, Laptop], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other, _ = open_database(path=tmp_path / "other.db", create=True)
    try:
        other_id = make_program(other, "OTHER").id
        export_station_package(
            other.session_factory, other_id, tmp_path / "door.sakura-station", PASSPHRASE, kdf=CHEAP
        )
    finally:
        other.dispose()
    path = tmp_path / "week.db"
    database, _ = open_database(path=path, create=True)
    _program_with_a_badge(database)
    database.dispose()
    passphrase_file = tmp_path / "passphrase.txt"
    passphrase_file.write_text(PASSPHRASE + "\n")
    code = main(
        [
            "badge-key",
            "--db",
            str(path),
            str(tmp_path / "door.sakura-station"),
            "--passphrase-file",
            str(passphrase_file),
        ]
    )
    assert code == 1
    assert "a program this database does not hold" in capsys.readouterr().err


class MemoryKeyring:
    """A keyring backend that keeps its entries in a dict (the platform's, in a test)."""

    priority = 1

    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, name: str) -> str | None:
        return self.entries.get((service, name))

    def set_password(self, service: str, name: str, value: str) -> None:
        self.entries[(service, name)] = value


def test_the_platform_keyring_holds_the_key_when_there_is_one(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, isolated_user_dirs: Path
) -> None:
    import keyring

    memory = MemoryKeyring()
    monkeypatch.delenv(key_store.KEY_DIR_ENV)
    monkeypatch.setattr(keyring, "get_keyring", lambda: memory)
    key_store.forget_cached_keys()
    try:
        database, _ = open_database(path=tmp_path / "week.db", create=True)
        try:
            program_id, token, _ = _program_with_a_badge(database)
            key_store.forget_cached_keys()
            assert _verifies(database, program_id, token) is TokenStatus.VALID
        finally:
            database.dispose()
    finally:
        key_store.forget_cached_keys()
    names = [name for service, name in memory.entries if service == "sakura-desktop"]
    assert len(names) == 2 and all(
        name.startswith(f"badge-lock-{_uuid(tmp_path / 'week.db')}") for name in names
    )
    assert not (isolated_user_dirs / "keys").exists()  # no key file beside the keyring


@pytest.mark.skipif(PG_URL is None, reason="SAKURA_TEST_PG_URL is not set")
def test_every_laptop_on_a_shared_postgresql_database_takes_the_key_from_the_package(
    laptops: tuple[Laptop, Laptop], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert PG_URL is not None
    _, second = laptops
    database, _ = open_database(path=tmp_path / "coordinator.db", create=True)
    try:
        program_id, token, secret = _program_with_a_badge(database)
        package = tmp_path / "door.sakura-station"
        export_station_package(database.session_factory, program_id, package, PASSPHRASE, kdf=CHEAP)
    finally:
        database.dispose()
    wipe_postgres(PG_URL)
    passphrase_file = tmp_path / "passphrase.txt"
    passphrase_file.write_text(PASSPHRASE + "\n")
    # The first laptop loads the server, and is told what every other laptop must do.
    init = ["station-init", "--package", str(package), "--passphrase-file", str(passphrase_file)]
    assert main([*init, "--db-url", PG_URL]) == 0
    told = capsys.readouterr().out
    assert "badge-key" in told and str(package) in told
    server, _ = open_database(PG_URL)
    try:
        assert _verifies(server, program_id, token) is TokenStatus.VALID
        assert _stored_secret(server) != secret  # a dump of the server cannot make badges
        second.use()  # another door points at the server
        with pytest.raises(BadgeSecretError, match="does not have the key"):
            _verifies(server, program_id, token)
        assert "now holds the key" in _badge_key(capsys, tmp_path, "--db-url", PG_URL)
        key_store.forget_cached_keys()
        assert _verifies(server, program_id, token) is TokenStatus.VALID
    finally:
        server.dispose()
        wipe_postgres(PG_URL)


def test_a_door_keeps_its_own_station_when_it_takes_the_key_of_another_laptops_database(
    laptops: tuple[Laptop, Laptop], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, second = laptops
    path = tmp_path / "week.db"
    database, _ = open_database(path=path, create=True)
    try:
        program_id, token, _ = _program_with_a_badge(database)
        package = tmp_path / "door.sakura-station"
        export_station_package(database.session_factory, program_id, package, PASSPHRASE, kdf=CHEAP)
    finally:
        database.dispose()

    second.use()  # a door: its own offline station, and the coordinator's database
    door_path = tmp_path / "door.db"
    init_station_from_package(package, door_path, PASSPHRASE, "Door 2")
    _badge_key(capsys, tmp_path, "--db", str(path))
    key_store.forget_cached_keys()
    for where in (door_path, path):
        opened, _ = open_database(path=where)
        try:
            assert _verifies(opened, program_id, token) is TokenStatus.VALID, where
        finally:
            opened.dispose()


def test_an_altered_secret_is_named_not_taken_for_forged_badges(
    laptops: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    path = tmp_path / "week.db"
    database, _ = open_database(path=path, create=True)
    program_id, token, _ = _program_with_a_badge(database)
    database.dispose()
    with sqlite3.connect(path) as conn:
        stored = conn.execute("SELECT secret FROM programs").fetchone()[0]
        conn.execute("UPDATE programs SET secret = ?", (bytes([stored[0] ^ 1]) + stored[1:],))
    conn.close()
    database, _ = open_database(path=path)
    try:
        with pytest.raises(BadgeSecretError, match="in this database was altered"):
            _verifies(database, program_id, token)
    finally:
        database.dispose()


def test_a_key_made_at_the_same_moment_by_another_process_does_not_hide_this_one(
    laptops: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    """Two windows opening one old database at once may each make a key for its program; the
    one whose lock was written must still be found, whichever key was saved last."""
    path = tmp_path / "week.db"
    database, _ = open_database(path=path, create=True)
    program_id, token, _ = _program_with_a_badge(database)
    database.dispose()
    key_store.save_lock_key(_uuid(path), bytes(32))  # the other process's key, saved last
    key_store.forget_cached_keys()
    database, _ = open_database(path=path)
    try:
        assert _verifies(database, program_id, token) is TokenStatus.VALID
    finally:
        database.dispose()


@pytest.mark.skipif(sys.platform != "linux", reason="the search it avoids runs ldconfig on Linux")
def test_the_platform_keyring_is_named_not_searched_for(tmp_path: Path) -> None:
    """keyring's own search imports every backend; its macOS one runs `ldconfig` and `gcc` on
    Linux (0.1 s on every badge print). Without a D-Bus session there is no keyring: the key
    folder keeps the keys, and nothing was searched."""
    code = (
        "import sys\n"
        "from sakura_desktop.db import key_store\n"
        "print(key_store._usable_keyring(), [m for m in sys.modules if 'macOS' in m])\n"
    )
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in (key_store.KEY_DIR_ENV, "DBUS_SESSION_BUS_ADDRESS")
    }
    env["SAKURA_DESKTOP_DATA_DIR"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "None []"
