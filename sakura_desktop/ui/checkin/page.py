"""The Check-in screen: scanner, camera and name search in; a big coloured answer out.

Layout, top to bottom: the checkpoint chooser with "New roll call…", the entry/exit toggle,
the operator and the mute switch; the always-focused scanner input (with the name matches under
it while typing); the full-width result panel; then the last scans (with Undo), the head count
with the missing list, and the camera.

Every database touch is a core use case run through the task runner: scans, manual check-ins,
undo and name searches one after another through a `DeskQueue` over one `CheckinDesk`; the
checkpoint list, the head count and the recent scans as ordinary tasks. Only frozen dataclasses
come back. Nothing here decides anything: the desk's `ScanResult` says what to show.
"""

from __future__ import annotations

import datetime as dt
import getpass
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtMultimedia import QCameraDevice, QMediaDevices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop.core.checkin.checkpoints import (
    CheckpointInfo,
    create_roll_call,
    ensure_checkpoints,
)
from sakura_desktop.core.checkin.decision import Tone
from sakura_desktop.core.checkin.decode import decode_qr
from sakura_desktop.core.checkin.people import PersonCard
from sakura_desktop.core.checkin.service import (
    CheckinDesk,
    Headcount,
    ScanLine,
    ScanResult,
    UndoResult,
    Whereabouts,
    headcount,
    recent_scans,
    where_is_everyone,
)
from sakura_desktop.core.timeutil import local
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import CheckpointKind, Direction, ScanMethod
from sakura_desktop.errors import UserError
from sakura_desktop.tasks import ProgressReporter
from sakura_desktop.ui.checkin import dialogs
from sakura_desktop.ui.checkin.camera import CameraPanel, Decoder
from sakura_desktop.ui.checkin.desk_queue import DeskQueue
from sakura_desktop.ui.checkin.headcount_panel import HeadcountPanel
from sakura_desktop.ui.checkin.missing_list import report_html, suggested_file_name, write_csv
from sakura_desktop.ui.checkin.models import RecentScansModel, SearchResultsModel
from sakura_desktop.ui.checkin.result_panel import CLEAR_AFTER_MS, ResultPanel
from sakura_desktop.ui.checkin.sound import ToneSounds
from sakura_desktop.ui.checkin.text import ResultView, result_view, undo_view
from sakura_desktop.ui.checkin.wedge import ScanInput
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.fonts import ensure_app_fonts, name_font
from sakura_desktop.ui.widgets.screen_page import ScreenPage
from sakura_desktop.ui.workspace import Workspace

log = logging.getLogger(__name__)

HEADCOUNT_INTERVAL_MS = 30_000
SEARCH_DELAY_MS = 120
SEARCH_ROWS = 6
# A hand-typed badge code (no spaces, long, our version prefix) is scanned, not searched.
TYPED_CODE_MIN = 20


# Vertical shares of the result panel and of the bottom row (last scans, head count, camera).
RESULT_STRETCH = 3
BOTTOM_STRETCH = 5


def _default_operator() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers, odd Windows set-ups)
        return ""


@dataclass(frozen=True)
class CheckpointState:
    """What a checkpoint change (or the periodic refresh) loads in one task."""

    checkpoint_id: int
    headcount: Headcount
    recent: list[ScanLine]


def _load_checkpoints(
    factory: SessionFactory, program_id: int, _progress: ProgressReporter
) -> list[CheckpointInfo]:
    return ensure_checkpoints(factory, program_id)


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


def _new_roll_call(
    factory: SessionFactory, program_id: int, name: str, _progress: ProgressReporter
) -> CheckpointInfo:
    return create_roll_call(factory, program_id, name)


def looks_like_code(text: str) -> bool:
    """A badge code typed by hand (or pasted): one long word of letters and digits."""
    text = text.strip()
    return len(text) >= TYPED_CODE_MIN and text.isalnum() and text.isascii()


def default_checkpoint(checkpoints: list[CheckpointInfo], now: dt.datetime) -> CheckpointInfo:
    """The session starting soonest around `now` (from 30 min before its start, same day),
    else the arrival checkpoint (the first)."""
    soon = now + dt.timedelta(minutes=30)
    started = [
        info
        for info in checkpoints
        if info.starts is not None and info.starts <= soon and info.starts.date() == now.date()
    ]
    if started:
        return max(started, key=lambda info: info.starts or now)
    return checkpoints[0]


class CheckinPage(ScreenPage):
    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        key_clock: Callable[[], float] = time.monotonic,
        debounce_clock: Callable[[], float] = time.monotonic,
        decoder: Decoder = decode_qr,
        camera_devices: Callable[[], list[QCameraDevice]] = QMediaDevices.videoInputs,
        clear_after_ms: int = CLEAR_AFTER_MS,
        headcount_interval_ms: int = HEADCOUNT_INTERVAL_MS,
        search_delay_ms: int = SEARCH_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        ensure_app_fonts()
        self.setObjectName("CheckinPage")
        self.workspace = workspace
        self.queue = DeskQueue(workspace.runner)
        self.desk: CheckinDesk | None = None
        self.checkpoints: list[CheckpointInfo] = []
        self.checkpoint: CheckpointInfo | None = None
        self.last_result: ScanResult | None = None
        self._chosen: dict[int, int] = {}  # program id -> checkpoint id chosen by the user
        self._generation = 0  # bumps when the database, the program or the checkpoint changes
        self._loading_state = False
        self._entries_since_load: list[int] = []
        self._scans_since_load: list[ScanLine] = []
        self._searched = ""
        self.sounds = ToneSounds(self)

        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(8)
        layout.addLayout(self._build_top_bar())
        layout.addLayout(self._build_input_row(key_clock))
        layout.addWidget(self.search_view)
        layout.addWidget(self.search_note)
        self.result_panel = ResultPanel(clear_after_ms=clear_after_ms)
        # The bottom row (last scans, the missing list) gets the larger share: at the default
        # window size the result panel keeps its big name and the missing list shows ~8 rows.
        layout.addWidget(self.result_panel, RESULT_STRETCH)
        layout.addWidget(
            self._build_bottom(decoder, debounce_clock, camera_devices), BOTTOM_STRETCH
        )
        self.note_label = QLabel()
        self.note_label.setObjectName("Note")
        self.note_label.setWordWrap(True)
        layout.addWidget(self.note_label)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(search_delay_ms)
        self.search_timer.timeout.connect(self.run_search)
        self.headcount_timer = QTimer(self)
        self.headcount_timer.setInterval(headcount_interval_ms)
        self.headcount_timer.timeout.connect(self.reload_state)

        undo_shortcut = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo_shortcut.activated.connect(self.undo_last)
        refresh_shortcut = QShortcut(QKeySequence.StandardKey.Refresh, self)
        refresh_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh_shortcut.activated.connect(self.reload_state)

        workspace.database_changed.connect(self.refresh)
        workspace.program_changed.connect(self.refresh)
        workspace.settings_changed.connect(self._station_changed)
        self.refresh()

    # --- building -----------------------------------------------------------------------------

    def _build_top_bar(self) -> QHBoxLayout:
        self.checkpoint_combo = QComboBox()
        self.checkpoint_combo.setObjectName("checkpointChooser")
        self.checkpoint_combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.checkpoint_combo.setMinimumContentsLength(28)
        self.checkpoint_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.checkpoint_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.checkpoint_combo.activated.connect(self._checkpoint_picked)
        self.roll_call_button = QPushButton("New roll call…")
        self.roll_call_button.setObjectName("newRollCall")
        self.roll_call_button.clicked.connect(self.new_roll_call)

        self.entry_button = QPushButton("Entry")
        self.entry_button.setObjectName("directionIn")
        self.exit_button = QPushButton("Exit")
        self.exit_button.setObjectName("directionOut")
        self.direction_group = QButtonGroup(self)
        self.direction_group.setExclusive(True)
        for button in (self.entry_button, self.exit_button):
            button.setCheckable(True)
            self.direction_group.addButton(button)
        self.entry_button.setChecked(True)
        self.direction_group.buttonClicked.connect(lambda _button: self.refocus())

        self.station_label = QLabel()
        self.station_label.setObjectName("Note")
        self.operator_edit = QLineEdit(_default_operator())
        self.operator_edit.setObjectName("operatorName")
        self.operator_edit.setPlaceholderText("Operator")
        self.operator_edit.setToolTip("Who is scanning at this station (kept with each scan)")
        self.operator_edit.setMaximumWidth(140)
        self.operator_edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.operator_edit.editingFinished.connect(self._operator_changed)
        self.mute_button = QPushButton("Sound on")
        self.mute_button.setObjectName("muteToggle")
        self.mute_button.setCheckable(True)
        self.mute_button.toggled.connect(self.set_muted)

        for button in (
            self.roll_call_button,
            self.entry_button,
            self.exit_button,
            self.mute_button,
        ):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        label = QLabel("Checkpoint:")
        label.setObjectName("SectionTitle")
        bar.addWidget(label)
        bar.addWidget(self.checkpoint_combo, 1)
        bar.addWidget(self.roll_call_button)
        bar.addSpacing(12)
        bar.addWidget(self.entry_button)
        bar.addWidget(self.exit_button)
        bar.addSpacing(12)
        bar.addWidget(self.station_label)
        operator_label = QLabel("Operator:")
        operator_label.setBuddy(self.operator_edit)
        bar.addWidget(operator_label)
        bar.addWidget(self.operator_edit)
        bar.addWidget(self.mute_button)
        return bar

    def _build_input_row(self, key_clock: Callable[[], float]) -> QHBoxLayout:
        self.input = ScanInput(key_clock)
        self.input.setObjectName("scanInput")
        self.input.setPlaceholderText("Scan a badge — or type a name and press Enter")
        font = name_font(20, base=self.input.font())
        self.input.setFont(font)
        self.input.setMinimumHeight(52)
        self.input.setClearButtonEnabled(True)
        self.input.code_scanned.connect(self.scan_code)
        self.input.submitted.connect(self._submitted)
        self.input.textEdited.connect(self._text_edited)
        self.input.navigate.connect(self._navigate)
        self.input.escaped.connect(self.hide_search)

        self.undo_button = QPushButton("Undo last scan")
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setMinimumHeight(52)
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_button.setEnabled(False)
        self.undo_button.setToolTip("Void the last scan of this station (Ctrl+Z)")
        self.undo_button.clicked.connect(self.undo_last)

        self.search_model = SearchResultsModel(self)
        self.search_view = QListView()
        self.search_view.setObjectName("searchResults")
        self.search_view.setModel(self.search_model)
        self.search_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.search_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.search_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.search_view.setUniformItemSizes(True)
        self.search_view.doubleClicked.connect(lambda index: self.check_in_row(index.row()))
        self.search_view.hide()
        self.search_note = QLabel()
        self.search_note.setObjectName("Note")
        self.search_note.hide()

        row = QHBoxLayout()
        row.addWidget(self.input, 1)
        row.addWidget(self.undo_button)
        return row

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

    # --- focus --------------------------------------------------------------------------------

    def refocus(self) -> None:
        """Give the keyboard back to the scanner input (after a click, a dialog, a scan)."""
        if self.stack.currentWidget() is self.content and self.input.isEnabled():
            self.input.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.sounds.preload()
        if self.checkpoint is not None:
            self.reload_checkpoints()  # the schedule may have grown meanwhile
        QTimer.singleShot(0, self.refocus)

    def hideEvent(self, event: QHideEvent) -> None:
        """Another screen: the camera goes off and the periodic head count pauses (both come
        back, fresh, when this screen is shown again)."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if not event.spontaneous():  # not merely the window being minimised
            self.camera.stop()
            self.headcount_timer.stop()
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A click anywhere on this screen (but the operator field) returns focus to the input:
        otherwise a click on the sidebar would send the next scan to it."""
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(watched, QWidget)
            and watched.window() is self.window()
            and (watched is self or self.isAncestorOf(watched))
            and watched is not self.operator_edit
        ):
            QTimer.singleShot(0, self.refocus)
        return False

    # --- workspace ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show what fits the workspace now: a message, or the check-in of the chosen program."""
        ws = self.workspace
        self._generation += 1
        self.queue.reset()
        self.desk = None
        self.last_result = None
        self.undo_button.setEnabled(False)
        self.headcount_timer.stop()
        self.camera.stop()
        self._update_station_label()
        if ws.factory is None:
            self._show_empty(
                "No database is open",
                "Open a database (File > Open database) to check people in.",
            )
            return
        if ws.program is None:
            self._show_empty(
                "No program chosen" if ws.programs_loaded else "Loading…",
                "Choose or create a program: check-in works on the chosen program's people "
                "and checkpoints."
                if ws.programs_loaded
                else "Reading the database.",
            )
            return
        self.desk = self._new_desk()
        self.result_panel.clear()
        self.recent_model.set_rows([])
        self.headcount_panel.clear()
        self.show_content()
        self.reload_checkpoints()
        self.refocus()

    def _show_empty(self, title: str, body: str) -> None:
        self.checkpoints, self.checkpoint = [], None
        self.checkpoint_combo.clear()
        self.show_message(title, body)

    def _new_desk(self) -> CheckinDesk | None:
        ws = self.workspace
        if ws.factory is None or ws.program is None:
            return None
        try:
            return CheckinDesk(
                ws.factory,
                ws.program.id,
                station_name=ws.settings.station_name,
                operator=self.operator_edit.text(),
            )
        except UserError as exc:  # no station name
            self.note_label.setText(str(exc))
            return None

    def _update_station_label(self) -> None:
        self.station_label.setText(f"Station: {self.workspace.settings.station_name}")

    def _station_changed(self) -> None:
        self._update_station_label()
        if self.workspace.program is not None:
            self.desk = self._new_desk()

    def _operator_changed(self) -> None:
        if self.desk is not None and self.desk.operator != self.operator_edit.text().strip():
            self.desk = self._new_desk()
        self.refocus()

    def set_muted(self, muted: bool) -> None:
        self.sounds.set_muted(muted)
        self.mute_button.setChecked(muted)
        self.mute_button.setText("Muted" if muted else "Sound on")
        self.refocus()

    # --- checkpoints --------------------------------------------------------------------------

    def reload_checkpoints(self, select_id: int | None = None) -> None:
        ws = self.workspace
        if ws.factory is None or ws.program is None:
            return
        generation = self._generation
        program_id = ws.program.id

        def loaded(infos: list[CheckpointInfo]) -> None:
            if generation == self._generation:
                self._set_checkpoints(program_id, infos, select_id)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.note_label.setText(messages.describe(exc, "loading the checkpoints"))

        if self.desk is not None:
            desk = self.desk
            self.queue.submit(desk.refresh, lambda _r: None, lambda _e: None, kind="refresh")
        ws.runner.run(
            partial(_load_checkpoints, ws.factory, program_id),
            on_success=loaded,
            on_error=failed,
            title="Loading checkpoints",
        )

    def _set_checkpoints(
        self, program_id: int, infos: list[CheckpointInfo], select_id: int | None
    ) -> None:
        self.checkpoints = infos
        wanted = select_id or (self.checkpoint.id if self.checkpoint else None)
        wanted = wanted or self._chosen.get(program_id)
        chosen = next((info for info in infos if info.id == wanted), None)
        if chosen is None and infos:
            now = self.workspace.clock()
            timezone = self.workspace.program.timezone if self.workspace.program else "UTC"
            chosen = default_checkpoint(infos, local(now, timezone))
        self.checkpoint_combo.blockSignals(True)
        self.checkpoint_combo.clear()
        for info in infos:
            label = info.name
            if info.kind is CheckpointKind.ROLL_CALL:
                label = f"Roll call: {label}"
            self.checkpoint_combo.addItem(label, info.id)
        if chosen is not None:
            self.checkpoint_combo.setCurrentIndex(infos.index(chosen))
        self.checkpoint_combo.blockSignals(False)
        if chosen is not None and select_id is not None:
            self._chosen[program_id] = chosen.id
        self._use_checkpoint(chosen)

    def _checkpoint_picked(self, index: int) -> None:
        if 0 <= index < len(self.checkpoints):
            info = self.checkpoints[index]
            if self.workspace.program is not None:
                self._chosen[self.workspace.program.id] = info.id
            self._use_checkpoint(info)
        self.refocus()

    def select_checkpoint(self, checkpoint_id: int) -> None:
        """Choose a checkpoint as the user would in the combo box."""
        for index, info in enumerate(self.checkpoints):
            if info.id == checkpoint_id:
                self.checkpoint_combo.setCurrentIndex(index)
                self._checkpoint_picked(index)
                return
        raise KeyError(checkpoint_id)

    def _use_checkpoint(self, info: CheckpointInfo | None) -> None:
        changed = (info.id if info else None) != (self.checkpoint.id if self.checkpoint else None)
        self.checkpoint = info
        allows_exit = info is not None and info.allows_exit
        self.exit_button.setEnabled(allows_exit)
        self.exit_button.setToolTip(
            "" if allows_exit else "This checkpoint records entries only (a bus allows exits)."
        )
        if changed or not allows_exit:
            self.entry_button.setChecked(True)
        if changed:
            self.last_result = None
            self.undo_button.setEnabled(False)
            self.recent_model.set_rows([])
            self.headcount_panel.clear()
        self.reload_state()
        self.headcount_timer.start()

    @property
    def direction(self) -> Direction:
        return Direction.OUT if self.exit_button.isChecked() else Direction.IN

    def set_direction(self, direction: Direction) -> None:
        button = self.exit_button if direction is Direction.OUT else self.entry_button
        if button.isEnabled():
            button.setChecked(True)

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

    # --- scanning -----------------------------------------------------------------------------

    def scan_code(self, code: str) -> None:
        """A code from the scanner."""
        self.hide_search()
        self._scan(code, ScanMethod.SCANNER)

    def scan_camera_code(self, code: str) -> None:
        self._scan(code, ScanMethod.CAMERA)

    def _scan(self, code: str, method: ScanMethod) -> None:
        desk, info = self.desk, self.checkpoint
        if desk is None or info is None:
            self._show_problem("Not ready to scan: choose a program and a checkpoint first.")
            return
        direction = self.direction
        self.queue.submit(
            partial(desk.scan, info.id, code, method=method, direction=direction),
            lambda result: self._show_result(result, desk, code),
            self._scan_failed,
            title="Checking a badge",
            kind="scan",
        )

    def check_in_person(self, person: PersonCard) -> None:
        """A manual check-in of a person picked from the name search."""
        desk, info = self.desk, self.checkpoint
        self.input.clear()
        self.hide_search()
        if desk is None or info is None:
            self._show_problem("Not ready to check in: choose a program and a checkpoint first.")
            return
        self.queue.submit(
            partial(desk.check_in, info.id, person.participant_id, direction=self.direction),
            lambda result: self._show_result(result, desk, ""),
            self._scan_failed,
            title="Checking in by name",
            kind="scan",
        )

    def check_in_row(self, row: int) -> None:
        if 0 <= row < self.search_model.rowCount():
            self.check_in_person(self.search_model.person_at(row))
        self.refocus()

    def _show_result(self, result: ScanResult, desk: CheckinDesk, code: str) -> None:
        self.show_view(result_view(result))
        self.sounds.play(result.tone)
        self.last_result = result
        self.undo_button.setEnabled(True)
        if self.checkpoint is None or result.checkpoint_id != self.checkpoint.id:
            return
        line = ScanLine(
            event_uuid=result.event_uuid,
            occurred_at=result.occurred_at,
            outcome=result.outcome,
            direction=result.direction,
            method=result.method,
            station=desk.station_name,
            operator=desk.operator,
            person_name=result.person.display_name if result.person else code.strip()[:60],
            participant_id=result.person.participant_id if result.person else None,
            voided=False,
        )
        self.recent_model.prepend(line)
        if self._loading_state:
            self._scans_since_load.append(line)
        if not self.headcount_panel.apply_scan(result):
            self._reload_soon()
        elif (
            self._loading_state
            and result.person is not None
            and result.changes_presence
            and result.direction is Direction.IN
        ):
            self._entries_since_load.append(result.person.participant_id)

    def _reload_soon(self) -> None:
        if self._loading_state:
            QTimer.singleShot(200, self.reload_state)
        else:
            self.reload_state()

    def _scan_failed(self, exc: BaseException) -> None:
        self._show_problem(messages.describe(exc, "checking the badge"))

    def _show_problem(self, text: str) -> None:
        self.show_view(ResultView(Tone.RED, "Not recorded", message=text))
        self.sounds.play(Tone.RED)

    def show_view(self, view: ResultView) -> None:
        self.result_panel.show_view(view)

    # --- undo ---------------------------------------------------------------------------------

    def undo_last(self) -> None:
        result, desk = self.last_result, self.desk
        if result is None or desk is None:
            return
        self.last_result = None
        self.undo_button.setEnabled(False)
        self.queue.submit(
            partial(desk.undo, result.event_uuid),
            self._undone,
            lambda exc: self._show_problem(messages.describe(exc, "undoing the scan")),
            title="Undoing the scan",
            kind="undo",
        )
        self.refocus()

    def _undone(self, result: UndoResult) -> None:
        self.show_view(undo_view(result))
        self.recent_model.mark_voided(result.voided_uuid)
        if self.checkpoint is not None and result.checkpoint_id == self.checkpoint.id:
            self._reload_soon()

    # --- name search --------------------------------------------------------------------------

    def _text_edited(self, text: str) -> None:
        if not text.strip():
            self.search_timer.stop()
            self.hide_search()
            return
        self.search_timer.start()

    def run_search(self) -> None:
        """Search names for the text in the input (the search timer calls this)."""
        self.search_timer.stop()
        desk, text = self.desk, self.input.text().strip()
        if desk is None or not text:
            self.hide_search()
            return

        def found(people: list[PersonCard]) -> None:
            if self.input.text().strip() == text:
                self._show_matches(text, people)

        self.queue.submit(
            partial(desk.search_people, text, 30),
            found,
            lambda exc: self.search_note.setText(messages.describe(exc, "searching names")),
            title="Searching names",
            kind="search",
            replace=True,
        )

    def _show_matches(self, text: str, people: list[PersonCard]) -> None:
        self._searched = text
        self.search_model.set_people(people)
        if people:
            row_height = max(self.search_view.sizeHintForRow(0), 24)
            rows = min(len(people), SEARCH_ROWS)
            self.search_view.setFixedHeight(row_height * rows + 6)
            self.search_view.setCurrentIndex(self.search_model.index(0, 0))
            self.search_view.show()
            more = f" (showing the first {len(people)})" if len(people) >= 30 else ""
            self.search_note.setText(
                f"{len(people)} match{'es' if len(people) != 1 else ''}{more}: ↑ ↓ to choose, "
                "Enter to check in, Esc to clear."
            )
        else:
            self.search_view.hide()
            self.search_note.setText(f"Nobody's name matches “{text}”.")
        self.search_note.show()

    def hide_search(self) -> None:
        self._searched = ""
        self.search_model.set_people([])
        self.search_view.hide()
        self.search_note.hide()

    def _navigate(self, key: int) -> None:
        count = self.search_model.rowCount()
        if not count or not self.search_view.isVisible():
            return
        row = self.search_view.currentIndex().row()
        step = {
            int(Qt.Key.Key_Up): -1,
            int(Qt.Key.Key_Down): 1,
            int(Qt.Key.Key_PageUp): -SEARCH_ROWS,
            int(Qt.Key.Key_PageDown): SEARCH_ROWS,
        }[key]
        row = min(max(row + step, 0), count - 1)
        self.search_view.setCurrentIndex(self.search_model.index(row, 0))

    def _submitted(self, text: str) -> None:
        """Enter without a scanner burst: pick the chosen match, or search now."""
        text = text.strip()
        if not text:
            return
        current = self.search_view.currentIndex()
        if (
            self._searched == text
            and self.search_view.isVisible()
            and current.isValid()
            and not self.search_timer.isActive()
        ):
            self.check_in_row(current.row())
            return
        if looks_like_code(text) and not self.search_model.rowCount():
            self.input.clear()
            self.hide_search()
            self._scan(text, ScanMethod.MANUAL)  # a badge code typed by hand
            return
        self.run_search()  # results were not shown yet: show them, pick with a second Enter

    # --- missing list, where is everyone, roll calls -------------------------------------------

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

    def new_roll_call(self) -> None:
        ws = self.workspace
        if ws.factory is None or ws.program is None:
            return
        name = dialogs.ask_roll_call_name(self)
        self.refocus()
        if name is None:
            return
        generation = self._generation

        def created(info: CheckpointInfo) -> None:
            if generation == self._generation:
                self.reload_checkpoints(select_id=info.id)
                self.refocus()

        def failed(exc: BaseException) -> None:
            messages.show_error(self, exc, "creating the roll call")
            self.refocus()

        ws.runner.run(
            partial(_new_roll_call, ws.factory, ws.program.id, name),
            on_success=created,
            on_error=failed,
            title="Creating the roll call",
        )

    def shutdown(self) -> None:
        """Stop the camera and the frame decoder (the window is closing)."""
        self.headcount_timer.stop()
        self.camera.shutdown()
