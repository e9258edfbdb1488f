"""Certificates of completion (A4 landscape), laid out to be framed.

A double frame with corner marks; the host in spaced capitals; CERTIFICATE as the title; the
participant's name the largest line on the page, with the native name under it in its own script;
the program; then the date of issue on the left, the host's seal or logo in the middle and the
signer (an optional signature image, the name and the title) on the right.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.utils import ImageReader

from sakura_desktop.printing import text
from sakura_desktop.printing.common import (
    A4_LANDSCAPE,
    ACCENT,
    INK,
    MM,
    MUTED,
    CancelFn,
    ProgressFn,
    RenderResult,
    render_each,
)
from sakura_desktop.printing.fonts import CjkLang
from sakura_desktop.printing.notebook_types import PrintImages, picture_size, print_pixels
from sakura_desktop.printing.text import Box, Canvas

PAGE = A4_LANDSCAPE
ROSE = colors.HexColor("#e8b4c3")
SEAL_BOX = 34 * MM
SIGN_LINE_Y = 38 * MM


@dataclass(frozen=True)
class Certificate:
    name: str
    native_name: str
    delegation: str
    program: str
    dates: str
    host: str
    signer: str  # a person's name ("" leaves the line to sign and name by hand)
    lang: CjkLang | None = None
    signer_title: str = ""
    issued: str = ""  # "17 July 2026"


@dataclass(frozen=True)
class _Art:
    """What every certificate of a run shares: the seal resampled once, the signature."""

    seal: ImageReader | None
    seal_size: tuple[float, float]
    signature: Path | None


def _frame(canvas: Canvas) -> None:
    w, h = PAGE
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(2.5)
    canvas.rect(10 * MM, 10 * MM, w - 20 * MM, h - 20 * MM)
    canvas.setStrokeColor(ROSE)
    canvas.setLineWidth(0.7)
    canvas.rect(13 * MM, 13 * MM, w - 26 * MM, h - 26 * MM)
    canvas.setFillColor(ACCENT)
    for x, y in ((13 * MM, 13 * MM), (w - 13 * MM, 13 * MM), (13 * MM, h - 13 * MM),
                 (w - 13 * MM, h - 13 * MM)):  # fmt: skip
        canvas.saveState()
        canvas.translate(x, y)
        canvas.rotate(45)
        canvas.rect(-1.6 * MM, -1.6 * MM, 3.2 * MM, 3.2 * MM, stroke=0, fill=1)
        canvas.restoreState()


def _spaced(canvas: Canvas, content: str, top: float, size: float, spacing: float,
            bold: bool = False) -> None:  # fmt: skip
    """A centred line with letter spacing (Latin capitals); other scripts are set unspaced."""
    line = text.prepare(content, None, bold)
    w = PAGE[0]
    if len(line.segments) != 1 or line.segments[0].shaped:
        text.draw_fitted(canvas, content, Box(20 * MM, top - size * 1.3, w - 40 * MM, size * 1.3),
                         size, bold=bold, align="center")  # fmt: skip
        return
    width = line.width(size) + spacing * (len(content) - 1)
    if width > w - 40 * MM:
        size *= (w - 40 * MM) / width
        width = w - 40 * MM
    drawn = canvas.beginText((w - width) / 2, top - line.ascent * size)
    drawn.setFont(line.segments[0].face.value, size)
    drawn.setCharSpace(spacing)
    drawn.textOut(content)
    drawn.setCharSpace(0)  # the text state outlives the text object: later lines stay unspaced
    canvas.drawText(drawn)


def _centred(
    canvas: Canvas, content: str, bottom: float, height: float, size: float,
    colour: object = INK, bold: bool = False, lang: CjkLang | None = None,
) -> None:  # fmt: skip
    canvas.setFillColor(colour)
    text.draw_fitted(canvas, content, Box(30 * MM, bottom, PAGE[0] - 60 * MM, height), size,
                     bold=bold, align="center", lang=lang)  # fmt: skip


def _rule(canvas: Canvas, y: float, width: float) -> None:
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(1.2)
    canvas.line((PAGE[0] - width) / 2, y, (PAGE[0] + width) / 2, y)


def _certificate(canvas: Canvas, cert: Certificate, art: _Art) -> None:
    """One certificate on a page of its own."""
    _frame(canvas)
    canvas.setFillColor(MUTED)
    _spaced(canvas, cert.host.upper(), 190 * MM, 10, 2.2)
    canvas.setFillColor(ACCENT)
    _spaced(canvas, "CERTIFICATE", 180 * MM, 40, 7, bold=True)
    canvas.setFillColor(MUTED)
    _spaced(canvas, "OF COMPLETION", 160 * MM, 13, 4)
    _rule(canvas, 150.5 * MM, 50 * MM)
    _centred(canvas, "This is to certify that", 142 * MM, 8 * MM, 13, MUTED)
    _centred(canvas, cert.name, 120 * MM, 21 * MM, 46, bold=True, lang=cert.lang)
    if cert.native_name and cert.native_name != cert.name:
        _centred(canvas, cert.native_name, 107 * MM, 13 * MM, 28, lang=cert.lang)
    _centred(canvas, cert.delegation, 99 * MM, 7 * MM, 12, MUTED)
    _centred(canvas, "has successfully completed", 90 * MM, 7 * MM, 13, MUTED)
    _centred(canvas, cert.program, 79 * MM, 11 * MM, 22, bold=True)
    _centred(canvas, f"{cert.dates}  ·  {cert.host}", 72 * MM, 6 * MM, 12, MUTED)
    _issued(canvas, cert)
    _seal(canvas, art)
    _signature(canvas, cert, art)
    canvas.showPage()


def _line_with_label(canvas: Canvas, x0: float, x1: float, label: str) -> None:
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.6)
    canvas.line(x0, SIGN_LINE_Y, x1, SIGN_LINE_Y)
    if label:
        canvas.setFillColor(MUTED)
        text.draw_fitted(canvas, label, Box(x0, SIGN_LINE_Y - 7 * MM, x1 - x0, 5 * MM), 9,
                         align="center")  # fmt: skip


def _issued(canvas: Canvas, cert: Certificate) -> None:
    x0, x1 = 36 * MM, 106 * MM
    canvas.setFillColor(INK)
    text.draw_fitted(canvas, cert.issued, Box(x0, SIGN_LINE_Y + 1.5 * MM, x1 - x0, 8 * MM), 14,
                     align="center", valign="bottom")  # fmt: skip
    _line_with_label(canvas, x0, x1, "Date of issue")


def _seal(canvas: Canvas, art: _Art) -> None:
    if art.seal is None:
        return
    width, height = art.seal_size
    x = (PAGE[0] - width) / 2
    y = 22 * MM + (SEAL_BOX - height) / 2
    canvas.drawImage(art.seal, x, y, width, height, mask="auto")


def _signature(canvas: Canvas, cert: Certificate, art: _Art) -> None:
    x0, x1 = PAGE[0] - 106 * MM, PAGE[0] - 36 * MM
    if art.signature is not None:
        canvas.drawImage(str(art.signature), x0 + 5 * MM, SIGN_LINE_Y + 1 * MM, x1 - x0 - 10 * MM,
                         18 * MM, preserveAspectRatio=True, anchor="s", mask="auto")  # fmt: skip
    _line_with_label(canvas, x0, x1, "" if cert.signer else "Signature")
    canvas.setFillColor(INK)
    text.draw_fitted(canvas, cert.signer, Box(x0, SIGN_LINE_Y - 7 * MM, x1 - x0, 5.5 * MM), 12,
                     bold=True, align="center")  # fmt: skip
    canvas.setFillColor(MUTED)
    text.draw_fitted(canvas, cert.signer_title, Box(x0, SIGN_LINE_Y - 12.5 * MM, x1 - x0,
                     5 * MM), 10, align="center")  # fmt: skip


def _art(seal: bytes | None, signature: Path | None) -> _Art:
    if not seal:
        return _Art(None, (0.0, 0.0), signature)
    px_w, px_h = picture_size(seal)
    scale = SEAL_BOX / max(px_w, px_h)
    size = (px_w * scale, px_h * scale)
    # resampled once for the whole run, at 300 dpi for its printed size
    small = PrintImages().at(seal, print_pixels(*size))
    return _Art(ImageReader(io.BytesIO(small)), size, signature)


def render_certificates(
    certificates: Sequence[Certificate],
    out: Path,
    *,
    signature: Path | None = None,
    seal: bytes | None = None,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> RenderResult:
    art = _art(seal, signature)

    def draw(canvas: Canvas, cert: Certificate) -> None:
        _certificate(canvas, cert, art)

    return render_each(certificates, out, draw, page=PAGE, title="Certificates of completion",
                       progress=progress, is_cancelled=is_cancelled)  # fmt: skip
