"""Private by default: the database, its journals, backups, the log and exports are 0600 files in
0700 folders on POSIX, whatever the user's umask, and files an older version left readable by
everyone are tightened when the database (or the log) is opened."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from sakura_desktop.cli import main
from sakura_desktop.db.lifecycle import backup_sqlite, open_database
from sakura_desktop.logging_setup import LOG_FILE_NAME, configure_logging

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def everyday_umask() -> Iterator[None]:
    """The umask most desktops give a user (0644 files): what the app must not rely on."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def test_a_new_database_and_its_journals_are_private(tmp_path: Path) -> None:
    path = tmp_path / "week.db"
    database, _ = open_database(path=path, create=True)
    try:
        with database.session() as session:  # a connection holds -wal and -shm open
            session.connection()
            for file in (path, tmp_path / "week.db-wal", tmp_path / "week.db-shm"):
                assert mode(file) == 0o600, file
    finally:
        database.dispose()


def test_an_existing_readable_database_journals_and_backups_are_tightened(tmp_path: Path) -> None:
    path = tmp_path / "week.db"
    database, _ = open_database(path=path, create=True)
    database.dispose()
    backup = backup_sqlite(path, "old")
    folder = backup.parent
    for file in (path, backup):
        os.chmod(file, 0o644)
    os.chmod(folder, 0o755)
    wal, shm = tmp_path / "week.db-wal", tmp_path / "week.db-shm"
    for journal in (wal, shm):
        journal.write_bytes(b"")
        os.chmod(journal, 0o644)

    database, _ = open_database(path=path)
    try:
        with database.session() as session:
            session.connection()
            modes = {file.name: mode(file) for file in (path, wal, shm, backup)}
    finally:
        database.dispose()

    assert modes == {file.name: 0o600 for file in (path, wal, shm, backup)}
    assert mode(folder) == 0o700


def test_backups_go_into_a_private_folder_even_one_an_older_version_made(tmp_path: Path) -> None:
    path = tmp_path / "week.db"
    database, _ = open_database(path=path, create=True)
    database.dispose()
    folder = tmp_path / "week-backups"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)

    backup = backup_sqlite(path, "manual")

    assert backup.parent == folder
    assert mode(folder) == 0o700
    assert mode(backup) == 0o600


@pytest.fixture
def no_log_handler() -> Iterator[None]:
    root = logging.getLogger()
    ours = [h for h in root.handlers if getattr(h, "_sakura", False)]
    for handler in ours:
        root.removeHandler(handler)
    level = root.level
    try:
        yield
    finally:
        for handler in [h for h in root.handlers if getattr(h, "_sakura", False)]:
            root.removeHandler(handler)
            handler.close()
        for handler in ours:
            root.addHandler(handler)
        root.setLevel(level)


@pytest.mark.usefixtures("no_log_handler")
def test_the_log_folder_and_its_files_are_private(isolated_user_dirs: Path) -> None:
    folder = isolated_user_dirs / "logs"
    folder.mkdir(mode=0o755)
    old = folder / f"{LOG_FILE_NAME}.1"
    old.write_text("an older version's log\n")
    os.chmod(old, 0o644)

    log_file = configure_logging()
    logging.getLogger("test").warning("written")

    assert log_file == folder / LOG_FILE_NAME
    assert mode(folder) == 0o700
    assert mode(log_file) == 0o600
    assert mode(old) == 0o600


@pytest.mark.usefixtures("no_log_handler")
def test_every_export_the_command_writes_is_private(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    assert main(["demo", "--db", str(db)]) == 0
    out = tmp_path / "exports"
    out.mkdir()
    assert main(["export", "--db", str(db), "participants", "--out", str(out / "p.csv")]) == 0
    assert main(["export", "--db", str(db), "participants", "--out", str(out / "p.xlsx")]) == 0
    assert main(["schedule", "--db", str(db), "export", "--out", str(out / "s.xlsx")]) == 0
    assert main(["print", "--db", str(db), "signin-sheets", "--out", str(out / "sheets.pdf")]) == 0
    written = sorted(out.iterdir())
    assert [file.name for file in written] == ["p.csv", "p.xlsx", "s.xlsx", "sheets.pdf"]
    assert {file.name: mode(file) for file in written} == {file.name: 0o600 for file in written}
