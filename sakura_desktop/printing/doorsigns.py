"""Door signs for sessions (A4 landscape): what, when, who for, with whom."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
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
    title = title_under_band(sign.kind, sign.title)
    draw_balanced(canvas, title, Box(m, h - 92 * MM, w - 2 * m, 50 * MM), 54)
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


# --- the title ----------------------------------------------------------------------------------

TITLE_LEADING = 1.05
# A layout within this share of the largest size counts as large enough; among those, the most
# even lines win (a sign read from the corridor needs shape more than the last few points).
SIZE_TOLERANCE = 0.9
MAX_TITLE_LINES = 3


def title_under_band(kind: str, title: str) -> str:
    """The title without a leading repeat of the kind the band above it already shows
    ("Lab tour: Plant Genomics Laboratory" under "LAB TOUR" -> "Plant Genomics Laboratory")."""
    head, sep, rest = title.partition(":")
    if sep and head.strip().casefold() == kind.strip().casefold() and rest.strip():
        return rest.strip()
    return title.strip()


def _splits(words: Sequence[str], count: int) -> Iterator[list[str]]:
    """Every way to cut `words` into `count` non-empty lines, in order."""
    if count == 1:
        yield [" ".join(words)]
        return
    for cut in range(1, len(words) - count + 2):
        for rest in _splits(words[cut:], count - 1):
            yield [" ".join(words[:cut]), *rest]


@dataclass(frozen=True)
class _Setting:
    lines: tuple[text.Prepared, ...]
    size: float
    raggedness: float  # 0 for lines of equal width


def _setting(lines: Sequence[str], box: Box, max_size: float, bold: bool) -> _Setting:
    prepared = tuple(text.prepare(line, None, bold) for line in lines)
    widths = [line.width(1.0) for line in prepared]
    tallest = max(line.height(1.0) for line in prepared)
    by_height = box.height / (tallest * (1.0 + (len(lines) - 1) * TITLE_LEADING))
    size = min(max_size, box.width / max(widths), by_height)
    ragged = sum((max(widths) - width) ** 2 for width in widths) / max(widths) ** 2
    return _Setting(prepared, size, ragged)


def _opens_bracket(line: str) -> bool:
    return line.count("(") > line.count(")")


def balanced_lines(title: str, box: Box, max_size: float, *, bold: bool = True) -> _Setting:
    """The lines and size for a title: as large as fits, then as even as possible.

    A title of four words or more never leaves one word alone on a line (there is always a
    setting of two words a line or more); among settings within SIZE_TOLERANCE of the largest,
    the least ragged wins, then the one with fewer lines.
    """
    words = title.split()
    if not words:
        return _Setting((), 0.0, 0.0)
    settings = []
    for count in range(1, min(MAX_TITLE_LINES, len(words)) + 1):
        for lines in _splits(words, count):
            if count > 1 and len(words) >= 4 and any(" " not in line for line in lines):
                continue
            if any(_opens_bracket(line) for line in lines[:-1]):
                continue  # "(city / centre)" reads as two places
            settings.append(_setting(lines, box, max_size, bold))
    largest = max(s.size for s in settings)
    good = [s for s in settings if s.size >= largest * SIZE_TOLERANCE]
    return min(good, key=lambda s: (round(s.raggedness, 2), len(s.lines), -s.size))


def draw_balanced(canvas: Canvas, title: str, box: Box, max_size: float) -> None:
    """The title in balanced lines, left-aligned, centred vertically in `box`."""
    setting = balanced_lines(title, box, max_size)
    if not setting.lines:
        return
    size = setting.size
    ascent = max(line.ascent for line in setting.lines) * size
    descent = min(line.descent for line in setting.lines) * size
    step = (ascent - descent) * TITLE_LEADING
    block = (ascent - descent) + step * (len(setting.lines) - 1)
    baseline = box.y + (box.height + block) / 2 - ascent
    for line in setting.lines:
        text.draw(canvas, line, box.x, baseline, size)
        baseline -= step


def render_doorsigns(
    signs: Sequence[DoorSign],
    out: Path,
    *,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> RenderResult:
    return render_each(signs, out, _sign, page=PAGE, title="Door signs", progress=progress,
                       is_cancelled=is_cancelled)  # fmt: skip
