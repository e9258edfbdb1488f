"""The two pages of the roster import wizard that run the importer: the validation report (a
dry run, with the rows in error) and the import itself (one transaction, cancellable).

Both are `RunPage`s driving the same worker with different options, so they live together.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from sakura_desktop.core.roster import ImportSummary
from sakura_desktop.tasks import Progress, TaskHandle
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.i18n import translate
from sakura_desktop.ui.participants.import_models import RowErrorTableModel
from sakura_desktop.ui.participants.import_pages_common import (
    IMPORT,
    RunPage,
    error_label,
    note_label,
    table_view,
)
from sakura_desktop.ui.participants.text import counted

if TYPE_CHECKING:
    from sakura_desktop.ui.participants.import_wizard import ImportWizard


# --- 4. the validation report ----------------------------------------------------------------


class ReportPage(RunPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(translate("ImportWizard", "Check"))
        self.setSubTitle(
            translate(
                "ImportWizard",
                "Every row checked against the rules and this program's participants.",
            )
        )
        self.setCommitPage(True)
        self.busy = False
        self.handle: TaskHandle | None = None
        self.progress = QProgressBar()
        self.progress.setObjectName("checkProgress")
        self.counts: dict[str, QLabel] = {}
        grid = QGridLayout()
        for column, (key, label) in enumerate(
            (
                ("rows", translate("ImportWizard", "Rows")),
                ("created", translate("ImportWizard", "New")),
                ("updated", translate("ImportWizard", "Updated")),
                ("unchanged", translate("ImportWizard", "Unchanged")),
                ("skipped", translate("ImportWizard", "With errors")),
            )
        ):
            value = QLabel("–")
            value.setObjectName("StatValue")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption = QLabel(label)
            caption.setObjectName("StatCaption")
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(value, 0, column)
            grid.addWidget(caption, 1, column)
            self.counts[key] = value
        self.details = note_label()
        self.errors_model = RowErrorTableModel(self)
        self.errors_view = table_view("errorsTable")
        self.errors_view.setModel(self.errors_model)
        self.errors_view.setWordWrap(True)
        # Rows follow their text as the columns settle (a one-off resize ran before layout).
        self.errors_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        header = self.errors_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, 160)
        self.skip_invalid = QCheckBox()
        self.skip_invalid.setObjectName("skipInvalid")
        self.skip_invalid.toggled.connect(lambda _on: self.completeChanged.emit())
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addLayout(grid)
        layout.addWidget(self.details)
        layout.addWidget(self.errors_view, 1)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        self.skip_invalid.setChecked(False)
        self.skip_invalid.hide()
        self.errors_view.hide()
        self.error.hide()
        self.details.clear()
        for label in self.counts.values():
            label.setText("–")
        self.check()

    def cleanupPage(self) -> None:
        if self.handle is not None and not self.handle.finished:
            self.handle.cancel()

    def check(self) -> None:
        state = self.state
        if state.table is None or state.mapping is None:
            return
        self.busy = True
        self.progress.show()
        self.progress.setRange(0, 0)
        self.completeChanged.emit()
        self.handle = self._run_import(
            translate("ImportWizard", "Checking the roster"),
            self._checked,
            self._stopped,
            dry_run=True,
            skip_invalid=True,
        )

    def _stopped(self) -> None:
        self.busy = False
        self.progress.hide()
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self._stopped()
        self.error.setText(messages.describe(exc, translate("ImportWizard", "checking the roster")))
        self.error.show()

    def _checked(self, report: ImportSummary) -> None:
        self._stopped()
        self.state.report = report
        bad_rows = len({e.row for e in report.errors})
        values = {
            "rows": report.rows,
            "created": report.created,
            "updated": report.updated,
            "unchanged": report.unchanged,
            "skipped": bad_rows,
        }
        for key, value in values.items():
            self.counts[key].setText(f"{value:,}")
        notes = []
        if report.delegations_created:
            notes.append(
                translate("ImportWizard", "New delegations: {0}.").format(
                    ", ".join(report.delegations_created)
                )
            )
        notes.extend(translate("ImportWizard", "Warning: {0}").format(w) for w in report.warnings)
        if report.errors:
            problems = counted(
                len(report.errors),
                translate("ImportWizard", "{0} problem"),
                translate("ImportWizard", "{0} problems"),
            )
            notes.append(
                translate(
                    "ImportWizard",
                    "{0} in {1}, listed below with the row and column in the file. Correct the "
                    "file and import it again, or import only the valid rows.",
                ).format(problems, self._rows_text(bad_rows))
            )
        else:
            notes.append(translate("ImportWizard", "No problems found."))
        self.details.setText("\n".join(notes))
        self.errors_model.set_errors(report.errors)
        self.errors_view.setVisible(bool(report.errors))
        self.errors_view.resizeRowsToContents()
        good = report.created + report.updated + report.unchanged
        self.skip_invalid.setText(
            translate(
                "ImportWizard", "Import only the valid rows ({0}); skip the {1} with errors"
            ).format(f"{good:,}", self._rows_text(bad_rows))
        )
        self.skip_invalid.setVisible(bool(report.errors) and good > 0)
        if report.errors and not good:
            self.error.setText(
                translate("ImportWizard", "No row can be imported: correct the file and try again.")
            )
            self.error.show()
        self.completeChanged.emit()

    @staticmethod
    def _rows_text(count: int) -> str:
        return counted(
            count, translate("ImportWizard", "{0} row"), translate("ImportWizard", "{0} rows")
        )

    def isComplete(self) -> bool:
        report = self.state.report
        if self.busy or report is None:
            return False
        if not report.errors:
            return True
        good = report.created + report.updated + report.unchanged
        return good > 0 and self.skip_invalid.isChecked()


# --- 5. the import ---------------------------------------------------------------------------


class ImportPage(RunPage):
    progressed = Signal(object)  # Progress, for tests and screen readers

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(translate("ImportWizard", "Import"))
        self.setSubTitle(
            translate(
                "ImportWizard", "Writing in one transaction: if you cancel, nothing is written."
            )
        )
        self.busy = False
        self.done = False
        self.handle: TaskHandle | None = None
        self._cancel = threading.Event()
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.cancel_button = QPushButton(translate("ImportWizard", "Cancel import"))
        self.cancel_button.clicked.connect(self.cancel_import)
        self.again_button = QPushButton(translate("ImportWizard", "Import again"))
        self.again_button.clicked.connect(self.start)
        self.again_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.start()

    def start(self) -> None:
        state = self.state
        if state.table is None or state.mapping is None or self.busy:
            return
        skip = bool(state.report and state.report.errors)
        self._cancel.clear()
        self.busy, self.done = True, False
        self.again_button.hide()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.label.setText(translate("ImportWizard", "Importing {0}…").format(state.table.source))
        self.progress.setRange(0, 0)
        self.completeChanged.emit()
        self.handle = self._run_import(
            translate("ImportWizard", "Importing the roster"),
            self._imported,
            self._cancelled,
            dry_run=False,
            skip_invalid=skip,
            is_cancelled=self._cancel.is_set,
        )

    def cancel_import(self) -> None:
        if not self.busy:
            return
        self._cancel.set()
        if self.handle is not None:
            self.handle.cancel()
        self.cancel_button.setEnabled(False)
        self.label.setText(translate("ImportWizard", "Stopping: rolling back…"))

    def _progressed(self, progress: Progress) -> None:
        super()._progressed(progress)
        if progress.text:
            self.label.setText(progress.text)
        self.progressed.emit(progress)

    def _finish(self) -> None:
        self.busy = False
        self.cancel_button.hide()

    def _cancelled(self) -> None:
        self._finish()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.label.setText(translate("ImportWizard", "Import cancelled: nothing was written."))
        self.again_button.show()
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.label.setText(
            messages.describe(exc, translate("ImportWizard", "importing the roster"))
            + "\n"
            + translate("ImportWizard", "Nothing was written.")
        )
        self.again_button.show()
        self.completeChanged.emit()

    def _imported(self, summary: ImportSummary) -> None:
        self._finish()
        self.done = True
        self.state.summary = summary
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.label.setText(translate("ImportWizard", "Done."))
        self.completeChanged.emit()
        self.owner.imported.emit(summary)
        QTimer.singleShot(0, self._advance)

    def _advance(self) -> None:
        if self.owner.currentId() == IMPORT:
            self.owner.next()

    def isComplete(self) -> bool:
        return self.done and not self.busy
