"""The plain data every part of a notebook shares: who a copy is for, the event, the page geometry,
and the layout cursor that collects drawing steps page by page.

Kept apart so the body layout, the special pages, the cover and the writer can all use these
without importing one another.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

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


@dataclass
class _Layout:
    geo: Geometry
    event: NotebookEvent
    pages: list[list[Draw]] = field(default_factory=list)
    y: float = 0.0

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
