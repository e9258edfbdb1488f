"""Badges as printed paper: the demo week printed through the real use case, read back.

Shared by the badge tests on margins, backs, institutions and QR decoding: a demo database,
badge PDFs written by `jobs.generate`, rendered pages, words with their boxes (pdftotext),
font sizes (pypdf), stroked line segments (the crop marks) and tokens from the database.
"""

from __future__ import annotations

import html
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from pypdf import PdfReader
from pypdf.generic import ContentStream
from sqlalchemy import select

from sakura_desktop.core.demo.writer import create_demo_database
from sakura_desktop.core.documents.data import Audience
from sakura_desktop.core.documents.jobs import DocumentKind, PrintRequest, generate
from sakura_desktop.core.tokens import make_token, program_key
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.db.models import BadgeToken, Delegation, Participant
from sakura_desktop.printing.common import MM

PRINTER_MARGIN = 5 * MM  # what an office printer never prints
TRIM_SAFETY = 3 * MM  # text keeps this far inside the cut


@dataclass(frozen=True)
class Demo:
    path: Path
    factory: SessionFactory
    program_id: int


def open_demo(folder: Path) -> Demo:
    path = folder / "demo.db"
    summary = create_demo_database(path)
    database, _ = open_database(path=path)
    return Demo(path, database.session_factory, summary.id)


def print_badges(demo: Demo, out: Path, layout: str, ids: tuple[int, ...], back: bool) -> Path:
    generate(demo.factory, PrintRequest(
        DocumentKind.BADGES, demo.program_id, out, Audience(participant_ids=ids), layout=layout,
        back=back, mark_printed=False,
    ))  # fmt: skip
    return out


def live_tokens(demo: Demo) -> dict[int, str]:
    """The token of each participant's live badge, as the database holds it (key and serial)."""
    with demo.factory() as session:
        key = program_key(session, demo.program_id)
        rows = session.execute(
            select(BadgeToken.participant_id, BadgeToken.serial).where(
                BadgeToken.revoked_at.is_(None)
            )
        )
        return {pid: make_token(key, pid, serial) for pid, serial in rows}


def students_of(demo: Demo, country: str) -> list[int]:
    with demo.factory() as session:
        return list(session.scalars(
            select(Participant.id).join(Delegation, Delegation.id == Participant.delegation_id)
            .where(Delegation.country_name == country, Participant.role == "student")
            .order_by(Participant.family_name, Participant.given_name)
        ))  # fmt: skip


def render(pdf: Path, page: int, dpi: int, out_prefix: Path, *, gray: bool = True) -> Image.Image:
    args = ["pdftoppm", "-r", str(dpi), "-png", "-f", str(page), "-l", str(page), "-singlefile"]
    if gray:
        args.append("-gray")
    subprocess.run([*args, str(pdf), str(out_prefix)], check=True)
    image = Image.open(out_prefix.with_suffix(".png"))
    return image.convert("L" if gray else "RGB")


def render_all(pdf: Path, dpi: int, folder: Path) -> list[Image.Image]:
    """Every page, grey, in one pdftoppm run."""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(folder / "p")],
                   check=True)  # fmt: skip
    return [Image.open(path).convert("L") for path in sorted(folder.glob("p-*.png"))]


def page_count(pdf: Path) -> int:
    return len(PdfReader(pdf).pages)


@dataclass(frozen=True)
class Word:
    """A word's box in PDF points, origin bottom-left like the layout geometry."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float


_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


def words(pdf: Path, page: int) -> list[Word]:
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', out).group(1))  # type: ignore[union-attr]
    return [
        Word(html.unescape(t), float(a), height - float(d), float(c), height - float(b))
        for a, b, c, d, t in _WORD.findall(out)
    ]


def page_text(pdf: Path, page: int) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip


def font_sizes(pdf: Path, page: int) -> list[tuple[str, float]]:
    """(text, size in points as placed) of every text run drawn on a page."""
    found: list[tuple[str, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            scale = (abs(tm[3]) or 1.0) * (abs(cm[3]) or 1.0)
            found.append((text, size * scale))

    PdfReader(pdf).pages[page - 1].extract_text(visitor_text=visit)
    return found


@dataclass(frozen=True)
class Segment:
    x0: float
    y0: float
    x1: float
    y1: float


def _operations(pdf: Path, page: int) -> Iterator[tuple[list[object], bytes]]:
    reader = PdfReader(pdf)
    contents = reader.pages[page - 1].get_contents()
    if contents is None:
        return
    yield from ContentStream(contents, reader).operations


def black_lines(pdf: Path, page: int) -> list[Segment]:
    """Straight stroked segments drawn in black (ReportLab's `x y m x y l S`): the crop marks."""
    segments: list[Segment] = []
    stroke_black = False
    path: list[tuple[float, float]] = []
    for operands, operator in _operations(pdf, page):
        values = [float(v) for v in operands if isinstance(v, int | float)]  # type: ignore[arg-type]
        if operator == b"RG":
            stroke_black = values == [0.0, 0.0, 0.0]
        elif operator == b"G":
            stroke_black = values == [0.0]
        elif operator == b"m":
            path = [(values[0], values[1])]
        elif operator == b"l" and path:
            path.append((values[0], values[1]))
        elif operator == b"S":
            if stroke_black and len(path) == 2:
                (x0, y0), (x1, y1) = path
                segments.append(Segment(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
            path = []
    return segments
