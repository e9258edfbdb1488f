"""What every document shares: canvases with only shipped fonts, progress and cancel, colours."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from sakura_desktop.core.private_files import PRIVATE_MODE
from sakura_desktop.errors import UserError
from sakura_desktop.printing import fonts

ProgressFn = Callable[[int, int], None]  # (done, total)
CancelFn = Callable[[], bool]
T = TypeVar("T")

MM: float = mm
A4 = (210 * mm, 297 * mm)
A5 = (148 * mm, 210 * mm)
A6 = (105 * mm, 148 * mm)
A4_LANDSCAPE = (A4[1], A4[0])  # certificates, door signs, notebook booklets

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
    """Write to a temporary file next to `path`; move it into place only on success, readable by
    this user only (every document we print names people), whatever the process's umask."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    try:
        yield partial
        partial.chmod(PRIVATE_MODE)
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


def finish(canvas: Canvas) -> int:
    """Save a canvas whose every page was ended with showPage(); returns how many pages it holds.

    The page count must be read before save(), which adds nothing but closes the canvas.
    """
    pages = pages_written(canvas)
    canvas.save()
    return pages


def accent_band(canvas: Canvas, page: tuple[float, float], height: float) -> None:
    """Fill the top `height` of the page with ACCENT, full width, and leave a fill readable on it.

    The title strip of itineraries and door signs: draw the band's text right after this call.
    """
    width, top = page
    canvas.setFillColor(ACCENT)
    canvas.rect(0, top - height, width, height, stroke=0, fill=1)
    canvas.setFillColor(readable_on(ACCENT))


@dataclass(frozen=True)
class RenderResult:
    paths: tuple[Path, ...]
    pages: int
    documents: int  # badges, notebooks, sheets ... written


def render_each(
    items: Sequence[T],
    out: Path,
    draw: Callable[[Canvas, T], None],
    *,
    page: tuple[float, float],
    title: str,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> RenderResult:
    """Write one document per item, in order, into the single PDF `out` (all or nothing).

    The shared body of the simple documents (itineraries, sign-in sheets, certificates, door
    signs): `draw` draws one item and ends each page it fills with canvas.showPage(); progress
    and cancel are honoured between items.
    """
    ticker = Ticker(len(items), progress, is_cancelled)
    ticker.start()
    with writing(out) as partial:
        canvas = new_canvas(partial, page, title)
        for item in items:
            draw(canvas, item)
            ticker.step()
        pages = finish(canvas)
    return RenderResult((out,), pages, len(items))


def safe_filename(text: str) -> str:
    """A file-name-safe form of a name (keeps letters of any script, drops separators)."""
    keep = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in text.strip())
    while "--" in keep:
        keep = keep.replace("--", "-")
    return keep.strip("-")[:60] or "document"


def split_rows(
    heights: Sequence[float], head: float, first_room: float, page_room: float, keep: int = 2
) -> list[int]:
    """How many rows of a table go on each page, each page's share under its repeated `head`.

    Never fewer than `keep` rows on a page when the table has more (a header with one row is an
    orphan; a last row alone on a new page is a widow): a first share too small starts the table
    on the next page (a leading 0), and a last share too small takes rows from the one before.
    A row taller than a page still gets a page of its own. A short table (a third of a page or
    less) is never split: it starts on the next page when it does not fit on this one.
    """
    whole = head + sum(heights)
    if heights and first_room < whole <= page_room / 3:
        return [0, len(heights)]
    shares: list[int] = []
    room, start = first_room, 0
    while start < len(heights):
        used, count = head, 0
        while start + count < len(heights) and used + heights[start + count] <= room:
            used += heights[start + count]
            count += 1
        rest = len(heights) - start - count
        wanted = min(keep, len(heights) - start)
        if count < wanted and room < page_room and not shares:
            shares.append(0)  # the table starts on the next page
            room = page_room
            continue
        count = max(count, 1)
        short = keep - rest if 0 < rest < keep else 0
        if short and count - short >= keep:
            count -= short
        shares.append(count)
        start += count
        room = page_room
    return shares
