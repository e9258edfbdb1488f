"""File > Restore from a backup…: the open database's backups with when, why and what they hold;
back up now, or restore one (the database as it is now is backed up first).

Reading the backups, taking one and restoring run in workers; the dialog only shows and asks.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop.core.backups import (
    BackupDescription,
    describe_backups,
    describe_server,
    take_backup,
)
from sakura_desktop.core.backups_restore import RestoreReport, restore_backup
from sakura_desktop.db.lifecycle import backups_folder
from sakura_desktop.tasks import ProgressReporter
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.widgets.progress import run_with_progress
from sakura_desktop.ui.workspace import Workspace

TITLE = "Restore from a backup"
COLUMNS = ["Taken", "Why", "Programs", "Participants", "Scans", "Size"]


def reason_label(reason: str) -> str:
    """What a backup's reason (from its file name) says to a coordinator."""
    if reason.startswith("before-upgrade-from-"):
        return f"Before upgrading (schema {reason.removeprefix('before-upgrade-from-')})"
    labels = {
        "start": "On opening",
        "periodic": "Automatic (data changed)",
        "manual": "Backed up by hand",
        "before-import": "Before a roster import",
        "before-merge": "Before merging journals",
        "before-purge": "Before the purge",
        "before-restore": "Before a restore",
    }
    return labels.get(reason, reason.replace("-", " ").capitalize())


def _database_file(workspace: Workspace, parent: QWidget, title: str) -> Path | None:
    """The open database's file, or None after saying why there is none to back up."""
    database = workspace.database
    if database is None:
        messages.inform(
            parent,
            title,
            "Open a database first.",
            "Backups are kept beside each database file: open it with File > Open database.",
        )
        return None
    if database.path is None:
        messages.inform(
            parent, title, "This database has no backups here.", describe_server(database.url)
        )
    return database.path


def open_restore_dialog(
    workspace: Workspace, parent: QWidget, show: Callable[[QDialog], None]
) -> RestoreDialog | None:
    path = _database_file(workspace, parent, TITLE)
    if path is None:
        return None
    dialog = RestoreDialog(workspace, path, parent)
    show(dialog)
    dialog.reload()
    return dialog


def back_up_now(workspace: Workspace, parent: QWidget, status: Callable[[str], None]) -> None:
    """File > Back up now, told in the status bar when done."""
    path = _database_file(workspace, parent, "Back up now")
    if path is None:
        return
    status(f"Backing up {path.name}…")
    workspace.runner.run(
        partial(_back_up, path),
        on_success=lambda made: status(f"Backed up to {made}"),
        on_error=lambda exc: messages.show_error(parent, exc, "backing up", "Back up now"),
        title="Back up now",
    )


def _describe(path: Path, _progress: ProgressReporter) -> list[BackupDescription]:
    return describe_backups(path)


def _back_up(path: Path, _progress: ProgressReporter) -> Path:
    return take_backup(path, "manual")


def _restore(path: Path, backup: Path, progress: ProgressReporter) -> RestoreReport:
    progress.report(0, 0, "Checking the backup, then backing up the database as it is now…")
    return restore_backup(path, backup)


class RestoreDialog(QDialog):
    listed = Signal()  # the table shows the backups as they are now
    restored = Signal(object)  # RestoreReport

    def __init__(self, workspace: Workspace, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.db_path = db_path
        self.backups: list[BackupDescription] = []
        self.note = ""  # what the last backup or restore did, shown under the list
        self.setWindowTitle(TITLE)
        self.setObjectName("RestoreDialog")
        self.resize(820, 440)

        where = QLabel(
            f"Backups of {db_path}, kept in {backups_folder(db_path)}. Restoring replaces what "
            "the database holds now by the backup's content; the database as it is now is "
            "backed up first, so a restore can itself be undone."
        )
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("backupsTable")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.status = QLabel("Reading the backups…")
        self.status.setObjectName("backupsStatus")
        self.status.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.back_up_button = QPushButton("&Back up now")
        self.back_up_button.setObjectName("backUpNow")
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton("&Restore…")
        self.restore_button.setObjectName("restoreSelected")
        self.restore_button.clicked.connect(self.restore_selected)
        self.other_button = QPushButton("Restore &another file…")
        self.other_button.clicked.connect(self.restore_other_file)
        for button in (self.back_up_button, self.restore_button, self.other_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._update_buttons()

    # -- the list ---------------------------------------------------------------------------

    def reload(self) -> None:
        self.workspace.runner.run(
            partial(_describe, self.db_path),
            on_success=self._fill,
            on_error=lambda exc: messages.show_error(self, exc, "reading the backups", TITLE),
            title="Reading backups",
        )

    def _fill(self, backups: list[BackupDescription]) -> None:
        self.backups = backups
        self.table.setRowCount(len(backups))
        for row, backup in enumerate(backups):
            counts = backup.counts
            cells = [
                f"{backup.file.taken_at:%a %d %b %Y %H:%M:%S}",
                reason_label(backup.file.reason)
                + (f": cannot be restored. {backup.problem}" if backup.problem else ""),
                *(
                    (str(counts.programs), str(counts.participants), str(counts.events))
                    if counts is not None
                    else ("", "", "")
                ),
                f"{backup.size_bytes / 1_000_000:.1f} MB",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(backup.path))
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if backups:
            self.table.selectRow(0)
            self.status.setText(f"{len(backups)} backups. {self.note}".strip())
        else:
            self.status.setText("No backups yet: use Back up now to take one.")
        self._update_buttons()
        self.listed.emit()

    def selected(self) -> BackupDescription | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(chosen is not None and chosen.problem is None)

    # -- actions ----------------------------------------------------------------------------

    def back_up_now(self) -> None:
        self.back_up_button.setEnabled(False)
        self.status.setText("Backing up…")

        def done(path: Path) -> None:
            self.back_up_button.setEnabled(True)
            self.note = f"Backed up to {path.name}."
            self.reload()

        def failed(exc: BaseException) -> None:
            self.back_up_button.setEnabled(True)
            messages.show_error(self, exc, "backing up", TITLE)

        self.workspace.runner.run(
            partial(_back_up, self.db_path), on_success=done, on_error=failed, title="Back up now"
        )

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.problem is not None:
            return
        when = f"{chosen.file.taken_at:%a %d %b %Y %H:%M}"
        holds = chosen.counts.phrase() if chosen.counts else ""
        self._confirm_and_restore(chosen.path, f"the backup of {when} ({holds})")

    def restore_other_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            "Restore another backup file",
            str(backups_folder(self.db_path)),
            "Sakura Desktop databases (*.db *.sqlite);;All files (*)",
        )
        if chosen:
            self._confirm_and_restore(Path(chosen), str(chosen))

    def _confirm_and_restore(self, backup: Path, named: str) -> None:
        picked = messages.choose(
            self,
            TITLE,
            f"Replace what {self.db_path.name} holds now by {named}?",
            ["Restore"],
            informative="Everything entered or scanned since that backup leaves the database. "
            "The database as it is now is backed up first: restoring that backup undoes this.",
        )
        if picked != 0:
            return
        run_with_progress(
            self.workspace.runner,
            self,
            partial(_restore, self.db_path, backup),
            label=f"Restoring {self.db_path.name}…",
            on_success=self._restored,
            on_error=lambda exc: messages.show_error(self, exc, "restoring the backup", TITLE),
            title=TITLE,
            cancellable=False,
        )

    def _restored(self, report: RestoreReport) -> None:
        self.workspace.database_replaced(self)
        kept = (
            f" The database as it was is kept as {report.safety_backup.name}."
            if report.safety_backup is not None
            else ""
        )
        self.note = f"Restored from {report.restored_from.name}.{kept}"
        self.reload()
        self.restored.emit(report)
