"""Journal exchange through a shared folder (a USB stick, a network share, a synced folder).

Each local station keeps one journal in the folder, `<program code>-<station uuid>.sakura-journal`,
rewritten atomically whenever it has scans the file does not hold yet; every station reads the
other stations' journals from the same folder and merges them. Nothing is ever deleted from the
folder; temporary files (hidden names ending in `.tmp`) are never read, and a station removes its
own leftovers from a crash.
"""

from __future__ import annotations

import contextlib
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select, update

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.sync import SUFFIX
from sakura_desktop.core.sync.export import collect, program_identity
from sakura_desktop.core.sync.files import FileReport
from sakura_desktop.core.sync.journal_file import (
    TEMP_SUFFIX,
    JournalError,
    ProgramIdentity,
    read_journal,
    write_journal,
)
from sakura_desktop.core.sync.merge import merge_journal
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.locking import write_session
from sakura_desktop.db.models import CheckinEvent, Station
from sakura_desktop.errors import UserError

# A temporary file this old was left by a crash (a live write takes well under a minute).
STALE_TEMP_S = 600.0


@dataclass(frozen=True)
class FolderExport:
    path: Path
    station: str
    events: int  # events in the file
    new: int  # of which written for the first time


@dataclass(frozen=True)
class FolderReport:
    exported: list[FolderExport] = field(default_factory=list)
    merged: list[FileReport] = field(default_factory=list)

    @property
    def eventful(self) -> bool:
        return bool(self.exported) or any(f.eventful for f in self.merged)


def _safe(code: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", code).strip("._") or "program"


def journal_name(program_code: str, station_uuid: str) -> str:
    return f"{_safe(program_code)}-{station_uuid}{SUFFIX}"


class FolderSync:
    """One station's exchange with one folder for one program. Remembers which files it has
    read (by size and modification time) so an unchanged file is not read again."""

    def __init__(self, factory: SessionFactory, program_id: int, folder: Path) -> None:
        self.factory = factory
        self.program_id = program_id
        self.folder = folder
        self._seen: dict[Path, tuple[int, int]] = {}
        self._identity: ProgramIdentity | None = None

    def forget(self) -> None:
        """Read every file again next time (after a newer station package, say)."""
        self._seen.clear()

    def identity(self) -> ProgramIdentity:
        if self._identity is None:
            with self.factory() as session:
                self._identity = program_identity(session, self.program_id)
        return self._identity

    def _check_folder(self) -> None:
        if not self.folder.is_dir():
            raise UserError(
                translate(
                    "Sync",
                    "The sync folder {folder} is not there; plug the stick in, connect the "
                    "share, or choose the folder again in Settings.",
                ).format(folder=self.folder)
            )

    # --- writing our own journals -------------------------------------------------------------

    def export_own(self) -> list[FolderExport]:
        """Rewrite each local station's journal that misses some of its scans (or is gone)."""
        self._check_folder()
        identity = self.identity()
        written: list[FolderExport] = []
        with self.factory() as session:
            stations = session.execute(
                select(Station.id, Station.uuid, Station.name, Station.exported_seq).where(
                    Station.is_local.is_(True)
                )
            ).all()
        for station in stations:
            path = self.folder / journal_name(identity.code, station.uuid)
            self._remove_stale_temps(path)
            with self.factory() as session:
                last = session.scalar(
                    select(func.max(CheckinEvent.station_seq)).where(
                        CheckinEvent.station_id == station.id,
                        CheckinEvent.program_id == self.program_id,
                    )
                )
                if last is None or (last <= station.exported_seq and path.exists()):
                    continue
                header, records = collect(session, self.program_id, [station.id])
            write_journal(path, header, records, identity.key)
            self._seen[path] = _signature(path)
            top = max(r.seq for r in records)
            new = sum(1 for r in records if r.seq > station.exported_seq)
            with write_session(self.factory) as session:
                session.execute(
                    update(Station)
                    .where(Station.id == station.id, Station.exported_seq < top)
                    .values(exported_seq=top)
                )
            written.append(FolderExport(path, station.name, len(records), new))
        return written

    def _remove_stale_temps(self, path: Path) -> None:
        """Our own temporary files left by a crash (never another station's)."""
        now = time.time()
        for temp in self.folder.glob(f".{path.name}.*{TEMP_SUFFIX}"):
            with contextlib.suppress(OSError):
                if now - temp.stat().st_mtime > STALE_TEMP_S:
                    temp.unlink()

    # --- reading the others' --------------------------------------------------------------------

    def merge_folder(self) -> list[FileReport]:
        """Merge every other station's journal of this program that changed since last read;
        a refused file is reported and does not stop the others."""
        self._check_folder()
        identity = self.identity()
        with self.factory() as session:
            ours = {
                journal_name(identity.code, uuid)
                for uuid in session.scalars(select(Station.uuid).where(Station.is_local.is_(True)))
            }
        prefix = f"{_safe(identity.code)}-"
        reports: list[FileReport] = []
        for path in sorted(self.folder.glob(f"{prefix}*{SUFFIX}")):
            if path.name in ours or not path.is_file():
                continue
            report = self._merge_file(path, identity)
            if report is not None:
                reports.append(report)
        return reports

    def _merge_file(self, path: Path, identity: ProgramIdentity) -> FileReport | None:
        try:
            signature = _signature(path)
            if self._seen.get(path) == signature:
                return None
            data = path.read_bytes()
        except OSError:
            return None  # being replaced, or the stick went away: next round
        if (len(data), signature[1]) != signature:
            return None  # changed while we read it: next round
        try:
            journal = read_journal(data, identity, path.name)
            report = FileReport(path, merge_journal(self.factory, self.program_id, journal))
        except JournalError as exc:
            report = FileReport(path, None, str(exc))
        self._seen[path] = signature
        return report

    def sync_once(self) -> FolderReport:
        exported = self.export_own()
        merged = self.merge_folder()
        if any(f.report is not None and f.report.new for f in merged):
            # Our own merged events are not in our journals (each station writes its own), but
            # a station restored from a backup gets its old events back here: write them again.
            exported += self.export_own()
        return FolderReport(exported, merged)


def _signature(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns


def export_own(factory: SessionFactory, program_id: int, folder: Path) -> list[FolderExport]:
    return FolderSync(factory, program_id, folder).export_own()


def merge_folder(factory: SessionFactory, program_id: int, folder: Path) -> list[FileReport]:
    return FolderSync(factory, program_id, folder).merge_folder()


def sync_folder_once(factory: SessionFactory, program_id: int, folder: Path) -> FolderReport:
    return FolderSync(factory, program_id, folder).sync_once()
