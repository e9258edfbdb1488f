"""Keeping the Check-in screen live: follow the journal, whoever writes to it.

Another station on the same PostgreSQL server, another process on the same SQLite file, or a
journal merged from the sync folder all add events this screen did not make. `LiveRefresh` owns
a `HeadcountTracker` for the chosen checkpoint and a one-second timer: each tick runs one small
task through the task runner that asks for the newest event id and, only when it moved, has the
tracker read the new events. A tick is skipped while a task is in flight, so a slow database
never piles up work; the GUI thread never waits.

The full load (a checkpoint change, F5, a roster change) goes through the same single lane.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal

from sakura_desktop.core.checkin.live import HeadcountTracker, LiveView, newest_event_id
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.tasks import ProgressReporter, TaskRunner

POLL_MS = 1_000


@dataclass(frozen=True)
class _Target:
    factory: SessionFactory
    program_id: int
    checkpoint_id: int


def _load(tracker: HeadcountTracker, _progress: ProgressReporter) -> LiveView:
    return tracker.load()


def _poll(
    tracker: HeadcountTracker, program_id: int, _progress: ProgressReporter
) -> LiveView | None:
    """The tracker's refresh when the journal moved, else None (one indexed query)."""
    if not tracker.loaded:  # the load failed: try it again
        return tracker.load()
    newest = newest_event_id(tracker.factory, program_id)
    if newest <= tracker.last_event_id and not tracker.awaiting_gaps:
        return None
    return tracker.refresh()


class LiveRefresh(QObject):
    """One checkpoint's head count and recent scans, loaded once and then followed."""

    started = Signal()  # a load or a poll went to a worker
    updated = Signal(object)  # LiveView, for the checkpoint being followed
    failed = Signal(object)  # the exception of a load (a failing poll only logs: next tick)
    finished = Signal()  # a load or a poll came back (with news or not)

    def __init__(
        self, runner: TaskRunner, poll_ms: int = POLL_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self._target: _Target | None = None
        self._tracker: HeadcountTracker | None = None
        self._in_flight = False
        self._load_wanted = False
        self._poll_wanted = False
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self._tick)

    @property
    def busy(self) -> bool:
        return self._in_flight

    @property
    def checkpoint_id(self) -> int | None:
        return self._target.checkpoint_id if self._target is not None else None

    def follow(self, factory: SessionFactory, program_id: int, checkpoint_id: int) -> None:
        """Load this checkpoint in full (again) and keep polling."""
        target = _Target(factory, program_id, checkpoint_id)
        if target != self._target or self._tracker is None:
            self._target = target
            self._tracker = HeadcountTracker(factory, checkpoint_id)
        self._load_wanted = True
        self.timer.start()
        self._next()

    def stop(self) -> None:
        """Stop polling (the screen is hidden or has no checkpoint); a task in flight finishes
        and its result is dropped."""
        self.timer.stop()
        self._target = None
        self._tracker = None
        self._load_wanted = self._poll_wanted = False

    def _tick(self) -> None:
        """Ask whether the journal moved; skipped while a task is in flight."""
        if not self._in_flight:
            self._next()

    def poll(self) -> None:
        """Ask now whether the journal moved (or as soon as the task in flight is back): this
        screen undid a scan, or a merge brought events."""
        self._poll_wanted = True
        self._next()

    def _next(self) -> None:
        tracker, target = self._tracker, self._target
        if tracker is None or target is None or self._in_flight:
            return
        full = self._load_wanted
        self._load_wanted = self._poll_wanted = False
        self._in_flight = True
        self.started.emit()
        task = partial(_load, tracker) if full else partial(_poll, tracker, target.program_id)
        self.runner.run(
            task,
            on_success=partial(self._done, tracker),
            on_error=partial(self._failed, tracker, full),
            title="Counting heads" if full else "Following the journal",
        )

    def _done(self, tracker: HeadcountTracker, view: LiveView | None) -> None:
        self._in_flight = False
        if tracker is self._tracker and view is not None:
            self.updated.emit(view)
        self.finished.emit()
        self._next_if_wanted()

    def _failed(self, tracker: HeadcountTracker, full: bool, exc: BaseException) -> None:
        self._in_flight = False
        if tracker is self._tracker and full:
            self.failed.emit(exc)
        self.finished.emit()
        self._next_if_wanted()

    def _next_if_wanted(self) -> None:
        if self._load_wanted or self._poll_wanted:
            self._next()
