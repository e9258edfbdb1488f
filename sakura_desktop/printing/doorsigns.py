"""Door signs for sessions (A4 landscape): what, when, who for, with whom."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sakura_desktop.printing import text
from sakura_desktop.printing.common import (
    A4_LANDSCAPE,
    INK,
    MM,
    MUTED,
    CancelFn,
    ProgressFn,
    RenderResult,
    accent_band,
    render_each,
)
from sakura_desktop.printing.text import Box, Canvas

PAGE = A4_LANDSCAPE


@dataclass(frozen=True)
class DoorSign:
    kind: str  # "Lab tour"
    title: str
    when: str  # "Tuesday 14 July, 09:15–10:00"
    where: str
    audience: str
    host: str
    program: str


def _sign(canvas: Canvas, sign: DoorSign) -> None:
    """One door sign on a page of its own."""
    w, h = PAGE
    m = 18 * MM
    accent_band(canvas, PAGE, 34 * MM)
    text.draw_fitted(canvas, sign.kind.upper(), Box(m, h - 26 * MM, w - 2 * m, 16 * MM), 34,
                     bold=True)  # fmt: skip
    canvas.setFillColor(INK)
    text.draw_fitted(canvas, sign.title, Box(m, h - 92 * MM, w - 2 * m, 50 * MM), 54, bold=True,
                     max_lines=2)  # fmt: skip
    rows = [(sign.when, 28, True), (sign.where, 22, False), (sign.audience, 20, False),
            (f"with {sign.host}" if sign.host else "", 18, False)]  # fmt: skip
    top = h - 100 * MM
    for content, size, bold in rows:
        canvas.setFillColor(INK if bold else MUTED)
        text.draw_fitted(canvas, content, Box(m, top - 14 * MM, w - 2 * m, 13 * MM), size,
                         bold=bold)  # fmt: skip
        top -= 16 * MM
    canvas.setFillColor(MUTED)
    text.draw_fitted(canvas, sign.program, Box(m, 10 * MM, w - 2 * m, 7 * MM), 11)
    canvas.showPage()


def render_doorsigns(
    signs: Sequence[DoorSign],
    out: Path,
    *,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> RenderResult:
    return render_each(signs, out, _sign, page=PAGE, title="Door signs", progress=progress,
                       is_cancelled=is_cancelled)  # fmt: skip
