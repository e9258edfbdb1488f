"""Badges on an office printer, judged as a print shop would: read back from the printed PDFs.

No ink within 5 mm of the sheet's edge (office printers leave it white), colour bands bleed past
the cut into the gutters, text keeps 3 mm inside the cut, and crop marks sit only in margins
and gutters, never on a badge or its bleed. ID-1 cards come from card printers, which print to
the card's edge; only the text rule applies to them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from badge_paper_support import (
    PRINTER_MARGIN,
    TRIM_SAFETY,
    black_lines,
    open_demo,
    page_count,
    print_badges,
    render,
    words,
)
from sqlalchemy import select

from sakura_desktop.db.models import Participant
from sakura_desktop.printing import badge_layouts
from sakura_desktop.printing.common import MM
from sakura_desktop.printing.text import Box

CARD_PRINTER_LAYOUTS = {"id1"}
OFFICE_LAYOUTS = sorted(set(badge_layouts.LAYOUTS) - CARD_PRINTER_LAYOUTS)
SHEET_LAYOUTS = sorted(n for n, layout in badge_layouts.LAYOUTS.items() if layout.per_page > 1)


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every layout, one full sheet (three cards for one-up layouts), fronts and backs."""
    folder = tmp_path_factory.mktemp("margins")
    demo = open_demo(folder)
    with demo.factory() as session:
        everyone = list(
            session.scalars(
                select(Participant.id)
                .where(Participant.status != "withdrawn")
                .order_by(Participant.id)
            )
        )
    mixed = tuple(everyone[::9])  # students, teachers, staff and lecturers of many countries
    return {
        name: print_badges(demo, folder / f"{name}.pdf", name,
                           mixed[: max(layout.per_page, 3)], back=True)
        for name, layout in badge_layouts.LAYOUTS.items()
    }  # fmt: skip


def _slots(layout: badge_layouts.BadgeLayout, count: int) -> list[Box]:
    return [layout.slot(index) for index in range(min(count, layout.per_page))]


@pytest.mark.parametrize("name", OFFICE_LAYOUTS)
def test_no_ink_within_five_millimetres_of_the_sheet_edge(
    name: str, printed: dict[str, Path], tmp_path: Path
) -> None:
    pdf = printed[name]
    dpi = 100
    edge = int(PRINTER_MARGIN / 72 * dpi) - 1  # whole pixels inside the 5 mm strip
    for page in range(1, page_count(pdf) + 1):
        image = render(pdf, page, dpi, tmp_path / f"p{page}")
        width, height = image.size
        pixels = image.load()
        inked = [
            (x, y)
            for y in range(height)
            for x in (*range(edge), *range(width - edge, width))
            if pixels[x, y] < 245
        ] + [
            (x, y)
            for x in range(width)
            for y in (*range(edge), *range(height - edge, height))
            if pixels[x, y] < 245
        ]
        assert not inked, (name, page, inked[:5])


def _colour(image: object, x: float, y: float, page_h: float, dpi: int) -> tuple[int, ...]:
    scale = dpi / 72
    return image.getpixel((int(x * scale), int((page_h - y) * scale)))  # type: ignore[attr-defined,no-any-return]


@pytest.mark.parametrize("name", ["a4-8up", "a4-4up-a6"])
def test_bands_bleed_past_the_cut_into_gutters_and_margins(
    name: str, printed: dict[str, Path], tmp_path: Path
) -> None:
    layout = badge_layouts.LAYOUTS[name]
    assert min(layout.gap) >= 5 * MM, "badges on a sheet are cut apart along gutters"
    dpi = 150
    image = render(printed[name], 1, dpi, tmp_path / "front", gray=False)
    page_h = layout.page[1]
    for slot in _slots(layout, layout.per_page):
        band_y = slot.top - 0.05 * slot.height
        inside = _colour(image, slot.x + slot.width / 2, band_y, page_h, dpi)
        assert inside != (255, 255, 255)
        past = 1.5 * MM
        for x, y in ((slot.x - past, band_y), (slot.right + past, band_y),
                     (slot.x + slot.width / 2, slot.top + past)):  # fmt: skip
            assert _colour(image, x, y, page_h, dpi) == inside, (name, slot, x, y)
        # never into the neighbour's area: the middle of a gutter stays white
        for x in (slot.x - layout.gap[0] / 2, slot.right + layout.gap[0] / 2):
            if PRINTER_MARGIN < x < layout.page[0] - PRINTER_MARGIN:
                assert _colour(image, x, band_y, page_h, dpi) == (255, 255, 255), (name, x)


@pytest.mark.parametrize("name", sorted(badge_layouts.LAYOUTS))
def test_text_keeps_three_millimetres_inside_the_cut(name: str, printed: dict[str, Path]) -> None:
    layout = badge_layouts.LAYOUTS[name]
    pdf = printed[name]
    for page in range(1, page_count(pdf) + 1):
        safe = [slot.inset(TRIM_SAFETY) for slot in _slots(layout, layout.per_page)]
        found = words(pdf, page)
        assert found
        for word in found:
            assert any(
                box.x - 0.05 <= word.x0 and word.x1 <= box.right + 0.05
                and box.y - 0.05 <= word.y0 and word.y1 <= box.top + 0.05
                for box in safe
            ), (name, page, word)  # fmt: skip


def _distance_to(segment: object, box: Box) -> float:
    x0, y0, x1, y1 = segment.x0, segment.y0, segment.x1, segment.y1  # type: ignore[attr-defined]
    dx = max(box.x - x1, x0 - box.right, 0.0)
    dy = max(box.y - y1, y0 - box.top, 0.0)
    return max(dx, dy)


def _colour_near(image: object, mark: object, page_h: float, dpi: int) -> bool:
    """Whether any coloured pixel (a band, its bleed, a team chip) is within 0.3 mm of a mark."""
    scale = dpi / 72
    reach = 0.3 * MM
    x0 = int((mark.x0 - reach) * scale)  # type: ignore[attr-defined]
    x1 = int((mark.x1 + reach) * scale) + 1  # type: ignore[attr-defined]
    y0 = int((page_h - mark.y1 - reach) * scale)  # type: ignore[attr-defined]
    y1 = int((page_h - mark.y0 + reach) * scale) + 1  # type: ignore[attr-defined]
    for x in range(x0, x1):
        for y in range(y0, y1):
            red, green, blue = image.getpixel((x, y))  # type: ignore[attr-defined]
            if max(red, green, blue) - min(red, green, blue) > 40:
                return True
    return False


@pytest.mark.parametrize("name", SHEET_LAYOUTS)
def test_crop_marks_only_in_margins_and_gutters(
    name: str, printed: dict[str, Path], tmp_path: Path
) -> None:
    layout = badge_layouts.LAYOUTS[name]
    page_w, page_h = layout.page
    slots = _slots(layout, layout.per_page)
    # every cut has its mark; a badge's edge at the sheet's edge is no cut
    edge = PRINTER_MARGIN
    cuts_x = {round(v, 2) for s in slots for v in (s.x, s.right) if edge < v < page_w - edge}
    cuts_y = {round(v, 2) for s in slots for v in (s.y, s.top) if edge < v < page_h - edge}
    dpi = 150
    for page in (1, 2):
        image = render(printed[name], page, dpi, tmp_path / f"p{page}", gray=False)
        marks = black_lines(printed[name], page)
        marked_x = [m.x0 for m in marks if m.x0 == m.x1]
        marked_y = [m.y0 for m in marks if m.y0 == m.y1]
        assert len(marked_x) + len(marked_y) == len(marks), "marks are straight"
        for cuts, marked in ((cuts_x, marked_x), (cuts_y, marked_y)):
            assert all(any(abs(c - m) < 0.02 for m in marked) for c in cuts), (
                name,
                "a cut unmarked",
            )
            assert all(any(abs(c - m) < 0.02 for c in cuts) for m in marked), (name, "not on a cut")
        for mark in marks:
            assert mark.x0 >= PRINTER_MARGIN - 0.01 and mark.y0 >= PRINTER_MARGIN - 0.01
            assert mark.x1 <= page_w - PRINTER_MARGIN + 0.01
            assert mark.y1 <= page_h - PRINTER_MARGIN + 0.01
            assert mark.x1 - mark.x0 + mark.y1 - mark.y0 >= 1.5 * MM - 0.01
            for slot in slots:
                assert _distance_to(mark, slot) >= 0.5 * MM - 0.01, (name, mark, slot)
            assert not _colour_near(image, mark, page_h, dpi), (name, mark, "touches colour")
