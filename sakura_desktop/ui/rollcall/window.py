"""The emergency roll call window: counts, the unaccounted for (minors first), scan, print, close.

A window of its own, beside the main window, so the coordinator keeps it up while scanning and
searching elsewhere. It re-reads the roll call every two seconds (and when the journal changes)
in a worker, ticks the "unaccounted for" clock every second, takes badge scans itself, prints
the list in one click, and closes the roll call only with a reason while anyone is missing.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop.core.checkin.decision import Tone
from sakura_desktop.core.checkin.desk import CheckinDesk, Clock, ScanResult
from sakura_desktop.core.checkin.live import newest_event_id
from sakura_desktop.core.checkin.rollcall import (
    RollCall,
    RollCallState,
    close_roll_call,
    roll_call_state,
)
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.tasks.runner import ProgressReporter
from sakura_desktop.ui import locale_format as fmt
from sakura_desktop.ui.checkin.dialogs import choose_printer, print_html
from sakura_desktop.ui.checkin.text import decision_label
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.rollcall.model import UnaccountedModel, elapsed_text
from sakura_desktop.ui.rollcall.paper import roll_call_html
from sakura_desktop.ui.workspace import Workspace

REFRESH_MS = 2000
TONE_COLOURS = {Tone.GREEN: "#1e7d32", Tone.AMBER: "#8a5a00", Tone.RED: "#c01818"}


def _load_state(
    factory: SessionFactory,
    program_id: int,
    checkpoint_id: int,
    clock: Clock,
    seen_id: int | None,
    _: ProgressReporter,
) -> tuple[int, RollCallState | None]:
    """The journal's newest event id, and the roll call re-read only when that moved (a full
    read costs seconds for a large program; the poll, a fraction of a millisecond)."""
    newest = newest_event_id(factory, program_id)
    if newest == seen_id:
        return newest, None
    return newest, roll_call_state(factory, checkpoint_id, now=clock)


def _scan(desk: CheckinDesk, checkpoint_id: int, code: str, _: ProgressReporter) -> ScanResult:
    return desk.scan(checkpoint_id, code)


class RollCallWindow(QDialog):
    closed_roll_call = Signal(int)  # checkpoint id

    def __init__(
        self, workspace: Workspace, roll_call: RollCall, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("RollCallWindow")
        self.setWindowTitle(self.tr("{0} — roll call").format(roll_call.name))
        self.setModal(False)
        self.workspace = workspace
        self.roll_call = roll_call
        self.state: RollCallState | None = None
        self._loading = False
        self._seen_id: int | None = None  # the journal's newest event id at the last read
        self._desk: CheckinDesk | None = None
        self.model = UnaccountedModel()
        self._build()
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)
        self._refresh = QTimer(self)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self._poll)
        self._tick.start()
        self._refresh.start()
        workspace.journal_changed.connect(self.reload)
        self.resize(1000, 600)
        self.reload()

    # -- layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("RollCallTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 17pt; font-weight: bold;")
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "background: #fff4ce; color: #3d2f00; padding: 6px; border-radius: 4px;"
        )
        self.notice.hide()
        self.counts = QLabel()
        self.counts.setObjectName("RollCallCounts")
        self.counts.setWordWrap(True)
        self.counts.setStyleSheet("font-size: 14pt;")
        self.scan_field = QLineEdit()
        self.scan_field.setObjectName("RollCallScan")
        self.scan_field.setPlaceholderText(self.tr("Scan a badge here to account for its holder"))
        self.scan_field.returnPressed.connect(self._scan_entered)
        self.scan_result = QLabel()
        self.scan_result.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.print_button = QPushButton(self.tr("&Print list"))
        self.print_button.setToolTip(
            self.tr("Print the unaccounted-for list on the default printer")
        )
        self.print_button.clicked.connect(self.print_list)
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.pdf_button.clicked.connect(self._choose_pdf)
        self.close_button = QPushButton(self.tr("&Close roll call…"))
        self.close_button.setToolTip(
            self.tr("End the roll call; a reason is needed while anyone is missing")
        )
        self.close_button.clicked.connect(self.ask_close)
        hide = QPushButton(self.tr("&Hide"))
        hide.clicked.connect(self.hide)
        for button in (self.print_button, self.pdf_button, self.close_button, hide):
            # A scanner ends every code with Enter: it must never press a button of the dialog.
            button.setAutoDefault(False)
            button.setDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(hide)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.notice)
        layout.addWidget(self.counts)
        layout.addWidget(self.scan_field)
        layout.addWidget(self.scan_result)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        print_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        print_shortcut.activated.connect(self.print_list)
        self._show_title()

    def tell(self, text: str) -> None:
        """A line above the counts, e.g. that another station started this roll call."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # -- reading --------------------------------------------------------------------------------

    def reload(self, force: bool = True) -> None:
        """Re-read the roll call (on the timer: only when the journal moved)."""
        factory, program = self.workspace.factory, self.workspace.program
        if factory is None or program is None or self._loading:
            return
        self._loading = True
        seen = None if force else self._seen_id
        self.workspace.runner.run(
            partial(
                _load_state,
                factory,
                program.id,
                self.roll_call.checkpoint_id,
                self.workspace.clock,
                seen,
            ),
            on_success=self._loaded,
            on_error=self._load_failed,
            title="Reading the roll call",
        )

    def _loaded(self, result: tuple[int, RollCallState | None]) -> None:
        self._loading = False
        self._seen_id, state = result
        if state is None:
            return
        self.state = state
        self.roll_call = state.roll_call
        self.model.set_state(state, self._now())
        self._show_title()
        self._show_counts()

    def _poll(self) -> None:
        self.reload(force=False)

    def _load_failed(self, exc: BaseException) -> None:
        self._loading = False
        self._refresh.stop()  # one message, not one every two seconds
        messages.show_error(self, exc, self.tr("reading the roll call"))

    def _now(self) -> dt.datetime:
        return self.workspace.clock().astimezone(self.roll_call.opened_at.tzinfo)

    def _on_tick(self) -> None:
        self.model.tick(self._now())
        self._show_title()

    def _show_title(self) -> None:
        call = self.roll_call
        if call.is_open:
            since = elapsed_text(self._now() - call.opened_at)
            status = self.tr("open for {0}").format(since)
        else:
            assert call.closed_at is not None
            status = self.tr("closed at {0} by {1}").format(
                fmt.time(call.closed_at), call.closed_by
            )
            if call.close_reason:
                status += self.tr(" ({0})").format(call.close_reason)
        self.title.setText(
            self.tr("{name} — started {time} at {where}, {status}").format(
                name=call.name, time=fmt.time(call.opened_at), where=call.opened_by, status=status
            )
        )
        self.close_button.setEnabled(call.is_open)
        self.scan_field.setEnabled(call.is_open)

    def _show_counts(self) -> None:
        state = self.state
        if state is None:
            return
        missing = len(state.unaccounted)
        minors = sum(1 for item in state.unaccounted if item.minor)
        minor_text = self.tr(" ({0} minors)").format(minors) if minors else ""
        self.counts.setText(
            self.tr(
                "Expected <b>{0}</b> · accounted for <b>{1}</b> · <b>unaccounted for {2}</b>"
            ).format(state.expected, state.accounted, missing)
            + minor_text
            if missing
            else self.tr("Expected <b>{0}</b> · <b>everyone is accounted for</b>").format(
                state.expected
            )
        )

    # -- scanning -------------------------------------------------------------------------------

    def _scan_entered(self) -> None:
        code = self.scan_field.text().strip()
        self.scan_field.clear()
        factory = self.workspace.factory
        program = self.workspace.program
        if not code or factory is None or program is None:
            return
        if self._desk is None:
            settings = self.workspace.settings
            self._desk = CheckinDesk(
                factory,
                program.id,
                station_name=settings.station_name,
                station_uuid=settings.station_uuid,
                clock=self.workspace.clock,
            )
        self.workspace.runner.run(
            partial(_scan, self._desk, self.roll_call.checkpoint_id, code),
            on_success=self._scanned,
            on_error=lambda exc: messages.show_error(self, exc, self.tr("recording the scan")),
            title="Scanning",
        )

    def _scanned(self, result: ScanResult) -> None:
        colour = TONE_COLOURS[result.tone]
        word = decision_label(result.outcome).upper()  # ACCEPTED, ALREADY IN…
        self.scan_result.setText(
            f"<span style='color:{colour}; font-weight:bold'>{word}</span> {result.message}"
        )
        self.reload()

    # -- paper ----------------------------------------------------------------------------------

    def report_html(self) -> str:
        assert self.state is not None
        return roll_call_html(self.state, self._now(), self.workspace.settings.station_name)

    def print_list(self) -> None:
        """One click: the default printer; the print dialog only when there is none."""
        if self.state is None:
            return
        if QPrinterInfo.defaultPrinter().isNull():
            printer = choose_printer(self)
            if printer is None:
                return
        else:
            printer = QPrinter(QPrinterInfo.defaultPrinter(), QPrinter.PrinterMode.HighResolution)
        print_html(printer, self.report_html())

    def save_pdf(self, path: Path) -> Path:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        print_html(printer, self.report_html())
        return path

    def _choose_pdf(self) -> None:
        if self.state is None:
            return
        suggested = f"roll-call-{self.state.as_of:%Y%m%d-%H%M}.pdf"
        folder = Path(self.workspace.settings.last_folder or Path.home())
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the list as PDF"), str(folder / suggested), self.tr("PDF (*.pdf)")
        )
        if name:
            self.save_pdf(Path(name))

    # -- closing --------------------------------------------------------------------------------

    def ask_close(self) -> None:
        state = self.state
        if state is None or not self.roll_call.is_open:
            return
        reason = ""
        if state.unaccounted:
            reason, ok = QInputDialog.getMultiLineText(
                self,
                self.tr("Close the roll call"),
                self.tr(
                    "{0} people are still unaccounted for. Why are you closing "
                    "the roll call? (This is kept in the journal.)"
                ).format(len(state.unaccounted)),
            )
            if not ok:
                return
        elif (
            messages.choose(
                self,
                self.tr("Close the roll call"),
                self.tr("Everyone is accounted for."),
                [self.tr("Close")],
            )
            is None
        ):
            return
        self.close_with(reason)

    def close_with(self, reason: str) -> None:
        factory = self.workspace.factory
        if factory is None:
            return
        settings = self.workspace.settings
        self.workspace.runner.run(
            partial(
                _close,
                factory,
                self.roll_call.checkpoint_id,
                reason,
                settings.station_name,
                settings.station_uuid,
                self.workspace.clock,
            ),
            on_success=self._closed,
            on_error=lambda exc: messages.show_error(self, exc, self.tr("closing the roll call")),
            title="Closing the roll call",
        )

    def _closed(self, call: RollCall) -> None:
        self.roll_call = call
        self._show_title()
        self.closed_roll_call.emit(call.checkpoint_id)
        self.workspace.journal_changed.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window only hides it: the roll call stays open until closed on purpose.
        self.hide()
        event.ignore()

    def stop(self) -> None:
        self._tick.stop()
        self._refresh.stop()


def _close(
    factory: SessionFactory,
    checkpoint_id: int,
    reason: str,
    station_name: str,
    station_uuid: str,
    clock: Clock,
    _: ProgressReporter,
) -> RollCall:
    return close_roll_call(
        factory,
        checkpoint_id,
        reason=reason,
        station_name=station_name,
        station_uuid=station_uuid,
        now=clock,
    )
