"""A screen follows the program's data: when another screen changes it, this one reloads.

The Print screen once kept saying 97 people after an import added three delegations, until F5,
so a coordinator could print an incomplete set of badges. Every screen that shows program data
owns a `DataFollower`: on `Workspace.data_changed` it reloads the screen at once if the screen is
on show, and otherwise the next time the screen is shown, so hidden screens do not all read the
database after every edit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from sakura_desktop.ui.workspace import Workspace


class DataFollower(QObject):
    """Calls `reload` after a change made elsewhere: now if `screen` is visible, else on show."""

    def __init__(self, screen: QWidget, workspace: Workspace, reload: Callable[[], None]) -> None:
        super().__init__(screen)
        self._screen = screen
        self._reload = reload
        self.stale = False
        workspace.data_changed.connect(self._changed)
        screen.installEventFilter(self)

    def _changed(self, source: object) -> None:
        if self._made_here(source):
            return
        if self._screen.isVisible():
            self.stale = False
            self._reload()
        else:
            self.stale = True

    def _made_here(self, source: object) -> bool:
        """The screen itself, or one of its parts (its controller, a dialog it opened)."""
        node = source if isinstance(source, QObject) else None
        while node is not None:
            if node is self._screen:
                return True
            node = node.parent()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._screen and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._reload()
        return False
