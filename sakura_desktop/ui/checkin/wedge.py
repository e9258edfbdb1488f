"""The scanner input: telling a keyboard-wedge scanner from a person typing a name.

A USB scanner "types" the whole code in a burst (a few milliseconds per character) and ends with
Enter. A person types slower than one key per 50 ms. So on Enter, the keys that came in one fast
burst right before it (every gap under `max_gap`, the Enter included) are a scanned code when
there are at least `min_length` of them; anything else in the field is a name search. A burst at
the end of slower typing (someone scanned while a search was half typed) is still the code.

`WedgeDetector` is plain Python with an injectable clock (seconds); `ScanInput` is the QLineEdit
that feeds it and emits `code_scanned(code)` or `submitted(text)`.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

MAX_GAP_SECONDS = 0.05
MIN_CODE_LENGTH = 10

Clock = Callable[[], float]


class WedgeDetector:
    """Remembers when each character was typed; decides on Enter whether it was a scan."""

    def __init__(
        self,
        clock: Clock = time.monotonic,
        *,
        max_gap: float = MAX_GAP_SECONDS,
        min_length: int = MIN_CODE_LENGTH,
    ) -> None:
        self.clock = clock
        self.max_gap = max_gap
        self.min_length = min_length
        self._keys: list[tuple[float, str]] = []

    def key(self, text: str) -> None:
        """A key that typed `text` (one or more characters)."""
        now = self.clock()
        self._keys.extend((now, char) for char in text)

    def reset(self) -> None:
        """Editing keys, pastes, a cleared field: the timing record no longer matches the text."""
        self._keys.clear()

    def finish(self, field_text: str) -> str | None:
        """Enter was pressed with `field_text` in the field: the scanned code, or None."""
        enter = self.clock()
        keys, self._keys = self._keys, []
        if not keys or enter - keys[-1][0] >= self.max_gap:
            return None
        start = len(keys) - 1
        while start > 0 and keys[start][0] - keys[start - 1][0] < self.max_gap:
            start -= 1
        code = "".join(char for _, char in keys[start:])
        if len(code.strip()) < self.min_length or not field_text.endswith(code):
            return None
        return code.strip()


class ScanInput(QLineEdit):
    """The big input: scanner bursts become `code_scanned`, other Enter presses `submitted`.

    Up, Down, Page Up and Page Down are passed on as `navigate(key)` (to move through the
    search results) and Escape as `escaped`, so the field keeps the focus throughout.
    """

    code_scanned = Signal(str)
    submitted = Signal(str)
    navigate = Signal(int)
    escaped = Signal()

    NAVIGATION_KEYS = frozenset(
        {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}
    )

    def __init__(self, clock: Clock = time.monotonic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detector = WedgeDetector(clock)

    def event(self, event: QEvent) -> bool:
        """Some scanners end a code with Tab instead of Enter. Qt turns Tab into focus moves
        before keyPressEvent sees it, so a Tab that ends a scanner burst is caught here."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Tab
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            code = self.detector.finish(self.text())
            if code is not None:
                self.clear()
                self.code_scanned.emit(code)
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            text = self.text()
            code = self.detector.finish(text)
            if code is not None:
                self.clear()
                self.code_scanned.emit(code)
            else:
                self.submitted.emit(text)
            event.accept()
            return
        if key in self.NAVIGATION_KEYS:
            self.detector.reset()
            self.navigate.emit(int(key))
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self.detector.reset()
            self.clear()
            self.escaped.emit()
            event.accept()
            return
        typed = event.text()
        modifiers = event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        if typed and typed.isprintable() and modifiers == Qt.KeyboardModifier.NoModifier:
            self.detector.key(typed)
        else:
            self.detector.reset()  # backspace, a paste, cursor movement: not a scanner burst
        super().keyPressEvent(event)
