"""The peer of the window start-up benchmark: a PySide6 window that shows one label.

The least a Qt Widgets application does before its window is on screen (interpreter, PySide6,
QApplication, one widget shown), quitting at once, as `sakura-desktop` does with
SAKURA_DESKTOP_QUIT_WHEN_SHOWN set.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel


def main() -> int:
    app = QApplication(sys.argv[:1])
    label = QLabel("Sakura Desktop")
    label.resize(1200, 700)
    label.show()
    QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
