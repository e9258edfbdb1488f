"""The legend above the week view: a chip per session kind, and what the borders mean."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from sakura_desktop.core.schedule.conflicts import Severity
from sakura_desktop.db.enums import SessionKind
from sakura_desktop.ui.schedule.text import kind_colours, kind_label, severity_colour
from sakura_desktop.ui.widgets.flow_layout import FlowLayout


class Chip(QWidget):
    """A small block drawn like the week view draws a session (fill, stripe, border)."""

    def __init__(self, kind: str | None = None, severity: Severity | None = None) -> None:
        super().__init__()
        self.kind = kind
        self.severity = severity
        self.setFixedSize(QSize(18, 14))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill, accent = kind_colours(self.kind or "")
        rect = QRectF(1, 1, self.width() - 2, self.height() - 2)
        painter.setBrush(QColor(fill if self.kind else "#ffffff"))
        if self.severity is None:
            painter.setPen(QPen(QColor(accent), 1))
        else:
            pen = QPen(QColor(severity_colour(self.severity)), 2)
            if self.severity == Severity.WARNING:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
        painter.drawRoundedRect(rect, 3, 3)
        if self.kind:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(accent))
            painter.drawRoundedRect(QRectF(1, 1, 4, self.height() - 2), 2, 2)
        painter.end()


class Legend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ScheduleLegend")
        # Wraps onto a second row on a narrow window rather than widening it.
        layout = FlowLayout(self, spacing=12)
        for kind in SessionKind:
            layout.addWidget(_entry(Chip(kind.value), QLabel(kind_label(kind.value))))
        layout.addWidget(_entry(Chip(severity=Severity.ERROR), QLabel(self.tr("conflict"))))
        layout.addWidget(_entry(Chip(severity=Severity.WARNING), QLabel(self.tr("warning"))))


def _entry(chip: Chip, label: QLabel) -> QWidget:
    """A chip with its words, kept together on one row of the legend."""
    entry = QWidget()
    row = QHBoxLayout(entry)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    row.addWidget(chip)
    row.addWidget(label)
    return entry
