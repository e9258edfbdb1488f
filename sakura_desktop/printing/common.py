"""What every document shares: canvases with only shipped fonts, progress and cancel, colours."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from sakura_desktop.errors import UserError
from sakura_desktop.printing import fonts

ProgressFn = Callable[[int, int], None]  # (done, total)
CancelFn = Callable[[], bool]

MM: float = mm
A4 = (210 * mm, 297 * mm)
A5 = (148 * mm, 210 * mm)
A6 = (105 * mm, 148 * mm)

INK = colors.HexColor("#1d2330")
MUTED = colors.HexColor("#5b6475")
RULE = colors.HexColor("#b8bfcc")
FAINT = colors.HexColor("#dde3ec")
ACCENT = colors.HexColor("#b3123f")  # sakura red


class PrintCancelled(UserError):
    """The user stopped a print job; nothing was written (a partial file is removed)."""

    def __init__(self) -> None:
        super().__init__("Printing was cancelled; no file was written.")


@dataclass
class Ticker:
    """Reports progress and honours cancel between units of work (a badge, a notebook)."""

    total: int
    progress: ProgressFn | None = None
    is_cancelled: CancelFn | None = None
    done: int = 0

    def check(self) -> None:
        if self.is_cancelled is not None and self.is_cancelled():
            raise PrintCancelled()

    def step(self, count: int = 1) -> None:
        self.done += count
        if self.progress is not None:
            self.progress(self.done, self.total)
        self.check()

    def start(self) -> None:
        if self.progress is not None:
            self.progress(0, self.total)
        self.check()


def new_canvas(target: Path | Any, pagesize: tuple[float, float], title: str) -> Canvas:
    """A canvas whose only fonts are the shipped ones (no bare Helvetica is ever left behind)."""
    canvas = Canvas(
        str(target) if isinstance(target, Path) else target,
        pagesize=pagesize,
        initialFontName=fonts.base_font_name(),
        initialFontSize=10,
        pageCompression=1,
    )
    canvas.setTitle(title)
    canvas.setCreator("Sakura Desktop")
    canvas.setAuthor("Sakura Desktop")
    return canvas


@contextlib.contextmanager
def writing(path: Path) -> Iterator[Path]:
    """Write to a temporary file next to `path`; move it into place only on success."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    try:
        yield partial
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


def hex_colour(value: str | None, default: str = "#888888") -> Any:
    try:
        return colors.HexColor(value or default)
    except (ValueError, TypeError):
        return colors.HexColor(default)


def readable_on(colour: Any) -> Any:
    """Black or white, whichever reads better on `colour`."""
    luminance = 0.2126 * colour.red + 0.7152 * colour.green + 0.0722 * colour.blue
    return colors.white if luminance < 0.62 else INK


def pages_written(canvas: Canvas) -> int:
    """Pages finished with showPage() so far."""
    return int(canvas.getPageNumber()) - 1


@dataclass(frozen=True)
class RenderResult:
    paths: tuple[Path, ...]
    pages: int
    documents: int  # badges, notebooks, sheets ... written


def safe_filename(text: str) -> str:
    """A file-name-safe form of a name (keeps letters of any script, drops separators)."""
    keep = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in text.strip())
    while "--" in keep:
        keep = keep.replace("--", "-")
    return keep.strip("-")[:60] or "document"
