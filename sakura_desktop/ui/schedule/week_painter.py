"""The week view's painting: the grid, the blocks, a dragged block with its time, header and axis.

`WeekPainting` sits between `WeekGeometry` and `WeekView`: it turns the view's state (sessions,
conflicts, selection, a drag in progress) into pixels and changes nothing. It is apart from the
view so the gestures and signals read on their own and the drawing code can be followed top to
bottom in one place.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen

from sakura_desktop.core.schedule.conflicts import Conflict, Severity
from sakura_desktop.core.schedule.model import SessionData
from sakura_desktop.ui.i18n import translate
from sakura_desktop.ui.locale_format import day as day_text
from sakura_desktop.ui.schedule import layout
from sakura_desktop.ui.schedule.models import severity_icon
from sakura_desktop.ui.schedule.text import day_span, kind_colours, severity_colour, span, worst
from sakura_desktop.ui.schedule.week_geometry import (
    AXIS_WIDTH,
    HEADER_HEIGHT,
    SELECTED_COLOUR,
    WeekGeometry,
    _Drag,
)


class WeekPainting(WeekGeometry):
    """Paints the week view; the fields below are set by `WeekView`."""

    sessions: dict[int, SessionData]
    conflicts: dict[int, list[Conflict]]
    program_days: tuple[dt.date, dt.date] | None
    selected_id: int | None
    empty_text: str
    _drag: _Drag | None
    _pending: tuple[int, dt.datetime, dt.datetime] | None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.viewport().rect(), palette.color(QPalette.ColorRole.Base))
        if not self.days:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        offset = self.offset()
        painter.save()
        painter.translate(-offset)
        self._paint_grid(painter, palette)
        self._paint_blocks(painter)
        self._paint_drag(painter)
        painter.restore()
        self._paint_header(painter, palette, offset.x())
        self._paint_axis(painter, palette, offset.y())
        painter.end()

    def _paint_grid(self, painter: QPainter, palette: QPalette) -> None:
        base = palette.color(QPalette.ColorRole.Base)
        dark = base.lightness() < 128
        alt = palette.color(QPalette.ColorRole.AlternateBase)
        outside = QColor("#3a3a3a" if dark else "#ececec")
        height = self.body_height()
        for index, day in enumerate(self.days):
            column = self.day_column(index)
            in_program = self.program_days is None or (
                self.program_days[0] <= day <= self.program_days[1]
            )
            if not in_program:
                painter.fillRect(column, outside)
            elif index % 2:
                painter.fillRect(column, alt)
        line = palette.color(QPalette.ColorRole.Mid)
        faint = QColor(line)
        faint.setAlpha(70)
        line.setAlpha(140)
        right = AXIS_WIDTH + sum(self.day_width)
        for hour in range(self.first_hour, self.last_hour + 1):
            y = self.y_of(hour * 60)
            painter.setPen(QPen(line, 1))
            painter.drawLine(QPointF(AXIS_WIDTH, y), QPointF(right, y))
            if hour < self.last_hour and self.zoom >= 0.8:
                painter.setPen(QPen(faint, 1, Qt.PenStyle.DotLine))
                y2 = self.y_of(hour * 60 + 30)
                painter.drawLine(QPointF(AXIS_WIDTH, y2), QPointF(right, y2))
        painter.setPen(QPen(line, 1))
        for x in self.day_x:
            painter.drawLine(QPointF(x, HEADER_HEIGHT), QPointF(x, HEADER_HEIGHT + height))

    def _paint_blocks(self, painter: QPainter) -> None:
        moving = self._drag.session_id if self._drag is not None and self._drag.active else None
        pending = self._pending[0] if self._pending is not None else None
        for session_id, placed in self.placed.items():
            ghost = session_id in (moving, pending)
            self._paint_block(painter, self._rect(placed), self.sessions[session_id], ghost)

    def _paint_block(
        self,
        painter: QPainter,
        rect: QRectF,
        session: SessionData,
        ghost: bool = False,
        floating: bool = False,
    ) -> None:
        fill_name, accent_name = kind_colours(session.kind)
        fill, accent = QColor(fill_name), QColor(accent_name)
        conflicts = self.conflicts.get(session.id, [])
        severity = worst(conflicts)
        selected = session.id == self.selected_id
        painter.save()
        if ghost:
            painter.setOpacity(0.35)
        if floating:
            painter.setOpacity(0.92)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 4, 4)
        stripe = QRectF(rect.left(), rect.top(), min(4.0, rect.width() / 3), rect.height())
        painter.setBrush(accent)
        painter.drawRoundedRect(stripe, 2, 2)
        if severity is not None:
            pen = QPen(QColor(severity_colour(severity)), 2.5)
            pen.setStyle(
                Qt.PenStyle.SolidLine if severity == Severity.ERROR else Qt.PenStyle.DashLine
            )
        else:
            pen = QPen(accent.darker(115), 1)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        if selected:
            painter.setPen(QPen(QColor(SELECTED_COLOUR), 2))
            painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 5, 5)
        icon_room = 0.0
        if severity is not None and rect.width() > 26 and rect.height() > 14:
            size = 14
            icon_rect = QRectF(rect.right() - size - 3, rect.top() + 3, size, size)
            severity_icon(severity).paint(painter, icon_rect.toRect())
            icon_room = size + 3
        self._paint_text(painter, rect, session, icon_room)
        painter.restore()

    def _paint_text(
        self, painter: QPainter, rect: QRectF, session: SessionData, icon_room: float
    ) -> None:
        if rect.width() < 22 or rect.height() < 12 or self.week is None:
            return
        inner = rect.adjusted(7, 2, -3, -2)
        title_font = QFont(self.font())
        title_font.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.92))
        title_font.setBold(True)
        body_font = QFont(self.font())
        body_font.setPointSizeF(max(6.5, self.font().pointSizeF() * 0.85))
        lines: list[tuple[QFont, str]] = [(title_font, session.title)]
        times = span(session.start, session.end, self.timezone)
        venue = self.week.venue_by_id.get(session.venue_id) if session.venue_id else None
        details = [times]
        if venue is not None:
            details.append(venue.name)
        audience = self.week.audience_label(session)
        if audience:
            details.append(audience)
        lines += [(body_font, text) for text in details]
        painter.setPen(QColor("#1d1d1f"))
        y = inner.top()
        for number, (font, text) in enumerate(lines):
            metrics = QFontMetricsF(font)
            height = metrics.height()
            if y + height > inner.bottom() + 1 and number > 0:
                break
            width = inner.width() - (icon_room if number == 0 else 0)
            if (
                number == 0
                and y + 2 * height <= inner.bottom() - height
                and width < metrics.horizontalAdvance(text)
            ):
                # A tall block: the title may take two lines before the details.
                painter.setFont(font)
                box = QRectF(inner.left(), y, width, 2 * height)
                flags = (
                    Qt.TextFlag.TextWordWrap
                    | Qt.AlignmentFlag.AlignLeft
                    | Qt.AlignmentFlag.AlignTop
                )
                wrapped = _two_lines(metrics, text, width)
                painter.drawText(box, int(flags), wrapped)
                y += height * (wrapped.count("\n") + 1)
                continue
            painter.setFont(font)
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            painter.drawText(
                QRectF(inner.left(), y, width, height), int(Qt.AlignmentFlag.AlignLeft), elided
            )
            y += height

    def _paint_drag(self, painter: QPainter) -> None:
        floating: tuple[int, dt.datetime, dt.datetime] | None = None
        drag = self._drag
        if drag is not None and drag.active and drag.new_start and drag.new_end:
            floating = (drag.session_id, drag.new_start, drag.new_end)
        elif self._pending is not None:
            floating = self._pending
        if floating is None or self.week is None:
            return
        session_id, start, end = floating
        original = self.sessions[session_id]
        moved = replace(original, start=start, end=end)
        day, minutes = layout.minutes_of(start, self.timezone)
        if day not in self.days:
            return
        day_index = self.days.index(day)
        end_minutes = minutes + (end - start).total_seconds() / 60
        placed = layout.Placed(session_id, day_index, minutes, min(end_minutes, layout.DAY_MINUTES))
        rect = self._rect(placed)
        self._paint_block(painter, rect, moved, floating=True)
        if drag is not None and drag.active:
            self._paint_bubble(painter, rect, day_span(start, end, self.timezone))

    def _paint_bubble(self, painter: QPainter, rect: QRectF, text: str) -> None:
        font = QFont(self.font())
        font.setBold(True)
        metrics = QFontMetricsF(font)
        width = metrics.horizontalAdvance(text) + 14
        height = metrics.height() + 8
        x = rect.left()
        right_edge = AXIS_WIDTH + sum(self.day_width)
        x = min(x, right_edge - width - 2)
        y = rect.top() - height - 4
        if y < HEADER_HEIGHT + self.offset().y():
            y = rect.bottom() + 4
        bubble = QRectF(x, y, width, height)
        painter.save()
        painter.setOpacity(1.0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(30, 30, 34, 230))
        painter.drawRoundedRect(bubble, 5, 5)
        painter.setPen(QColor("white"))
        painter.setFont(font)
        painter.drawText(bubble, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()

    def _paint_header(self, painter: QPainter, palette: QPalette, dx: float) -> None:
        band = QRectF(0, 0, self.viewport().width(), HEADER_HEIGHT)
        painter.fillRect(band, palette.color(QPalette.ColorRole.Window))
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        for index, day in enumerate(self.days):
            cell = QRectF(self.day_x[index] - dx, 0, self.day_width[index], HEADER_HEIGHT)
            if cell.right() < AXIS_WIDTH:
                continue
            in_program = self.program_days is None or (
                self.program_days[0] <= day <= self.program_days[1]
            )
            painter.setFont(bold)
            painter.setPen(text if in_program else muted)
            top = QRectF(cell.left(), 4, cell.width(), HEADER_HEIGHT / 2 - 2)
            painter.drawText(top, int(Qt.AlignmentFlag.AlignCenter), day_text(day))
            painter.setFont(small)
            painter.setPen(muted)
            bottom = QRectF(cell.left(), HEADER_HEIGHT / 2, cell.width(), HEADER_HEIGHT / 2 - 4)
            if in_program and self.program_days is not None:
                number = (day - self.program_days[0]).days + 1
                caption = translate("WeekView", "Day {0}").format(number)
            else:
                caption = translate("WeekView", "outside the program")
            painter.drawText(bottom, int(Qt.AlignmentFlag.AlignCenter), caption)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(
            QPointF(0, HEADER_HEIGHT - 0.5), QPointF(band.right(), HEADER_HEIGHT - 0.5)
        )

    def _paint_axis(self, painter: QPainter, palette: QPalette, dy: float) -> None:
        band = QRectF(0, HEADER_HEIGHT, AXIS_WIDTH, self.viewport().height() - HEADER_HEIGHT)
        painter.fillRect(band, palette.color(QPalette.ColorRole.Window))
        painter.save()
        painter.setClipRect(band)
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.9)
        painter.setFont(small)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        metrics = QFontMetricsF(small)
        for hour in range(self.first_hour, self.last_hour + 1):
            y = self.y_of(hour * 60) - dy
            label = QRectF(
                0,
                y - metrics.height() / 2 + (metrics.height() / 2 if hour == self.first_hour else 0),
                AXIS_WIDTH - 8,
                metrics.height(),
            )
            painter.drawText(
                label,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                f"{hour:02d}:00",
            )
        painter.restore()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(
            QPointF(AXIS_WIDTH - 0.5, 0), QPointF(AXIS_WIDTH - 0.5, self.viewport().height())
        )
        painter.fillRect(
            QRectF(0, 0, AXIS_WIDTH - 1, HEADER_HEIGHT - 1),
            palette.color(QPalette.ColorRole.Window),
        )


def _two_lines(metrics: QFontMetricsF, text: str, width: float) -> str:
    """The text wrapped at words onto two lines, each elided to `width`."""
    words = text.split()
    first = ""
    for n, word in enumerate(words):
        candidate = f"{first} {word}".strip()
        if metrics.horizontalAdvance(candidate) > width:
            if not first:  # one word wider than the block: one elided line
                return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            rest = " ".join(words[n:])
            return first + "\n" + metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        first = candidate
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
