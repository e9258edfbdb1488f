"""Run a task behind a progress dialog with a Cancel button.

The dialog appears only when the task takes longer than `delay_ms`, so quick work never flashes
a window. Cancel asks the task to stop (cooperatively: it raises `Cancelled` at its next
`progress.report`), and the dialog closes when the task's outcome arrives.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from sakura_desktop import APP_NAME
from sakura_desktop.tasks import Progress, TaskHandle, TaskRunner
from sakura_desktop.tasks.runner import (
    CancelledCallback,
    ErrorCallback,
    SuccessCallback,
    TaskFn,
)
from sakura_desktop.ui.i18n import translate


def run_with_progress(
    runner: TaskRunner,
    parent: QWidget | None,
    fn: TaskFn,
    *,
    label: str,
    on_success: SuccessCallback,
    on_error: ErrorCallback,
    on_cancelled: CancelledCallback | None = None,
    title: str = "",
    delay_ms: int = 400,
    cancellable: bool = True,
) -> TaskHandle:
    dialog = QProgressDialog(
        label, translate("Progress", "Cancel") if cancellable else "", 0, 0, parent
    )
    dialog.setWindowTitle(title or APP_NAME)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(420)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setMinimumDuration(1_000_000)  # we decide when it shows, below
    state: dict[str, Any] = {"finished": False}

    def close() -> None:
        state["finished"] = True
        dialog.reset()  # stops Qt's own 4-second "show anyway" timer: it never pops up again
        dialog.hide()
        dialog.deleteLater()

    def progressed(progress: Progress) -> None:
        if state["finished"]:
            return
        if progress.total > 0:
            dialog.setMaximum(progress.total)
            dialog.setValue(min(progress.done, progress.total))
        if progress.text:
            dialog.setLabelText(progress.text)

    def succeeded(result: Any) -> None:
        close()
        on_success(result)

    def failed(exc: BaseException) -> None:
        close()
        on_error(exc)

    def cancelled() -> None:
        close()
        if on_cancelled is not None:
            on_cancelled()

    handle = runner.run(
        fn,
        on_success=succeeded,
        on_error=failed,
        on_progress=progressed,
        on_cancelled=cancelled,
        title=title or label,
    )
    if not state["finished"]:
        dialog.canceled.connect(handle.cancel)
        dialog.canceled.connect(lambda: dialog.setLabelText(translate("Progress", "Stopping…")))

        def show_if_still_running() -> None:
            if not state["finished"]:
                dialog.show()

        QTimer.singleShot(delay_ms, dialog, show_if_still_running)
    return handle
