"""A small framed tile: a big number over a label (Overview's counts by role)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from sakura_desktop.ui import locale_format as fmt


class StatTile(QFrame):
    def __init__(self, label: str, parent: QWidget | None = None, *, muted: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("StatTile")
        self.setProperty("muted", muted)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        self.value_label = QLabel("–")
        self.value_label.setObjectName("StatValue")
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.caption_label = QLabel(label)
        self.caption_label.setObjectName("StatCaption")
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)

    def set_value(self, value: int | None) -> None:
        self.value_label.setText("–" if value is None else fmt.number(value))

    @property
    def value_text(self) -> str:
        return self.value_label.text()
