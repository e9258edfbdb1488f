"""What the menus, toolbar and empty-state buttons do: open and create databases and programs,
settings, about. Each command is a few lines that call the workspace, a dialog, or both.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMenuBar, QWidget

from sakura_desktop.logging_setup import LOG_FILE_NAME
from sakura_desktop.paths import default_database_path, demo_database_path, user_log_dir
from sakura_desktop.settings import Settings
from sakura_desktop.ui.backup_schedule import PeriodicBackups
from sakura_desktop.ui.dialogs import files, messages
from sakura_desktop.ui.dialogs.help import (
    DataLocationsDialog,
    Place,
    QuickStartDialog,
    ShortcutsDialog,
    menu_shortcuts,
    screen_shortcuts,
)
from sakura_desktop.ui.widgets.progress import run_with_progress
from sakura_desktop.ui.workspace import DatabaseTarget, Workspace, open_target

# Dialogs and the sync and database layers are imported when first used: the window is shown
# before SQLAlchemy and the rest load (tests/test_fast_start.py).
if TYPE_CHECKING:
    from sakura_desktop.db.engine import Database
    from sakura_desktop.db.lifecycle import OpenReport
    from sakura_desktop.ui.dialogs.new_program import NewProgramDialog
    from sakura_desktop.ui.dialogs.settings_dialog import SettingsDialog
    from sakura_desktop.ui.dialogs.station_package import (
        ExportStationPackageDialog,
        SetUpStationDialog,
    )
    from sakura_desktop.ui.sync.journal_files import JournalFiles

log = logging.getLogger(__name__)


class ShellCommands(QObject):
    def __init__(self, window: QWidget, workspace: Workspace, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.settings = settings
        self.active_dialog: QDialog | None = None
        self._journal_files: JournalFiles | None = None
        self.backups = PeriodicBackups(workspace, self)
        self.backups.failed.connect(self.window_status)

    # -- databases ------------------------------------------------------------------------

    def open_target(
        self, target: DatabaseTarget, on_opened: Callable[[], None] | None = None
    ) -> None:
        """Open `target` in a worker (a progress dialog shows if it takes a while)."""

        def opened(result: tuple[Database, OpenReport]) -> None:
            database, report = result
            self.workspace.end_opening()
            self.workspace.adopt(database, report, target)
            if report.backup is not None:
                self.window_status(
                    self.tr("Database upgraded to the current version; backup at {0}").format(
                        report.backup
                    )
                )
            if on_opened is not None:
                on_opened()

        if target.demo:
            label = self.tr("Building a demo exchange week…")
        elif target.must_be_new:
            label = self.tr("Creating {0}…").format(target.display)
        else:
            label = self.tr("Opening {0}…").format(target.display)
        self.workspace.begin_opening(target.display)
        run_with_progress(
            self.workspace.runner,
            self.window,
            partial(open_target, target),
            label=label,
            on_success=opened,
            on_error=partial(self._open_failed, target),
            title=self.tr("Opening database"),
            cancellable=False,
        )

    def _open_failed(self, target: DatabaseTarget, exc: BaseException) -> None:
        self.workspace.end_opening()
        if target.path is not None and not target.path.exists() and not target.must_be_new:
            self.settings.remove_recent_file(target.path)
            if self.settings.last_database == str(target.path):
                self.settings.last_database = ""
        if target.must_be_new:
            could_not = self.tr("Could not create the database.")
        else:
            could_not = self.tr("Could not open the database.")
        choice = messages.choose(
            self.window,
            self.tr("Cannot open the database"),
            could_not,
            [self.tr("Open another file…"), self.tr("New database…")],
            informative=messages.describe(exc, self.tr("opening {0}").format(target.display)),
            cancel=self.tr("Close"),
        )
        if choice == 0:
            self.open_database()
        elif choice == 1:
            self.new_database()

    def _folder(self) -> str:
        if self.settings.last_folder and Path(self.settings.last_folder).is_dir():
            return self.settings.last_folder
        return str(Path.home())

    def open_database(self) -> None:
        path = files.choose_database_to_open(self.window, self._folder())
        if path is not None:
            self.settings.last_folder = str(path.parent)
            self.open_target(DatabaseTarget(path=path))

    def open_recent(self, path: str) -> None:
        self.open_target(DatabaseTarget(path=Path(path)))

    def clear_recent(self) -> None:
        self.settings.recent_files = []

    def new_database(self) -> None:
        path = files.choose_new_database_path(self.window, self._folder())
        if path is not None:
            self.settings.last_folder = str(path.parent)
            target = DatabaseTarget(path=path, create=True, must_be_new=True)
            self.open_target(target, on_opened=lambda: self._prompt_new_program())

    # -- station packages -------------------------------------------------------------------

    def export_station_package(self) -> ExportStationPackageDialog | None:
        # Imported when used: the encryption library is not needed to show the window.
        from sakura_desktop.ui.dialogs.station_package import ExportStationPackageDialog

        if self.workspace.program is None:
            messages.inform(
                self.window,
                self.tr("Export station package"),
                self.tr("Open a program first."),
                self.tr(
                    "A station package carries one program to another laptop: open its database "
                    "and choose the program."
                ),
            )
            return None
        dialog = ExportStationPackageDialog(self.workspace, self.window)
        self._show(dialog)
        return dialog

    def set_up_station(self) -> SetUpStationDialog:
        from sakura_desktop.ui.dialogs.station_package import SetUpStationDialog

        dialog = SetUpStationDialog(
            self.workspace, lambda path: self.open_target(DatabaseTarget(path=path)), self.window
        )
        self._show(dialog)
        return dialog

    def check_database(self) -> None:
        """File > Check the database…: the checks in a worker, then the dialog of findings."""
        from sakura_desktop.ui.dialogs.integrity_dialog import start_check

        start_check(self.workspace, self.window, self._show)

    def purge_personal_data(self) -> None:
        """File > Purge personal data…: what will be lost, a typed confirmation, the purge."""
        from sakura_desktop.ui.dialogs.purge_dialog import start_purge

        start_purge(self.workspace, self.window, self._show)

    def restore_backup(self) -> None:
        """File > Restore from a backup…: the backups of the open database, and a restore."""
        from sakura_desktop.ui.dialogs.restore_dialog import open_restore_dialog

        open_restore_dialog(self.workspace, self.window, self._show)

    def back_up_now(self) -> None:
        """File > Back up now: a backup of the open database file, in a worker."""
        from sakura_desktop.ui.dialogs.restore_dialog import back_up_now

        back_up_now(self.workspace, self.window, self.window_status)

    # -- programs, settings, about ----------------------------------------------------------

    def _prompt_new_program(self, then: Callable[[], None] | None = None) -> None:
        dialog = self.new_program()
        if dialog is not None and then is not None:
            dialog.accepted.connect(lambda: self.when_program_ready(then))

    # -- the welcome page -------------------------------------------------------------------

    def try_demo(self) -> None:
        """The demo week in the user's data folder: built the first time, reopened after (never
        remembered as the last database, so the next start welcomes again)."""
        path = demo_database_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        self.open_target(DatabaseTarget(path=path, demo=not path.exists(), remember=False))

    def start_program(self, then: Callable[[], None] | None = None) -> None:
        """A new program: in the open database, else in the default one (created when
        missing) in the user's data folder; `then` runs once the program is chosen."""
        if self.workspace.database is not None:
            self._prompt_new_program(then)
            return
        target = DatabaseTarget(path=default_database_path(), create=True)
        self.open_target(target, on_opened=lambda: self._prompt_new_program(then))

    def import_roster(self, open_wizard: Callable[[], None]) -> None:
        """The roster import wizard, after creating a program when there is none."""
        if self.workspace.program is not None:
            open_wizard()
        elif self.workspace.database is not None and self.workspace.programs:
            self.when_program_ready(open_wizard)
        else:
            self.start_program(then=open_wizard)

    def when_program_ready(self, callback: Callable[[], None]) -> None:
        """Run `callback` now if a program is chosen, else once one is (programs load in a
        worker after a program is created)."""
        if self.workspace.program is not None:
            callback()
            return

        def chosen() -> None:
            if self.workspace.program is not None:
                self.workspace.program_changed.disconnect(chosen)
                callback()

        self.workspace.program_changed.connect(chosen)

    @property
    def journal_files(self) -> JournalFiles:
        if self._journal_files is None:
            from sakura_desktop.ui.sync.journal_files import JournalFiles

            self._journal_files = JournalFiles(self.window, self.workspace)
        return self._journal_files

    def new_program(self) -> NewProgramDialog | None:
        if self.workspace.database is None:
            messages.inform(
                self.window,
                self.tr("New program"),
                self.tr("Open or create a database first."),
                self.tr(
                    "A program lives in a database file: use File > Open database or "
                    "File > New database."
                ),
            )
            return None
        from sakura_desktop.ui.dialogs.new_program import NewProgramDialog

        dialog = NewProgramDialog(self.workspace, self.window)
        self._show(dialog)
        return dialog

    def edit_settings(self) -> SettingsDialog:
        from sakura_desktop.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.window)
        dialog.accepted.connect(self.workspace.settings_changed)  # signal to signal
        self._show(dialog)
        return dialog

    def about(self) -> None:
        from sakura_desktop.ui.dialogs.about import show_about

        show_about(self.window, self.workspace)

    # -- help -------------------------------------------------------------------------------

    def show_quick_start(self) -> QuickStartDialog:
        dialog = QuickStartDialog(self.window)
        self._show(dialog)
        return dialog

    def show_shortcuts(self, menubar: QMenuBar) -> ShortcutsDialog:
        dialog = ShortcutsDialog(menu_shortcuts(menubar) + screen_shortcuts(), self.window)
        self._show(dialog)
        return dialog

    def show_data_locations(self) -> DataLocationsDialog:
        dialog = DataLocationsDialog(self.data_places(), self.window)
        self._show(dialog)
        return dialog

    def data_places(self) -> list[Place]:
        places = []
        database = self.workspace.database
        if database is not None and database.path is not None:
            path = database.path
            places.append(Place(self.tr("Open database"), path))
            places.append(
                Place(
                    self.tr("Its backups"),
                    path.parent / f"{path.stem}-backups",
                    self.tr("taken at start, before risky changes and while data changes"),
                )
            )
        places += [
            Place(self.tr("Your databases"), default_database_path().parent),
            Place(self.tr("Settings"), Path(self.settings.qsettings.fileName())),
            Place(
                self.tr("Log"),
                messages.log_file() or user_log_dir() / LOG_FILE_NAME,
                self.tr("what happened, without names or other personal data"),
            ),
        ]
        return places

    # -- sync -------------------------------------------------------------------------------

    def sync_now(self) -> None:
        if not self.settings.sync_folder:
            messages.inform(
                self.window,
                self.tr("Sync now"),
                self.tr("No sync folder is chosen."),
                self.tr(
                    "Choose the folder the stations share (Sync > Choose sync folder…); this "
                    "station then writes its scans there and merges the others'."
                ),
            )
            return
        from sakura_desktop.ui.sync.service import sync_for

        sync_for(self.workspace).sync_now()
        self.window_status(self.tr("Syncing with {0}…").format(self.settings.sync_folder))

    def export_journal(self) -> None:
        self.journal_files.export()

    def import_journals(self) -> None:
        self.journal_files.import_files()

    def choose_sync_folder(self) -> str | None:
        start = self.settings.sync_folder or self._folder()
        chosen = QFileDialog.getExistingDirectory(
            self.window, self.tr("Choose the sync folder"), start
        )
        if not chosen:
            return None
        self.settings.sync_folder = chosen
        self.settings.sync()
        self.workspace.settings_changed.emit()
        self.window_status(self.tr("Sync folder: {0}").format(chosen))
        return chosen

    def refresh(self) -> None:
        self.workspace.refresh_programs()

    def _show(self, dialog: QDialog) -> None:
        """Window-modal and non-blocking: the event loop (and workers' results) keep running."""
        self.active_dialog = dialog
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()

    def window_status(self, text: str) -> None:
        show = getattr(self.window, "show_status_message", None)
        if callable(show):
            show(text)
