"""Starts roll calls ("Roll call now") and notices the ones other stations start.

It polls the open roll calls every few seconds in a worker (cheap: one indexed query) and when
the journal changes (a merge from the sync folder); a roll call this window has not shown yet
opens its window at once, saying which station started it. On a shared server that is within
the poll interval; through a sync folder, at the next merge.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from sakura_desktop.tasks.runner import ProgressReporter
from sakura_desktop.ui import locale_format as fmt
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.workspace import Workspace

# The roll call's core and window load SQLAlchemy: imported in the worker (or when a roll call is
# shown), so the window can be shown first.
if TYPE_CHECKING:
    from sakura_desktop.core.checkin.desk import Clock
    from sakura_desktop.core.checkin.rollcall import RollCall
    from sakura_desktop.db.engine import SessionFactory
    from sakura_desktop.ui.rollcall.window import RollCallWindow

POLL_MS = 3000


def _open_calls(factory: SessionFactory, program_id: int, _: ProgressReporter) -> list[RollCall]:
    from sakura_desktop.core.checkin.rollcall import open_roll_calls

    return open_roll_calls(factory, program_id)


def _start(
    factory: SessionFactory,
    program_id: int,
    station: str,
    station_uuid: str,
    clock: Clock,
    _: ProgressReporter,
) -> RollCall:
    from sakura_desktop.core.checkin.rollcall import start_roll_call

    return start_roll_call(
        factory, program_id, station_name=station, station_uuid=station_uuid, now=clock
    )


class RollCallController(QObject):
    def __init__(self, parent: QWidget, workspace: Workspace) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.workspace = workspace
        self.windows: dict[int, RollCallWindow] = {}
        self._polling = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        self._timer.start()
        workspace.program_changed.connect(self._program_changed)
        workspace.journal_changed.connect(self.poll)

    # -- actions ----------------------------------------------------------------------------

    def start_now(self) -> None:
        """Roll call now: no question asked, it is an emergency."""
        factory, program = self.workspace.factory, self.workspace.program
        if factory is None or program is None:
            messages.inform(
                self.parent_widget,
                self.tr("Roll call"),
                self.tr("Open a database and choose a program first."),
            )
            return
        settings = self.workspace.settings
        self.workspace.runner.run(
            partial(
                _start,
                factory,
                program.id,
                settings.station_name,
                settings.station_uuid,
                self.workspace.clock,
            ),
            on_success=self._started,
            on_error=lambda exc: messages.show_error(
                self.parent_widget, exc, self.tr("starting the roll call")
            ),
            title="Starting a roll call",
        )

    def _started(self, call: RollCall) -> None:
        self.show(call, "")

    def show_open(self) -> None:
        open_windows = [w for w in self.windows.values() if w.roll_call.is_open]
        if not open_windows:
            messages.inform(
                self.parent_widget, self.tr("Roll call"), self.tr("No roll call is open.")
            )
        for window in open_windows:
            window.show()
            window.raise_()

    def show(self, call: RollCall, notice: str) -> RollCallWindow:
        window = self.windows.get(call.checkpoint_id)
        if window is None:
            from sakura_desktop.ui.rollcall.window import RollCallWindow

            window = RollCallWindow(self.workspace, call, self.parent_widget)
            self.windows[call.checkpoint_id] = window
        window.tell(notice)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    # -- noticing roll calls from other stations ----------------------------------------------

    def poll(self) -> None:
        factory, program = self.workspace.factory, self.workspace.program
        if factory is None or program is None or self._polling:
            return
        self._polling = True
        self.workspace.runner.run(
            partial(_open_calls, factory, program.id),
            on_success=self._polled,
            on_error=self._poll_failed,
            title="Looking for roll calls",
        )

    def _polled(self, calls: list[RollCall]) -> None:
        self._polling = False
        here = self.workspace.settings.station_name
        for call in calls:
            if call.checkpoint_id in self.windows:
                continue
            where = self.tr("this station") if call.opened_by == here else call.opened_by
            self.show(
                call,
                self.tr(
                    "Roll call started at {0} at {1}: account for everyone "
                    "on site. Scan badges here or at the door."
                ).format(where, fmt.time(call.opened_at)),
            )

    def _poll_failed(self, _exc: BaseException) -> None:
        # A failing poll (database gone, server down) is shown by the screens that read; the
        # next tick tries again.
        self._polling = False

    def _program_changed(self) -> None:
        for window in self.windows.values():
            window.stop()
            window.hide()
            window.deleteLater()
        self.windows.clear()
        self.poll()
