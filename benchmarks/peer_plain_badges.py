"""The peer for the badge benchmark: badges as a plain ReportLab + qrcode script would make them.

    python benchmarks/peer_plain_badges.py [--count 1000] [--out /tmp/peer-badges.pdf]

One font (Noto Sans, registered once), names drawn with plain drawString (no shaping, no font
fallback, no fitting), and per badge a QR code made with qrcode's defaults (it picks the best of
eight masks, as the library does unless told otherwise) and placed with drawImage: what a short
script written from the two libraries' documentation does. A4 sheets of 8 badges (85 × 54 mm
cards in two columns), like ours. Standalone on purpose: it imports nothing of sakura_desktop.
"""

from __future__ import annotations

import argparse
import random
import string
from pathlib import Path

import qrcode
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

FONT = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "NotoSans-Regular.ttf"
GIVEN = ["An", "Bo", "Chi", "Dana", "Minh", "Somchai", "Ananya", "Batbayar", "Budi", "Maria"]
FAMILY = ["Nguyen", "Kim", "Wang", "Sharma", "Jaidee", "Tanabe", "Santos", "Hsu", "Dorj", "Lee"]
COUNTRIES = ["Thailand", "Vietnam", "Korea", "China", "Taiwan", "India", "Mongolia", "Japan"]
BADGE_W, BADGE_H = 90 * mm, 65 * mm
ALPHABET = string.ascii_uppercase + string.digits


def people(count: int) -> list[tuple[str, str, str, str]]:
    rng = random.Random(2026)
    return [
        (rng.choice(GIVEN), rng.choice(FAMILY), COUNTRIES[n % len(COUNTRIES)],
         "".join(rng.choice(ALPHABET) for _ in range(32)))
        for n in range(count)
    ]  # fmt: skip


def badge(canvas: Canvas, x: float, y: float, person: tuple[str, str, str, str]) -> None:
    given, family, country, token = person
    canvas.setFillColorRGB(0.26, 0.39, 0.85)
    canvas.rect(x, y + BADGE_H - 12 * mm, BADGE_W, 12 * mm, stroke=0, fill=1)
    canvas.setFillColorRGB(1, 1, 1)
    canvas.setFont("Sans", 11)
    canvas.drawString(x + 4 * mm, y + BADGE_H - 8 * mm, "STUDENT")
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont("Sans", 22)
    canvas.drawString(x + 4 * mm, y + BADGE_H - 24 * mm, given)
    canvas.setFont("Sans", 12)
    canvas.drawString(x + 4 * mm, y + BADGE_H - 31 * mm, family.upper())
    canvas.setFont("Sans", 9)
    canvas.drawString(x + 4 * mm, y + 12 * mm, country)
    image = qrcode.make(token, error_correction=qrcode.constants.ERROR_CORRECT_M)
    canvas.drawImage(ImageReader(image.get_image()), x + BADGE_W - 32 * mm, y + 4 * mm,
                     28 * mm, 28 * mm)  # fmt: skip
    canvas.rect(x, y, BADGE_W, BADGE_H, stroke=1, fill=0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=Path("/tmp/peer-badges.pdf"))
    args = parser.parse_args()
    pdfmetrics.registerFont(TTFont("Sans", str(FONT)))
    canvas = Canvas(str(args.out), pagesize=A4)
    everyone = people(args.count)
    for start in range(0, args.count, 8):
        for slot, person in enumerate(everyone[start : start + 8]):
            x = 10 * mm + slot % 2 * (BADGE_W + 10 * mm)
            y = 10 * mm + slot // 2 * (BADGE_H + 4 * mm)
            badge(canvas, x, y, person)
        canvas.showPage()
    canvas.save()
    print(f"wrote {args.count} badges to {args.out}")


if __name__ == "__main__":
    main()
