"""A checkpoint chooser too narrow for a long name keeps its day and time readable."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from sakura_desktop.ui.widgets.eliding_combo import ElidingComboBox

pytestmark = pytest.mark.gui

LONG = "Lab tour: Electron Microscopy Centre 7月14日（火） 10:10"


def test_a_narrow_chooser_elides_the_middle_and_tells_the_whole_name(qtbot: QtBot) -> None:
    combo = ElidingComboBox()
    qtbot.addWidget(combo)
    combo.addItems(["Arrival", LONG])
    combo.setCurrentIndex(1)
    combo.setFixedWidth(200)
    combo.show()
    shown = combo.shown_text()
    assert "…" in shown and shown.startswith("Lab") and shown.endswith("10:10")
    assert combo.toolTip() == LONG
    combo.setCurrentIndex(0)
    assert combo.shown_text() == "Arrival" and combo.toolTip() == "Arrival"
