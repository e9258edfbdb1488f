"""Every badge's QR code decodes with two different decoders from a modest scan.

zxing-cpp and zbar (Debian's zbar-tools) read each page rendered at 150 dpi and at 100 dpi,
slightly blurred as a phone camera or a cheap scanner sees it (the same 0.2 mm on paper at
either resolution: a Gaussian radius of 0.8 px at 100 dpi); every badge on the page must decode
with both, to the token the database holds for that participant.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import zxingcpp
from badge_paper_support import live_tokens, open_demo, page_count, print_badges, render
from PIL import Image, ImageFilter
from sqlalchemy import select

from sakura_desktop.db.models import Participant
from sakura_desktop.printing import badges

BLUR_MM = 0.2
CARDS = 12  # one-up layouts: this many cards, each on its own page


def _zxing(image: Image.Image) -> list[str]:
    return [code.text for code in zxingcpp.read_barcodes(image)]


def _zbar(image: Image.Image, path: Path) -> list[str]:
    image.save(path)
    done = subprocess.run(["zbarimg", "--raw", "-q", "-Sdisable", "-Sqrcode.enable", str(path)],
                          capture_output=True, text=True, check=False)  # fmt: skip
    return done.stdout.split()


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Path], dict[int, str],
                                                               list[int]]:  # fmt: skip
    folder = tmp_path_factory.mktemp("qr")
    demo = open_demo(folder)
    with demo.factory() as session:
        everyone = list(session.scalars(select(Participant.id).order_by(Participant.id)))
    chosen = everyone[::7]
    pdfs = {name: print_badges(demo, folder / f"{name}.pdf", name,
                               tuple(chosen[: max(layout.per_page, CARDS)]), back=False)
            for name, layout in badges.LAYOUTS.items()}  # fmt: skip
    return pdfs, live_tokens(demo), chosen


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(badges.LAYOUTS))
@pytest.mark.parametrize("dpi", [150, 100])
def test_every_badge_decodes_with_zxing_and_zbar(
    name: str, dpi: int, printed: tuple[dict[str, Path], dict[int, str], list[int]],
    tmp_path: Path,
) -> None:  # fmt: skip
    pdfs, tokens, chosen = printed
    layout = badges.LAYOUTS[name]
    pdf = pdfs[name]
    wanted_people = chosen[: max(layout.per_page, CARDS)]
    pages = page_count(pdf)
    seen_zxing: list[str] = []
    seen_zbar: list[str] = []
    for page in range(1, pages + 1):
        image = render(pdf, page, dpi, tmp_path / f"p{page}")
        image = image.filter(ImageFilter.GaussianBlur(BLUR_MM / 25.4 * dpi))
        on_page = layout.per_page if page < pages else len(wanted_people) - layout.per_page * (
            pages - 1)  # fmt: skip
        zx, zb = _zxing(image), _zbar(image, tmp_path / f"blur{page}.png")
        assert len(zx) == on_page, (name, dpi, page, "zxing", len(zx), on_page)
        assert len(zb) == on_page, (name, dpi, page, "zbar", len(zb), on_page)
        seen_zxing += zx
        seen_zbar += zb
    expected = sorted(tokens[pid] for pid in wanted_people)
    assert sorted(seen_zxing) == expected
    assert sorted(seen_zbar) == expected
