"""Run units of work off the GUI thread; deliver their outcome back on the GUI thread.

A task is a plain function `fn(progress: ProgressReporter) -> T`. It receives only plain values
(a session factory, a path, a dataclass), opens its own database session, and returns plain
values (frozen dataclasses), never live ORM objects. The caller gives callbacks:

- `on_success(result)`: the return value of `fn`;
- `on_error(exc)`: any exception `fn` raised (a `UserError` carries a message for the user;
  anything else is a bug, already logged with its traceback);
- `on_progress(Progress)`: optional, each time `fn` calls `progress.report(...)`;
- `on_cancelled()`: optional, when the task stopped because the user cancelled it.

Callbacks always run on the thread that called `run` (the GUI thread), never on the worker, so
they may touch widgets. `ThreadedTaskRunner` runs tasks on a `QThreadPool`; `SyncTaskRunner` runs
them at once in the calling thread, for tests (like Picard's `FakeThreadPool`).
"""

from __future__ import annotations

import functools
import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from sakura_desktop.errors import UserError

log = logging.getLogger(__name__)

T = TypeVar("T")


class Cancelled(Exception):
    """Raised inside a task when the user asked it to stop (cooperative cancel)."""


@dataclass(frozen=True)
class Progress:
    done: int
    total: int  # 0 when the amount of work is unknown
    text: str = ""


class ProgressReporter:
    """Handed to every task: report progress and notice a cancel request.

    `report()` raises `Cancelled` once cancel was requested, so a task that reports progress
    between steps stops at the next step without further code; a task with long silent
    stretches can check `cancelled` or call `check()`.
    """

    def __init__(self, send: Callable[[Progress], None] | None = None) -> None:
        self._send = send
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        self.check()
        if self._send is not None:
            self._send(Progress(done, total, text))


SuccessCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]
ProgressCallback = Callable[[Progress], None]
CancelledCallback = Callable[[], None]
TaskFn = Callable[[ProgressReporter], Any]


class TaskHandle:
    """What `run` returns: ask the task to stop, and see whether it has finished."""

    def __init__(self, task_id: int, title: str, reporter: ProgressReporter) -> None:
        self.id = task_id
        self.title = title
        self._reporter = reporter
        self.finished = False
        self.outcome: str | None = None  # "success", "error" or "cancelled" once finished

    def cancel(self) -> None:
        self._reporter.cancel()

    @property
    def cancel_requested(self) -> bool:
        return self._reporter.cancelled


class TaskRunner(Protocol):
    def run(
        self,
        fn: TaskFn,
        *,
        on_success: SuccessCallback,
        on_error: ErrorCallback,
        on_progress: ProgressCallback | None = None,
        on_cancelled: CancelledCallback | None = None,
        title: str = "",
    ) -> TaskHandle: ...

    def shutdown(self, timeout_ms: int = 5000) -> None: ...


_ids = itertools.count(1)


def _log_failure(title: str, exc: BaseException) -> None:
    if isinstance(exc, UserError):  # its text may name a person or an e-mail: not logged
        log.info("task %r refused: %s", title, type(exc).__name__)
    else:
        log.error("task %r failed", title, exc_info=(type(exc), exc, exc.__traceback__))


class _Callbacks:
    def __init__(
        self,
        handle: TaskHandle,
        on_success: SuccessCallback,
        on_error: ErrorCallback,
        on_progress: ProgressCallback | None,
        on_cancelled: CancelledCallback | None,
    ) -> None:
        self.handle = handle
        self.on_success = on_success
        self.on_error = on_error
        self.on_progress = on_progress
        self.on_cancelled = on_cancelled

    def progress(self, progress: Progress) -> None:
        if self.on_progress is not None and not self.handle.finished:
            self.on_progress(progress)

    def success(self, result: Any) -> None:
        self._finish("success")
        self.on_success(result)

    def error(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.cancelled()
            return
        self._finish("error")
        self.on_error(exc)

    def cancelled(self) -> None:
        self._finish("cancelled")
        if self.on_cancelled is not None:
            self.on_cancelled()

    def _finish(self, outcome: str) -> None:
        self.handle.finished = True
        self.handle.outcome = outcome


class SyncTaskRunner:
    """Runs each task at once in the calling thread. For tests and for scripts."""

    def run(
        self,
        fn: TaskFn,
        *,
        on_success: SuccessCallback,
        on_error: ErrorCallback,
        on_progress: ProgressCallback | None = None,
        on_cancelled: CancelledCallback | None = None,
        title: str = "",
    ) -> TaskHandle:
        callbacks: _Callbacks
        reporter = ProgressReporter(lambda p: callbacks.progress(p))
        handle = TaskHandle(next(_ids), title, reporter)
        callbacks = _Callbacks(handle, on_success, on_error, on_progress, on_cancelled)
        try:
            result = fn(reporter)
        except Exception as exc:
            _log_failure(title, exc)
            callbacks.error(exc)
        else:
            callbacks.success(result)
        return handle

    def shutdown(self, timeout_ms: int = 5000) -> None:
        return None


class _Relay(QObject):
    """Lives on the GUI thread; worker-thread emits arrive here queued, then call back."""

    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    done = Signal()

    def __init__(self, callbacks: _Callbacks) -> None:
        super().__init__()
        self._callbacks = callbacks
        self.progressed.connect(self._on_progress)
        self.succeeded.connect(self._on_success)
        self.failed.connect(self._on_failure)

    @Slot(object)
    def _on_progress(self, progress: Progress) -> None:
        self._callbacks.progress(progress)

    @Slot(object)
    def _on_success(self, result: Any) -> None:
        try:
            self._callbacks.success(result)
        finally:
            self.done.emit()

    @Slot(object)
    def _on_failure(self, exc: BaseException) -> None:
        try:
            self._callbacks.error(exc)
        finally:
            self.done.emit()


def _work(fn: TaskFn, reporter: ProgressReporter, relay: _Relay, title: str) -> None:
    """The worker side of a task: run it, and send its outcome to the relay (queued)."""
    try:
        result = fn(reporter)
    except Exception as exc:
        _log_failure(title, exc)
        relay.failed.emit(exc)
    else:
        relay.succeeded.emit(result)


class ThreadedTaskRunner:
    """Runs tasks on its own `QThreadPool`; outcomes come back to the GUI thread by signal."""

    def __init__(self, max_threads: int = 4) -> None:
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(max_threads)
        self._active: dict[int, tuple[_Relay, TaskHandle]] = {}

    def run(
        self,
        fn: TaskFn,
        *,
        on_success: SuccessCallback,
        on_error: ErrorCallback,
        on_progress: ProgressCallback | None = None,
        on_cancelled: CancelledCallback | None = None,
        title: str = "",
    ) -> TaskHandle:
        relay: _Relay
        reporter = ProgressReporter(lambda p: relay.progressed.emit(p))
        handle = TaskHandle(next(_ids), title, reporter)
        relay = _Relay(_Callbacks(handle, on_success, on_error, on_progress, on_cancelled))
        # Keep the relay alive (and on this thread) until its outcome has been delivered.
        self._active[handle.id] = (relay, handle)
        relay.done.connect(lambda: self._active.pop(handle.id, None))
        # A plain callable, not a QRunnable subclass: Qt owns and deletes the runnable it wraps.
        self._pool.start(functools.partial(_work, fn, reporter, relay, title))
        return handle

    @property
    def active_count(self) -> int:
        return len(self._active)

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Ask every running task to stop and wait (a bounded time) for the workers."""
        for _relay, handle in list(self._active.values()):
            handle.cancel()
        self._pool.waitForDone(timeout_ms)
