"""The unaccounted-for people of a roll call as a table, with a clock that ticks every second."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from sakura_desktop.core.checkin.rollcall import RollCallState, Unaccounted
from sakura_desktop.ui.checkin.models import last_seen_label
from sakura_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("TableHeader", "Minor"),
    QT_TRANSLATE_NOOP("TableHeader", "Name"),
    QT_TRANSLATE_NOOP("TableHeader", "Native name"),
    QT_TRANSLATE_NOOP("TableHeader", "Delegation"),
    QT_TRANSLATE_NOOP("TableHeader", "Last seen"),
    QT_TRANSLATE_NOOP("TableHeader", "Call"),
    QT_TRANSLATE_NOOP("TableHeader", "Unaccounted for"),
)
ELAPSED_COLUMN = len(HEADERS) - 1
MINOR_BACKGROUND = QColor("#fde2e1")


def elapsed_text(span: dt.timedelta) -> str:
    """'4:05' for four minutes five seconds; '1:02:00' past an hour."""
    seconds = max(0, int(span.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def minor_text(age: int | None) -> str:
    """Words, not colour alone: MINOR 16 (MINOR when the age is unknown)."""
    if age is None:
        return translate("RollCall", "MINOR")
    return translate("RollCall", "MINOR {0}").format(age)


class UnaccountedModel(QAbstractTableModel):
    """One row per person still unaccounted for, minors first (the order core gives)."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Unaccounted] = []
        self._opened_at: dt.datetime | None = None
        self._now: dt.datetime | None = None

    def set_state(self, state: RollCallState, now: dt.datetime) -> None:
        self.beginResetModel()
        self._rows = list(state.unaccounted)
        self._opened_at = state.roll_call.opened_at
        self._now = now
        self.endResetModel()

    def tick(self, now: dt.datetime) -> None:
        """Move the 'unaccounted for' clock on, repainting that column only."""
        self._now = now
        if self._rows:
            top = self.index(0, ELAPSED_COLUMN)
            bottom = self.index(len(self._rows) - 1, ELAPSED_COLUMN)
            self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DisplayRole])

    def person_at(self, row: int) -> Unaccounted:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("TableHeader", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and item.minor:
            return QBrush(MINOR_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and index.column() in (0, 1) and item.minor:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5 and item.call:
            return self.tr("Call {0}").format(item.call)
        return None

    def _text(self, item: Unaccounted, column: int) -> str:
        person = item.person
        if column == 0:
            # Words, not colour alone: "MINOR 16".
            if not item.minor:
                return ""
            return minor_text(item.age)
        if column == 1:
            return person.display_name
        if column == 2:
            return person.native_name
        if column == 3:
            return person.delegation or self.tr("Host")
        if column == 4:
            return (
                self.tr("never scanned")
                if item.last_seen is None
                else last_seen_label(item.last_seen)
            )
        if column == 5:
            return item.call
        if self._opened_at is None or self._now is None:
            return ""
        return elapsed_text(self._now - self._opened_at)
