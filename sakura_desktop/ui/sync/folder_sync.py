"""Exchanging journals through the chosen sync folder, in the background.

`FolderSyncController` follows the workspace (database, program) and the settings (the folder,
the interval). While a folder is chosen it runs the core's `FolderSync.sync_once` (write this
station's journal, merge the others') in a worker: when a file in the folder changes (a
`QFileSystemWatcher`), every `sync_interval_s` seconds, soon after this station's own scans
(debounced), and on "Sync now". Never two runs at once: a request during a run makes one more
run after it. A merge that brought events announces `Workspace.journal_changed`, so screens that
show scans re-read them. A refused journal or a missing folder is said once (status bar and the
Check-in screen), not on every run.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from sakura_desktop.errors import UserError
from sakura_desktop.settings import Settings
from sakura_desktop.tasks import ProgressReporter
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.workspace import Workspace

if TYPE_CHECKING:  # loaded when a sync folder is first used (SQLAlchemy comes with them)
    from sakura_desktop.core.sync.folder import FolderReport, FolderSync
    from sakura_desktop.db.engine import SessionFactory

DEBOUNCE_MS = 1_500  # scans come in bursts: one run after the burst
MIN_INTERVAL_S = 2


def _sync(sync: FolderSync, _progress: ProgressReporter) -> FolderReport:
    return sync.sync_once()


class FolderSyncController(QObject):
    finished = Signal(object)  # FolderReport of each run
    problem = Signal(str)  # a refusal or a folder problem, once per distinct message

    def __init__(
        self, workspace: Workspace, settings: Settings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.sync: FolderSync | None = None
        self.runs = 0
        self._in_flight = False
        self._again = False
        self._said: set[str] = set()
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _path: self.request())
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.request)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.request)
        workspace.database_changed.connect(self.configure)
        workspace.program_changed.connect(self.configure)
        workspace.settings_changed.connect(self.configure)
        self.configure()

    @property
    def folder(self) -> Path | None:
        return self.sync.folder if self.sync is not None else None

    @property
    def busy(self) -> bool:
        return self._in_flight

    def configure(self) -> None:
        """Follow the open database, the chosen program and the chosen folder."""
        ws, folder = self.workspace, self.settings.sync_folder
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        self.timer.stop()
        if not folder or ws.factory is None or ws.program is None:
            self.sync = None
            return
        path = Path(folder)
        current = self.sync
        if (
            current is None
            or current.folder != path
            or current.factory is not ws.factory
            or current.program_id != ws.program.id
        ):
            from sakura_desktop.core.sync.folder import FolderSync

            self.sync = FolderSync(ws.factory, ws.program.id, path)
            self._said.clear()
        if path.is_dir():
            self.watcher.addPath(str(path))
        self.timer.start(max(MIN_INTERVAL_S, self.settings.sync_interval_s) * 1000)
        self.request()

    def scans_recorded(self) -> None:
        """This station recorded scans: write them to the folder after the burst."""
        if self.sync is not None:
            self.debounce.start()

    def request(self) -> None:
        """Run once now, or once more after the run in flight."""
        sync = self.sync
        if sync is None:
            return
        if self._in_flight:
            self._again = True
            return
        self._in_flight = True
        self.workspace.runner.run(
            partial(_sync, sync),
            on_success=partial(self._done, sync.factory),
            on_error=self._failed,
            title="Exchanging journals",
        )

    def _done(self, factory: SessionFactory, report: FolderReport) -> None:
        self._in_flight = False
        self.runs += 1
        folder = self.folder
        if folder is not None and folder.is_dir() and not self.watcher.directories():
            self.watcher.addPath(str(folder))  # the stick came back
        for file in report.merged:
            if file.error is not None:
                self._say(self.tr("{0} was not merged: {1}").format(file.path.name, file.error))
        if factory is self.workspace.factory and any(
            f.report is not None and (f.report.new or f.report.duplicates) for f in report.merged
        ):
            self.workspace.journal_changed.emit()
        self.finished.emit(report)
        self._run_again()

    def _failed(self, exc: BaseException) -> None:
        self._in_flight = False
        text = (
            str(exc) if isinstance(exc, UserError) else messages.describe(exc, self.tr("syncing"))
        )
        self._say(text)
        self._run_again()

    def _run_again(self) -> None:
        if self._again:
            self._again = False
            self.request()

    def _say(self, text: str) -> None:
        if text not in self._said:
            self._said.add(text)
            self.problem.emit(text)
