"""The status bar: where the database is, how this station syncs, and which station it is."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from sakura_desktop.settings import Settings
from sakura_desktop.ui.sync.service import sync_for
from sakura_desktop.ui.sync.status import SyncStatusLabel
from sakura_desktop.ui.workspace import Workspace


class StatusBar(QStatusBar):
    def __init__(self, workspace: Workspace, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.database_label = QLabel()
        self.database_label.setObjectName("databaseLocation")
        self.station_label = QLabel()
        self.station_label.setObjectName("stationName")
        self.sync_label = SyncStatusLabel(sync_for(workspace).status)
        self.addPermanentWidget(self.database_label, 1)
        self.addPermanentWidget(self.sync_label, 2)
        self.addPermanentWidget(self.station_label)
        workspace.database_changed.connect(self.refresh)
        workspace.settings_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        database = self.workspace.database
        if database is None:
            self.database_label.setText(self.tr("No database open"))
            self.database_label.setToolTip("")
        else:
            self.database_label.setText(self.tr("Database: {0}").format(database.display_name))
            self.database_label.setToolTip(database.display_name)
        self.station_label.setText(self.tr("Station: {0}").format(self.settings.station_name))
        self.station_label.setToolTip(
            self.tr("This laptop's name in the check-in journal (Edit > Settings)")
        )
