"""The sidebar that picks a screen, and the stack that shows it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStackedWidget, QWidget

from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from sakura_desktop.ui.icons import icon


@dataclass(frozen=True)
class Screen:
    key: str
    label: str  # in English; `title` is what the user reads
    icon: str

    @property
    def title(self) -> str:
        return translate("Screens", self.label)


SCREENS: tuple[Screen, ...] = (
    Screen("overview", QT_TRANSLATE_NOOP("Screens", "Overview"), "nav/overview"),
    Screen("participants", QT_TRANSLATE_NOOP("Screens", "Participants"), "nav/participants"),
    Screen("schedule", QT_TRANSLATE_NOOP("Screens", "Schedule"), "nav/schedule"),
    Screen("checkin", QT_TRANSLATE_NOOP("Screens", "Check-in"), "nav/checkin"),
    Screen("print", QT_TRANSLATE_NOOP("Screens", "Print"), "nav/print"),
    Screen("reports", QT_TRANSLATE_NOOP("Screens", "Reports"), "nav/reports"),
)


class Navigator(QListWidget):
    """A list of screens bound to a `QStackedWidget`: choosing a row shows its page."""

    screen_changed = Signal(str)

    def __init__(self, stack: QStackedWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Navigator")
        self.stack = stack
        self._keys: list[str] = []
        self.setIconSize(QSize(22, 22))
        self.setUniformItemSizes(True)
        self.setSpacing(2)
        self.setFixedWidth(196)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.currentRowChanged.connect(self._row_changed)

    def add_screen(self, screen: Screen, page: QWidget) -> None:
        item = QListWidgetItem(icon(screen.icon), screen.title)
        item.setSizeHint(QSize(0, 40))
        item.setData(Qt.ItemDataRole.UserRole, screen.key)
        self.addItem(item)
        self._keys.append(screen.key)
        self.stack.addWidget(page)
        if self.currentRow() < 0:
            self.setCurrentRow(0)

    @property
    def keys(self) -> list[str]:
        return list(self._keys)

    @property
    def current_key(self) -> str | None:
        row = self.currentRow()
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def show_screen(self, key: str) -> None:
        self.setCurrentRow(self._keys.index(key))

    def page(self, key: str) -> QWidget:
        page = self.stack.widget(self._keys.index(key))
        assert page is not None
        return page

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self._keys):
            self.stack.setCurrentIndex(row)
            self.screen_changed.emit(self._keys[row])
