"""Shared by the GUI tests: message boxes recorded (and answered) instead of shown."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from sakura_desktop.ui.dialogs import messages


class Boxes:
    """Message boxes shown; `answer` picks a button by its label, once (None: Cancel / Esc)."""

    def __init__(self) -> None:
        # Only texts are kept: a QMessageBox kept alive past the QApplication (say, through a
        # traceback's frames) crashes the interpreter at exit.
        self.texts: list[str] = []
        self.answer: str | None = None

    def __call__(self, box: QMessageBox) -> None:
        self.texts.append(f"{box.windowTitle()}\n{box.text()}\n{box.informativeText()}")
        if self.answer is not None:
            for button in box.buttons():
                if button.text() == self.answer:
                    self.answer = None
                    button.click()
                    return

    @property
    def last(self) -> str:
        return self.texts[-1] if self.texts else ""


def record_boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    """Route every message box of the code under test to a new recorder."""
    recorder = Boxes()
    monkeypatch.setattr(messages, "exec_box", recorder)
    return recorder
