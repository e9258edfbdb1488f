"""Reading QR codes from camera frames (zxing-cpp, QR only) and ignoring repeated reads."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import zxingcpp

DEBOUNCE_SECONDS = 3.0
QR_ONLY = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)


def decode_qr(image: Any) -> list[str]:
    """The texts of the QR codes in a frame.

    `image` is anything zxing-cpp reads: a PIL image, a grayscale or BGR numpy array, a
    QtGui.QImage, or a buffer. Only QR codes are looked for (faster, and no false reads of
    other symbologies). Rotated and inverted codes are found.
    """
    results = zxingcpp.read_barcodes(image, formats=QR_ONLY)
    return [str(result.text) for result in results if result.valid and result.text]


class ScanDebouncer:
    """Drops a code seen again within `seconds` (a camera reads a held badge many times).

    Pure apart from the injected clock (seconds, monotonic). A different code is always let
    through; the same code is let through again once it has been out of sight for `seconds`
    (every sighting restarts the wait, so a badge held in front of the camera scans once).
    """

    def __init__(
        self, seconds: float = DEBOUNCE_SECONDS, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.seconds = seconds
        self.clock = clock
        self._last_seen: dict[str, float] = {}

    def accept(self, code: str) -> bool:
        now = self.clock()
        self._forget_before(now - self.seconds)
        seen = self._last_seen.get(code)
        self._last_seen[code] = now
        return seen is None

    def reset(self) -> None:
        self._last_seen.clear()

    def _forget_before(self, limit: float) -> None:
        for code in [c for c, t in self._last_seen.items() if t <= limit]:
            del self._last_seen[code]
