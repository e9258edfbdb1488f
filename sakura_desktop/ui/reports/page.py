"""The Reports screen: choose a report, read its table (sortable) and its chart, export both.

The report is computed off the GUI thread (`jobs.compute`) behind a progress dialog with a
Cancel button. Results are kept per source until the program's data changes: attendance per
session, per participant, per delegation and per team come from one computation. The screen
follows changes made elsewhere (`DataFollower`) and, when shown again, recomputes if the check-in
journal gained events since (scans are not announced as data changes: there are too many).
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop.core.reports.table import ReportTable
from sakura_desktop.ui import locale_format
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.i18n import translate
from sakura_desktop.ui.reports import jobs
from sakura_desktop.ui.reports.catalog import CHOICES, ReportChoice, choice
from sakura_desktop.ui.reports.chart_panel import ChartPanel
from sakura_desktop.ui.reports.exports import ReportExports, ShownReport
from sakura_desktop.ui.reports.models import ReportSortProxy, ReportTableModel
from sakura_desktop.ui.widgets.data_follower import DataFollower
from sakura_desktop.ui.widgets.progress import run_with_progress
from sakura_desktop.ui.widgets.screen_page import ScreenPage
from sakura_desktop.ui.widgets.table_view import read_only_table
from sakura_desktop.ui.workspace import Workspace

CHOOSER_MAX = 380  # pixels: a chooser grows with the window up to this
SIZED_ROWS = 100  # rows measured for the columns' widths
TEXT_COLUMN_MAX = 210  # pixels: a long title is elided (its tooltip shows it whole)
SURVEY_SOURCES = frozenset({"survey", "alumni"})  # reports that the survey's answers fill
ResultKey = tuple[str, int | None, dt.date | None]  # (source, checkpoint id, day)


class NotesLabel(QLabel):
    """Wrapped notes that always get the height their lines need (a plain wrapped label in a
    stacked page is given one line's height and clips the rest)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("Note")
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        height = self.heightForWidth(self.width()) if self.text() else 0
        if height != self.minimumHeight():
            self.setMinimumHeight(max(height, 0))


def _combo(name: str, tooltip: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setToolTip(tooltip)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(6)
    combo.setMaximumWidth(CHOOSER_MAX)
    return combo


def _labelled(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)  # Alt + the underlined letter moves the focus there
    return label


class ReportsPage(ScreenPage):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self.workspace = workspace
        self.choices: list[ReportChoice] = [c for c in CHOICES if jobs.source_available(c.source)]
        self.results: dict[ResultKey, jobs.ReportResult] = {}
        self.checkpoints: list[jobs.CheckpointChoice] = []
        self.checkpoint_id: int | None = None
        self.day: dt.date | None = None  # catering's and manifests' day; None = every day
        self.tables: list[ReportTable] = []  # the tables of the chosen report, as shown
        self._generation = 0
        self._building = False
        self._pending = False  # a recompute waits for the screen to be shown
        self.survey_dialog: QWidget | None = None

        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.setSpacing(8)
        title = QLabel(self.tr("Reports"))
        title.setObjectName("PageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("PageSubtitle")
        self.subtitle.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(self.subtitle)
        layout.addLayout(self._build_controls())
        self.notes = NotesLabel()
        layout.addWidget(self.notes)
        self.status = QLabel()  # what was computed, cancelled or written
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body = self._build_body()
        layout.addLayout(self._build_actions())
        layout.addWidget(body, 1)
        layout.addWidget(self.status)

        reload = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        reload.activated.connect(self.reload)
        workspace.database_changed.connect(self.refresh)
        workspace.program_changed.connect(self.refresh)
        workspace.journal_changed.connect(self._journal_changed)
        self.data_follower = DataFollower(self, workspace, self.refresh)
        self.refresh()

    # -- building ---------------------------------------------------------------------------

    def _build_controls(self) -> QHBoxLayout:
        self.report_combo = _combo("reportChoice", self.tr("Which report to show"))
        self.report_combo.setMinimumContentsLength(12)
        for each in self.choices:
            self.report_combo.addItem(translate("Reports", each.label), each.key)
            index = self.report_combo.count() - 1
            tooltip = translate("Reports", each.tooltip)
            self.report_combo.setItemData(index, tooltip, Qt.ItemDataRole.ToolTipRole)
        last = self.report_combo.findData(self.workspace.settings.last_report)
        self.report_combo.setCurrentIndex(max(last, 0))  # the report chosen last time
        self.report_combo.currentIndexChanged.connect(self._choice_changed)
        self.checkpoint_combo = _combo(
            "checkpointChoice", self.tr("The checkpoint whose arrivals are counted")
        )
        self.checkpoint_combo.currentIndexChanged.connect(self._checkpoint_changed)
        self.table_combo = _combo(
            "tableChoice", self.tr("This report has several tables: pick one")
        )
        self.table_combo.currentIndexChanged.connect(self._table_changed)
        self.checkpoint_label = _labelled(self.tr("Check&point:"), self.checkpoint_combo)
        self.day_combo = _combo("dayChoice", self.tr("The day whose meals or transfers are shown"))
        self.day_combo.currentIndexChanged.connect(self._day_changed)
        self.day_label = _labelled(self.tr("Da&y:"), self.day_combo)
        self.table_label = _labelled(self.tr("Ta&ble:"), self.table_combo)

        self.survey_button = QPushButton(self.tr("Import &answers…"))
        self.survey_button.setObjectName("importSurvey")
        self.survey_button.setToolTip(
            self.tr("Bring in survey answers from an online form's export (CSV or Excel)")
        )
        self.survey_button.clicked.connect(self.import_survey)
        self.reload_button = QPushButton(self.tr("Re&compute"))
        self.reload_button.setObjectName("reloadReport")
        self.reload_button.setToolTip(
            self.tr("Read the database again and recompute the report (F5)")
        )
        self.reload_button.clicked.connect(self.reload)

        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(_labelled(self.tr("&Report:"), self.report_combo))
        row.addWidget(self.report_combo, 2)
        row.addWidget(self.checkpoint_label)
        row.addWidget(self.checkpoint_combo, 1)
        row.addWidget(self.day_label)
        row.addWidget(self.day_combo, 1)
        row.addWidget(self.table_label)
        row.addWidget(self.table_combo, 1)
        row.addStretch(1)
        row.addWidget(self.survey_button)  # beside the survey's tables it fills
        return row

    def _build_actions(self) -> QHBoxLayout:
        """The search and the buttons, on a row of their own: with the choosers beside them the
        screen needed 950 pixels; apart, each row fits the narrowest window."""
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.search, 1)
        row.addWidget(self.reload_button)
        row.addWidget(self.exports)
        return row

    def _build_body(self) -> QSplitter:
        self.model = ReportTableModel(self)
        self.proxy = ReportSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = read_only_table("reportTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the report's own order first
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setToolTip(
            self.tr("Click a column's header to sort by it; click again to reverse")
        )
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSectionsClickable(True)
        # Widths from the first rows only: measuring 1,000 rows through Python took 0.75 s.
        header.setResizeContentsPrecision(SIZED_ROWS)
        self.search = QLineEdit()
        self.search.setObjectName("reportSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find in the table: a name, a delegation…"))
        self.search.setToolTip(self.tr("Show only the rows holding every word typed"))
        self.search.textChanged.connect(self.proxy.set_search)
        self.chart = ChartPanel()
        self.exports = ReportExports(self.workspace, self.shown_report, self.chart)
        self.exports.said.connect(self.status.setText)
        self.chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("reportSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.view)
        splitter.addWidget(self.chart)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.view.setMinimumWidth(240)
        self.chart.setMinimumWidth(240)
        return splitter

    # -- state ------------------------------------------------------------------------------

    @property
    def current_choice(self) -> ReportChoice | None:
        key = self.report_combo.currentData()
        return choice(key) if key is not None else None

    def refresh(self) -> None:
        """Show what fits the workspace now: a message, or (re)compute the chosen report."""
        ws = self.workspace
        self.results.clear()
        if ws.factory is None or ws.program is None:
            self._generation += 1
            self._show_tables([])
            if ws.factory is None:
                self.show_message(
                    self.tr("No database is open"),
                    self.tr(
                        "Open a database (File > Open database) to see attendance, the survey "
                        "and the week's other reports."
                    ),
                )
            elif not ws.programs_loaded:
                self.show_message(self.tr("Loading…"), "")
            else:
                self.show_message(
                    self.tr("This database holds no program yet"),
                    self.tr(
                        "Create a program, add its people and sessions and check people in; "
                        "their reports appear here."
                    ),
                )
            return
        self.subtitle.setText(
            self.tr(
                "{0}: attendance, arrivals, the survey and the week's lists. "
                "Click a column to sort; export the table or the chart."
            ).format(ws.program.title)
        )
        self._set_days(ws.program.start_date, ws.program.end_date)
        self.show_content()
        self.reload()

    def reload(self) -> None:
        """Recompute the chosen report from the database: now if on show, else when shown (a
        hidden screen computes nothing, so the app's start and other screens' edits stay fast)."""
        self.results.clear()
        self._pending = not self.isVisible()
        if not self._pending:
            self._show_current()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.chart.ensure_loaded()  # Qt Charts loads with the screen's first showing
        if self._pending:
            self._pending = False
            self._show_current()
        else:
            self._check_journal()

    def _journal_changed(self) -> None:
        if self.isVisible():
            self._check_journal()

    def _check_journal(self) -> None:
        """Recompute when scans were recorded or undone since the shown report was read."""
        ws = self.workspace
        shown = self.results.get(self._result_key())
        if ws.factory is None or ws.program is None or shown is None:
            return
        generation = self._generation

        def checked(newest: int) -> None:
            if generation == self._generation and newest != shown.newest_event:
                self.reload()

        ws.runner.run(
            partial(jobs.newest_event, ws.factory, ws.program.id),
            on_success=checked,
            on_error=lambda exc: None,  # the next recompute says what is wrong
            title=self.tr("Checking the check-in journal"),
        )

    def _result_key(self) -> ResultKey:
        current = self.current_choice
        if current is None:
            return ("", None, None)
        return (
            current.source,
            self.checkpoint_id if current.needs_checkpoint else None,
            self.day if current.needs_day else None,
        )

    def _choice_changed(self) -> None:
        current = self.current_choice
        if current is not None:
            self.workspace.settings.last_report = current.key
        if not self._building:
            self._show_current()

    def _checkpoint_changed(self) -> None:
        if self._building:
            return
        self.checkpoint_id = self.checkpoint_combo.currentData()
        self._show_current()

    def _day_changed(self) -> None:
        if self._building:
            return
        chosen = self.day_combo.currentData()  # ISO text: Qt would turn a date into a QDate
        self.day = dt.date.fromisoformat(chosen) if chosen else None
        self._show_current()

    def _set_days(self, first: dt.date, last: dt.date) -> None:
        """Every day, then each day of the program (a day kept when the program keeps it)."""
        days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
        if self.day not in days:
            self.day = None
        self._building = True
        try:
            self.day_combo.clear()
            self.day_combo.addItem(self.tr("Every day"), "")
            for day in days:
                self.day_combo.addItem(locale_format.day(day), day.isoformat())
            chosen = self.day.isoformat() if self.day else ""
            self.day_combo.setCurrentIndex(max(self.day_combo.findData(chosen), 0))
        finally:
            self._building = False

    def _table_changed(self) -> None:
        if not self._building:
            self._show_table(self.table_combo.currentIndex())

    def _show_current(self) -> None:
        current = self.current_choice
        ws = self.workspace
        if current is None or ws.factory is None or ws.program is None:
            return
        self.survey_button.setVisible(current.source in SURVEY_SOURCES)
        self.day_label.setVisible(current.needs_day)
        self.day_combo.setVisible(current.needs_day)
        self.checkpoint_label.setVisible(current.needs_checkpoint)
        self.checkpoint_combo.setVisible(current.needs_checkpoint)
        result = self.results.get(self._result_key())
        if result is not None:
            self._show_result(current, result)
            return
        self._compute(current, ws.program.id)

    def _compute(self, current: ReportChoice, program_id: int) -> None:
        ws = self.workspace
        assert ws.factory is not None
        self._generation += 1
        generation = self._generation
        key = self._result_key()
        _, checkpoint, day = key
        label = translate("Reports", current.label)
        self.status.setText(self.tr("Computing: {0}…").format(label))

        def done(result: jobs.ReportResult) -> None:
            if generation != self._generation:
                return
            self.results[key] = result
            if result.checkpoint_id != checkpoint:  # the screen picked the first checkpoint
                self.checkpoint_id = result.checkpoint_id
                self.results[(result.source, result.checkpoint_id, day)] = result
            self.status.clear()
            if self.current_choice == current:
                self._show_result(current, result)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.status.setText(self.tr("The report could not be computed."))
                messages.show_error(
                    self, exc, self.tr("computing the report"), title=self.tr("Reports")
                )

        def cancelled() -> None:
            if generation == self._generation:
                self._show_tables([])
                self.status.setText(self.tr("Cancelled. Press Recompute (F5) to compute it again."))

        run_with_progress(
            ws.runner,
            self,
            partial(jobs.compute, current.source, ws.factory, program_id, checkpoint, day=day),
            label=self.tr("Computing: {0}…").format(label),
            title=self.tr("Reports"),
            on_success=done,
            on_error=failed,
            on_cancelled=cancelled,
        )

    def _show_result(self, current: ReportChoice, result: jobs.ReportResult) -> None:
        self._set_checkpoints(result.checkpoints, result.checkpoint_id)
        tables = [t for t in result.tables if not current.tables or t.key in current.tables]
        self._show_tables(tables)
        if current.needs_checkpoint and not result.checkpoints:
            self.notes.setText(
                self.tr("This program has no checkpoint yet: nobody was checked in.")
            )

    def _set_checkpoints(
        self, checkpoints: list[jobs.CheckpointChoice], chosen: int | None
    ) -> None:
        self._building = True
        try:
            self.checkpoints = checkpoints
            self.checkpoint_combo.clear()
            for each in checkpoints:
                self.checkpoint_combo.addItem(each.name, each.id)
            index = self.checkpoint_combo.findData(chosen)
            self.checkpoint_combo.setCurrentIndex(max(index, 0))
        finally:
            self._building = False

    def _show_tables(self, tables: list[ReportTable]) -> None:
        self.tables = tables
        self._building = True
        try:
            self.table_combo.clear()
            for table in tables:
                self.table_combo.addItem(table.title, table.key)
        finally:
            self._building = False
        several = len(tables) > 1
        self.table_label.setVisible(several)
        self.table_combo.setVisible(several)
        self._show_table(0)

    def _show_table(self, index: int) -> None:
        table = self.tables[index] if 0 <= index < len(self.tables) else None
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.model.set_table(table)
        self._size_columns()
        self.notes.setText(" ".join(table.notes) if table is not None else "")
        if table is not None and not table.rows:
            self.notes.setText(" ".join((*table.notes, self.tr("The table is empty."))).strip())
        self.chart.show_table(table)
        # A table without a chart takes the whole width; the panel stays to say charts are off.
        self.chart.setVisible(self.chart.view is not None or self.chart.unavailable)
        self.exports.follow()

    def shown_report(self) -> ShownReport | None:
        """What the exports write: the chosen report's tables, named after the one on show."""
        current, table = self.current_choice, self.model.table
        if current is None:
            return None
        day = self.day if current.needs_day else None
        name = table.key if table else current.key
        if day is not None:
            name += f"-{day.isoformat()}"
        return ShownReport(current.source, name, list(self.tables), day)

    def _size_columns(self) -> None:
        """Columns as wide as their content, within reason (a comment must not fill the view)."""
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column), TEXT_COLUMN_MAX))

    # -- the survey's answers -------------------------------------------------------------

    def import_survey(self) -> None:
        """The survey import (the Participants screen's), opened here beside its results."""
        from sakura_desktop.ui.survey.import_dialog import SurveyImportDialog

        ws = self.workspace
        if ws.factory is None or ws.program is None:
            return
        dialog = SurveyImportDialog(ws, ws.factory, ws.program.id, self)
        dialog.imported.connect(lambda _result: self.reload())  # made here: not announced to us
        dialog.finished.connect(dialog.deleteLater)
        self.survey_dialog = dialog
        dialog.open()
