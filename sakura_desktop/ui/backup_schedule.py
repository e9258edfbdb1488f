"""The window's automatic backups: one when a database is opened, then one every N minutes
(Settings) while its data changes.

Whether the data changed is read from the database file itself (`change_stamp`), not from the
screens' signals: scans, merges from the sync folder and other processes on the same file write
without announcing it, and they are what most needs a backup on a check-in day. Each backup runs
in a worker; a database on a server is the server's to back up and gets none.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QObject, QTimer, Signal

from sakura_desktop.tasks import ProgressReporter
from sakura_desktop.ui.i18n import translate
from sakura_desktop.ui.workspace import Workspace

log = logging.getLogger(__name__)

MINUTE_MS = 60_000


def _backups() -> ModuleType:
    """core.backups loads SQLAlchemy: imported once a database is open, not to show the window."""
    from sakura_desktop.core import backups

    return backups


def _take(path: Path, reason: str, _progress: ProgressReporter) -> tuple[Path, tuple[int, ...]]:
    # Stamped before: a change made during the backup is backed up next time.
    stamp = _backups().change_stamp(path)
    return _backups().take_backup(path, reason), stamp


class PeriodicBackups(QObject):
    """Takes the start and periodic backups of the workspace's database file."""

    taken = Signal(object)  # the backup file (Path)
    failed = Signal(str)  # that a backup could not be taken, and why, in a sentence

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.timer = QTimer(self)
        self.timer.setObjectName("periodicBackups")
        self.timer.timeout.connect(self.back_up_if_changed)
        self.last_stamp: tuple[int, ...] | None = None
        self.running = False
        workspace.database_changed.connect(self.database_opened)
        workspace.settings_changed.connect(self.apply_interval)
        self.apply_interval()

    @property
    def path(self) -> Path | None:
        database = self.workspace.database
        return database.path if database is not None else None

    def apply_interval(self) -> None:
        minutes = self.workspace.settings.backup_interval_min
        if minutes > 0:
            self.timer.start(minutes * MINUTE_MS)
        else:
            self.timer.stop()

    def database_opened(self) -> None:
        """A database was opened (or closed): back it up, unless opening just did (an upgrade)
        or it is unchanged since its newest backup (ten starts would rotate out the backup taken
        before an import)."""
        self.last_stamp = None
        path, report = self.path, self.workspace.open_report
        if path is None:
            return
        if (report is None or report.backup is None) and _backups().changed_since_last_backup(path):
            self._run("start")
        else:
            self.last_stamp = _backups().change_stamp(path)

    def back_up_if_changed(self) -> None:
        path = self.path
        if path is None or self.running or _backups().change_stamp(path) == self.last_stamp:
            return
        self._run("periodic")

    def _run(self, reason: str) -> None:
        path = self.path
        assert path is not None
        self.running = True
        self.workspace.runner.run(
            partial(_take, path, reason),
            on_success=partial(self._taken, path),
            on_error=self._failed,
            title=f"Backing up ({reason})",
        )

    def _taken(self, path: Path, result: tuple[Path, tuple[int, ...]]) -> None:
        self.running = False
        if path == self.path:  # the same database is still open
            self.last_stamp = result[1]
        self.taken.emit(result[0])

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        log.warning("automatic backup failed: %s", type(exc).__name__)
        self.failed.emit(translate("Backups", "Automatic backup failed: {0}").format(exc))
