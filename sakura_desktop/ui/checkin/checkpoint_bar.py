"""The Check-in screen's top bar: the checkpoint chooser and everything that picks a checkpoint.

Holds the bar's widgets (checkpoint combo, "New roll call…", entry/exit toggle, station, operator,
mute), loading the program's checkpoints, choosing the default one (the session starting soonest,
else arrival), switching checkpoint and creating a roll call. It is separate from the page
because which checkpoint is in use is its own small state machine; the rest of the page only
reads `checkpoint` and `direction`.
"""

from __future__ import annotations

import datetime as dt
import getpass
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from sakura_desktop.core.checkin.checkpoints import (
    CheckpointInfo,
    create_roll_call,
    ensure_checkpoints,
)
from sakura_desktop.core.timeutil import local
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import CheckpointKind, Direction
from sakura_desktop.tasks import ProgressReporter
from sakura_desktop.ui.checkin import dialogs
from sakura_desktop.ui.checkin.page_base import CheckinPageBase
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.i18n import translate
from sakura_desktop.ui.widgets.eliding_combo import ElidingComboBox
from sakura_desktop.ui.widgets.flow_layout import FlowLayout


def _default_operator() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers, odd Windows set-ups)
        return ""


def _load_checkpoints(
    factory: SessionFactory, program_id: int, _progress: ProgressReporter
) -> list[CheckpointInfo]:
    return ensure_checkpoints(factory, program_id)


def _new_roll_call(
    factory: SessionFactory, program_id: int, name: str, _progress: ProgressReporter
) -> CheckpointInfo:
    return create_roll_call(factory, program_id, name)


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


class CheckpointBarMixin(CheckinPageBase):
    """The top bar of `CheckinPage` and the choice of checkpoint."""

    def _build_top_bar(self) -> FlowLayout:
        self.checkpoint_combo = ElidingComboBox()
        self.checkpoint_combo.setObjectName("checkpointChooser")
        self.checkpoint_combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.checkpoint_combo.setMinimumContentsLength(22)
        self.checkpoint_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.checkpoint_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.checkpoint_combo.activated.connect(self._checkpoint_picked)
        self.roll_call_button = QPushButton(translate("CheckinPage", "New roll call…"))
        self.roll_call_button.setObjectName("newRollCall")
        self.roll_call_button.clicked.connect(self.new_roll_call)

        self.entry_button = QPushButton(translate("CheckinPage", "Entry"))
        self.entry_button.setObjectName("directionIn")
        self.exit_button = QPushButton(translate("CheckinPage", "Exit"))
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
        self.operator_edit.setPlaceholderText(translate("CheckinPage", "Operator"))
        self.operator_edit.setToolTip(
            translate("CheckinPage", "Who is scanning at this station (kept with each scan)")
        )
        self.operator_edit.setMaximumWidth(140)
        self.operator_edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.operator_edit.editingFinished.connect(self._operator_changed)
        self.mute_button = QPushButton(translate("CheckinPage", "Sound on"))
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

        label = QLabel(translate("CheckinPage", "Checkpoint:"))
        label.setObjectName("SectionTitle")
        operator_label = QLabel(translate("CheckinPage", "Operator:"))
        operator_label.setBuddy(self.operator_edit)
        # Three groups that wrap onto a second row on a narrow window (200 % scaling) instead
        # of squeezing the buttons' words.
        bar = FlowLayout(spacing=16)
        chooser = _group(label, self.checkpoint_combo, self.roll_call_button)
        chooser.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(chooser)  # the row's spare width goes to the checkpoint's long name
        bar.addWidget(_group(self.entry_button, self.exit_button))
        bar.addWidget(
            _group(self.station_label, operator_label, self.operator_edit, self.mute_button)
        )
        return bar

    def set_muted(self, muted: bool) -> None:
        self.sounds.set_muted(muted)
        self.mute_button.setChecked(muted)
        self.mute_button.setText(
            translate("CheckinPage", "Muted") if muted else translate("CheckinPage", "Sound on")
        )
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
                self.note_label.setText(
                    messages.describe(exc, translate("CheckinPage", "loading the checkpoints"))
                )

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
                label = translate("CheckinPage", "Roll call: {0}").format(label)
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
            ""
            if allows_exit
            else translate(
                "CheckinPage", "This checkpoint records entries only (a bus allows exits)."
            )
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

    def set_direction(self, direction: Direction) -> None:
        button = self.exit_button if direction is Direction.OUT else self.entry_button
        if button.isEnabled():
            button.setChecked(True)

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
            messages.show_error(self, exc, translate("CheckinPage", "creating the roll call"))
            self.refocus()

        ws.runner.run(
            partial(_new_roll_call, ws.factory, ws.program.id, name),
            on_success=created,
            on_error=failed,
            title="Creating the roll call",
        )


def _group(*widgets: QWidget) -> QWidget:
    """Widgets kept together on one row of the top bar."""
    group = QWidget()
    row = QHBoxLayout(group)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(8)
    for widget in widgets:
        row.addWidget(widget)
    return group
