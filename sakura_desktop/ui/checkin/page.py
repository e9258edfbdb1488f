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

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from sakura_desktop.core.checkin.checkpoints import CheckpointInfo
from sakura_desktop.core.checkin.decode import decode_qr
from sakura_desktop.core.checkin.service import CheckinDesk, ScanLine, ScanResult
from sakura_desktop.db.enums import Direction
from sakura_desktop.errors import UserError
from sakura_desktop.ui.checkin import media
from sakura_desktop.ui.checkin.camera import CameraDevices, Decoder
from sakura_desktop.ui.checkin.checkpoint_bar import CheckpointBarMixin
from sakura_desktop.ui.checkin.checkpoint_bar import default_checkpoint as default_checkpoint
from sakura_desktop.ui.checkin.desk_queue import DeskQueue
from sakura_desktop.ui.checkin.headcount_refresh import HeadcountRefreshMixin
from sakura_desktop.ui.checkin.keys import install_checkin_keys
from sakura_desktop.ui.checkin.live_refresh import POLL_MS, LiveRefresh
from sakura_desktop.ui.checkin.name_search import SEARCH_DELAY_MS as SEARCH_DELAY_MS
from sakura_desktop.ui.checkin.name_search import SEARCH_ROWS as SEARCH_ROWS
from sakura_desktop.ui.checkin.name_search import TYPED_CODE_MIN as TYPED_CODE_MIN
from sakura_desktop.ui.checkin.name_search import NameSearchMixin
from sakura_desktop.ui.checkin.name_search import looks_like_code as looks_like_code
from sakura_desktop.ui.checkin.result_panel import CLEAR_AFTER_MS, ResultPanel
from sakura_desktop.ui.checkin.scanning import ScanningMixin
from sakura_desktop.ui.checkin.sound import ToneSounds
from sakura_desktop.ui.fonts import ensure_app_fonts
from sakura_desktop.ui.i18n import translate
from sakura_desktop.ui.sync.service import sync_for
from sakura_desktop.ui.sync.status import SyncStatusLabel
from sakura_desktop.ui.widgets.data_follower import DataFollower
from sakura_desktop.ui.workspace import Workspace

HEADCOUNT_INTERVAL_MS = 30_000


# Vertical shares of the result panel and of the bottom row (last scans, head count, camera).
RESULT_STRETCH = 3
BOTTOM_STRETCH = 5


class CheckinPage(CheckpointBarMixin, NameSearchMixin, HeadcountRefreshMixin, ScanningMixin):
    """The Check-in screen. Its parts live in the mixins' modules; this class builds them,
    follows the workspace and keeps the keyboard on the scanner input."""

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        key_clock: Callable[[], float] = time.monotonic,
        debounce_clock: Callable[[], float] = time.monotonic,
        decoder: Decoder = decode_qr,
        camera_devices: CameraDevices = media.video_inputs,
        clear_after_ms: int = CLEAR_AFTER_MS,
        headcount_interval_ms: int = HEADCOUNT_INTERVAL_MS,
        live_poll_ms: int = POLL_MS,
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
        layout.setContentsMargins(12, 12, 12, 12)
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
        notes = QHBoxLayout()  # side by side: one line less under the missing list
        notes.setSpacing(16)
        notes.addWidget(self.note_label, 1)
        layout.addLayout(notes)
        # How this station exchanges its scans (alone, folder, server) and what it has seen.
        self.sync_line = SyncStatusLabel(
            sync_for(workspace).status, detailed=True, prefix=translate("CheckinPage", "Sync — ")
        )
        notes.addWidget(self.sync_line, 1)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(search_delay_ms)
        self.search_timer.timeout.connect(self.run_search)
        self.headcount_timer = QTimer(self)
        self.headcount_timer.setInterval(headcount_interval_ms)
        self.headcount_timer.timeout.connect(self.reload_state)
        # Every second: did another station (or a merge) add events? Then show them.
        self.live = LiveRefresh(workspace.runner, live_poll_ms, self)
        self.live.started.connect(self._live_started)
        self.live.updated.connect(self._show_live)
        self.live.failed.connect(self._live_failed)
        self.live.finished.connect(self._live_finished)

        undo_shortcut = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo_shortcut.activated.connect(self.undo_last)
        refresh_shortcut = QShortcut(QKeySequence.StandardKey.Refresh, self)
        refresh_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh_shortcut.activated.connect(self.reload_state)
        self.keys = install_checkin_keys(self, self.toggle_direction)

        workspace.database_changed.connect(self.refresh)
        workspace.program_changed.connect(self.refresh)
        workspace.settings_changed.connect(self._station_changed)
        workspace.journal_changed.connect(self.live.poll)
        self.data_follower = DataFollower(self, workspace, self.refresh)
        self.refresh()

    # --- focus --------------------------------------------------------------------------------

    def toggle_direction(self) -> None:
        """Ctrl+E: entry becomes exit and back (when the checkpoint has an exit)."""
        going_out = not self.exit_button.isChecked()
        self.set_direction(Direction.OUT if going_out else Direction.IN)
        self.refocus()

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
            self.live.stop()
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
        self.live.stop()
        self.camera.stop()
        self._update_station_label()
        if ws.factory is None:
            self._show_empty(
                translate("CheckinPage", "No database is open"),
                translate(
                    "CheckinPage", "Open a database (File > Open database) to check people in."
                ),
            )
            return
        if ws.program is None:
            self._show_empty(
                translate("CheckinPage", "No program chosen")
                if ws.programs_loaded
                else translate("CheckinPage", "Loading…"),
                translate(
                    "CheckinPage",
                    "Choose or create a program: check-in works on the chosen program's people "
                    "and checkpoints.",
                )
                if ws.programs_loaded
                else translate("CheckinPage", "Reading the database."),
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
                station_uuid=ws.settings.station_uuid,
                operator=self.operator_edit.text(),
            )
        except UserError as exc:  # no station name
            self.note_label.setText(str(exc))
            return None

    def _update_station_label(self) -> None:
        self.station_label.setText(
            translate("CheckinPage", "Station: {0}").format(self.workspace.settings.station_name)
        )

    def _station_changed(self) -> None:
        self._update_station_label()
        if self.workspace.program is not None:
            self.desk = self._new_desk()

    def _operator_changed(self) -> None:
        if self.desk is not None and self.desk.operator != self.operator_edit.text().strip():
            self.desk = self._new_desk()
        self.refocus()

    def shutdown(self) -> None:
        """Stop the camera and the frame decoder (the window is closing)."""
        self.headcount_timer.stop()
        self.live.stop()
        self.camera.shutdown()
