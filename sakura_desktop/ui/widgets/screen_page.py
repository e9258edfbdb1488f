"""The frame of a screen: a message (no database, loading, an error) or the screen's content.

Every screen shows an `EmptyState` until it has a program to show, and its own content after;
`ScreenPage` builds that stack once, so a screen only fills `content` and says which to show.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from sakura_desktop.ui.widgets.empty_state import EmptyState


class ScreenPage(QWidget):
    """A page whose `stack` shows either `empty` (a message) or `content` (the screen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stack = QStackedWidget()
        self.empty = EmptyState()
        self.content = QWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    def show_message(
        self, title: str, body: str, actions: Sequence[tuple[str, Callable[[], None]]] = ()
    ) -> None:
        """Put the message in place of the content (the content keeps its state behind it)."""
        self.empty.show_message(title, body, actions)
        self.stack.setCurrentWidget(self.empty)

    def show_content(self) -> None:
        self.stack.setCurrentWidget(self.content)
