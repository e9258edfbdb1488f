"""Every dialog opens within the screen, tall enough for its wrapped text.

Qt gives a top-level dialog its size hint, which neither knows the screen (a 640×560 guide on a
960×540 screen at 200 %) nor the height its word-wrapped hints take at the dialog's width (they
get squeezed and cut). One application-wide event filter fixes both when a dialog is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog


def fit_dialog(dialog: QDialog) -> None:
    """Resize `dialog` to the height its layout wants for its width, within the available
    screen, and move it inside the screen."""
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    frame = dialog.frameGeometry().size() - dialog.geometry().size()
    width = min(dialog.width(), area.width() - frame.width())
    height = dialog.height()
    layout = dialog.layout()
    if layout is not None and layout.hasHeightForWidth():
        height = max(height, layout.totalHeightForWidth(width))
    height = min(height, area.height() - frame.height())
    if (width, height) != (dialog.width(), dialog.height()):
        dialog.resize(width, height)
    geometry = dialog.frameGeometry()
    x = min(max(geometry.x(), area.x()), area.right() - geometry.width() + 1)
    y = min(max(geometry.y(), area.y()), area.bottom() - geometry.height() + 1)
    if (x, y) != (geometry.x(), geometry.y()):
        dialog.move(max(x, area.x()), max(y, area.y()))


class _DialogFitter(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            fit_dialog(watched)
        return False


def install_dialog_fitter(app: QApplication) -> None:
    """Fit every dialog of `app` to the screen when it is shown (once per application)."""
    if app.findChild(_DialogFitter) is None:
        app.installEventFilter(_DialogFitter(app))
