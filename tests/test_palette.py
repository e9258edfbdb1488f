"""Light and dark system palettes: the app's own colours (ui/style.py) keep text readable.

Every text colour the stylesheet sets is checked against the surface it is drawn on, for the
Fusion light palette and a dark palette (Fusion's dark colours), at WCAG's 4.5:1 for normal text.
And a window follows the system when it switches from light to dark while the app runs.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStyleFactory, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from sakura_desktop.core.checkin.decision import Tone
from sakura_desktop.ui.checkin.result_panel import ResultPanel
from sakura_desktop.ui.checkin.text import ResultView
from sakura_desktop.ui.style import Colours, apply_style, colours, stylesheet

pytestmark = pytest.mark.gui

MINIMUM_CONTRAST = 4.5


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    assert style is not None
    return style.standardPalette()


def dark_palette() -> QPalette:
    """The colours of Qt's Fusion style in dark mode (Qt 6.5+ on a dark desktop)."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#353535"),
        (roles.WindowText, "#ffffff"),
        (roles.Base, "#2a2a2a"),
        (roles.AlternateBase, "#424242"),
        (roles.Text, "#ffffff"),
        (roles.Button, "#353535"),
        (roles.ButtonText, "#ffffff"),
        (roles.Highlight, "#2f65ca"),
        (roles.HighlightedText, "#ffffff"),
        (roles.ToolTipBase, "#353535"),
        (roles.ToolTipText, "#ffffff"),
        (roles.PlaceholderText, "#9a9a9a"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(v) for v in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: QColor, second: QColor) -> float:
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_on_surface(c: Colours) -> dict[str, tuple[QColor, QColor]]:
    """What the stylesheet draws as text, on what (name -> (text, surface))."""
    return {
        "page text on the window": (c.text, c.window),
        "sidebar item": (c.sidebar_text, c.sidebar),
        "selected sidebar item": (c.sidebar_text, c.selected),
        "subtitle, hint, note on the window": (c.muted, c.window),
        "tile caption, empty-state body, card body": (c.muted, c.tile),
        "tile value, card title, planned notice": (c.accent_text, c.tile),
        "accent text on the window": (c.accent_text, c.window),
        "error note": (c.error, c.window),
        "text on a tile": (c.text, c.tile),
    }


@pytest.mark.parametrize("make_palette", [light_palette, dark_palette], ids=["light", "dark"])
def test_every_styled_text_reads_at_4_5_to_1(make_palette: object, qapp: QApplication) -> None:
    assert callable(make_palette)
    palette: QPalette = make_palette()
    c = colours(palette)
    weak = {
        name: round(contrast(text, surface), 2)
        for name, (text, surface) in text_on_surface(c).items()
        if contrast(text, surface) < MINIMUM_CONTRAST
    }
    assert not weak, weak
    sheet = stylesheet(palette)
    for colour in (c.sidebar, c.tile, c.muted, c.accent_text, c.error):
        assert colour.name() in sheet


def test_dark_mode_gets_dark_surfaces(qapp: QApplication) -> None:
    light, dark = colours(light_palette()), colours(dark_palette())
    assert light.tile.lightness() > 200 and light.sidebar.lightness() > 200
    assert dark.tile.lightness() < 90 and dark.sidebar.lightness() < 90
    assert dark.muted.lightness() > dark.window.lightness()


@pytest.fixture
def restore_palette(qapp: QApplication) -> Iterator[None]:
    before = qapp.palette()
    yield
    qapp.setPalette(before)


@pytest.mark.usefixtures("restore_palette")
def test_a_window_follows_the_system_into_dark_mode(qtbot: QtBot, qapp: QApplication) -> None:
    qapp.setPalette(light_palette())
    window = QWidget()
    qtbot.addWidget(window)
    tile_caption = QLabel("present", window)
    tile_caption.setObjectName("StatCaption")
    QVBoxLayout(window).addWidget(tile_caption)
    apply_style(window)
    window.show()
    light_caption = tile_caption.palette().color(QPalette.ColorRole.WindowText)

    qapp.setPalette(dark_palette())
    qtbot.waitUntil(lambda: colours(dark_palette()).tile.name() in window.styleSheet())
    dark_caption = tile_caption.palette().color(QPalette.ColorRole.WindowText)
    assert dark_caption.lightness() > light_caption.lightness()
    assert contrast(dark_caption, QColor("#353535")) >= MINIMUM_CONTRAST


@pytest.mark.usefixtures("restore_palette")
def test_the_check_in_ready_panel_goes_dark_and_outcomes_keep_their_colours(
    qtbot: QtBot, qapp: QApplication
) -> None:
    qapp.setPalette(light_palette())
    panel = ResultPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert "#e9e4e8" in panel.styleSheet()  # the light "Ready" look

    qapp.setPalette(dark_palette())
    dark = colours(dark_palette())
    qtbot.waitUntil(lambda: dark.tile.name() in panel.styleSheet())
    assert contrast(dark.text, dark.tile) >= MINIMUM_CONTRAST
    panel.show_view(ResultView(Tone.GREEN, "Welcome", given="Nong", family="Saetang"))
    assert "#1e7d32" in panel.styleSheet()  # green stays green on a dark desktop
