"""A layout that places its items left to right and wraps onto a new row when the width runs out.

For rows of small things (legend chips, filter fields) that fit on one line on a wide window and
must not push a narrow one (1280×720 at 200 %) wider than the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        width = sum(item.sizeHint().width() + self._gap for item in self._items)
        height = max((item.sizeHint().height() for item in self._items), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items in rows within `rect` (when `move`); the height the rows take.

        The width left over on a row goes to its widgets whose own size policy expands
        horizontally (a group holding a combo box with long names), shared equally.
        """
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        rows: list[list[QLayoutItem]] = [[]]
        x = area.x()
        for item in self._items:
            width = item.sizeHint().width()
            if rows[-1] and x + width > area.right() + 1:
                rows.append([])
                x = area.x()
            rows[-1].append(item)
            x += width + self._gap
        y = area.y()
        for number, row in enumerate(rows):
            if number:
                y += self._gap
            height = max((item.sizeHint().height() for item in row), default=0)
            if move:
                self._place_row(row, area, y, height)
            y += height
        return y - rect.y() + margins.bottom()

    def _place_row(self, row: list[QLayoutItem], area: QRect, y: int, height: int) -> None:
        used = sum(item.sizeHint().width() for item in row) + self._gap * (len(row) - 1)
        growing = [item for item in row if _grows(item)]
        extra = max(0, area.width() - used) // len(growing) if growing else 0
        x = area.x()
        for item in row:
            width = item.sizeHint().width() + (extra if item in growing else 0)
            item.setGeometry(QRect(x, y, width, height))
            x += width + self._gap


def _grows(item: QLayoutItem) -> bool:
    widget = item.widget()
    expanding = (QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)
    return widget is not None and widget.sizePolicy().horizontalPolicy() in expanding
