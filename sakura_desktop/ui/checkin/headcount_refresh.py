"""The Check-in screen's bottom row and keeping its head count fresh.

Holds the bottom row (last scans, the head count with the missing list, the camera), the
off-thread reload of the head count and the last scans for the chosen checkpoint (merging the
scans made while it was loading), and the missing-list actions (export, print, where is
everyone). It is separate from the page because the reload has its own race rules (generations,
scans made mid-load) that nothing else needs to know.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtMultimedia import QCameraDevice
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop.core.checkin.service import (
    Headcount,
    ScanLine,
    Whereabouts,
    headcount,
    recent_scans,
    where_is_everyone,
)
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.errors import UserError
from sakura_desktop.tasks import ProgressReporter
from sakura_desktop.ui.checkin import dialogs
from sakura_desktop.ui.checkin.camera import CameraPanel, Decoder
from sakura_desktop.ui.checkin.headcount_panel import HeadcountPanel
from sakura_desktop.ui.checkin.missing_list import report_html, suggested_file_name, write_csv
from sakura_desktop.ui.checkin.models import RecentScansModel
from sakura_desktop.ui.checkin.page_base import CheckinPageBase
from sakura_desktop.ui.dialogs import messages


@dataclass(frozen=True)
class CheckpointState:
    """What a checkpoint change (or the periodic refresh) loads in one task."""

    checkpoint_id: int
    headcount: Headcount
    recent: list[ScanLine]


def _load_state(
    factory: SessionFactory, checkpoint_id: int, _progress: ProgressReporter
) -> CheckpointState:
    return CheckpointState(
        checkpoint_id,
        headcount(factory, checkpoint_id),
        recent_scans(factory, checkpoint_id, RecentScansModel.LIMIT),
    )


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
        camera_devices: Callable[[], list[QCameraDevice]],
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
        for column, sample in ((0, "00:00:00"), (2, "Not expected"), (3, "Door 1")):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 16)
        recent.setMinimumWidth(330)
        recent_layout = QVBoxLayout(recent)
        recent_layout.setContentsMargins(0, 0, 0, 0)
        recent_layout.setSpacing(6)
        title = QLabel("Last scans")
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
        title = QLabel("Camera")
        title.setObjectName("SectionTitle")
        camera_layout.addWidget(title)
        camera_layout.addWidget(self.camera, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("checkinSplitter")
        splitter.setChildrenCollapsible(False)
        for widget, stretch in ((recent, 5), (self.headcount_panel, 7), (camera_box, 3)):
            splitter.addWidget(widget)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        return splitter

    # --- head count and recent scans ----------------------------------------------------------

    def reload_state(self) -> None:
        """Reload the head count, the missing list and the last scans (off the GUI thread)."""
        factory, info = self.workspace.factory, self.checkpoint
        if factory is None or info is None or self._loading_state:
            return
        self._loading_state = True
        self._entries_since_load = []
        self._scans_since_load = []
        generation = self._generation

        def loaded(state: CheckpointState) -> None:
            self._loading_state = False
            if generation != self._generation or self.checkpoint is None:
                return
            if state.checkpoint_id != self.checkpoint.id:
                self.reload_state()  # the checkpoint changed while loading
                return
            self.headcount_panel.show_headcount(state.headcount)
            for participant_id in self._entries_since_load:
                self.headcount_panel.reapply_entry(participant_id)
            known = {line.event_uuid for line in state.recent}
            newer = [line for line in self._scans_since_load if line.event_uuid not in known]
            self.recent_model.set_rows([*reversed(newer), *state.recent])

        def failed(exc: BaseException) -> None:
            self._loading_state = False
            if generation == self._generation:
                self.note_label.setText(messages.describe(exc, "counting heads"))

        self.workspace.runner.run(
            partial(_load_state, factory, info.id),
            on_success=loaded,
            on_error=failed,
            title="Counting heads",
        )

    def _reload_soon(self) -> None:
        if self._loading_state:
            QTimer.singleShot(200, self.reload_state)
        else:
            self.reload_state()

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
                self, UserError(f"Could not write {path}: {exc.strerror or exc}"), "exporting"
            )
            self.refocus()
            return
        self.workspace.settings.last_folder = str(path.parent)
        count = len(report.missing)
        self.note_label.setText(f"Missing list ({count} people) saved to {path}.")

    def print_missing(self) -> None:
        report = self.headcount_panel.report(self.workspace.settings.station_name)
        if report is None:
            return
        printer = dialogs.choose_printer(self)
        self.refocus()
        if printer is None:
            return
        dialogs.print_html(printer, report_html(report))
        self.note_label.setText(f"Missing list ({len(report.missing)} people) sent to the printer.")

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
            on_error=lambda exc: messages.show_error(self, exc, "finding everyone"),
            title="Where is everyone",
        )
