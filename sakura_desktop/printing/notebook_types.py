"""The plain data every part of a notebook shares: who a copy is for, the event, the page geometry,
and the layout cursor that collects drawing steps page by page.

Kept apart so the body layout, the special pages, the cover and the writer can all use these
without importing one another.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageOps

from sakura_desktop.printing.common import A4, A5, MM
from sakura_desktop.printing.fonts import CjkLang
from sakura_desktop.printing.text import Box, Canvas

Draw = Callable[[Canvas], None]


@dataclass(frozen=True)
class NotebookPerson:
    participant_id: int
    given_name: str
    family_name: str
    native_name: str
    delegation: str
    country: str
    team: str
    token: str
    lang: CjkLang | None = None

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


@dataclass(frozen=True)
class NotebookEvent:
    program: str
    dates: str
    host: str
    lecturer: str  # the notebook's lecturer, for the cover and the autograph page
    lecturer_lang: CjkLang | None = None
    images: Mapping[str, bytes] = field(default_factory=dict)  # stored with the notebook
    image_folder: Path | None = None  # else where relative [image: ...] files are looked up


@dataclass(frozen=True)
class Geometry:
    page: tuple[float, float]
    margin: float
    footer: float
    body: float  # text size

    @property
    def frame(self) -> Box:
        w, h = self.page
        return Box(self.margin, self.margin + self.footer, w - 2 * self.margin,
                   h - 2 * self.margin - self.footer)  # fmt: skip


GEOMETRY = {
    "A4": Geometry(A4, 18 * MM, 8 * MM, 10.5),
    "A5": Geometry(A5, 13 * MM, 7 * MM, 9.0),
}


# --- pictures at print resolution -------------------------------------------------------------

PRINT_DPI = 300
JPEG_QUALITY = 88  # no visible loss on paper at 300 dpi; a tenth of the size of quality 100


def print_pixels(width: float, height: float) -> tuple[int, int]:
    """Pixels an image placed at width × height points needs at PRINT_DPI."""
    return max(1, round(width * PRINT_DPI / 72)), max(1, round(height * PRINT_DPI / 72))


def _line_art(image: Image.Image) -> bool:
    """Transparency, a palette or few colours: kept lossless (PNG); anything else is a photo."""
    if image.mode in ("RGBA", "LA", "P", "PA", "1") or "transparency" in image.info:
        return True
    return image.getcolors(256) is not None


def downsample(data: bytes, pixels: tuple[int, int]) -> bytes:
    """The picture resampled to exactly `pixels` (PNG if line art, else JPEG); a picture that
    is already no larger is returned as it is (printing never enlarges)."""
    with Image.open(io.BytesIO(data)) as opened:
        if opened.size[0] <= pixels[0] and opened.size[1] <= pixels[1]:
            return data
        opened.draft("RGB", pixels)  # a JPEG decodes at 1/2, 1/4 or 1/8 size when that suffices
        image = ImageOps.exif_transpose(opened)
        lossless = _line_art(image)
        if lossless and image.mode not in ("RGBA", "RGB", "L", "LA"):
            image = image.convert("RGBA")
        elif not lossless and image.mode != "RGB":
            image = image.convert("RGB")
        small = image.resize(pixels, Image.Resampling.LANCZOS, reducing_gap=3.0)
    buffer = io.BytesIO()
    if lossless:
        small.save(buffer, format="PNG", optimize=True)
    else:
        small.save(buffer, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    return buffer.getvalue()


def picture_size(data: bytes) -> tuple[int, int]:
    """Width and height in pixels as the picture shows (EXIF rotation applied)."""
    with Image.open(io.BytesIO(data)) as image:
        width, height = image.size
        if image.getexif().get(0x0112) in (5, 6, 7, 8):  # rotated a quarter turn
            return height, width
        return width, height


@dataclass
class PrintImages:
    """Pictures resampled for print once a run: by content and pixel size, so a picture used
    twice, or in every per-person file, is resampled once."""

    made: dict[tuple[str, tuple[int, int]], bytes] = field(default_factory=dict)

    def at(self, data: bytes, pixels: tuple[int, int]) -> bytes:
        key = (hashlib.sha256(data).hexdigest(), pixels)
        if key not in self.made:
            self.made[key] = downsample(data, pixels)
        return self.made[key]


@dataclass
class _Layout:
    geo: Geometry
    event: NotebookEvent
    pages: list[list[Draw]] = field(default_factory=list)
    y: float = 0.0
    pictures: PrintImages = field(default_factory=PrintImages)

    @property
    def frame(self) -> Box:
        return self.geo.frame

    @property
    def size(self) -> float:
        return self.geo.body

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.frame.top

    def fresh_page(self) -> None:
        """A new page unless the current one is still empty."""
        if not self.pages or self.pages[-1]:
            self.new_page()

    def room(self, height: float) -> None:
        if not self.pages or self.y - height < self.frame.y:
            self.new_page()

    def add(self, draw: Draw) -> None:
        self.pages[-1].append(draw)
