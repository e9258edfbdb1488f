"""Badge QR codes: rendered with core/qr.py, saved as PNG, read back with zxing-cpp; debouncing."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from sakura_desktop.core.checkin.decode import ScanDebouncer, decode_qr
from sakura_desktop.core.qr import qr_image, qr_matrix, qr_png, save_qr_png
from sakura_desktop.core.tokens import ProgramKey, make_token

KEY = ProgramKey(1, "0b5c2f3e-9f51-4a8e-a9f8-1b0e6c1f7d21", b"k" * 32)
TOKEN = make_token(KEY, 4711, 1)


def camera_frame(
    token: str, *, angle: float = 0, size: tuple[int, int] = (1280, 720)
) -> Image.Image:
    """A grey 1280x720 frame with a badge QR somewhere off-centre, as a webcam would see it."""
    frame = Image.new("L", size, 150)
    badge = Image.new("L", (360, 480), 245)
    badge.paste(qr_image(token, module_px=7), (25, 160))
    badge = badge.rotate(angle, expand=True, fillcolor=150)
    frame.paste(badge, (700, 120))
    return frame


def test_matrix_is_version_2_with_quiet_zone() -> None:
    matrix = qr_matrix(TOKEN)
    assert len(matrix) == 25 + 2 * 4
    assert not any(matrix[0]) and matrix[4][4]  # quiet zone, then the finder pattern


def test_png_file_decodes_to_the_token(tmp_path: Path) -> None:
    path = save_qr_png(TOKEN, tmp_path / "badge.png")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with Image.open(path) as image:
        assert decode_qr(image) == [TOKEN]


@pytest.mark.parametrize("angle", [0, 12, 90, 180])
def test_camera_frame_decodes(angle: float) -> None:
    frame = camera_frame(TOKEN, angle=angle)
    png = io.BytesIO()
    frame.save(png, format="PNG")
    with Image.open(io.BytesIO(png.getvalue())) as image:
        assert decode_qr(image) == [TOKEN]


def test_qimage_decodes() -> None:
    from PySide6.QtGui import QImage

    image = QImage.fromData(qr_png(TOKEN))
    assert decode_qr(image) == [TOKEN]


def test_frame_without_code_and_other_symbologies_give_nothing() -> None:
    assert decode_qr(Image.new("L", (640, 480), 200)) == []
    import zxingcpp

    datamatrix = zxingcpp.write_barcode_to_image(
        zxingcpp.create_barcode(TOKEN, zxingcpp.BarcodeFormat.DataMatrix), scale=6
    )
    assert decode_qr(datamatrix) == []


class ManualClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_debouncer_ignores_the_same_code_for_three_seconds() -> None:
    clock = ManualClock()
    debounce = ScanDebouncer(clock=clock)
    assert debounce.accept("A")
    clock.now += 1
    assert not debounce.accept("A")
    assert debounce.accept("B")  # another badge passes at once
    clock.now += 2.5
    assert not debounce.accept("A")  # still held in front of the camera: the wait restarts
    clock.now += 3.01
    assert debounce.accept("A")
    debounce.reset()
    assert debounce.accept("A")
