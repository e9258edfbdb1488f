"""Files readable by this user only: the database, its journals, its backups and the log.

The database holds minors' names, birth dates and medical notes. On POSIX every file the
application writes is created 0600 and every folder 0700: the command line and the window set
the process umask to 0o077 first thing (`use_private_umask`), which covers every writer, ours or
a library's (SQLite's `-wal`/`-shm`, openpyxl, ReportLab, the log handler). Files that already
exist were made by an older version or another program under the user's usual umask (often
0644, readable by everyone on the machine), so they are tightened when opened.

On Windows files inherit the access list of their folder; the user's profile folders (where the
data and log folders are) are the user's own, and chmod there only toggles the read-only flag,
so nothing is changed.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700
PRIVATE_UMASK = 0o077
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")

POSIX = os.name == "posix"


def use_private_umask() -> None:
    """From now on this process creates files 0600 and folders 0700 (POSIX)."""
    if POSIX:
        os.umask(PRIVATE_UMASK)


def make_private(path: Path) -> None:
    """Take the group's and others' permissions away from `path` (a file or a folder).

    Missing files are skipped (a journal SQLite has not made yet). A file of another user cannot
    be changed by us: that is logged, not fatal, since opening it is still the user's choice.
    """
    if not POSIX:
        return
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return
    private = mode & 0o700
    if mode == private:
        return
    try:
        os.chmod(path, private)
    except OSError as exc:
        log.warning("cannot make %s private (%s)", path, exc.strerror or exc)


def make_all_private(paths: Iterable[Path]) -> None:
    for path in paths:
        make_private(path)


def sqlite_files(database: Path) -> list[Path]:
    """The database file and the journals SQLite keeps beside it."""
    return [database, *(database.with_name(database.name + side) for side in SQLITE_SIDE_FILES)]


def make_folder_private(folder: Path) -> None:
    """A folder (a backups folder, the log folder) and every file directly in it."""
    make_private(folder)
    if not POSIX or not folder.is_dir():
        return
    make_all_private(child for child in folder.iterdir() if child.is_file())


def make_database_private(database: Path, backups: Path) -> None:
    """The database, its journals and its backups folder (with the backups in it)."""
    make_all_private(sqlite_files(database))
    make_folder_private(backups)
