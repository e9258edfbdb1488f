"""Import survey answers from an online form's export: choose the file, check the columns, read
the rows that would be left out, then import (all rows, or the valid ones once accepted).

The same steps as `sakura-desktop survey import`: reading, the check and the import are core use
cases run by the task runner; nothing is written until Import is pressed, and then in one
transaction after a backup.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop.core.backups import backup_before
from sakura_desktop.core.roster.table import RosterTable
from sakura_desktop.core.survey.importer import (
    SurveyImportPlan,
    SurveyImportResult,
    apply_survey_import,
    plan_survey_import,
    read_survey_file,
)
from sakura_desktop.core.survey.mapping import SurveyField, SurveyMapping, build_survey_mapping
from sakura_desktop.core.survey.values import cell_text
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.errors import UserError
from sakura_desktop.tasks import ProgressReporter
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from sakura_desktop.ui.survey.words import field_label
from sakura_desktop.ui.widgets.progress import run_with_progress
from sakura_desktop.ui.workspace import Workspace

SURVEY_FILTER = QT_TRANSLATE_NOOP(
    "SurveyImportDialog", "Form exports (*.csv *.xlsx *.txt *.tsv);;All files (*)"
)
NOT_READ = QT_TRANSLATE_NOOP("SurveyImportDialog", "(not read)")


def choose_survey_file(parent: QWidget | None, folder: str) -> Path | None:
    """The file dialog (tests replace this)."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("SurveyImportDialog", "Choose the form's export"),
        folder,
        translate("SurveyImportDialog", SURVEY_FILTER),
    )
    return Path(name) if name else None


class SurveyImportDialog(QDialog):
    """`imported(SurveyImportResult)` after a successful import."""

    imported = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        factory: SessionFactory,
        program_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SurveyImportDialog")
        self.setWindowTitle(self.tr("Import survey answers"))
        self.workspace, self.factory, self.program_id = workspace, factory, program_id
        self.table: RosterTable | None = None
        self.plan: SurveyImportPlan | None = None
        self.last_changed: int | None = None
        self.generation = 0
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(
            self.tr("A CSV or Excel export of Google Forms, Microsoft Forms…")
        )
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.columns = QTableWidget(0, 3)
        self.columns.setObjectName("surveyColumns")
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column of the file"), self.tr("First answer"), self.tr("Holds")]
        )
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.messages = QListWidget()
        self.messages.setObjectName("surveyRowMessages")
        self.messages.setWordWrap(True)
        self.messages.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary = QLabel(self.tr("Choose the file to import."))
        self.summary.setWordWrap(True)
        self.accept_box = QCheckBox(
            self.tr("Leave out the rows listed above and import the valid rows")
        )
        self.accept_box.toggled.connect(self._update_buttons)
        self.accept_box.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()

    def _lay_out(self) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(
            QLabel(self.tr("Columns (change what a column holds if the guess is wrong):"))
        )
        layout.addWidget(self.columns, 2)
        layout.addWidget(QLabel(self.tr("Rows that would be left out:")))
        layout.addWidget(self.messages, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.accept_box)
        layout.addWidget(self.buttons)
        self.resize(820, 620)

    # -- reading ----------------------------------------------------------------------------

    def choose_file(self) -> None:
        settings = self.workspace.settings
        folder = settings.roster_folder or settings.last_folder or str(Path.home())
        path = choose_survey_file(self, folder)
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        self.path_edit.setText(str(path))

        def task(_progress: ProgressReporter) -> RosterTable:
            return read_survey_file(path)

        self.workspace.runner.run(
            task,
            on_success=self._loaded,
            on_error=self._failed,
            title=self.tr("Reading the survey file"),
        )

    def _loaded(self, table: RosterTable) -> None:
        self.table, self.last_changed = table, None
        mapping = build_survey_mapping(table.headers)
        self.columns.setRowCount(len(table.headers))
        first = table.rows[0].cells if table.rows else ()
        for row, header in enumerate(table.headers):
            self.columns.setItem(row, 0, QTableWidgetItem(header))
            sample = cell_text(first[row]) if row < len(first) else ""
            self.columns.setItem(row, 1, QTableWidgetItem(sample[:40]))
            box = QComboBox()
            box.addItem(translate("SurveyImportDialog", NOT_READ), None)
            for field in SurveyField:
                box.addItem(field_label(field), field.value)
            chosen = mapping.fields[row]
            box.setCurrentIndex(box.findData(chosen.value) if chosen else 0)
            box.currentIndexChanged.connect(partial(self._column_changed, row))
            self.columns.setCellWidget(row, 2, box)
        self.check()

    def _column_changed(self, row: int, _index: int) -> None:
        self.last_changed = row
        self.check()

    def mapping(self) -> SurveyMapping:
        """What the boxes say; the box changed last wins a field two boxes name."""
        assert self.table is not None
        headers = self.table.headers
        order = [row for row in range(len(headers)) if row != self.last_changed]
        if self.last_changed is not None:
            order.append(self.last_changed)
        choices: dict[str, str | None] = {}
        for row in order:
            box = self.columns.cellWidget(row, 2)
            assert isinstance(box, QComboBox)
            choices[headers[row]] = box.currentData()
        return build_survey_mapping(headers, choices)

    def _show_mapping(self, mapping: SurveyMapping) -> None:
        """A field chosen for a second column leaves the first: its box says so at once."""
        for row, field in enumerate(mapping.fields):
            box = self.columns.cellWidget(row, 2)
            assert isinstance(box, QComboBox)
            box.blockSignals(True)
            box.setCurrentIndex(box.findData(field.value) if field else 0)
            box.blockSignals(False)

    # -- the check (a dry run) --------------------------------------------------------------

    def check(self) -> None:
        table = self.table
        if table is None:
            return
        self.plan = None
        self._update_buttons()
        try:
            mapping = self.mapping()
        except UserError as exc:
            self._failed(exc)
            return
        self._show_mapping(mapping)
        factory, program_id = self.factory, self.program_id
        # Checks run off the GUI thread: only the answer to the latest one is shown.
        self.generation += 1
        generation = self.generation

        def task(_progress: ProgressReporter) -> SurveyImportPlan:
            return plan_survey_import(factory, program_id, table, mapping)

        self.workspace.runner.run(
            task,
            on_success=lambda plan: self._checked(plan, generation),
            on_error=lambda exc: self._failed(exc, generation),
            title=self.tr("Checking the answers"),
        )

    def _checked(self, plan: SurveyImportPlan, generation: int | None = None) -> None:
        if generation is not None and generation != self.generation:
            return
        self.plan = plan
        self.messages.clear()
        self.messages.addItems([str(message) for message in plan.refused])
        self.summary.setStyleSheet("")
        self.summary.setText(SurveyImportResult(plan, written=False, dry_run=True).summary()
                             .replace(" Dry run: nothing was written.", ""))  # fmt: skip
        self.accept_box.setVisible(bool(plan.refused))
        self.accept_box.setChecked(False)
        self._update_buttons()

    def _failed(self, exc: BaseException, generation: int | None = None) -> None:
        if generation is not None and generation != self.generation:
            return
        self.summary.setStyleSheet("color: #c62828;")
        self.summary.setText(str(exc))
        self.messages.clear()
        self.accept_box.hide()
        self._update_buttons()

    def _update_buttons(self) -> None:
        plan = self.plan
        ready = plan is not None and bool(plan.planned)
        if plan is not None and plan.refused:
            ready = ready and self.accept_box.isChecked()
        self.import_button.setEnabled(ready)

    # -- the import -------------------------------------------------------------------------

    def run_import(self) -> None:
        plan, database = self.plan, self.workspace.database
        if plan is None or database is None:
            return
        factory, accept = self.factory, self.accept_box.isChecked()

        def back_up() -> None:
            backup_before(database, "survey-import")

        def task(_progress: ProgressReporter) -> SurveyImportResult:
            # The import backs up only when the accepted rows change something.
            return apply_survey_import(factory, plan, accept=accept, before_write=back_up)

        run_with_progress(
            self.workspace.runner,
            self,
            task,
            label=self.tr("Importing the survey answers…"),
            on_success=self._imported,
            on_error=lambda exc: messages.show_error(
                self, exc, self.tr("importing the survey answers")
            ),
            cancellable=False,
        )

    def _imported(self, result: SurveyImportResult) -> None:
        self.summary.setText(result.summary())
        self.imported.emit(result)
        self.workspace.announce_change(self)
        self.accept()
