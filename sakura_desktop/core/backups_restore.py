"""Restoring a database file from one of its backups.

The chosen backup is checked first (SQLite's integrity check, our schema and revision) and a
damaged or foreign file is refused with a sentence, left exactly as it was. The current database
is then backed up, and its content replaced through SQLite's backup API with the live file as the
destination: the copy is one write transaction, so other connections (the window's, another
process's) see the old database or the restored one, never a mixture, and no file is swapped
under an open connection. A backup from an older version is then upgraded as on opening.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sakura_desktop.core.backups import BackupCounts, immutable_uri, read_backup, take_backup
from sakura_desktop.core.i18n import translate
from sakura_desktop.db.engine import SQLITE_BUSY_TIMEOUT_MS
from sakura_desktop.db.lifecycle import (
    BACKUPS_KEPT,
    SQLITE_HEADER,
    backup_sqlite,
    open_database,
    rotate_backups,
)
from sakura_desktop.db.revisions import HEAD_REVISION, KNOWN_REVISIONS
from sakura_desktop.errors import UserError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RestoreReport:
    database: Path
    restored_from: Path
    safety_backup: Path | None  # the database as it was just before (None: there was none)
    revision_restored: str
    upgraded: bool  # the backup came from an older version and was upgraded to this one
    counts: BackupCounts


def check_backup(backup: Path) -> tuple[str, BackupCounts]:
    """(revision, counts) of a backup that may be restored; UserError with the reason otherwise."""
    return read_backup(backup, full_check=True)


def restore_backup(db_path: Path, backup: Path, keep: int = BACKUPS_KEPT) -> RestoreReport:
    """Replace the content of the database at `db_path` by that of `backup`.

    A missing database file is created (restoring a lost laptop's database from a copy).
    """
    if db_path.exists() and backup.exists() and db_path.samefile(backup):
        raise UserError(
            translate(
                "Backups", "{file} is the database itself: choose one of its backups."
            ).format(file=backup)
        )
    revision, counts = check_backup(backup)
    _refuse_foreign_destination(db_path)
    safety = _back_up_current(db_path) if db_path.exists() else None
    numbered = _local_stations(safety) if safety is not None else []
    _copy_into_live(backup, db_path)
    upgraded = revision != HEAD_REVISION
    if upgraded:
        database, _ = open_database(path=db_path)  # upgrades, as opening an older file does
        database.dispose()
    _keep_numbering(db_path, numbered)
    rotate_backups(db_path, keep)
    log.info("restored %s from %s (safety backup %s)", db_path, backup, safety)
    return RestoreReport(db_path, backup, safety, revision, upgraded, counts)


def _refuse_foreign_destination(db_path: Path) -> None:
    """Never overwrite a file that is not (or was never) a Sakura Desktop database."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return
    with db_path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    foreign = header != SQLITE_HEADER
    if not foreign:
        conn = sqlite3.connect(immutable_uri(db_path), uri=True)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            row = (
                conn.execute("SELECT version_num FROM alembic_version").fetchone()
                if "alembic_version" in tables
                else None
            )
            foreign = bool(tables) and (row is None or row[0] not in KNOWN_REVISIONS)
        except sqlite3.DatabaseError:
            foreign = False  # a damaged database of ours: restoring it is the point
        finally:
            conn.close()
    if foreign:
        raise UserError(
            translate(
                "Backups",
                "{file} is not a Sakura Desktop database of this version: a restore would "
                "overwrite it. Choose the database to restore into; nothing was changed.",
            ).format(file=db_path)
        )


def _back_up_current(db_path: Path) -> Path:
    try:
        # keep=0: the backup being restored must not be rotated out before it is read
        return backup_sqlite(db_path, "before-restore", keep=0)
    except sqlite3.DatabaseError as exc:
        raise UserError(
            translate(
                "Backups",
                "{file} cannot be read (SQLite says: {error}), so it cannot be backed up before "
                "the restore; nothing was changed. Move the damaged file to another folder by "
                "hand (keep it), then restore the backup into the same path again.",
            ).format(file=db_path, error=exc)
        ) from exc
    except OSError:
        return take_backup(db_path, "before-restore", keep=0)  # raises the disk-space sentence


StationRow = tuple[int, str, str, str, int]  # id, uuid, name, first_seen_at, last_seq


def _local_stations(database: Path) -> list[StationRow]:
    """This laptop's stations and the last sequence number each gave, before the restore."""
    conn = sqlite3.connect(immutable_uri(database), uri=True)
    try:
        return [
            (int(row[0]), str(row[1]), str(row[2]), str(row[3]), int(row[4]))
            for row in conn.execute(
                "SELECT id, uuid, name, first_seen_at, last_seq FROM stations WHERE is_local"
            )
        ]
    except sqlite3.DatabaseError:
        return []  # the first schema had no stations, or the file cannot tell
    finally:
        conn.close()


def _keep_numbering(db_path: Path, stations: list[StationRow]) -> None:
    """Never give a sequence number twice: the scans numbered since the backup may already be
    in other stations' hands, which refuse a journal that numbers different scans alike. Each
    local station goes on from where it was before the restore; its scans since the backup
    come back from the sync folder (the merge accepts a local station's own events)."""
    if not stations:
        return
    conn = sqlite3.connect(db_path, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
    try:
        with conn:
            for station_id, uuid, name, first_seen_at, last_seq in stations:
                found = conn.execute(
                    "UPDATE stations SET last_seq = max(last_seq, ?), is_local = 1 WHERE uuid = ?",
                    (last_seq, uuid),
                ).rowcount
                if not found:
                    free = (
                        conn.execute(
                            "SELECT 1 FROM stations WHERE id = ?", (station_id,)
                        ).fetchone()
                        is None
                    )
                    conn.execute(
                        "INSERT INTO stations (id, uuid, name, first_seen_at, is_local, last_seq,"
                        " exported_seq) VALUES (?, ?, ?, ?, 1, ?, 0)",
                        (station_id if free else None, uuid, name, first_seen_at, last_seq),
                    )
    finally:
        conn.close()


def _copy_into_live(backup: Path, db_path: Path) -> None:
    if not db_path.exists():  # a new file is private from its first byte
        os.close(os.open(db_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    source = sqlite3.connect(immutable_uri(backup), uri=True)
    try:
        dest = sqlite3.connect(db_path, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=WAL")
        finally:
            dest.close()
    except sqlite3.Error as exc:
        raise UserError(
            translate(
                "Backups",
                "Cannot write {file} ({error}); it was left as it was. Close other programs "
                "using it and try again.",
            ).format(file=db_path, error=exc)
        ) from exc
    finally:
        source.close()
