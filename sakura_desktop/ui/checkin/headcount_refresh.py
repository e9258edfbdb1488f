"""The Check-in screen's bottom row and keeping its head count fresh.

Holds the bottom row (last scans, the head count with the missing list, the camera), showing
what `LiveRefresh` loads and then follows (the head count and the last scans of the chosen
checkpoint, merged with the scans made while a load or poll was in flight), and the missing-list
actions (export, print, where is everyone).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop.core.checkin.live import LiveView
from sakura_desktop.core.checkin.service import Whereabouts, where_is_everyone
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.errors import UserError
from sakura_desktop.tasks import ProgressReporter
from sakura_desktop.ui.checkin import dialogs
from sakura_desktop.ui.checkin.camera import CameraDevices, CameraPanel, Decoder
from sakura_desktop.ui.checkin.headcount_panel import HeadcountPanel
from sakura_desktop.ui.checkin.missing_list import report_html, suggested_file_name, write_csv
from sakura_desktop.ui.checkin.models import RecentScansModel
from sakura_desktop.ui.checkin.page_base import CheckinPageBase
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.i18n import translate


def _where(
    factory: SessionFactory, program_id: int, _progress: ProgressReporter
) -> list[Whereabouts]:
    return where_is_everyone(factory, program_id)


class HeadcountRefreshMixin(CheckinPageBase):
    """The bottom row of `CheckinPage` and the reload of its head count and last scans."""

    def _build_bottom(
        self,
        decoder: Decoder,
        debounce_clock: Callable[[], float],
        camera_devices: CameraDevices,
    ) -> QSplitter:
        self.recent_model = RecentScansModel(parent=self)
        self.recent_view = QTableView()
        self.recent_view.setObjectName("recentScans")
        self.recent_view.setModel(self.recent_model)
        self.recent_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.recent_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recent_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recent_view.setShowGrid(False)
        self.recent_view.setWordWrap(False)
        self.recent_view.verticalHeader().setVisible(False)
        self.recent_view.verticalHeader().setDefaultSectionSize(24)
        recent = QWidget()
        # The Name column takes all the free width; the others stay as narrow as their content
        # usually is (a longer decision or station name is elided; the columns can be widened).
        self.recent_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.recent_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        metrics = self.recent_view.fontMetrics()
        for column, sample in (
            (0, "00:00:00"),
            (2, translate("CheckinDecision", "Not expected")),
            (3, "Door 1"),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 16)
        recent.setMinimumWidth(160)  # a table: its cells elide; the window may be 960 wide
        recent_layout = QVBoxLayout(recent)
        recent_layout.setContentsMargins(0, 0, 0, 0)
        recent_layout.setSpacing(6)
        title = QLabel(translate("CheckinPage", "Last scans"))
        title.setObjectName("SectionTitle")
        recent_layout.addWidget(title)
        recent_layout.addWidget(self.recent_view, 1)

        self.headcount_panel = HeadcountPanel()
        self.headcount_panel.export_button.clicked.connect(self.export_missing)
        self.headcount_panel.print_button.clicked.connect(self.print_missing)
        self.headcount_panel.where_button.clicked.connect(self.show_where_is_everyone)

        self.camera = CameraPanel(
            decoder=decoder, debounce_clock=debounce_clock, devices=camera_devices
        )
        self.camera.code_read.connect(self.scan_camera_code)
        self.camera.running_changed.connect(lambda _running: self.refocus())
        camera_box = QWidget()
        camera_layout = QVBoxLayout(camera_box)
        camera_layout.setContentsMargins(0, 0, 0, 0)
        camera_layout.setSpacing(6)
        title = QLabel(translate("CheckinPage", "Camera"))
        title.setObjectName("SectionTitle")
        camera_layout.addWidget(title)
        camera_layout.addWidget(self.camera, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("checkinSplitter")
        splitter.setChildrenCollapsible(False)
        for widget, stretch in ((recent, 5), (self.headcount_panel, 7), (camera_box, 3)):
            splitter.addWidget(widget)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        # Start from these shares (Last scans keeps room for its names) rather than from the
        # minimum widths, which are small so a 960-pixel window (200 %) still fits.
        splitter.setSizes([330, 420, 200])
        return splitter

    # --- head count and recent scans ----------------------------------------------------------

    def reload_state(self) -> None:
        """Reload the head count, the missing list and the last scans in full (off the GUI
        thread); then `live` follows the journal's new events every second."""
        ws, info = self.workspace, self.checkpoint
        if ws.factory is None or ws.program is None or info is None:
            self.live.stop()
            return
        self.live.follow(ws.factory, ws.program.id, info.id)

    def _live_started(self) -> None:
        """A load or a poll left for a worker: remember this screen's own scans from now on,
        as the result may predate them."""
        self._loading_state = True
        self._entries_since_load = []
        self._scans_since_load = []

    def _show_live(self, view: LiveView) -> None:
        self._loading_state = False
        if self.checkpoint is None or view.headcount.checkpoint.id != self.checkpoint.id:
            return
        self.headcount_panel.show_headcount(view.headcount)
        for participant_id in self._entries_since_load:
            self.headcount_panel.reapply_entry(participant_id)
        known = {line.event_uuid for line in view.recent}
        newer = [line for line in self._scans_since_load if line.event_uuid not in known]
        self.recent_model.set_rows([*reversed(newer), *view.recent])

    def _live_failed(self, exc: BaseException) -> None:
        self._loading_state = False
        self.note_label.setText(messages.describe(exc, translate("CheckinPage", "counting heads")))

    def _live_finished(self) -> None:
        if not self.live.busy:
            self._loading_state = False

    def _reload_soon(self) -> None:
        """Something only a re-read can tell (a check-out, an undo): the next poll reads it."""
        self.live.poll()

    # --- missing list, where is everyone ------------------------------------------------------

    def export_missing(self) -> None:
        report = self.headcount_panel.report(self.workspace.settings.station_name)
        if report is None:
            return
        folder = self.workspace.settings.last_folder or str(Path.home())
        path = dialogs.choose_csv_path(self, str(Path(folder) / suggested_file_name(report)))
        self.refocus()
        if path is None:
            return
        try:
            write_csv(report, path)
        except OSError as exc:
            messages.show_error(
                self,
                UserError(
                    translate("CheckinPage", "Could not write {0}: {1}").format(
                        path, exc.strerror or exc
                    )
                ),
                translate("CheckinPage", "exporting"),
            )
            self.refocus()
            return
        self.workspace.settings.last_folder = str(path.parent)
        count = len(report.missing)
        self.note_label.setText(
            translate("CheckinPage", "Missing list ({0} people) saved to {1}.").format(count, path)
        )

    def print_missing(self) -> None:
        report = self.headcount_panel.report(self.workspace.settings.station_name)
        if report is None:
            return
        printer = dialogs.choose_printer(self)
        self.refocus()
        if printer is None:
            return
        dialogs.print_html(printer, report_html(report))
        self.note_label.setText(
            translate("CheckinPage", "Missing list ({0} people) sent to the printer.").format(
                len(report.missing)
            )
        )

    def show_where_is_everyone(self) -> None:
        ws = self.workspace
        if ws.factory is None or ws.program is None:
            return

        def loaded(rows: list[Whereabouts]) -> None:
            dialog = dialogs.WhereIsEveryoneDialog(rows, self)
            dialogs.exec_dialog(dialog)
            dialog.deleteLater()
            self.refocus()

        ws.runner.run(
            partial(_where, ws.factory, ws.program.id),
            on_success=loaded,
            on_error=lambda exc: messages.show_error(
                self, exc, translate("CheckinPage", "finding everyone")
            ),
            title="Where is everyone",
        )
