"""Certificates of completion (A4 landscape), with an optional signature image."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors

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
from sakura_desktop.printing.text import Box, Canvas

PAGE = A4_LANDSCAPE


@dataclass(frozen=True)
class Certificate:
    name: str
    native_name: str
    delegation: str
    program: str
    dates: str
    host: str
    signer: str
    lang: CjkLang | None = None


def _frame(canvas: Canvas) -> None:
    w, h = PAGE
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(3)
    canvas.rect(12 * MM, 12 * MM, w - 24 * MM, h - 24 * MM)
    canvas.setStrokeColor(colors.HexColor("#e8b4c3"))
    canvas.setLineWidth(0.8)
    canvas.rect(15 * MM, 15 * MM, w - 30 * MM, h - 30 * MM)


def _certificate(canvas: Canvas, cert: Certificate, signature: Path | None) -> None:
    """One certificate on a page of its own."""
    w, h = PAGE
    _frame(canvas)
    inner = w - 60 * MM

    def line(content: str, top: float, height: float, size: float, colour: object = INK,
             bold: bool = False, lang: CjkLang | None = None) -> None:  # fmt: skip
        canvas.setFillColor(colour)
        text.draw_fitted(canvas, content, Box(30 * MM, top - height, inner, height), size,
                         bold=bold, align="center", lang=lang)  # fmt: skip

    line("CERTIFICATE OF COMPLETION", h - 32 * MM, 12 * MM, 26, ACCENT, bold=True)
    line("This is to certify that", h - 52 * MM, 8 * MM, 13, MUTED)
    line(cert.name, h - 64 * MM, 18 * MM, 40, bold=True, lang=cert.lang)
    line(cert.native_name, h - 84 * MM, 12 * MM, 22, MUTED, lang=cert.lang)
    line(cert.delegation, h - 97 * MM, 8 * MM, 13)
    line("has successfully completed", h - 110 * MM, 8 * MM, 13, MUTED)
    line(cert.program, h - 120 * MM, 12 * MM, 20, bold=True)
    line(f"{cert.dates}  ·  {cert.host}", h - 133 * MM, 8 * MM, 12, MUTED)
    _signature(canvas, cert, signature)
    canvas.showPage()


def _signature(canvas: Canvas, cert: Certificate, signature: Path | None) -> None:
    w = PAGE[0]
    x0, x1, y = w / 2 - 45 * MM, w / 2 + 45 * MM, 36 * MM
    if signature is not None:
        canvas.drawImage(str(signature), x0 + 10 * MM, y + 1 * MM, x1 - x0 - 20 * MM, 20 * MM,
                         preserveAspectRatio=True, anchor="s", mask="auto")  # fmt: skip
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.6)
    canvas.line(x0, y, x1, y)
    canvas.setFillColor(INK)
    text.draw_fitted(canvas, cert.signer, Box(x0, y - 8 * MM, x1 - x0, 6 * MM), 11,
                     align="center")  # fmt: skip


def render_certificates(
    certificates: Sequence[Certificate],
    out: Path,
    *,
    signature: Path | None = None,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> RenderResult:
    def draw(canvas: Canvas, cert: Certificate) -> None:
        _certificate(canvas, cert, signature)

    return render_each(certificates, out, draw, page=PAGE, title="Certificates of completion",
                       progress=progress, is_cancelled=is_cancelled)  # fmt: skip
