"""A searchable checklist (participants, sessions): a check-box list model and its filter."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QLineEdit, QListView

Index = QModelIndex | QPersistentModelIndex
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class CheckItem:
    id: int
    label: str
    search: str = ""  # more text the search matches (native name, team ...)


class CheckListModel(QAbstractListModel):
    """Rows that can each be ticked; `checked_ids` in row order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[CheckItem] = []
        self._checked: set[int] = set()

    def set_items(self, items: Sequence[CheckItem], checked: Iterable[int] = ()) -> None:
        self.beginResetModel()
        self._items = list(items)
        known = {item.id for item in self._items}
        self._checked = {i for i in checked if i in known}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item.id in self._checked else Qt.CheckState.Unchecked
        if role == SEARCH_ROLE:
            return f"{item.label} {item.search}".casefold()
        if role == ID_ROLE:
            return item.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() else base

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        item = self._items[index.row()]
        state = Qt.CheckState(value) if isinstance(value, int) else value
        if state == Qt.CheckState.Checked:
            self._checked.add(item.id)
        else:
            self._checked.discard(item.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def checked_ids(self) -> tuple[int, ...]:
        return tuple(item.id for item in self._items if item.id in self._checked)

    def set_checked(self, ids: Iterable[int], checked: bool = True) -> None:
        wanted = set(ids)
        if checked:
            self._checked |= wanted
        else:
            self._checked -= wanted
        if self._items:
            self.dataChanged.emit(
                self.index(0), self.index(len(self._items) - 1), [Qt.ItemDataRole.CheckStateRole]
            )

    def ids(self) -> list[int]:
        return [item.id for item in self._items]


class SearchProxy(QSortFilterProxyModel):
    """Keeps the rows whose text contains every word typed (any script, any case)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        text = str(model.data(model.index(source_row, 0, source_parent), SEARCH_ROLE) or "")
        return all(word in text for word in self._words)

    def visible_ids(self) -> list[int]:
        return [int(self.index(row, 0).data(ID_ROLE)) for row in range(self.rowCount())]


def checklist(
    name: str, placeholder: str
) -> tuple[QLineEdit, QListView, CheckListModel, SearchProxy]:
    """A search field over a list of check boxes: the field, the view, the model, the filter."""
    search = QLineEdit()
    search.setObjectName(f"{name}Search")
    search.setPlaceholderText(placeholder)
    search.setClearButtonEnabled(True)
    model = CheckListModel()
    proxy = SearchProxy()
    proxy.setSourceModel(model)
    view = QListView()
    view.setObjectName(f"{name}List")
    view.setModel(proxy)
    view.setUniformItemSizes(True)
    view.setMinimumHeight(220)
    search.textChanged.connect(proxy.set_search)
    return search, view, model, proxy
