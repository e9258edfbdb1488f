"""The worker runner: QThreadPool jobs with progress and cancel, outcomes on the GUI thread."""

from sakura_desktop.tasks import qtfix

qtfix.install()  # before any signal is emitted: PySide6 6.12.0 would lose references to True


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
