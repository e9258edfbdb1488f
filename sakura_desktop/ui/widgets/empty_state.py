"""A centred message with a title, an explanation and action buttons (nothing to show yet)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EmptyState")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        self.title_label = QLabel()
        self.title_label.setObjectName("EmptyTitle")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.body_label = QLabel()
        self.body_label.setObjectName("EmptyBody")
        self.body_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.body_label.setWordWrap(True)
        self.body_label.setMaximumWidth(560)
        self.body_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.title_label)
        outer.addSpacing(6)
        # Centred by stretches, not by an alignment flag: an aligned word-wrapped label gets its
        # narrow size hint and is cut to a line or two.
        body_row = QHBoxLayout()
        body_row.addStretch(1)
        body_row.addWidget(self.body_label, 100)
        body_row.addStretch(1)
        outer.addLayout(body_row)
        outer.addSpacing(16)
        self._buttons_row = QHBoxLayout()
        self._buttons_row.addStretch(1)
        self._buttons_row.addStretch(1)
        outer.addLayout(self._buttons_row)
        outer.addStretch(2)
        self.buttons: list[QPushButton] = []

    def show_message(
        self, title: str, body: str, actions: Sequence[tuple[str, Callable[[], None]]] = ()
    ) -> None:
        self.title_label.setText(title)
        self.body_label.setText(body)
        for button in self.buttons:
            self._buttons_row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for index, (label, callback) in enumerate(actions):
            button = QPushButton(label)
            button.setMinimumWidth(160)
            button.clicked.connect(callback)
            if index == 0:
                button.setDefault(True)
            self._buttons_row.insertWidget(1 + index, button)
            self.buttons.append(button)
