"""A light touch of styling on top of the platform's own look: the sidebar, headings, tiles.

Colours come from the palette where they can, so dark mode and high contrast keep working; the
accent is a muted plum that reads well on white and on grey.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

ACCENT = "#8e3b6b"


def stylesheet(palette: QPalette) -> str:
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    sidebar = "#2b2530" if dark else "#f4eef2"
    sidebar_text = "#e9dfe6" if dark else "#3d2b38"
    selected = "#5c2f4b" if dark else "#e7d3df"
    tile = "#302a33" if dark else "#fbf8fa"
    tile_border = "#4a3f48" if dark else "#e6dbe2"
    muted = "#a99aa4" if dark else "#6f6169"
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
    QLabel#ErrorNote {{ color: #c62828; }}
    QFrame#StatTile {{
        background: {tile}; border: 1px solid {tile_border}; border-radius: 8px;
    }}
    QFrame#StatTile QLabel {{ background: transparent; border: none; }}
    QLabel#StatValue {{ font-size: 19pt; font-weight: 600; color: {ACCENT}; }}
    QFrame#StatTile[muted="true"] QLabel#StatValue {{ color: {muted}; }}
    QLabel#StatCaption {{ color: {muted}; }}
    QLabel#EmptyTitle {{ font-size: 15pt; font-weight: 600; }}
    QLabel#EmptyBody {{ color: {muted}; font-size: 10.5pt; }}
    QFrame#PlannedCard {{
        background: {tile}; border: 1px solid {tile_border}; border-radius: 8px;
    }}
    QFrame#PlannedCard QLabel {{ background: transparent; border: none; }}
    QLabel#PlannedNotice {{ font-weight: 600; color: {ACCENT}; font-size: 11pt; }}
    QToolBar#mainToolBar {{ spacing: 8px; padding: 4px 6px; }}
    QPushButton[welcomeCard="true"] {{
        background: {tile}; border: 1px solid {tile_border}; border-radius: 8px;
        text-align: left;
    }}
    QPushButton[welcomeCard="true"]:hover, QPushButton[welcomeCard="true"]:focus {{
        border: 2px solid {ACCENT};
    }}
    QLabel#CardTitle {{ font-size: 12pt; font-weight: 600; color: {ACCENT}; }}
    QLabel#CardBody {{ color: {muted}; }}
    """


def apply_style(window: QWidget) -> None:
    window.setStyleSheet(stylesheet(window.palette()))
