"""The window's sync: the folder exchange and the status that reports on it, wired together."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from sakura_desktop.settings import Settings
from sakura_desktop.ui.sync.folder_sync import FolderSyncController
from sakura_desktop.ui.sync.status import SyncStatusSource
from sakura_desktop.ui.workspace import Workspace

if TYPE_CHECKING:
    from sakura_desktop.core.sync.folder import FolderReport


def sync_for(workspace: Workspace) -> SyncService:
    """The workspace's one sync service (made on first use): the status bar, the Check-in
    screen and the Sync menu share it."""
    found = workspace.findChild(SyncService)
    if isinstance(found, SyncService):
        return found
    return SyncService(workspace, workspace.settings, parent=workspace)


class SyncService(QObject):
    """One per workspace; the status bar and the Check-in screen show `status`."""

    def __init__(
        self, workspace: Workspace, settings: Settings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.status = SyncStatusSource(workspace, settings, parent=self)
        self.folder = FolderSyncController(workspace, settings, self)
        self.folder.problem.connect(self.status.set_problem)
        self.folder.finished.connect(self._after_run)
        # New events in the journal (this station's scans among them): export them soon.
        self.status.journal_moved.connect(self.folder.scans_recorded)

    def _after_run(self, report: FolderReport) -> None:
        if self.status.view.problem and not any(f.refused for f in report.merged):
            self.status.set_problem("")  # a clean run: the last problem is over
        self.status.reload()

    def sync_now(self) -> None:
        self.folder.request()
