"""Item models of the Schedule screen over core dataclasses: the conflict list of the side panel."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QPolygonF

from sakura_desktop.core.schedule.conflicts import Conflict, Severity
from sakura_desktop.ui.i18n import translate
from sakura_desktop.ui.schedule.text import conflict_label, severity_colour

AnyIndex = QModelIndex | QPersistentModelIndex

SESSION_IDS_ROLE = Qt.ItemDataRole.UserRole + 1
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3

_icons: dict[Severity, QIcon] = {}


def severity_icon(severity: Severity, size: int = 16) -> QIcon:
    """A filled circle (error, red) or triangle (warning, orange) with a '!'."""
    if severity in _icons:
        return _icons[severity]
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(severity_colour(severity)))
    if severity == Severity.ERROR:
        painter.drawEllipse(1, 1, size - 2, size - 2)
    else:
        painter.drawPolygon(
            QPolygonF([QPointF(size / 2, 1), QPointF(size - 1, size - 1), QPointF(1, size - 1)])
        )
    painter.setPen(QColor("white"))
    font = painter.font()
    font.setBold(True)
    font.setPixelSize(int(size * 0.7))
    painter.setFont(font)
    painter.drawText(pixmap.rect().adjusted(0, 2 if severity == Severity.WARNING else 0, 0, 0),
                     Qt.AlignmentFlag.AlignCenter, "!")  # fmt: skip
    painter.end()
    _icons[severity] = QIcon(pixmap)
    return _icons[severity]


def _spoken(conflict: Conflict) -> str:
    """What a screen reader says of a row: the severity, then the sentence."""
    if conflict.severity == Severity.ERROR:
        return translate("ConflictListModel", "error: {0}").format(conflict.sentence)
    return translate("ConflictListModel", "warning: {0}").format(conflict.sentence)


class ConflictListModel(QAbstractListModel):
    """One row per conflict: the severity icon, the kind in bold, then the sentence."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Conflict] = []

    def set_conflicts(self, conflicts: Sequence[Conflict]) -> None:
        if list(conflicts) == self._rows:
            return
        self.beginResetModel()
        self._rows = list(conflicts)
        self.endResetModel()

    def conflicts(self) -> list[Conflict]:
        return list(self._rows)

    def conflict_at(self, row: int) -> Conflict:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        conflict = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{conflict_label(conflict)}\n{conflict.sentence}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return conflict.sentence
        if role == Qt.ItemDataRole.DecorationRole:
            return severity_icon(conflict.severity)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return _spoken(conflict)
        if role == SESSION_IDS_ROLE:
            return list(conflict.session_ids)
        if role == SEVERITY_ROLE:
            return conflict.severity.value
        if role == KIND_ROLE:
            return conflict_label(conflict)
        return None
