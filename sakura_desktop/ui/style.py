"""A light touch of styling on top of the platform's own look: the sidebar, headings, tiles.

Every colour is computed from the window's palette (mixed with the plum accent), so a dark
system palette gets dark tiles and a light text, and the style is rebuilt when the system
switches between light and dark. `colours` is what tests/test_palette.py holds to 4.5:1.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

ACCENT = "#8e3b6b"
# The accent as text on a dark surface: the plum lightened until it reads at 4.5:1.
ACCENT_ON_DARK = "#e3a3c7"
ERROR_ON_LIGHT = "#c62828"
ERROR_ON_DARK = "#ff8a80"


@dataclass(frozen=True)
class Colours:
    window: QColor
    text: QColor
    sidebar: QColor
    sidebar_text: QColor
    selected: QColor
    tile: QColor
    tile_border: QColor
    muted: QColor
    accent_text: QColor
    error: QColor


def mix(first: QColor, second: QColor, amount: float) -> QColor:
    """`first` moved `amount` (0..1) of the way towards `second`."""
    return QColor.fromRgbF(
        first.redF() + (second.redF() - first.redF()) * amount,
        first.greenF() + (second.greenF() - first.greenF()) * amount,
        first.blueF() + (second.blueF() - first.blueF()) * amount,
    )


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colours(palette: QPalette) -> Colours:
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    accent = QColor(ACCENT)
    dark = is_dark(palette)
    return Colours(
        window=window,
        text=text,
        sidebar=mix(window, accent, 0.12 if dark else 0.06),
        sidebar_text=text,
        selected=mix(window, accent, 0.35 if dark else 0.18),
        tile=mix(window, text, 0.04),
        tile_border=mix(window, text, 0.16),
        muted=mix(text, window, 0.35),
        accent_text=QColor(ACCENT_ON_DARK if dark else ACCENT),
        error=QColor(ERROR_ON_DARK if dark else ERROR_ON_LIGHT),
    )


def stylesheet(palette: QPalette) -> str:
    c = colours(palette)
    sidebar, sidebar_text, selected = c.sidebar.name(), c.sidebar_text.name(), c.selected.name()
    tile, tile_border, muted = c.tile.name(), c.tile_border.name(), c.muted.name()
    accent_text, error = c.accent_text.name(), c.error.name()
    return f"""
    QListWidget#Navigator {{
        background: {sidebar};
        color: {sidebar_text};
        padding: 10px 8px;
        font-size: 11pt;
        outline: 0;
    }}
    QListWidget#Navigator::item {{ padding: 4px 10px; border-radius: 6px; }}
    QListWidget#Navigator::item:hover {{ background: {selected}; }}
    QListWidget#Navigator::item:selected {{
        background: {selected}; color: {sidebar_text}; font-weight: 600;
        border-left: 3px solid {ACCENT};
    }}
    QLabel#PageTitle {{ font-size: 17pt; font-weight: 600; }}
    QLabel#PageSubtitle {{ color: {muted}; font-size: 10.5pt; }}
    QLabel#SectionTitle {{ font-size: 11.5pt; font-weight: 600; }}
    QLabel#DayCaption, QLabel#Note, QLabel#Hint {{ color: {muted}; }}
    QLabel#ErrorNote {{ color: {error}; }}
    QFrame#StatTile {{
        background: {tile}; border: 1px solid {tile_border}; border-radius: 8px;
    }}
    QFrame#StatTile QLabel {{ background: transparent; border: none; }}
    QLabel#StatValue {{ font-size: 19pt; font-weight: 600; color: {accent_text}; }}
    QFrame#StatTile[muted="true"] QLabel#StatValue {{ color: {muted}; }}
    QLabel#StatCaption {{ color: {muted}; }}
    QLabel#EmptyTitle {{ font-size: 15pt; font-weight: 600; }}
    QLabel#EmptyBody {{ color: {muted}; font-size: 10.5pt; }}
    QFrame#PlannedCard {{
        background: {tile}; border: 1px solid {tile_border}; border-radius: 8px;
    }}
    QFrame#PlannedCard QLabel {{ background: transparent; border: none; }}
    QLabel#PlannedNotice {{ font-weight: 600; color: {accent_text}; font-size: 11pt; }}
    QToolBar#mainToolBar {{ spacing: 8px; padding: 4px 6px; }}
    QPushButton[welcomeCard="true"] {{
        background: {tile}; border: 1px solid {tile_border}; border-radius: 8px;
        text-align: left;
    }}
    QPushButton[welcomeCard="true"]:hover, QPushButton[welcomeCard="true"]:focus {{
        border: 2px solid {ACCENT};
    }}
    QLabel#CardTitle {{ font-size: 12pt; font-weight: 600; color: {accent_text}; }}
    QLabel#CardBody {{ color: {muted}; }}
    """


class _PaletteFollower(QObject):
    """Rebuilds the window's style when the system palette changes (light to dark and back)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # PaletteChange comes once the window has its new palette (ApplicationPaletteChange
        # comes before), whether the system or the app changed it.
        if watched is self._window and event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.ThemeChange,
        ):
            restyle(self._window)
        return False


def restyle(window: QWidget) -> None:
    sheet = stylesheet(window.palette())
    if sheet != window.styleSheet():  # setting the same sheet again would only cost a relayout
        window.setStyleSheet(sheet)


def apply_style(window: QWidget) -> None:
    restyle(window)
    if window.findChild(_PaletteFollower) is None:
        _PaletteFollower(window)
