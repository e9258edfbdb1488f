"""Files that hold personal data, written readable by this user only and all or nothing.

A station package and a station's journal both go to places a crash, a pulled USB stick or
another reader may meet half-way: each is written to a temporary file in the same folder (a
rename is atomic only within one file system), flushed and fsynced, renamed over the target,
and then the folder is fsynced so that the rename itself survives a power cut where the
platform allows it.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

PRIVATE_MODE = 0o600


def write_private_atomically(path: Path, data: bytes, temp: Path | None = None) -> None:
    """Write `data` to `path` (mode 0600) so that a reader sees the old file or the new one.

    `temp` is where it is written first (default: a hidden name beside `path`); callers whose
    readers scan the folder give a name those readers ignore.
    """
    temp = temp or path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.part")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)  # keeps the temporary file's 0600
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    fsync_folder(path.parent)


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX); Windows and some network file systems cannot
    open or sync a folder, and then the file's own fsync is what there is."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
