"""Backups of a SQLite database: taken, listed, described and checked before a restore.

Every backup of a database file lives in `<stem>-backups/` beside it (db/lifecycle.py
`backups_folder`), named `<stem>-<time>-<reason>.db`, and is a consistent copy taken with
SQLite's online backup API. The newest `keep` are kept. A database on a server (PostgreSQL) is
backed up by its server (pg_dump): here that is a sentence, not a copy.

A backup is read read-only and as immutable: describing or checking one creates nothing beside
it and changes none of its bytes, so a refused file is left exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from sakura_desktop.core.i18n import counted, translate
from sakura_desktop.db.engine import Database, server_name, sqlite_path
from sakura_desktop.db.lifecycle import (
    BACKUP_STAMP_FORMAT,
    BACKUPS_KEPT,
    SQLITE_HEADER,
    backup_files,
    backup_sqlite,
    backups_folder,
    copy_live_sqlite,
)
from sakura_desktop.db.revisions import KNOWN_REVISIONS
from sakura_desktop.errors import UserError

log = logging.getLogger(__name__)

# What a backup's description counts, by table (the first schema had no check-in journal).
COUNTED_TABLES = {
    "programs": "programs",
    "participants": "participants",
    "events": "checkin_events",
}

BackupTarget = Path | Database | sessionmaker[Session]
"""What `backup_before` accepts: a database file, an open database, or its session factory."""


@dataclass(frozen=True)
class BackupFile:
    """A backup in a database's backups folder, known from its name alone (no file opened)."""

    path: Path
    taken_at: dt.datetime  # local time of the machine that took it, as in the name
    reason: str  # "start", "before-import", "periodic", "before-upgrade-from-0001" ...


@dataclass(frozen=True)
class BackupCounts:
    programs: int
    participants: int
    events: int

    def phrase(self) -> str:
        """What the backup holds in words: '1 program, 98 participants, 3 scans'."""
        programs = counted(
            self.programs,
            translate("Backups", "1 program"),
            translate("Backups", "{count} programs"),
        )
        participants = counted(
            self.participants,
            translate("Backups", "1 participant"),
            translate("Backups", "{count} participants"),
        )
        scans = counted(
            self.events, translate("Backups", "1 scan"), translate("Backups", "{count} scans")
        )
        return translate("Backups", "{programs}, {participants}, {scans}").format(
            programs=programs, participants=participants, scans=scans
        )


@dataclass(frozen=True)
class BackupDescription:
    """A backup with what it holds, read from the backup file itself."""

    file: BackupFile
    size_bytes: int
    revision: str | None
    counts: BackupCounts | None  # None: the file cannot be read as a Sakura Desktop database
    problem: str | None  # why it cannot be restored, in a sentence; None when it looks sound

    @property
    def path(self) -> Path:
        return self.file.path


class BackupsUnavailable(UserError):
    """Backups of this database are not ours to take (a database on a server)."""


def server_backup_sentence(url_or_host: str) -> str:
    return translate(
        "Backups",
        "This database lives on a server ({server}): its backups are the server's job "
        "(pg_dump and pg_restore, or the server's own backup schedule), not Sakura Desktop's. "
        "Ask whoever runs the server.",
    ).format(server=url_or_host)


def database_file(target: BackupTarget) -> Path | None:
    """The SQLite file behind `target`, or None for a database on a server."""
    if isinstance(target, Path):
        return target
    if isinstance(target, Database):
        return target.path
    bind = target.kw.get("bind")
    if bind is None:
        raise ValueError("the session factory is bound to no engine")
    return sqlite_path(bind.url.render_as_string(hide_password=False))


def backup_before(target: BackupTarget, reason: str, keep: int = BACKUPS_KEPT) -> Path | None:
    """Back up the database before an operation (`reason`: "import", "merge", "purge" ...).

    Returns the backup file, or None for a database on a server (its backups are the server's
    job; logged). Raises UserError when the backup cannot be written: the caller then does not
    run the operation it was protecting.
    """
    file = database_file(target)
    if file is None:
        log.info("no backup before %s: the database lives on a server", reason)
        return None
    tag = reason if reason.startswith("before-") else f"before-{reason}"
    return take_backup(file, tag, keep)


def take_backup(file: Path, reason: str, keep: int = BACKUPS_KEPT) -> Path:
    """A backup of the database file `file` in its backups folder, the oldest ones rotated out."""
    try:
        return backup_sqlite(file, reason, keep)
    except (OSError, sqlite3.Error) as exc:
        raise UserError(
            translate(
                "Backups",
                "Cannot back up {file} into {folder} ({error}); nothing was changed. "
                "Free some disk space or make that folder writable, then try again.",
            ).format(file=file, folder=backups_folder(file), error=exc)
        ) from exc


def write_backup_to(file: Path, out: Path) -> Path:
    """A backup of the database file `file` into the new file `out` (never over an existing one)."""
    if out.exists():
        raise UserError(
            translate(
                "Backups",
                "{file} already exists: choose a new name for the backup "
                "(nothing was overwritten).",
            ).format(file=out)
        )
    if not out.parent.is_dir():
        raise UserError(
            translate("Backups", "Cannot write {file}: the folder {folder} does not exist.").format(
                file=out, folder=out.parent
            )
        )
    try:
        copy_live_sqlite(file, out)
    except (OSError, sqlite3.Error) as exc:
        raise UserError(
            translate(
                "Backups",
                "Cannot write the backup {file} ({error}); nothing was changed. Choose a folder "
                "you can write to, with enough free space.",
            ).format(file=out, error=exc)
        ) from exc
    return out


def change_stamp(db_path: Path) -> tuple[int, ...]:
    """Changes whenever anything commits to the database file, whoever writes (a scan, another
    process, the sync folder): the size and modification time of the file and of its `-wal`.

    Only `stat` calls, cheap enough for a timer on the GUI thread. Reading never changes it, nor
    does opening (an empty `-wal` holds nothing and counts as none).
    """
    stamp: list[int] = []
    for file in (db_path, _wal(db_path)):
        try:
            info = file.stat()
        except FileNotFoundError:
            stamp += [0, 0]
            continue
        stamp += [info.st_size, info.st_mtime_ns] if info.st_size else [0, 0]
    return tuple(stamp)


def changed_since_last_backup(db_path: Path) -> bool:
    """Whether the database was written after its newest backup was taken (True without one)."""
    backups = backup_files(db_path)
    if not backups:
        return True
    taken = backups[-1].stat().st_mtime_ns
    written = [db_path.stat().st_mtime_ns]
    wal = _wal(db_path)
    if wal.exists() and wal.stat().st_size:
        written.append(wal.stat().st_mtime_ns)
    return max(written) >= taken


def _wal(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + "-wal")


def list_backups(db_path: Path) -> list[BackupFile]:
    """The backups of the database at `db_path`, newest first (from their names only)."""
    found = [_backup_file(path, db_path) for path in backup_files(db_path)]
    return sorted(found, key=lambda backup: backup.path.name, reverse=True)


def _backup_file(path: Path, db_path: Path) -> BackupFile:
    rest = path.name[len(db_path.stem) + 1 : len(path.name) - len(path.suffix)]
    stamp, reason = rest[:22], rest[23:]
    return BackupFile(path, dt.datetime.strptime(stamp, BACKUP_STAMP_FORMAT), reason)


def describe_backups(db_path: Path) -> list[BackupDescription]:
    """Every backup of `db_path`, newest first, with its counts (each file opened read-only)."""
    return [describe_backup(backup) for backup in list_backups(db_path)]


def describe_backup(backup: BackupFile) -> BackupDescription:
    size = backup.path.stat().st_size if backup.path.exists() else 0
    try:
        revision, counts = read_backup(backup.path)
    except UserError as exc:
        return BackupDescription(backup, size, None, None, str(exc))
    return BackupDescription(backup, size, revision, counts, None)


def read_backup(path: Path, *, full_check: bool = False) -> tuple[str, BackupCounts]:
    """(schema revision, counts) of a backup, or UserError saying why it cannot be restored.

    `full_check` also runs SQLite's integrity check on every page (what a restore does first).
    """
    _refuse_what_is_not_sqlite(path)
    try:
        conn = sqlite3.connect(immutable_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise UserError(
            translate("Backups", "Cannot open {file} ({error}); it was not changed.").format(
                file=path, error=exc
            )
        ) from exc
    try:
        if full_check:
            _refuse_damaged(conn, path)
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        revision = _revision(conn, tables, path)
        counts = {
            name: _count(conn, table) if table in tables else 0
            for name, table in COUNTED_TABLES.items()
        }
    except sqlite3.DatabaseError as exc:
        raise UserError(
            translate(
                "Backups",
                "{file} is damaged (SQLite says: {error}): it cannot be restored. Choose another "
                "backup; this one was not changed.",
            ).format(file=path, error=exc)
        ) from exc
    finally:
        conn.close()
    return revision, BackupCounts(**counts)


def _count(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def immutable_uri(path: Path) -> str:
    """Read `path` without taking locks or creating `-wal`/`-shm` beside it (a backup is not
    live: nothing else writes to it)."""
    return path.absolute().as_uri() + "?mode=ro&immutable=1"


def _refuse_what_is_not_sqlite(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError as exc:
        raise UserError(
            translate("Backups", "No backup at {file}: check the path.").format(file=path)
        ) from exc
    except OSError as exc:
        raise UserError(
            translate("Backups", "Cannot read {file} ({error}); it was not changed.").format(
                file=path, error=exc.strerror
            )
        ) from exc
    if header != SQLITE_HEADER:
        raise UserError(
            translate(
                "Backups",
                "{file} is not a Sakura Desktop backup (it is not a SQLite database at all): "
                "choose another file; this one was not changed.",
            ).format(file=path)
        )


def _refuse_damaged(conn: sqlite3.Connection, path: Path) -> None:
    rows = [str(row[0]) for row in conn.execute("PRAGMA integrity_check(5)")]
    if rows != ["ok"]:
        raise UserError(
            translate(
                "Backups",
                "{file} is damaged (SQLite's integrity check says: {error}): it cannot be "
                "restored. Choose another backup; this one was not changed.",
            ).format(file=path, error=rows[0])
        )


def _revision(conn: sqlite3.Connection, tables: set[str], path: Path) -> str:
    row = (
        conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if "alembic_version" in tables
        else None
    )
    if row is None or not {"programs", "participants"} <= tables:
        raise UserError(
            translate(
                "Backups",
                "{file} is not a Sakura Desktop backup (it is another program's SQLite "
                "database): choose another file; this one was not changed.",
            ).format(file=path)
        )
    revision = str(row[0])
    if revision not in KNOWN_REVISIONS:
        raise UserError(
            translate(
                "Backups",
                "{file} was written by a newer version of Sakura Desktop (schema {revision}): "
                "install that version to restore it; the file was not changed.",
            ).format(file=path, revision=revision)
        )
    return revision


def describe_server(url: str) -> str:
    """The sentence shown instead of a backups list for a database on a server."""
    return server_backup_sentence(server_name(url) or url)
