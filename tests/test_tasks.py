"""The task runner: outcomes and progress arrive on the GUI thread; cancel stops the work."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from sakura_desktop.errors import UserError
from sakura_desktop.tasks import (
    Cancelled,
    Progress,
    ProgressReporter,
    SyncTaskRunner,
    ThreadedTaskRunner,
)

pytestmark = pytest.mark.gui


class Recorder:
    def __init__(self) -> None:
        self.results: list[Any] = []
        self.errors: list[BaseException] = []
        self.progress: list[Progress] = []
        self.cancelled = 0
        self.threads: list[threading.Thread] = []

    def success(self, result: Any) -> None:
        self.threads.append(threading.current_thread())
        self.results.append(result)

    def error(self, exc: BaseException) -> None:
        self.threads.append(threading.current_thread())
        self.errors.append(exc)

    def on_progress(self, progress: Progress) -> None:
        self.threads.append(threading.current_thread())
        self.progress.append(progress)

    def on_cancelled(self) -> None:
        self.threads.append(threading.current_thread())
        self.cancelled += 1

    @property
    def finished(self) -> bool:
        return bool(self.results or self.errors or self.cancelled)


@pytest.fixture
def runner(qapp: object) -> Iterator[ThreadedTaskRunner]:
    runner = ThreadedTaskRunner()
    yield runner
    runner.shutdown()


def _run(runner: Any, fn: Any, rec: Recorder) -> Any:
    return runner.run(
        fn,
        on_success=rec.success,
        on_error=rec.error,
        on_progress=rec.on_progress,
        on_cancelled=rec.on_cancelled,
        title="test task",
    )


def test_threaded_result_arrives_on_gui_thread(qtbot: QtBot, runner: ThreadedTaskRunner) -> None:
    worker_threads: list[threading.Thread] = []

    def work(progress: ProgressReporter) -> dict[str, int]:
        worker_threads.append(threading.current_thread())
        for step in range(3):
            progress.report(step + 1, 3, f"step {step + 1}")
        return {"answer": 42}

    rec = Recorder()
    handle = _run(runner, work, rec)
    qtbot.waitUntil(lambda: rec.finished, timeout=5000)
    assert rec.results == [{"answer": 42}]
    assert rec.errors == []
    assert worker_threads[0] is not threading.main_thread()
    assert all(t is threading.main_thread() for t in rec.threads)
    assert [p.done for p in rec.progress] == [1, 2, 3]
    assert rec.progress[-1] == Progress(3, 3, "step 3")
    assert handle.finished and handle.outcome == "success"
    qtbot.waitUntil(lambda: runner.active_count == 0, timeout=2000)


def test_threaded_error_arrives_on_gui_thread(qtbot: QtBot, runner: ThreadedTaskRunner) -> None:
    def work(progress: ProgressReporter) -> None:
        raise UserError("The roster file is empty.")

    rec = Recorder()
    handle = _run(runner, work, rec)
    qtbot.waitUntil(lambda: rec.finished, timeout=5000)
    assert [str(e) for e in rec.errors] == ["The roster file is empty."]
    assert isinstance(rec.errors[0], UserError)
    assert rec.results == []
    assert rec.threads == [threading.main_thread()]
    assert handle.outcome == "error"


def test_unexpected_error_is_logged_with_traceback(
    qtbot: QtBot, runner: ThreadedTaskRunner, caplog: pytest.LogCaptureFixture
) -> None:
    def work(progress: ProgressReporter) -> None:
        raise ZeroDivisionError("boom")

    rec = Recorder()
    _run(runner, work, rec)
    qtbot.waitUntil(lambda: rec.finished, timeout=5000)
    assert isinstance(rec.errors[0], ZeroDivisionError)
    failures = [r for r in caplog.records if r.exc_info and "test task" in r.getMessage()]
    assert failures, "the traceback of a bug must reach the log"


def test_cancel_stops_the_work_and_reports_cancelled(
    qtbot: QtBot, runner: ThreadedTaskRunner
) -> None:
    started = threading.Event()
    steps_done: list[int] = []

    def work(progress: ProgressReporter) -> str:
        started.set()
        for step in range(1000):
            progress.report(step, 1000)  # raises Cancelled once cancel was asked
            steps_done.append(step)
            time.sleep(0.005)
        return "finished anyway"

    rec = Recorder()
    handle = _run(runner, work, rec)
    assert started.wait(5)
    qtbot.waitUntil(lambda: len(steps_done) >= 3, timeout=5000)
    handle.cancel()
    qtbot.waitUntil(lambda: rec.finished, timeout=5000)
    assert rec.cancelled == 1
    assert rec.results == [] and rec.errors == []
    assert handle.outcome == "cancelled"
    assert len(steps_done) < 1000
    assert rec.threads[-1] is threading.main_thread()


def test_task_can_check_cancelled_without_reporting(
    qtbot: QtBot, runner: ThreadedTaskRunner
) -> None:
    def work(progress: ProgressReporter) -> str:
        while not progress.cancelled:
            time.sleep(0.002)
        progress.check()
        return "unreachable"

    rec = Recorder()
    handle = _run(runner, work, rec)
    handle.cancel()
    qtbot.waitUntil(lambda: rec.finished, timeout=5000)
    assert rec.cancelled == 1


def test_shutdown_cancels_running_tasks(qtbot: QtBot) -> None:
    runner = ThreadedTaskRunner()
    stopped = threading.Event()

    def work(progress: ProgressReporter) -> None:
        try:
            while True:
                progress.report(0)
                time.sleep(0.002)
        finally:
            stopped.set()

    _run(runner, work, Recorder())
    runner.shutdown(timeout_ms=5000)
    assert stopped.is_set()


def test_sync_runner_runs_at_once() -> None:
    runner = SyncTaskRunner()
    rec = Recorder()
    calls: list[threading.Thread] = []

    def work(progress: ProgressReporter) -> int:
        calls.append(threading.current_thread())
        progress.report(1, 2, "half")
        return 7

    handle = _run(runner, work, rec)
    # Everything happened before run() returned, on this thread.
    assert rec.results == [7]
    assert rec.progress == [Progress(1, 2, "half")]
    assert calls == [threading.main_thread()]
    assert handle.finished and handle.outcome == "success"


def test_sync_runner_routes_errors_and_cancel() -> None:
    runner = SyncTaskRunner()
    rec = Recorder()

    def failing(progress: ProgressReporter) -> None:
        raise UserError("nope")

    def cancelling(progress: ProgressReporter) -> None:
        raise Cancelled()

    _run(runner, failing, rec)
    assert [str(e) for e in rec.errors] == ["nope"]
    handle = _run(runner, cancelling, rec)
    assert rec.cancelled == 1
    assert handle.outcome == "cancelled"


def test_cancel_without_cancel_callback_is_quiet() -> None:
    runner = SyncTaskRunner()
    outcomes: list[str] = []

    def cancelling(progress: ProgressReporter) -> None:
        raise Cancelled()

    handle = runner.run(
        cancelling,
        on_success=lambda r: outcomes.append("success"),
        on_error=lambda e: outcomes.append("error"),
    )
    assert outcomes == []
    assert handle.outcome == "cancelled"


class _Emitter(QObject):
    fired = Signal(object)


def test_emitting_many_signals_keeps_true_alive() -> None:
    """PySide6 6.12.0 drops a reference to True on every `.emit()` and to None on every void
    call; qtfix pins both so that no number of calls can bring them to zero."""
    emitter = _Emitter()
    seen: list[object] = []
    emitter.fired.connect(seen.append)
    for n in range(5000):
        emitter.fired.emit(n)
        emitter.setObjectName(f"emitter {n}")  # a void call: returns None
    assert len(seen) == 5000
    assert sys.getrefcount(True) > 1_000_000
    assert sys.getrefcount(None) > 1_000_000
