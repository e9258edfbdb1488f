"""The worker runner: QThreadPool jobs with progress and cancel, outcomes on the GUI thread."""

from sakura_desktop.tasks import qtfix

qtfix.install()  # before any Qt call: PySide6 6.12.0 loses references to None and True


from sakura_desktop.tasks.runner import (  # noqa: E402
    Cancelled,
    Progress,
    ProgressReporter,
    SyncTaskRunner,
    TaskHandle,
    TaskRunner,
    ThreadedTaskRunner,
)

__all__ = [
    "Cancelled",
    "Progress",
    "ProgressReporter",
    "SyncTaskRunner",
    "TaskHandle",
    "TaskRunner",
    "ThreadedTaskRunner",
]
