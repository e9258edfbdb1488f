"""Item models of the Overview: delegations and the day's sessions, over core dataclasses."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from sakura_desktop.core.programs import DelegationCount, SessionLine
from sakura_desktop.db.enums import Role

R = TypeVar("R")

AnyIndex = QModelIndex | QPersistentModelIndex
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class Column(Generic[R]):
    def __init__(
        self,
        header: str,
        value: Callable[[R], Any],
        *,
        numeric: bool = False,
        tooltip: Callable[[R], str] | None = None,
    ) -> None:
        self.header = header
        self.value = value
        self.numeric = numeric
        self.tooltip = tooltip


class RowsTableModel(QAbstractTableModel, Generic[R]):
    """A read-only table over a list of frozen dataclasses, one row each."""

    columns: Sequence[Column[R]] = ()

    def __init__(self, rows: Sequence[R] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = list(rows)

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(row)
            return str(value) if value is not None else ""
        if role == Qt.ItemDataRole.EditRole:  # sortable raw value
            return column.value(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if self.columns[section].numeric else LEFT
        return None


def _country(d: DelegationCount) -> str:
    return d.country_name or d.country_code


class DelegationTableModel(RowsTableModel[DelegationCount]):
    """Country, delegation, students, teachers, total (active participants: not withdrawn)."""

    columns = (
        Column[DelegationCount](
            "Country", _country, tooltip=lambda d: f"{_country(d)} ({d.country_code})"
        ),
        Column[DelegationCount]("Delegation", lambda d: d.name, tooltip=lambda d: d.name),
        Column[DelegationCount](
            "Students", lambda d: d.by_role.get(Role.STUDENT.value, 0), numeric=True
        ),
        Column[DelegationCount](
            "Teachers", lambda d: d.by_role.get(Role.TEACHER.value, 0), numeric=True
        ),
        Column[DelegationCount](
            "Total",
            lambda d: d.total,
            numeric=True,
            tooltip=lambda d: (
                ", ".join(f"{n} {role}" for role, n in sorted(d.by_role.items())) or "nobody yet"
            ),
        ),
    )


def time_range(line: SessionLine) -> str:
    return f"{line.start:%H:%M}–{line.end:%H:%M}"


class SessionTableModel(RowsTableModel[SessionLine]):
    """One day's sessions; times are already in the program's time zone."""

    columns = (
        Column[SessionLine]("Time", time_range),
        Column[SessionLine]("Session", lambda s: s.title, tooltip=lambda s: s.title),
        Column[SessionLine]("Kind", lambda s: s.kind.label),
        Column[SessionLine]("Venue", lambda s: s.venue, tooltip=lambda s: s.venue),
        Column[SessionLine]("Audience", lambda s: s.audience, tooltip=lambda s: s.audience),
    )
