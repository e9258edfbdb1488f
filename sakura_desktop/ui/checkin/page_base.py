"""The shared ground of the Check-in screen's parts: its widgets, its state and its focus rule.

`CheckinPage` is assembled from a few mixins, one per responsibility (the checkpoint bar, the
name search, the head count refresh, the scanning with its undo), each in its own module. They
all derive from `CheckinPageBase`, which declares the widgets and the state they share, the
methods one part calls on another, and the two things every part needs: `refocus` (the keyboard
goes back to the scanner input) and the chosen `direction`. Nothing here builds or loads
anything; the page itself does that in its constructor.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTableView,
)

from sakura_desktop.core.checkin.checkpoints import CheckpointInfo
from sakura_desktop.core.checkin.people import PersonCard
from sakura_desktop.core.checkin.service import CheckinDesk, ScanLine, ScanResult
from sakura_desktop.db.enums import Direction, ScanMethod
from sakura_desktop.ui.checkin.camera import CameraPanel
from sakura_desktop.ui.checkin.desk_queue import DeskQueue
from sakura_desktop.ui.checkin.headcount_panel import HeadcountPanel
from sakura_desktop.ui.checkin.live_refresh import LiveRefresh
from sakura_desktop.ui.checkin.models import RecentScansModel, SearchResultsModel
from sakura_desktop.ui.checkin.result_panel import ResultPanel
from sakura_desktop.ui.checkin.sound import ToneSounds
from sakura_desktop.ui.checkin.wedge import ScanInput
from sakura_desktop.ui.widgets.screen_page import ScreenPage
from sakura_desktop.ui.workspace import Workspace


class CheckinPageBase(ScreenPage):
    """What the parts of the Check-in page share (declared here, set by `CheckinPage`)."""

    # state
    workspace: Workspace
    queue: DeskQueue
    desk: CheckinDesk | None
    checkpoints: list[CheckpointInfo]
    checkpoint: CheckpointInfo | None
    last_result: ScanResult | None
    _chosen: dict[int, int]
    _generation: int
    _loading_state: bool
    _entries_since_load: list[int]
    _scans_since_load: list[ScanLine]
    _searched: str
    sounds: ToneSounds

    # widgets and timers
    checkpoint_combo: QComboBox
    roll_call_button: QPushButton
    entry_button: QPushButton
    exit_button: QPushButton
    direction_group: QButtonGroup
    station_label: QLabel
    operator_edit: QLineEdit
    mute_button: QPushButton
    input: ScanInput
    undo_button: QPushButton
    search_model: SearchResultsModel
    search_view: QListView
    search_note: QLabel
    recent_model: RecentScansModel
    recent_view: QTableView
    headcount_panel: HeadcountPanel
    camera: CameraPanel
    result_panel: ResultPanel
    note_label: QLabel
    search_timer: QTimer
    headcount_timer: QTimer
    live: LiveRefresh

    # methods one part calls on another (defined in the part that owns them)
    reload_state: Callable[[], None]
    reload_checkpoints: Callable[..., None]
    _reload_soon: Callable[[], None]
    _operator_changed: Callable[[], None]
    set_muted: Callable[[bool], None]
    scan_code: Callable[[str], None]
    scan_camera_code: Callable[[str], None]
    _scan: Callable[[str, ScanMethod], None]
    check_in_person: Callable[[PersonCard], None]
    check_in_row: Callable[[int], None]
    undo_last: Callable[[], None]
    hide_search: Callable[[], None]

    def refocus(self) -> None:
        """Give the keyboard back to the scanner input (after a click, a dialog, a scan)."""
        if self.stack.currentWidget() is self.content and self.input.isEnabled():
            self.input.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def direction(self) -> Direction:
        return Direction.OUT if self.exit_button.isChecked() else Direction.IN
