"""The full-width answer to a scan: green, amber or red, readable from two metres away.

The given name is the largest line; the family name, the native-script name, the delegation and
team and the reason follow. The panel returns to its neutral "Ready" look after `clear_after_ms`
(its `clear_timer` is public so tests can fire it). When the window gives it less height than
its lines need at their full size, every line shrinks by the same factor (never below
`MIN_SCALE`), so the missing list below keeps its room on a laptop screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sakura_desktop.core.checkin.decision import Tone
from sakura_desktop.ui import style
from sakura_desktop.ui.checkin.text import ResultView, idle_view
from sakura_desktop.ui.fonts import name_font

CLEAR_AFTER_MS = 4000

# (background, text) - strong colours with a text colour that keeps a high contrast on each.
# The outcomes keep theirs in a dark palette too (recognised from across the door); the neutral
# "Ready" look follows a dark palette (`tone_colours`), so the screen is not a bright block.
COLOURS: dict[Tone | None, tuple[str, str]] = {
    Tone.GREEN: ("#1e7d32", "#ffffff"),
    Tone.AMBER: ("#f6a800", "#1a1200"),
    Tone.RED: ("#c01818", "#ffffff"),
    None: ("#e9e4e8", "#2b2530"),
}


MIN_HEIGHT = 190  # the lines still fit (shrunk); the rest goes to the missing list
# The height the panel asks for: its lines at their full size need ~300 px, but on a laptop the
# missing list below needs the room more, so the panel asks for less and grows with the window.
HINT_HEIGHT = 215
MIN_SCALE = 0.6


def tone_colours(tone: Tone | None) -> tuple[str, str]:
    """(background, text) for `tone` in the application's current palette."""
    palette = QGuiApplication.palette()
    if tone is None and style.is_dark(palette):
        neutral = style.colours(palette)
        return neutral.tile.name(), neutral.text.name()
    return COLOURS[tone]


class ResultPanel(QFrame):
    def __init__(self, parent: QWidget | None = None, *, clear_after_ms: int = CLEAR_AFTER_MS):
        super().__init__(parent)
        self.setObjectName("CheckinResult")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(MIN_HEIGHT)
        self.view: ResultView = idle_view()
        self.scale = 1.0
        self._points: dict[QLabel, float] = {}  # each line's full size

        self.headline_label = self._label("resultHeadline", 20, bold=True)
        self.given_label = self._label("resultGiven", 52, bold=True)
        self.family_label = self._label("resultFamily", 32)
        self.native_label = self._label("resultNative", 36)
        self.affiliation_label = self._label("resultAffiliation", 19)
        self.message_label = self._label("resultMessage", 17)

        names = QHBoxLayout()  # "Grace  Chen": the given name large, the family name beside it
        names.setSpacing(24)
        names.addWidget(self.given_label, 0, Qt.AlignmentFlag.AlignBottom)
        names.addWidget(self.family_label, 1, Qt.AlignmentFlag.AlignBottom)
        self.given_label.setWordWrap(False)
        layout = self.lines_layout = QVBoxLayout(self)
        # The panel's own size hints rule (not its lines at full size): `_fit` shrinks the lines.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(28, 12, 28, 14)
        layout.setSpacing(2)
        layout.addWidget(self.headline_label)
        layout.addStretch(1)
        layout.addLayout(names)
        layout.addWidget(self.native_label)
        layout.addSpacing(6)
        layout.addWidget(self.affiliation_label)
        layout.addStretch(1)
        layout.addWidget(self.message_label)

        self.clear_timer = QTimer(self)
        self.clear_timer.setSingleShot(True)
        self.clear_timer.setInterval(clear_after_ms)
        self.clear_timer.timeout.connect(self.clear)
        self.show_view(idle_view(), auto_clear=False)

    def _label(self, name: str, points: float, *, bold: bool = False) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setFont(name_font(points, bold=bold, base=self.font()))
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        label.setWordWrap(True)  # a long name wraps instead of widening the window
        self._points[label] = points
        return label

    def _apply_colours(self) -> None:
        background, text = tone_colours(self.view.tone)
        self.setStyleSheet(
            f"QFrame#CheckinResult {{ background: {background}; border-radius: 10px; }}"
            f"QFrame#CheckinResult QLabel {{ color: {text}; background: transparent; }}"
        )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange:  # the desktop went dark/light
            self._apply_colours()
        return super().event(event)

    @property
    def tone(self) -> Tone | None:
        return self.view.tone

    def show_view(self, view: ResultView, *, auto_clear: bool = True) -> None:
        self.view = view
        self._apply_colours()
        self.headline_label.setText(view.headline.upper())
        # No person to show (a refused code, an error): the headline and the reason take the room.
        nameless = not view.given
        self._points[self.headline_label] = 40 if nameless else 20
        self._points[self.message_label] = 24 if nameless else 17
        for label, value in (
            (self.given_label, view.given),
            (self.family_label, view.family),
            (self.native_label, view.native),
            (self.affiliation_label, view.affiliation),
            (self.message_label, view.message),
        ):
            label.setText(value)
            label.setVisible(bool(value))
        self._fit()
        for label in (self.given_label, self.family_label, self.native_label):
            label.setFont(
                name_font(
                    label.font().pointSizeF(),
                    bold=label.font().bold(),
                    country_code=view.country_code,
                    base=label.font(),
                )
            )
        if auto_clear:
            self.clear_timer.start()
        else:
            self.clear_timer.stop()

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), MIN_HEIGHT)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), HINT_HEIGHT)

    def hasHeightForWidth(self) -> bool:
        # The wrapping labels would make the parent layout give the panel the height of its
        # lines at full size; the panel fits its lines to the height it gets instead.
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _full_height(self) -> float:
        """The height the visible lines need at their full size, wrapped at the panel's width
        (a Japanese sentence at 17 pt takes two lines, each taller than a Latin line)."""
        margins = self.lines_layout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        total = margins.top() + margins.bottom() + 6.0  # the gap above the affiliation
        names_row = [self.given_label, self.family_label]
        rows: list[list[QLabel]] = [
            [self.headline_label],
            names_row,
            [self.native_label],
            [self.affiliation_label],
            [self.message_label],
        ]
        shown = 0
        for row in rows:
            heights = [self._wrapped_height(label, width) for label in row if label.text()]
            if heights:
                total += max(heights)
                shown += 1
        return total + self.lines_layout.spacing() * max(shown - 1, 0)

    def _wrapped_height(self, label: QLabel, width: int) -> float:
        metrics = QFontMetricsF(self._font_at(label, self._points[label]))
        if width <= 0:
            return metrics.height()
        box = QRectF(0, 0, width, 10_000)
        flags = int(Qt.TextFlag.TextWordWrap)
        return max(metrics.height(), metrics.boundingRect(box, flags, label.text()).height())

    @staticmethod
    def _font_at(label: QLabel, points: float) -> QFont:
        font = QFont(label.font())
        font.setPointSizeF(points)
        return font

    def _fit(self) -> None:
        """Shrink (or restore) every line so that they fit the panel's height."""
        need = self._full_height()
        # 10 % to spare: a label is a little taller than its font's line height.
        scale = 1.0 if need <= 0 else min(1.0, max(MIN_SCALE, self.height() / (need * 1.1)))
        self.scale = round(scale, 2)
        for label, points in self._points.items():
            self._resize(label, round(points * self.scale, 1))

    @staticmethod
    def _resize(label: QLabel, points: float) -> None:
        font = label.font()
        if font.pointSizeF() != points:
            font.setPointSizeF(points)
            label.setFont(font)

    def clear(self) -> None:
        self.show_view(idle_view(), auto_clear=False)

    def texts(self) -> list[str]:
        """The visible lines, top to bottom (for tests and accessibility)."""
        labels = (
            self.headline_label,
            self.given_label,
            self.family_label,
            self.native_label,
            self.affiliation_label,
            self.message_label,
        )
        return [label.text() for label in labels if label.text()]
