"""Paper sign-in sheets per session: the fallback when the laptops fail."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sakura_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from sakura_desktop.printing import text
from sakura_desktop.printing.common import (
    A4,
    ACCENT,
    FAINT,
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


@dataclass(frozen=True)
class SigninRow:
    name: str
    native_name: str
    delegation: str
    lang: CjkLang | None = None


@dataclass(frozen=True)
class SigninSheet:
    title: str
    when: str
    where: str
    rows: tuple[SigninRow, ...]


MARGIN = 14 * MM
ROW_H = 9 * MM
# (header, share of the width)
# Coordinator-facing paper: the headers follow the window's language (core/i18n.py).
COLUMNS = (
    ("#", 0.06),
    (QT_TRANSLATE_NOOP("SigninSheet", "Name"), 0.36),
    (QT_TRANSLATE_NOOP("SigninSheet", "Delegation"), 0.24),
    ("✓", 0.07),
    (QT_TRANSLATE_NOOP("SigninSheet", "Signature"), 0.27),
)


def _header(canvas: Canvas, sheet: SigninSheet, page: int, pages: int) -> float:
    w, h = A4
    canvas.setFillColor(ACCENT)
    text.draw_fitted(canvas, sheet.title, Box(MARGIN, h - 24 * MM, w - 2 * MARGIN, 11 * MM), 18,
                     bold=True, max_lines=2)  # fmt: skip
    canvas.setFillColor(MUTED)
    of = translate("SigninSheet", "sheet {page} of {pages}").format(page=page, pages=pages)
    line = "  ·  ".join(p for p in (sheet.when, sheet.where, of) if p)
    text.draw_fitted(canvas, line, Box(MARGIN, h - 31 * MM, w - 2 * MARGIN, 6 * MM), 10)
    top = h - 36 * MM
    _row(canvas, top, [translate("SigninSheet", c) for c, _ in COLUMNS], header=True)
    return float(top - ROW_H)


def _row(canvas: Canvas, top: float, cells: Sequence[str], header: bool = False,
         langs: Sequence[CjkLang | None] = ()) -> None:  # fmt: skip
    x, width = MARGIN, A4[0] - 2 * MARGIN
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.5)
    for index, ((_, share), cell) in enumerate(zip(COLUMNS, cells, strict=True)):
        cw = width * share
        canvas.setFillColor(FAINT if header else (1, 1, 1))
        canvas.rect(x, top - ROW_H, cw, ROW_H, stroke=1, fill=1)
        if index == 3 and not header:
            canvas.rect(x + cw / 2 - 2.2 * MM, top - ROW_H / 2 - 2.2 * MM, 4.4 * MM, 4.4 * MM)
        canvas.setFillColor(INK)
        lang = langs[index] if index < len(langs) else None
        text.draw_fitted(canvas, cell, Box(x + 1.5 * MM, top - ROW_H + 1 * MM, cw - 3 * MM,
                         ROW_H - 2 * MM), 10, bold=header, lang=lang, max_lines=2,
                         align="center" if index in (0, 3) else "left")  # fmt: skip
        x += cw


def _per_page() -> int:
    return int((A4[1] - 36 * MM - ROW_H - 14 * MM) // ROW_H)


def _sheet(canvas: Canvas, sheet: SigninSheet) -> None:
    """One session's sheet, on as many pages as its rows (and three walk-in lines) need."""
    per_page = _per_page()
    rows = list(sheet.rows) + [SigninRow("", "", "")] * 3  # walk-ins
    pages = -(-len(rows) // per_page)
    for page in range(pages):
        top = _header(canvas, sheet, page + 1, pages)
        for offset, row in enumerate(rows[page * per_page : (page + 1) * per_page]):
            number = page * per_page + offset + 1
            name = f"{row.name}  {row.native_name}".strip() if row.native_name != row.name else (
                row.name)  # fmt: skip
            _row(canvas, top, [str(number) if row.name else "", name, row.delegation, "", ""],
                 langs=[None, row.lang])  # fmt: skip
            top -= ROW_H
        canvas.showPage()


def render_signin(
    sheets: Sequence[SigninSheet],
    out: Path,
    *,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> RenderResult:
    title = translate("SigninSheet", "Sign-in sheets")
    return render_each(sheets, out, _sheet, page=A4, title=title, progress=progress,
                       is_cancelled=is_cancelled)  # fmt: skip
