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
from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from sakura_desktop.ui.widgets.progress import run_with_progress
from sakura_desktop.ui.workspace import Workspace

CONTEXT = "RestoreDialog"
COLUMNS = [
    QT_TRANSLATE_NOOP("RestoreDialog", "Taken"),
    QT_TRANSLATE_NOOP("RestoreDialog", "Why"),
    QT_TRANSLATE_NOOP("RestoreDialog", "Programs"),
    QT_TRANSLATE_NOOP("RestoreDialog", "Participants"),
    QT_TRANSLATE_NOOP("RestoreDialog", "Scans"),
    QT_TRANSLATE_NOOP("RestoreDialog", "Size"),
]
REASONS = {
    "start": QT_TRANSLATE_NOOP("RestoreDialog", "On opening"),
    "periodic": QT_TRANSLATE_NOOP("RestoreDialog", "Automatic (data changed)"),
    "manual": QT_TRANSLATE_NOOP("RestoreDialog", "Backed up by hand"),
    "before-import": QT_TRANSLATE_NOOP("RestoreDialog", "Before a roster import"),
    "before-merge": QT_TRANSLATE_NOOP("RestoreDialog", "Before merging journals"),
    "before-purge": QT_TRANSLATE_NOOP("RestoreDialog", "Before the purge"),
    "before-restore": QT_TRANSLATE_NOOP("RestoreDialog", "Before a restore"),
    "after-purge": QT_TRANSLATE_NOOP("RestoreDialog", "After the purge"),
}


def title() -> str:
    return translate("RestoreDialog", "Restore from a backup")


def reason_label(reason: str) -> str:
    """What a backup's reason (from its file name) says to a coordinator."""
    if reason.startswith("before-upgrade-from-"):
        schema = reason.removeprefix("before-upgrade-from-")
        return translate("RestoreDialog", "Before upgrading (schema {0})").format(schema)
    if reason in REASONS:
        return translate(CONTEXT, REASONS[reason])
    return reason.replace("-", " ").capitalize()


def _database_file(workspace: Workspace, parent: QWidget, title: str) -> Path | None:
    """The open database's file, or None after saying why there is none to back up."""
    database = workspace.database
    if database is None:
        messages.inform(
            parent,
            title,
            translate("RestoreDialog", "Open a database first."),
            translate(
                "RestoreDialog",
                "Backups are kept beside each database file: open it with File > Open database.",
            ),
        )
        return None
    if database.path is None:
        messages.inform(
            parent,
            title,
            translate("RestoreDialog", "This database has no backups here."),
            describe_server(database.url),
        )
    return database.path


def open_restore_dialog(
    workspace: Workspace, parent: QWidget, show: Callable[[QDialog], None]
) -> RestoreDialog | None:
    path = _database_file(workspace, parent, title())
    if path is None:
        return None
    dialog = RestoreDialog(workspace, path, parent)
    show(dialog)
    dialog.reload()
    return dialog


def back_up_now(workspace: Workspace, parent: QWidget, status: Callable[[str], None]) -> None:
    """File > Back up now, told in the status bar when done."""
    heading = translate("RestoreDialog", "Back up now")
    path = _database_file(workspace, parent, heading)
    if path is None:
        return
    status(translate("RestoreDialog", "Backing up {0}…").format(path.name))
    workspace.runner.run(
        partial(_back_up, path),
        on_success=lambda made: status(translate("RestoreDialog", "Backed up to {0}").format(made)),
        on_error=lambda exc: messages.show_error(
            parent, exc, translate("RestoreDialog", "backing up"), heading
        ),
        title="Back up now",
    )


def _describe(path: Path, _progress: ProgressReporter) -> list[BackupDescription]:
    return describe_backups(path)


def _back_up(path: Path, _progress: ProgressReporter) -> Path:
    return take_backup(path, "manual")


def _restore(path: Path, backup: Path, progress: ProgressReporter) -> RestoreReport:
    progress.report(
        0,
        0,
        translate(
            "RestoreDialog", "Checking the backup, then backing up the database as it is now…"
        ),
    )
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
        self.setWindowTitle(title())
        self.setObjectName("RestoreDialog")
        self.resize(820, 440)

        where = QLabel(
            self.tr(
                "Backups of {0}, kept in {1}. Restoring replaces what the database holds now by "
                "the backup's content; the database as it is now is backed up first, so a "
                "restore can itself be undone."
            ).format(db_path, backups_folder(db_path))
        )
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("backupsTable")
        self.table.setHorizontalHeaderLabels([translate(CONTEXT, text) for text in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):  # the reason (with a damaged file's why) takes the rest
            fit = (
                QHeaderView.ResizeMode.Stretch
                if column == 1
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, fit)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.status = QLabel(self.tr("Reading the backups…"))
        self.status.setObjectName("backupsStatus")
        self.status.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.back_up_button = QPushButton(self.tr("&Back up now"))
        self.back_up_button.setObjectName("backUpNow")
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setObjectName("restoreSelected")
        self.restore_button.clicked.connect(self.restore_selected)
        self.other_button = QPushButton(self.tr("Restore &another file…"))
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
            on_error=lambda exc: messages.show_error(
                self, exc, self.tr("reading the backups"), self.windowTitle()
            ),
            title="Reading backups",
        )

    def _fill(self, backups: list[BackupDescription]) -> None:
        self.backups = backups
        self.table.setRowCount(len(backups))
        for row, backup in enumerate(backups):
            counts = backup.counts
            cells = [
                f"{backup.file.taken_at:%a %d %b %Y %H:%M:%S}",
                self._why(backup),
                *(
                    (str(counts.programs), str(counts.participants), str(counts.events))
                    if counts is not None
                    else ("", "", "")
                ),
                self.tr("{0} MB").format(f"{backup.size_bytes / 1_000_000:.1f}"),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(
                    backup.problem if column == 1 and backup.problem else str(backup.path)
                )
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        if backups:
            self.table.selectRow(0)
            count = self.tr("{0} backups.").format(len(backups))
            self.status.setText(f"{count} {self.note}".strip())
        else:
            self.status.setText(self.tr("No backups yet: use Back up now to take one."))
        self._update_buttons()
        self.listed.emit()

    def _why(self, backup: BackupDescription) -> str:
        why = reason_label(backup.file.reason)
        if backup.problem is None:
            return why
        return self.tr("{0}: damaged, cannot be restored (point at it for why)").format(why)

    def selected(self) -> BackupDescription | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(chosen is not None and chosen.problem is None)

    # -- actions ----------------------------------------------------------------------------

    def back_up_now(self) -> None:
        self.back_up_button.setEnabled(False)
        self.status.setText(self.tr("Backing up…"))

        def done(path: Path) -> None:
            self.back_up_button.setEnabled(True)
            self.note = self.tr("Backed up to {0}.").format(path.name)
            self.reload()

        def failed(exc: BaseException) -> None:
            self.back_up_button.setEnabled(True)
            messages.show_error(self, exc, self.tr("backing up"), self.windowTitle())

        self.workspace.runner.run(
            partial(_back_up, self.db_path), on_success=done, on_error=failed, title="Back up now"
        )

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.problem is not None:
            return
        when = f"{chosen.file.taken_at:%a %d %b %Y %H:%M}"
        holds = chosen.counts.phrase() if chosen.counts else ""
        self._confirm_and_restore(
            chosen.path, self.tr("the backup of {0} ({1})").format(when, holds)
        )

    def restore_other_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore another backup file"),
            str(backups_folder(self.db_path)),
            self.tr("Sakura Desktop databases (*.db *.sqlite);;All files (*)"),
        )
        if chosen:
            self._confirm_and_restore(Path(chosen), str(chosen))

    def _confirm_and_restore(self, backup: Path, named: str) -> None:
        picked = messages.choose(
            self,
            self.windowTitle(),
            self.tr("Replace what {0} holds now by {1}?").format(self.db_path.name, named),
            [self.tr("Restore")],
            informative=self.tr(
                "Everything entered or scanned since that backup leaves the database. The "
                "database as it is now is backed up first: restoring that backup undoes this."
            ),
            cancel=self.tr("Cancel"),
        )
        if picked != 0:
            return
        run_with_progress(
            self.workspace.runner,
            self,
            partial(_restore, self.db_path, backup),
            label=self.tr("Restoring {0}…").format(self.db_path.name),
            on_success=self._restored,
            on_error=lambda exc: messages.show_error(
                self, exc, self.tr("restoring the backup"), self.windowTitle()
            ),
            title=self.windowTitle(),
            cancellable=False,
        )

    def _restored(self, report: RestoreReport) -> None:
        self.workspace.database_replaced(self)
        self.note = self.tr("Restored from {0}.").format(report.restored_from.name)
        if report.safety_backup is not None:
            kept = self.tr("The database as it was is kept as {0}.")
            self.note += " " + kept.format(report.safety_backup.name)
        self.reload()
        self.restored.emit(report)
