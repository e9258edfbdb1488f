"""QR codes for badge tokens: alphanumeric mode, error correction M, a fixed mask.

A badge token (32 characters of the QR alphanumeric set) fits QR version 2 (25x25 modules).
The mask is fixed instead of chosen per code: choosing costs eight trial encodings, and every
mask decodes equally well from a printed badge.
"""

from __future__ import annotations

import io
from pathlib import Path

import qrcode
import qrcode.constants
import qrcode.util
from PIL import Image

MASK_PATTERN = 2
QUIET_ZONE = 4  # modules of white around the code, as the standard asks


def _build(token: str, border: int) -> qrcode.QRCode:
    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M,
        border=border,
        mask_pattern=MASK_PATTERN,
    )
    code.add_data(qrcode.util.QRData(token, mode=qrcode.util.MODE_ALPHA_NUM))
    code.make(fit=True)
    return code


def qr_matrix(token: str, border: int = QUIET_ZONE) -> list[list[bool]]:
    """The modules of the token's QR code, row by row (True is dark), quiet zone included."""
    matrix: list[list[bool]] = [
        [bool(cell) for cell in row] for row in _build(token, border).get_matrix()
    ]
    return matrix


def qr_version(token: str) -> int:
    version: int = _build(token, 0).version
    return version


def qr_image(token: str, module_px: int = 10, border: int = QUIET_ZONE) -> Image.Image:
    """A grayscale image of the code, `module_px` pixels per module."""
    matrix = qr_matrix(token, border)
    size = len(matrix)
    small = Image.new("L", (size, size), 255)
    small.putdata([0 if cell else 255 for row in matrix for cell in row])
    return small.resize((size * module_px, size * module_px), Image.Resampling.NEAREST)


def qr_png(token: str, module_px: int = 10, border: int = QUIET_ZONE) -> bytes:
    buffer = io.BytesIO()
    qr_image(token, module_px, border).save(buffer, format="PNG")
    return buffer.getvalue()


def save_qr_png(token: str, path: Path, module_px: int = 10, border: int = QUIET_ZONE) -> Path:
    path.write_bytes(qr_png(token, module_px, border))
    return path
