"""Desk work (scan, manual check-in, undo, name search) one job at a time, through the runner.

A scan is a few milliseconds, but it must never freeze the screen (a busy SQLite file, a slow
server), so it runs through the task runner like any database work. The `CheckinDesk` keeps
caches and the order of scans matters (scan, then undo that scan), so jobs run one after the
other, in the order they were asked for; a newer name search replaces a search still waiting.
Results come back on the GUI thread through the callbacks, which are dropped once `reset()` was
called (the program or the database changed meanwhile).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sakura_desktop.tasks import ProgressReporter, TaskRunner

Job = Callable[[], Any]


@dataclass
class _Pending:
    job: Job
    on_success: Callable[[Any], None]
    on_error: Callable[[BaseException], None]
    title: str
    kind: str


class DeskQueue:
    def __init__(self, runner: TaskRunner) -> None:
        self.runner = runner
        self._queue: deque[_Pending] = deque()
        self._running = False
        self._generation = 0

    @property
    def idle(self) -> bool:
        return not self._running and not self._queue

    def reset(self) -> None:
        """Forget waiting jobs; the outcome of a running one will be ignored."""
        self._generation += 1
        self._queue.clear()

    def submit(
        self,
        job: Job,
        on_success: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        *,
        title: str = "",
        kind: str = "",
        replace: bool = False,
    ) -> None:
        """Queue `job`; with `replace`, a waiting job of the same `kind` is dropped first."""
        if replace:
            self._queue = deque(p for p in self._queue if p.kind != kind)
        self._queue.append(_Pending(job, on_success, on_error, title, kind))
        self._next()

    def _next(self) -> None:
        if self._running or not self._queue:
            return
        pending = self._queue.popleft()
        self._running = True
        generation = self._generation

        def success(result: Any) -> None:
            self._running = False
            try:
                if generation == self._generation:
                    pending.on_success(result)
            finally:
                self._next()

        def failure(exc: BaseException) -> None:
            self._running = False
            try:
                if generation == self._generation:
                    pending.on_error(exc)
            finally:
                self._next()

        def work(_progress: ProgressReporter) -> Any:
            return pending.job()

        self.runner.run(work, on_success=success, on_error=failure, title=pending.title)
