"""Every badge's QR code decodes with two different decoders from a modest scan.

zxing-cpp and zbar (Debian's zbar-tools) read each page rendered at 150 dpi and at 100 dpi,
slightly blurred as a phone camera or a cheap scanner sees it (the same 0.2 mm on paper at
either resolution: a Gaussian radius of 0.8 px at 100 dpi); every badge on the page, cut out as
a scanner at the door sees it, must decode with both, to the token the database holds for that
participant. (zbar reading a whole sheet at once misses some codes among many, whatever their
size: a limit of its multi-code search, not of the print.)
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from badge_paper_support import live_tokens, open_demo, print_badges, render_all
from PIL import Image, ImageFilter
from sqlalchemy import select

from sakura_desktop.db.models import Participant
from sakura_desktop.printing import badge_layouts

BLUR_MM = 0.2
CARDS = 12  # one-up layouts: this many cards, each on its own page
# ID-1 cards: everyone, because the small code failed only now and then (a tenth of the cards
# with zbar at 100 dpi) and a dozen cards would let that pass unseen
EVERYONE_ON = {"id1"}


def _people_for(name: str, everyone: list[int]) -> list[int]:
    """A mix of roles and countries: a sheet and then some, or every card."""
    if name in EVERYONE_ON:
        return everyone
    return everyone[::7][: max(badge_layouts.LAYOUTS[name].per_page, CARDS)]


def _zxing(image: Image.Image) -> list[str]:
    return [code.text for code in zxingcpp.read_barcodes(image)]


def _zbar(images: list[Image.Image], folder: Path) -> list[list[str]]:
    """What zbarimg reads in each image (one run for all: it starts slowly)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index, image in enumerate(images):
        paths.append(folder / f"b{index:04d}.png")
        image.save(paths[-1])
    done = subprocess.run(["zbarimg", "--xml", "-q", *map(str, paths)], capture_output=True,
                          text=True, check=False)  # fmt: skip
    found: dict[str, list[str]] = {}
    for source in re.findall(r"<source href='([^']*)'>(.*?)</source>", done.stdout, re.S):
        found[Path(source[0]).name] = re.findall(r"<!\[CDATA\[(.*?)\]\]>", source[1])
    return [found.get(path.name, []) for path in paths]


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Path], dict[int, str],
                                                               list[int]]:  # fmt: skip
    folder = tmp_path_factory.mktemp("qr")
    demo = open_demo(folder)
    with demo.factory() as session:
        everyone = list(
            session.scalars(
                select(Participant.id)
                .where(Participant.status != "withdrawn")
                .order_by(Participant.id)
            )
        )
    pdfs = {name: print_badges(demo, folder / f"{name}.pdf", name,
                               tuple(_people_for(name, everyone)), back=False)
            for name in badge_layouts.LAYOUTS}  # fmt: skip
    return pdfs, live_tokens(demo), everyone


def _badges_of(image: Image.Image, layout: badge_layouts.BadgeLayout, count: int, dpi: int
               ) -> list[Image.Image]:  # fmt: skip
    """Each badge's own area of a rendered page (as a scanner at the door sees one badge)."""
    scale = dpi / 72
    crops = []
    for index in range(count):
        slot = layout.slot(index)
        box = (slot.x * scale, (layout.page[1] - slot.top) * scale, slot.right * scale,
               (layout.page[1] - slot.y) * scale)  # fmt: skip
        crops.append(image.crop(tuple(round(v) for v in box)))
    return crops


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(badge_layouts.LAYOUTS))
@pytest.mark.parametrize("dpi", [150, 100])
def test_every_badge_decodes_with_zxing_and_zbar(
    name: str, dpi: int, printed: tuple[dict[str, Path], dict[int, str], list[int]],
    tmp_path: Path,
) -> None:  # fmt: skip
    pdfs, tokens, everyone = printed
    layout = badge_layouts.LAYOUTS[name]
    pdf = pdfs[name]
    wanted = _people_for(name, everyone)
    seen_zxing: list[str] = []
    seen_zbar: list[str] = []
    left = len(wanted)
    cut_out: list[Image.Image] = []
    for image in render_all(pdf, dpi, tmp_path / "pages"):
        image = image.filter(ImageFilter.GaussianBlur(BLUR_MM / 25.4 * dpi))
        on_page = min(layout.per_page, left)
        left -= on_page
        cut_out += _badges_of(image, layout, on_page, dpi)
    for index, (badge, zb) in enumerate(zip(cut_out, _zbar(cut_out, tmp_path / "b"), strict=True)):
        zx = _zxing(badge)
        assert len(zx) == 1, (name, dpi, index, "zxing", zx)
        assert len(zb) == 1, (name, dpi, index, "zbar", zb)
        seen_zxing += zx
        seen_zbar += zb
    expected = sorted(tokens[pid] for pid in wanted)
    assert sorted(seen_zxing) == expected
    assert sorted(seen_zbar) == expected
