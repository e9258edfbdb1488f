"""The roster import wizard: file, preview, mapping, validation report, import, summary.

Reading, the dry run and the import each run as a task (core use cases in
`participants.jobs`); the import writes in one transaction, so Cancel rolls everything back.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from sakura_desktop.core.roster import (
    ColumnMapping,
    EncodingUncertainError,
    ImportSummary,
    MappingError,
    RosterTable,
    build_mapping,
    check_mapping,
)
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.tasks import Progress, TaskHandle
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.participants import file_dialogs
from sakura_desktop.ui.participants.import_models import (
    FieldDelegate,
    MappingTableModel,
    PreviewTableModel,
    RowErrorTableModel,
)
from sakura_desktop.ui.participants.jobs import ReadOutcome, read_file, run_import
from sakura_desktop.ui.participants.text import plural
from sakura_desktop.ui.workspace import Workspace

FILE, PREVIEW, MAPPING, REPORT, IMPORT, SUMMARY = range(6)
ENCODING_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 with BOM",
    "utf-16": "UTF-16",
    "cp932": "Shift_JIS (Japanese)",
    "gb18030": "GB18030 / GBK (Chinese, simplified)",
    "cp950": "Big5 (Chinese, traditional)",
    "cp949": "EUC-KR (Korean)",
}
DELIMITER_LABELS = {",": "comma", ";": "semicolon", "\t": "tab"}


def encoding_label(name: str | None) -> str:
    if not name:
        return ""
    return ENCODING_LABELS.get(name, name)


def _note(text: str = "", name: str = "Hint") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _error() -> QLabel:
    label = _note(name="ErrorNote")
    label.setStyleSheet("color: #c62828;")
    label.hide()
    return label


def _table_view(name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view


@dataclass
class WizardState:
    path: Path | None = None
    encoding: str | None = None  # chosen by the user; None = detect
    table: RosterTable | None = None
    read_key: tuple[str, str | None] | None = None  # (path, encoding) the table was read with
    saved_mapping: dict[str, str | None] = field(default_factory=dict)
    mapping: ColumnMapping | None = None
    report: ImportSummary | None = None  # the dry run
    summary: ImportSummary | None = None  # the real import


class ImportWizard(QWizard):
    """Import a roster into one program. `imported(ImportSummary)` after a successful import."""

    imported = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        factory: SessionFactory,
        program_id: int,
        program_title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ImportWizard")
        self.setWindowTitle(f"Import a roster — {program_title}" if program_title else "Import")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.workspace = workspace
        self.factory = factory
        self.program_id = program_id
        self.state = WizardState()
        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.mapping_page = MappingPage(self)
        self.report_page = ReportPage(self)
        self.import_page = ImportPage(self)
        self.summary_page = SummaryPage(self)
        for page_id, page in enumerate(
            (
                self.file_page,
                self.preview_page,
                self.mapping_page,
                self.report_page,
                self.import_page,
                self.summary_page,
            )
        ):
            self.setPage(page_id, page)
        self.setButtonText(QWizard.WizardButton.CommitButton, "Import")
        self.resize(940, 640)

    def read(
        self,
        path: Path,
        encoding: str | None,
        on_done: Any,
        on_error: Any,
    ) -> None:
        """Read `path` (and the program's saved mapping) in a task."""

        def done(outcome: ReadOutcome) -> None:
            state = self.state
            state.path, state.encoding = path, encoding
            state.table = outcome.table
            state.read_key = (str(path), encoding)
            state.saved_mapping = outcome.saved_mapping
            state.mapping = None  # built again for these headers
            state.report = None
            on_done()

        self.workspace.runner.run(
            partial(read_file, self.factory, self.program_id, path, encoding),
            on_success=done,
            on_error=on_error,
            title=f"Reading {path.name}",
        )

    def reject(self) -> None:
        if self.import_page.busy:
            self.import_page.cancel_import()  # the wizard closes once the rollback is done
            return
        super().reject()


class _Page(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard

    @property
    def state(self) -> WizardState:
        return self.owner.state


class _RunPage(_Page):
    """A page that runs the mapped table through the importer in a worker, with a progress bar:
    the Report page's dry run and the Import page's real import differ only in the options."""

    progress: QProgressBar

    def _run_import(
        self,
        title: str,
        on_success: Callable[[ImportSummary], None],
        on_cancelled: Callable[[], None],
        *,
        dry_run: bool,
        skip_invalid: bool,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> TaskHandle:
        state, owner = self.state, self.owner
        table, mapping = state.table, state.mapping
        assert table is not None and mapping is not None
        return owner.workspace.runner.run(
            lambda progress: run_import(
                owner.factory,
                owner.program_id,
                table,
                mapping,
                dry_run=dry_run,
                skip_invalid=skip_invalid,
                progress=progress,
                is_cancelled=is_cancelled,
            ),
            on_success=on_success,
            on_error=self._failed,
            on_progress=self._progressed,
            on_cancelled=on_cancelled,
            title=title,
        )

    def _progressed(self, progress: Progress) -> None:
        if progress.total:
            self.progress.setRange(0, progress.total)
            self.progress.setValue(progress.done)

    def _failed(self, exc: BaseException) -> None:
        raise NotImplementedError


# --- 1. the file -----------------------------------------------------------------------------


class FilePage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle("Choose the roster file")
        self.setSubTitle(
            "A CSV (any encoding: UTF-8, Shift_JIS, GB18030/GBK, Big5, EUC-KR) or an Excel "
            ".xlsx workbook, with headers in English or Japanese. Title rows above the table "
            "and blank lines are skipped."
        )
        self.busy = False
        self._in_validate = False
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("rosterPath")
        self.path_edit.setPlaceholderText("The roster file")
        self.path_edit.textChanged.connect(self._path_changed)
        browse = QPushButton("Browse…")
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.status = _note()
        self.error = _error()
        self.encoding_box = QWidget()
        box_layout = QVBoxLayout(self.encoding_box)
        box_layout.setContentsMargins(0, 8, 0, 0)
        self.encoding_intro = _note()
        self.candidates = QListWidget()
        self.candidates.setObjectName("encodingCandidates")
        self.candidates.setWordWrap(True)
        self.candidates.setAlternatingRowColors(True)
        self.candidates.currentItemChanged.connect(lambda *_: self.completeChanged.emit())
        box_layout.addWidget(self.encoding_intro)
        box_layout.addWidget(self.candidates, 1)
        self.encoding_box.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.encoding_box, 1)
        layout.addStretch(0)

    def browse(self) -> None:
        settings = self.owner.workspace.settings
        folder = settings.roster_folder or settings.last_folder or str(Path.home())
        path = file_dialogs.choose_roster_file(self, folder)
        if path is not None:
            settings.roster_folder = str(path.parent)
            self.path_edit.setText(str(path))

    def _path_changed(self) -> None:
        self.error.hide()
        self.encoding_box.hide()
        self.candidates.clear()
        self.completeChanged.emit()

    def chosen_encoding(self) -> str | None:
        if self.encoding_box.isHidden():
            return None
        item = self.candidates.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def isComplete(self) -> bool:
        if self.busy or not self.path_edit.text().strip():
            return False
        return self.encoding_box.isHidden() or self.candidates.currentItem() is not None

    def validatePage(self) -> bool:
        path = Path(self.path_edit.text().strip())
        encoding = self.chosen_encoding()
        if self.state.read_key == (str(path), encoding) and self.state.table is not None:
            return True
        self.busy = True
        self._in_validate = True
        self.error.hide()
        self.status.setText(f"Reading {path.name}…")
        self.completeChanged.emit()
        try:
            self.owner.read(path, encoding, self._read, self._failed)
        finally:
            self._in_validate = False
        return self.state.read_key == (str(path), encoding) and self.state.table is not None

    def _read(self) -> None:
        self.busy = False
        self.status.clear()
        self.completeChanged.emit()
        if not self._in_validate:  # read in a worker: move on now
            self.owner.next()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.status.clear()
        if isinstance(exc, EncodingUncertainError):
            self.show_candidates(exc)
        else:
            self.error.setText(messages.describe(exc, "reading the roster"))
            self.error.show()
        self.completeChanged.emit()

    def show_candidates(self, exc: EncodingUncertainError) -> None:
        self.encoding_intro.setText(f"{exc}\n\nChoose the reading in which the names look right:")
        self.candidates.clear()
        for candidate in exc.candidates:
            item = QListWidgetItem(f"{encoding_label(candidate.encoding)}\n{candidate.sample}")
            item.setData(Qt.ItemDataRole.UserRole, candidate.encoding)
            self.candidates.addItem(item)
        self.encoding_box.show()


# --- 2. the preview --------------------------------------------------------------------------


class PreviewPage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle("Preview")
        self.setSubTitle("The first rows as they were read. Check that the names read right.")
        self.info = QLabel()
        self.info.setObjectName("previewInfo")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.encoding = QComboBox()
        self.encoding.setObjectName("encodingChoice")
        self.encoding.setToolTip("If the names look garbled, read the file as another encoding")
        self.encoding.activated.connect(self._encoding_chosen)
        self.encoding_row = QWidget()
        row = QHBoxLayout(self.encoding_row)
        row.setContentsMargins(0, 0, 0, 0)
        read_as = QLabel("&Read as:")
        read_as.setBuddy(self.encoding)
        row.addWidget(read_as)
        row.addWidget(self.encoding)
        row.addStretch(1)
        self.error = _error()
        self.model = PreviewTableModel(self)
        self.view = _table_view("previewTable")
        self.view.setModel(self.model)
        self.view.horizontalHeader().setStretchLastSection(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.encoding_row)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)

    def initializePage(self) -> None:
        self.error.hide()
        self.show_table()

    def show_table(self) -> None:
        table = self.state.table
        if table is None:
            return
        facts = [f"<b>{table.source}</b>", f"{plural(len(table.rows), 'participant row')}"]
        if table.kind == "csv":
            facts.append(f"encoding <b>{encoding_label(table.encoding)}</b>")
            delimiter = table.delimiter or ","
            facts.append(f"separated by <b>{DELIMITER_LABELS.get(delimiter, delimiter)}</b>")
        else:
            facts.append(f"sheet <b>{table.sheet}</b>")
        above = table.header_row - 1
        facts.append(
            f"header on row <b>{table.header_row}</b>"
            + (f" ({plural(above, 'row')} above it skipped)" if above else "")
        )
        self.info.setText(" · ".join(facts))
        self.encoding_row.setVisible(table.kind == "csv")
        self.encoding.clear()
        self.encoding.addItem(f"{encoding_label(table.encoding)} (as read)", table.encoding)
        for name in ("utf-8", "cp932", "gb18030", "cp950", "cp949"):
            if name != table.encoding:
                self.encoding.addItem(encoding_label(name), name)
        self.model.set_table(table)
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column), 220))

    def _encoding_chosen(self, index: int) -> None:
        name = self.encoding.itemData(index)
        table, path = self.state.table, self.state.path
        if table is None or path is None or name == table.encoding:
            return

        def failed(exc: BaseException) -> None:
            self.error.setText(messages.describe(exc, "reading the roster"))
            self.error.show()
            self.encoding.setCurrentIndex(0)

        self.error.hide()
        self.owner.read(path, str(name), self.show_table, failed)


# --- 3. the mapping --------------------------------------------------------------------------


class MappingPage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle("Columns")
        self.setSubTitle(
            "Which participant field each column fills. Guessed from the headers (English, "
            "Japanese, Chinese, Korean) and from this program's last import; change any."
        )
        self.note = _note()
        self.model = MappingTableModel(self)
        self.model.mapping_changed.connect(self._changed)
        self.view = _table_view("mappingTable")
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(MappingTableModel.FIELD_COLUMN, FieldDelegate(self.view))
        self.view.verticalHeader().setDefaultSectionSize(32)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        header.resizeSection(2, 240)
        self.problem = _error()
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.problem)

    def initializePage(self) -> None:
        state = self.state
        table = state.table
        if table is None:
            return
        if state.mapping is None or state.mapping.headers != table.headers:
            state.mapping = build_mapping(table.headers, state.saved_mapping)
        self.model.set_mapping(state.mapping, table.rows)
        for row in range(self.model.rowCount()):
            self.view.openPersistentEditor(self.model.index(row, MappingTableModel.FIELD_COLUMN))
        mapped = sum(1 for f in state.mapping.fields if f is not None)
        saved = [h for h in table.headers if h in state.saved_mapping]
        text = f"{mapped} of {plural(len(table.headers), 'column')} recognised."
        if saved:
            text += f" This program's saved mapping was applied to {plural(len(saved), 'column')}."
        self.note.setText(text)
        self._changed()

    def _changed(self) -> None:
        mapping = self.model.mapping
        self.state.mapping = mapping
        self.state.report = None
        problems = list(mapping.warnings)
        try:
            check_mapping(mapping)
        except MappingError as exc:
            problems.insert(0, str(exc))
        self.problem.setText("\n".join(problems))
        self.problem.setVisible(bool(problems))
        self.completeChanged.emit()

    def choose(self, header: str, field_value: str | None) -> None:
        """Map a column as the user would with its combo (tests, keyboard users)."""
        from sakura_desktop.core.roster import Field

        self.model.choose(header, Field(field_value) if field_value else None)

    def isComplete(self) -> bool:
        mapping = self.state.mapping
        if mapping is None:
            return False
        try:
            check_mapping(mapping)
        except MappingError:
            return False
        return True


# --- 4. the validation report ----------------------------------------------------------------


class ReportPage(_RunPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle("Check")
        self.setSubTitle("Every row checked against the rules and this program's participants.")
        self.setCommitPage(True)
        self.busy = False
        self.handle: TaskHandle | None = None
        self.progress = QProgressBar()
        self.progress.setObjectName("checkProgress")
        self.counts: dict[str, QLabel] = {}
        grid = QGridLayout()
        for column, (key, label) in enumerate(
            (
                ("rows", "Rows"),
                ("created", "New"),
                ("updated", "Updated"),
                ("unchanged", "Unchanged"),
                ("skipped", "With errors"),
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
        self.details = _note()
        self.errors_model = RowErrorTableModel(self)
        self.errors_view = _table_view("errorsTable")
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
        self.error = _error()
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
            "Checking the roster", self._checked, self._stopped, dry_run=True, skip_invalid=True
        )

    def _stopped(self) -> None:
        self.busy = False
        self.progress.hide()
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self._stopped()
        self.error.setText(messages.describe(exc, "checking the roster"))
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
            notes.append("New delegations: " + ", ".join(report.delegations_created) + ".")
        notes.extend(f"Warning: {w}" for w in report.warnings)
        if report.errors:
            notes.append(
                f"{plural(len(report.errors), 'problem')} in {plural(bad_rows, 'row')}, "
                "listed below with the row and column in the file. Correct the file and import "
                "it again, or import only the valid rows."
            )
        else:
            notes.append("No problems found.")
        self.details.setText("\n".join(notes))
        self.errors_model.set_errors(report.errors)
        self.errors_view.setVisible(bool(report.errors))
        self.errors_view.resizeRowsToContents()
        good = report.created + report.updated + report.unchanged
        self.skip_invalid.setText(
            f"Import only the valid rows ({good:,}); skip the {plural(bad_rows, 'row')} with errors"
        )
        self.skip_invalid.setVisible(bool(report.errors) and good > 0)
        if report.errors and not good:
            self.error.setText("No row can be imported: correct the file and try again.")
            self.error.show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        report = self.state.report
        if self.busy or report is None:
            return False
        if not report.errors:
            return True
        good = report.created + report.updated + report.unchanged
        return good > 0 and self.skip_invalid.isChecked()


# --- 5. the import ---------------------------------------------------------------------------


class ImportPage(_RunPage):
    progressed = Signal(object)  # Progress, for tests and screen readers

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle("Import")
        self.setSubTitle("Writing in one transaction: if you cancel, nothing is written.")
        self.busy = False
        self.done = False
        self.handle: TaskHandle | None = None
        self._cancel = threading.Event()
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.cancel_button = QPushButton("Cancel import")
        self.cancel_button.clicked.connect(self.cancel_import)
        self.again_button = QPushButton("Import again")
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
        self.label.setText(f"Importing {state.table.source}…")
        self.progress.setRange(0, 0)
        self.completeChanged.emit()
        self.handle = self._run_import(
            "Importing the roster",
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
        self.label.setText("Stopping: rolling back…")

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
        self.label.setText("Import cancelled: nothing was written.")
        self.again_button.show()
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.label.setText(
            messages.describe(exc, "importing the roster") + "\nNothing was written."
        )
        self.again_button.show()
        self.completeChanged.emit()

    def _imported(self, summary: ImportSummary) -> None:
        self._finish()
        self.done = True
        self.state.summary = summary
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.label.setText("Done.")
        self.completeChanged.emit()
        self.owner.imported.emit(summary)
        QTimer.singleShot(0, self._advance)

    def _advance(self) -> None:
        if self.owner.currentId() == IMPORT:
            self.owner.next()

    def isComplete(self) -> bool:
        return self.done and not self.busy


# --- 6. the summary --------------------------------------------------------------------------


class SummaryPage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle("Imported")
        self.setSubTitle("The roster is in the program.")
        self.setFinalPage(True)
        self.text = _note(name="summaryText")
        self.text.setObjectName("summaryText")
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("created", "New participants"),
            ("updated", "Updated"),
            ("unchanged", "Unchanged"),
            ("skipped", "Skipped rows (errors)"),
        ):
            value = QLabel()
            value.setObjectName(f"summary_{key}")
            form.addRow(label, value)
            self.values[key] = value
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addWidget(self.text, 1)

    def initializePage(self) -> None:
        summary = self.state.summary
        if summary is None:
            return
        for key, label in self.values.items():
            label.setText(f"{getattr(summary, key):,}")
        lines = [f"{summary.source}: {plural(summary.rows, 'row')} read."]
        if summary.delegations_created:
            lines.append("Delegations created: " + ", ".join(summary.delegations_created) + ".")
        if summary.skipped_rows:
            lines.append(
                "Skipped rows (not imported): " + ", ".join(map(str, summary.skipped_rows)) + "."
            )
        lines.append(
            "The column mapping was saved: the next file from this program with the same "
            "headers is mapped the same way. Importing the same file again updates, never "
            "duplicates."
        )
        self.text.setText("\n\n".join(lines))
