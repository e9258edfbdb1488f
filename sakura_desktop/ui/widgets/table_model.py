"""A read-only table model over a list of frozen dataclasses, described by its columns.

The Overview, the Check-in screen and the Participants screen's delegation and team dialogs all
show short lists of core dataclasses; each screen only declares its `Column`s (and, where a cell
needs more, overrides `extra_data`). The participants table itself keeps its own model: it filters
and sorts thousands of rows per keystroke and is tuned for that.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from sakura_desktop.ui.fonts import name_font
from sakura_desktop.ui.i18n import translate

R = TypeVar("R")

AnyIndex = QModelIndex | QPersistentModelIndex
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# The sort key of a cell (Qt.UserRole): raw values, so a proxy sorts times and names right.
SORT_ROLE = int(Qt.ItemDataRole.UserRole)


class Column(Generic[R]):
    """One column: its header and how to read a row's cell (text, sort key, tooltip, look).

    Columns are class attributes, built at import before the translator is installed, so the
    header is marked `QT_TRANSLATE_NOOP("TableHeader", "Name")` and translated when shown."""

    def __init__(
        self,
        header: str,
        value: Callable[[R], Any],
        *,
        sort: Callable[[R], Any] | None = None,
        numeric: bool = False,  # right-aligned, header too
        native: bool = False,  # a name in any script: drawn with the shipped fonts
        tooltip: Callable[[R], str] | None = None,
        colour: Callable[[R], str] | None = None,  # a swatch before the text (a team colour)
    ) -> None:
        self.header = header
        self.value = value
        self.sort = sort or value
        self.numeric = numeric
        self.native = native
        self.tooltip = tooltip
        self.colour = colour

    def text(self, row: R) -> str:
        value = self.value(row)
        return "" if value is None else str(value)


class RowsTableModel(QAbstractTableModel, Generic[R]):
    """A read-only table over a list of frozen dataclasses, one row each."""

    columns: Sequence[Column[R]] = ()
    # A column without its own tooltip shows the cell's text: narrow columns elide it.
    text_tooltips: ClassVar[bool] = False
    # Header captions aligned like their cells (left, or right for numbers); else centred.
    align_headers: ClassVar[bool] = True
    # The translation context of the headers (see Column).
    header_context: ClassVar[str] = "TableHeader"

    def __init__(self, rows: Sequence[R] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = list(rows)
        self._native_font: QFont | None = None

    @property
    def rows(self) -> list[R]:
        return list(self._rows)

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def column_texts(self, column: int) -> list[str]:
        return [self.columns[column].text(row) for row in self._rows]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def native_font(self) -> QFont:
        """Made on first use: the shipped fonts are registered once the app runs."""
        if self._native_font is None:
            self._native_font = name_font(QFont().pointSizeF())
        return self._native_font

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        extra = self.extra_data(row, index.column(), role)
        if extra is not None:
            return extra
        return self.column_data(row, self.columns[index.column()], role)

    def column_data(self, row: R, column: Column[R], role: int) -> Any:
        """What the column itself says about the cell for `role`."""
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role in (Qt.ItemDataRole.EditRole, SORT_ROLE):
            return column.sort(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.tooltip is not None:
                return column.tooltip(row)
            return (column.text(row) or None) if self.text_tooltips else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return RIGHT  # text keeps the view's own alignment: left, centred vertically
        if role == Qt.ItemDataRole.FontRole and column.native:
            return self.native_font()
        if role == Qt.ItemDataRole.DecorationRole and column.colour is not None:
            colour = QColor(column.colour(row))
            return colour if colour.isValid() else None
        return None

    def extra_data(self, row: R, column: int, role: int) -> Any:
        """A subclass's own data for a cell, or None for the column's default."""
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate(self.header_context, self.columns[section].header)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.align_headers:
            return RIGHT if self.columns[section].numeric else LEFT
        return None
