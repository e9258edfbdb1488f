"""The Schedule screen's state: the open week's conflict engine, its conflicts, and the undo stack.

The controller owns no widgets. It loads the week off the GUI thread, writes every edit through
the task runner (core use cases, see `changes`), keeps the `ConflictEngine` in step, and records
each written edit as a `QUndoCommand`. A command is pushed after its write succeeded, so its first
`redo()` does nothing; later undo and redo write again through the runner. While a write runs the
controller is `busy` and the screen takes no other edit.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from sakura_desktop.core.schedule.conflicts import Conflict, ConflictEngine
from sakura_desktop.core.schedule.editing import LecturerInfo, list_lecturers
from sakura_desktop.core.schedule.loading import load_engine
from sakura_desktop.core.schedule.model import SessionData, WeekData
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.tasks import ProgressReporter
from sakura_desktop.ui.i18n import translate
from sakura_desktop.ui.schedule.changes import (
    Applied,
    Edit,
    Move,
    write_change,
    write_move,
)
from sakura_desktop.ui.workspace import Workspace

log = logging.getLogger(__name__)

ErrorHandler = Callable[[BaseException, str], None]
Task = Callable[[ProgressReporter], Applied]


@dataclass(frozen=True)
class Loaded:
    engine: ConflictEngine
    lecturers: list[LecturerInfo]


def load_schedule(factory: SessionFactory, program_id: int, _progress: ProgressReporter) -> Loaded:
    return Loaded(load_engine(factory, program_id), list_lecturers(factory, program_id))


class EditCommand(QUndoCommand):
    def __init__(self, controller: ScheduleController, edit: Edit) -> None:
        super().__init__(edit.label)
        self.controller = controller
        self.edit = edit
        self._written = True  # pushed after its first write: the first redo() is a no-op

    def redo(self) -> None:
        if self._written:
            self._written = False
            return
        self.controller.replay(self, forward=True)

    def undo(self) -> None:
        self.controller.replay(self, forward=False)


class ScheduleController(QObject):
    loaded = Signal()  # a (new) week: the view rebuilds everything
    week_changed = Signal()  # sessions changed by an edit, undo or redo
    conflicts_changed = Signal()  # `conflicts` (or the drag preview) changed
    busy_changed = Signal(bool)
    load_failed = Signal(str)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.engine: ConflictEngine | None = None
        self.conflicts: list[Conflict] = []
        self.preview: list[Conflict] | None = None  # while dragging
        self.lecturers: list[LecturerInfo] = []
        self.undo_stack = QUndoStack(self)
        self.busy = False
        self.program_id: int | None = None
        self.factory: SessionFactory | None = None
        self._generation = 0
        self.report_error: ErrorHandler = lambda exc, doing: log.error("%s: %s", doing, exc)

    # -- loading -------------------------------------------------------------------------------

    @property
    def week(self) -> WeekData | None:
        return self.engine.week if self.engine is not None else None

    def clear(self) -> None:
        self._generation += 1
        self.engine, self.conflicts, self.preview, self.lecturers = None, [], None, []
        self.program_id, self.factory = None, None
        self.undo_stack.clear()
        self._set_busy(False)
        self.loaded.emit()

    def load(self, factory: SessionFactory, program_id: int) -> None:
        """(Re)load the week; the undo history is kept only when it is the same program."""
        if (factory, program_id) != (self.factory, self.program_id):
            self.undo_stack.clear()
        self.factory, self.program_id = factory, program_id
        self._generation += 1
        generation = self._generation

        def done(result: Loaded) -> None:
            if generation == self._generation:
                self._adopt(result.engine)
                self.lecturers = result.lecturers
                self.loaded.emit()

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.engine, self.conflicts = None, []
                self.load_failed.emit(str(exc))

        self.workspace.runner.run(
            partial(load_schedule, factory, program_id),
            on_success=done,
            on_error=failed,
            title=translate("ScheduleController", "Loading the schedule"),
        )

    def reload(self) -> None:
        if self.factory is not None and self.program_id is not None:
            self.load(self.factory, self.program_id)

    def _adopt(self, engine: ConflictEngine) -> None:
        self.engine = engine
        self.preview = None
        self.conflicts = engine.check_all()

    # -- the drag preview ----------------------------------------------------------------------

    def preview_move(self, session_id: int, start: dt.datetime, end: dt.datetime) -> None:
        """What the conflicts would be after this move (the engine is left as it is)."""
        if self.engine is None:
            return
        self.preview = self.engine.check_after_move(session_id, start, end)
        self.conflicts_changed.emit()

    def end_preview(self) -> None:
        if self.preview is not None:
            self.preview = None
            self.conflicts_changed.emit()

    @property
    def shown_conflicts(self) -> list[Conflict]:
        return self.preview if self.preview is not None else self.conflicts

    # -- edits ---------------------------------------------------------------------------------

    def session(self, session_id: int) -> SessionData | None:
        week = self.week
        return week.session_by_id.get(session_id) if week is not None else None

    def ids_by_uuid(self) -> dict[str, int]:
        week = self.week
        return {s.uuid: s.id for s in week.sessions} if week is not None else {}

    def task_for(self, edit: Edit) -> Task | None:
        factory, program_id = self.factory, self.program_id
        if factory is None or program_id is None:
            return None
        ids = self.ids_by_uuid()
        if isinstance(edit, Move):
            return partial(write_move, factory, edit, ids)
        return partial(write_change, factory, program_id, edit, ids)

    def submit(
        self,
        edit: Edit,
        on_done: Callable[[Applied], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> bool:
        """Write a new edit; on success it joins the undo stack. False when busy or closed."""
        task = self.task_for(edit)
        if task is None:
            return False
        return self.submit_task(task, edit.label, on_done, on_error)

    def submit_task(
        self,
        task: Task,
        label: str,
        on_done: Callable[[Applied], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> bool:
        """Run a task that writes and returns what it wrote (a rotation, say), undoably."""
        if self.busy or self.engine is None:
            return False

        def written(applied: Applied) -> None:
            self._apply(applied)
            self.undo_stack.push(EditCommand(self, applied.edit))
            if on_done is not None:
                on_done(applied)

        def failed(exc: BaseException) -> None:
            self.week_changed.emit()  # the view drops its optimistic state
            if on_error is not None:
                on_error(exc)
            else:
                self.report_error(exc, label.lower())

        self._run(task, label, written, failed)
        return True

    def replay(self, command: EditCommand, *, forward: bool) -> None:
        """Undo (forward=False) or redo a recorded edit, writing through the runner."""
        edit = command.edit if forward else command.edit.reversed()
        task = self.task_for(edit)
        if task is None:
            return

        def written(applied: Applied) -> None:
            command.edit = applied.edit if forward else applied.edit.reversed()
            self._apply(applied)

        def failed(exc: BaseException) -> None:
            doing = (
                translate("ScheduleController", "redoing {0}")
                if forward
                else translate("ScheduleController", "undoing {0}")
            )
            self.report_error(exc, doing.format(edit.label.lower()))
            self.undo_stack.clear()  # the history no longer matches the database
            self.reload()

        self._run(task, edit.label, written, failed)

    def undo(self) -> None:
        if not self.busy and self.undo_stack.canUndo():
            self.undo_stack.undo()

    def redo(self) -> None:
        if not self.busy and self.undo_stack.canRedo():
            self.undo_stack.redo()

    def _run(
        self,
        task: Task,
        label: str,
        written: Callable[[Applied], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        generation = self._generation
        self._set_busy(True)

        def success(applied: Applied) -> None:
            if generation != self._generation:
                return
            self._set_busy(False)
            written(applied)

        def error(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self._set_busy(False)
            failed(exc)

        self.workspace.runner.run(task, on_success=success, on_error=error, title=label)

    def _apply(self, applied: Applied) -> None:
        if applied.engine is not None:
            self._adopt(applied.engine)
        elif applied.moved is not None and self.engine is not None:
            moved = applied.moved
            self.engine.apply_move(moved.id, moved.start, moved.end)
            self.preview = None
            self.conflicts = self.engine.check_all()
        self.week_changed.emit()
        self.conflicts_changed.emit()
        self.workspace.announce_change(self)

    def _set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.busy_changed.emit(busy)
