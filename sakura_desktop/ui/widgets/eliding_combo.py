"""A combo box that elides its shown text in the middle instead of cutting it off.

Qt draws a combo box's current text clipped at the edge ("…Centre 7月14日（火） 10:1"), which
hides the end of a checkpoint's name: its day and time, the part that tells two sessions of the
same lab tour apart. This one draws "Lab tour: Elec…（火） 10:15" and shows the whole name as its
tooltip. Long names come from the user's own data (session titles), so some elision is
unavoidable on a small screen; it must never hide which session it is.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

# Room kept between the text and the arrow, as Qt's own styles leave it.
TEXT_PADDING = 4


class ElidingComboBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentTextChanged.connect(self.setToolTip)

    def shown_text(self) -> str:
        """The current text as drawn: whole when it fits, elided in the middle when not."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return self.fontMetrics().elidedText(
            self.currentText(), Qt.TextElideMode.ElideMiddle, field.width() - TEXT_PADDING
        )

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
