"""Database paths are taken literally and ordinary situations get their own sentence.

A `#`, `?` or `%` in a path is part of the file's name, never URI syntax; a file that is refused
(foreign, too new, empty, read-only) is left exactly as it was, with nothing created beside it.
"""

from __future__ import annotations

import ctypes
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from sakura_desktop.cli import main
from sakura_desktop.db.engine import make_engine, sqlite_path, sqlite_url
from sakura_desktop.db.lifecycle import head_revision, open_database, upgrade
from sakura_desktop.errors import DatabaseOpenError

ODD_NAMES = ("a#b.db", "what?/a.db", "50%20off.db", "with space.db", "名簿 #1.db")


def listing(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under `folder` with its bytes and modification time (nanoseconds)."""
    return {
        str(path.relative_to(folder)): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def foreign_sqlite(path: Path, *, wal: bool = False) -> None:
    """Another program's SQLite file: one table of its own."""
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO customers (name) VALUES ('Ada')")
    conn.commit()
    conn.close()


def revision_of(path: Path) -> str | None:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


@pytest.mark.parametrize("name", ODD_NAMES)
def test_url_round_trips_the_exact_path(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    assert sqlite_path(sqlite_url(path)) == path


@pytest.mark.parametrize("name", ODD_NAMES)
def test_demo_creates_exactly_the_named_file(
    tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "here"
    folder.mkdir()
    target = folder / name
    assert main(["demo", "--db", str(target)]) == 0, capsys.readouterr().err
    assert target.is_file()
    assert revision_of(target) == head_revision()
    made = {p.name for p in (folder / name).parent.iterdir()}
    assert made <= {target.name, f"{target.name}-wal", f"{target.name}-shm"}
    assert {p.name for p in folder.iterdir()} == {Path(name).parts[0]}
    assert main(["info", "--db", str(target)]) == 0


def test_percent_name_is_not_decoded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["demo", "--db", "50%20off.db"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        "50%20off.db"
    ]


def test_foreign_file_with_hash_is_refused_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    foreign_sqlite(tmp_path / "z#f.db")
    before = listing(tmp_path)
    assert main(["info", "--db", str(tmp_path / "z#f.db")]) == 1
    assert "not a Sakura Desktop database" in capsys.readouterr().err
    assert listing(tmp_path) == before
    assert not (tmp_path / "z").exists()


def test_older_schema_at_hash_path_is_backed_up_before_upgrade(tmp_path: Path) -> None:
    old = tmp_path / "old#1.db"
    engine = make_engine(sqlite_url(old))
    upgrade(engine, "0001")
    engine.dispose()
    database, report = open_database(path=old)
    database.dispose()
    assert report.revision_before == "0001"
    assert report.backup is not None and report.backup.is_file()
    assert report.backup.parent == tmp_path / "old#1-backups"
    assert revision_of(report.backup) == "0001"
    assert revision_of(old) == head_revision()
    assert not (tmp_path / "old").exists()


@pytest.mark.parametrize("wal", [False, True])
def test_refused_files_are_left_exactly_as_they_were(tmp_path: Path, wal: bool) -> None:
    foreign_sqlite(tmp_path / "other.db", wal=wal)
    database, _ = open_database(path=tmp_path / "newer.db", create=True)
    database.dispose()
    conn = sqlite3.connect(tmp_path / "newer.db")
    conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    conn.commit()
    conn.close()
    (tmp_path / "junk.db").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (tmp_path / "empty.db").write_bytes(b"")
    before = listing(tmp_path)
    for name in ("other.db", "newer.db", "junk.db", "empty.db"):
        with pytest.raises(DatabaseOpenError):
            open_database(path=tmp_path / name)
        if name != "empty.db":  # an empty file may become the database asked for
            with pytest.raises(DatabaseOpenError):
                open_database(path=tmp_path / name, create=True)
    assert listing(tmp_path) == before


def test_zero_byte_file_is_refused_with_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "x.db"
    empty.touch()
    for command in (["info"], ["teams"]):
        assert main([*command, "--db", str(empty)]) == 1
        message = capsys.readouterr().err
        assert "x.db is empty (0 bytes)" in message
        assert "delete it or choose another name" in message
    assert empty.stat().st_size == 0
    assert [p.name for p in tmp_path.iterdir()] == ["x.db"]


# --- read-only files and folders: permissions must bite, so root drops its override ----------

_PR_CAPBSET_DROP = 24
_CAPS_THAT_IGNORE_PERMISSIONS = (1, 2, 3)  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER


def _drop_permission_override() -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in _CAPS_THAT_IGNORE_PERMISSIONS:
        if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The real command in its own process, as an ordinary user would run it."""
    as_root = sys.platform.startswith("linux") and os.geteuid() == 0
    return subprocess.run(
        [sys.executable, "-m", "sakura_desktop", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=os.environ.copy(),
        preexec_fn=_drop_permission_override if as_root else None,
        timeout=120,
    )


requires_posix_permissions = pytest.mark.skipif(
    sys.platform == "win32", reason="POSIX permission bits"
)


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "x.db"
    assert main(["demo", "--db", str(path)]) == 0
    return path


@requires_posix_permissions
@pytest.mark.slow
@pytest.mark.parametrize("leftover_journal", [False, True])
def test_read_only_database_is_said_so_by_every_writing_command(
    demo_db: Path, tmp_path: Path, leftover_journal: bool
) -> None:
    if leftover_journal:  # as a crashed session leaves them
        Path(f"{demo_db}-wal").touch()
        Path(f"{demo_db}-shm").touch()
    roster = tmp_path / "roster.csv"
    roster.write_text("Family name,Given name\nSato,Hana\n", encoding="utf-8")
    demo_db.chmod(0o444)
    before = listing(tmp_path)
    for command in (
        ["checkin", "--checkpoint", "1", "SAKURA-NOPE"],
        ["import-roster", str(roster)],
        ["info"],
    ):
        done = run_cli(*command, "--db", str(demo_db), cwd=tmp_path)
        assert done.returncode == 1, (command, done.stderr)
        assert "x.db is read-only" in done.stderr
        assert "Make it writable or copy it" in done.stderr
    assert listing(tmp_path) == before


@requires_posix_permissions
@pytest.mark.slow
def test_database_in_a_read_only_folder_is_diagnosed(demo_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    moved = folder / "x.db"
    demo_db.rename(moved)
    folder.chmod(0o555)
    try:
        before = listing(folder)
        done = run_cli("info", "--db", str(moved), cwd=tmp_path)
        assert done.returncode == 1, done.stderr
        assert "not a Sakura Desktop database" not in done.stderr
        assert "folder" in done.stderr and "x.db-wal" in done.stderr
        assert listing(folder) == before
    finally:
        folder.chmod(0o755)


def test_the_window_opens_through_the_same_checks(tmp_path: Path) -> None:
    from sakura_desktop.tasks.runner import ProgressReporter
    from sakura_desktop.ui.workspace import DatabaseTarget, open_target

    empty = tmp_path / "x.db"
    empty.touch()
    foreign_sqlite(tmp_path / "z#f.db")
    quiet = ProgressReporter(lambda _progress: None)
    with pytest.raises(DatabaseOpenError, match=r"x\.db is empty \(0 bytes\)"):
        open_target(DatabaseTarget(path=empty), quiet)
    with pytest.raises(DatabaseOpenError, match="not a Sakura Desktop database"):
        open_target(DatabaseTarget(path=tmp_path / "z#f.db"), quiet)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.db", "z#f.db"]
