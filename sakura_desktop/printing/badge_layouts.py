"""Where badges go: each layout's sheet (badges per page, gutters, the printable area of an
office printer), the boxes of a badge's elements, and the crop marks between badges.

Kept apart from the drawing (`badges`) because tests and the print screen ask for the geometry
without drawing, and the crop marks depend on nothing but the sheet.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.units import inch

from sakura_desktop.printing.common import A4, A6, MM
from sakura_desktop.printing.text import Box, Canvas

PRINTER_MARGIN = 5 * MM  # the strip at a sheet's edge office printers leave white
SAFE = 3 * MM  # text keeps this far inside the cut (a cut may wander by a millimetre or two)
BLEED = 2.5 * MM  # colour runs this far past the cut where the gutter or margin has room
CLEAR = 0.5 * MM  # between a crop mark (or a neighbour's bleed) and anything of a badge


@dataclass(frozen=True)
class BadgeLayout:
    name: str
    label: str
    page: tuple[float, float]
    badge: tuple[float, float]
    columns: int
    rows: int
    gap: tuple[float, float] = (0.0, 0.0)  # the gutters the badges are cut apart along
    qr_mm: float = 22.0  # the symbol without its quiet zone
    crop_marks: bool = True
    # What the printer leaves white at the sheet's edge: office printers about 5 mm; card
    # printers print to the card's edge.
    printer_margin: float = PRINTER_MARGIN
    # A white frame inside the cut instead of bleeding colour: for badges whose cut lies in the
    # printer's margin (an A6 sheet, 4-inch inserts edge to edge), so the colour keeps clear of
    # every cut the same on all sides.
    frame: float = 0.0

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def printable(self) -> Box:
        margin = self.printer_margin
        return Box(margin, margin, self.page[0] - 2 * margin, self.page[1] - 2 * margin)

    def colour_box(self, slot: Box) -> Box:
        """Where a badge's colour may go: its frame, or past the cut by up to BLEED on each side
        where the gutter (half of it, less CLEAR) or the printable margin leaves room."""
        if self.frame:
            return slot.inset(self.frame)
        x0, y0 = self.origin()
        area = self.printable

        def side(outer: bool, to_printable_edge: float, gap: float) -> float:
            return min(BLEED, to_printable_edge if outer else gap / 2 - CLEAR)

        left = side(slot.x <= x0 + 0.01, slot.x - area.x, self.gap[0])
        right = side(slot.right >= self.page[0] - x0 - 0.01, area.right - slot.right, self.gap[0])
        bottom = side(slot.y <= y0 + 0.01, slot.y - area.y, self.gap[1])
        top = side(slot.top >= self.page[1] - y0 - 0.01, area.top - slot.top, self.gap[1])
        return Box(slot.x - left, slot.y - bottom, slot.width + left + right,
                   slot.height + bottom + top)  # fmt: skip

    def safe_box(self, slot: Box) -> Box:
        """Where text may go: SAFE inside the cut, inside the frame and the printable area."""
        return _intersect(slot.inset(max(SAFE, self.frame + SAFE / 2)), self.printable)

    def qr_room(self, slot: Box) -> Box:
        """Where the code with its quiet zone may go: inside the frame and the printable area
        (its dark modules are then a quiet zone further in)."""
        return _intersect(slot.inset(max(1 * MM, self.frame)), self.printable)

    def origin(self) -> tuple[float, float]:
        """Bottom-left corner of the grid of badges, centred on the page."""
        grid_w = self.columns * self.badge[0] + (self.columns - 1) * self.gap[0]
        grid_h = self.rows * self.badge[1] + (self.rows - 1) * self.gap[1]
        return (self.page[0] - grid_w) / 2, (self.page[1] - grid_h) / 2

    def slot(self, index: int, back: bool = False) -> Box:
        """Where badge `index` of a page sits; on the back, mirrored left-right."""
        row, column = divmod(index, self.columns)
        if back:
            column = self.columns - 1 - column
        x0, y0 = self.origin()
        x = x0 + column * (self.badge[0] + self.gap[0])
        top = self.page[1] - y0
        y = top - (row + 1) * self.badge[1] - row * self.gap[1]
        return Box(x, y, self.badge[0], self.badge[1])


def _intersect(a: Box, b: Box) -> Box:
    x, y = max(a.x, b.x), max(a.y, b.y)
    return Box(x, y, min(a.right, b.right) - x, min(a.top, b.top) - y)


# Four true A6 badges fill an A4 sheet to its edges, where office printers print nothing; the
# four-up sheet therefore holds badges of 94×138 mm (they sit in A6 holders), with gutters
# for bleed and crop marks. Two 4-inch inserts side by side leave 3.4 mm at the sheet's sides:
# they run to the sheet's edge (no cut there) with a central gutter, and keep a white frame.
LAYOUTS: dict[str, BadgeLayout] = {
    layout.name: layout
    for layout in (
        BadgeLayout(
            "a4-8up", "A4 sheet, 8 badges of 90×55 mm", A4, (90 * MM, 55 * MM), 2, 4,
            gap=(6 * MM, 6 * MM), qr_mm=26.0,
        ),
        BadgeLayout(
            "a4-4up-a6", "A4 sheet, 4 badges of 94×138 mm (for A6 holders)", A4,
            (94 * MM, 138 * MM), 2, 2, gap=(8 * MM, 7 * MM), qr_mm=32.0,
        ),
        BadgeLayout("a6", "Single A6 badge per page", A6, A6, 1, 1, qr_mm=32.0,
                    crop_marks=False, frame=PRINTER_MARGIN),
        BadgeLayout(
            "id1", "ID-1 card 85.6×54 mm (card printers)", (85.6 * MM, 54 * MM),
            (85.6 * MM, 54 * MM), 1, 1, qr_mm=31.0, crop_marks=False, printer_margin=0.0,
        ),
        BadgeLayout(
            "insert-4x3", "A4 sheet, 6 inserts of 4×3 inch", A4, (4 * inch, 3 * inch), 2, 3,
            gap=(A4[0] - 8 * inch, 6 * MM), qr_mm=28.0, frame=PRINTER_MARGIN,
        ),
    )
}  # fmt: skip
DEFAULT_LAYOUT = "a4-8up"


def get_layout(name: str) -> BadgeLayout:
    try:
        return LAYOUTS[name]
    except KeyError:
        from sakura_desktop.errors import UserError

        names = ", ".join(LAYOUTS)
        raise UserError(f"Unknown badge layout {name!r}; choose one of {names}.") from None


# --- where each element goes ------------------------------------------------------------------


@dataclass(frozen=True)
class BadgeBoxes:
    band: Box  # the band as cut
    band_colour: Box  # the band as printed: past the cut (bleed) or inside the frame
    given: Box
    family: Box
    native: Box
    delegation: Box
    country: Box
    team: Box
    qr: Box  # the code with its quiet zone
    title_in_band: Box
    role_in_band: Box
    sizes: dict[str, float] = field(default_factory=dict)  # largest font size per element


QUIET = 4  # modules
QR_MODULES = 25  # version 2


def _qr_total(layout: BadgeLayout) -> float:
    return layout.qr_mm * MM * (QR_MODULES + 2 * QUIET) / QR_MODULES


def _stack(x: float, top: float, width: float, heights: Sequence[float]) -> list[Box]:
    boxes = []
    for height in heights:
        top -= height
        boxes.append(Box(x, top, width, height))
    return boxes


def _beside_qr(x: float, rows: Sequence[Box], qr_box: Box, gap: float, right: float
               ) -> list[Box]:  # fmt: skip
    """Rows level with the QR end `gap` before it; rows wholly above or below it reach `right`."""
    fitted = []
    for row in rows:
        level = row.y < qr_box.top and row.top > qr_box.y
        end = qr_box.x - gap if level else right
        fitted.append(Box(x, row.y, end - x, row.height))
    return fitted


def band_boxes(slot: Box, layout: BadgeLayout, height: float) -> tuple[Box, Box]:
    """The band as cut (`height` below the badge's top) and as printed."""
    colour = layout.colour_box(slot)
    top = colour.top if layout.frame else slot.top
    band = Box(slot.x, top - height, slot.width, height)
    return band, Box(colour.x, band.y, colour.width, colour.top - band.y)


def in_band(band: Box, safe: Box, pad: float) -> Box:
    """The band's text area: `pad` inside the band and within the safe area (left to right)."""
    top = min(band.top - pad, safe.top)
    return Box(safe.x, band.y + pad, safe.width, top - band.y - pad)


def _rows(x: float, top: float, bottom: float, width: float, weights: Sequence[float]
          ) -> list[Box]:  # fmt: skip
    """Rows filling top..bottom in proportion to `weights`."""
    unit = (top - bottom) / sum(weights)
    return _stack(x, top, width, [weight * unit for weight in weights])


def _landscape(slot: Box, layout: BadgeLayout) -> BadgeBoxes:
    w, h = slot.width, slot.height
    safe = layout.safe_box(slot)
    band, band_colour = band_boxes(slot, layout, 0.17 * h)
    qr = _qr_total(layout)
    room = layout.qr_room(slot)
    qr_box = Box(room.right - qr, room.y, qr, qr)
    gap = 0.015 * w
    given, family, native, _, delegation, country, _, team = _rows(
        safe.x, band.y - 0.04 * h, safe.y, safe.width,
        [0.22, 0.12, 0.13, 0.03, 0.08, 0.075, 0.01, 0.095],
    )  # fmt: skip
    given, family, native, delegation, country = _beside_qr(
        safe.x, [given, family, native, delegation, country], qr_box, gap, safe.right
    )
    team = Box(safe.x, team.y, min(qr_box.x - gap - safe.x, 0.38 * w), team.height)
    band_inner = in_band(band, safe, 0.2 * band.height)
    return BadgeBoxes(
        band, band_colour, given, family, native, delegation, country, team, qr_box,
        title_in_band=Box(band_inner.x + band_inner.width * 0.42, band_inner.y,
                          band_inner.width * 0.58, band_inner.height * 0.7),
        role_in_band=Box(band_inner.x, band_inner.y, band_inner.width * 0.45, band_inner.height),
        sizes={"given": 0.14 * h, "family": 0.07 * h, "native": 0.075 * h,
               "delegation": 0.05 * h, "country": 0.045 * h, "team": 0.05 * h},
    )  # fmt: skip


def _card(slot: Box, layout: BadgeLayout) -> BadgeBoxes:
    """An ID-1 card: the code as large as the card allows beside the names.

    The code fills the height under the band at the card's right edge (card printers print to
    the edge; its quiet zone keeps the dark modules 4 modules in); the names take the left.
    """
    h = slot.height
    safe = layout.safe_box(slot)
    band, band_colour = band_boxes(slot, layout, 0.16 * h)
    qr = min(_qr_total(layout), band.y - slot.y)
    qr_box = Box(slot.right - qr, slot.y, qr, qr)
    right = qr_box.x - 0.5 * MM  # the quiet zone is the gap
    given, family, native, _, delegation, country, _, team = _rows(
        safe.x, band.y - 0.05 * h, safe.y, right - safe.x,
        [0.25, 0.11, 0.12, 0.02, 0.085, 0.08, 0.015, 0.1],
    )  # fmt: skip
    team = Box(team.x, team.y, team.width * 0.8, team.height)
    band_inner = in_band(band, safe, 0.2 * band.height)
    return BadgeBoxes(
        band, band_colour, given, family, native, delegation, country, team, qr_box,
        title_in_band=Box(band_inner.x + band_inner.width * 0.42, band_inner.y,
                          band_inner.width * 0.58, band_inner.height * 0.7),
        role_in_band=Box(band_inner.x, band_inner.y, band_inner.width * 0.45, band_inner.height),
        sizes={"given": 0.15 * h, "family": 0.075 * h, "native": 0.08 * h,
               "delegation": 0.055 * h, "country": 0.05 * h, "team": 0.055 * h},
    )  # fmt: skip


def _portrait(slot: Box, layout: BadgeLayout) -> BadgeBoxes:
    w, h = slot.width, slot.height
    safe = layout.safe_box(slot)
    band, band_colour = band_boxes(slot, layout, 0.13 * h)
    qr = _qr_total(layout)
    room = layout.qr_room(slot)
    qr_box = Box(slot.x + (w - qr) / 2, room.y, qr, qr)
    inner = _intersect(slot.inset(0.07 * w, 0), safe)
    given, family, native, _, delegation, country, team = _stack(
        inner.x,
        band.y - 0.03 * h,
        inner.width,
        [0.15 * h, 0.075 * h, 0.085 * h, 0.02 * h, 0.05 * h, 0.045 * h, 0.06 * h],
    )
    team = Box(slot.x + (w - 0.5 * w) / 2, team.y, 0.5 * w, team.height)
    band_inner = in_band(band, inner, 0.12 * band.height)
    return BadgeBoxes(
        band, band_colour, given, family, native, delegation, country, team, qr_box,
        title_in_band=Box(band_inner.x, band_inner.top - band_inner.height * 0.3,
                          band_inner.width, band_inner.height * 0.3),
        role_in_band=Box(band_inner.x, band_inner.y, band_inner.width, band_inner.height * 0.62),
        sizes={"given": 0.1 * h, "family": 0.05 * h, "native": 0.056 * h,
               "delegation": 0.032 * h, "country": 0.028 * h, "team": 0.03 * h},
    )  # fmt: skip


def badge_boxes(slot: Box, layout: BadgeLayout) -> BadgeBoxes:
    if layout.printer_margin == 0 and layout.per_page == 1 and slot.width > slot.height:
        return _card(slot, layout)
    return _landscape(slot, layout) if slot.width > slot.height else _portrait(slot, layout)


# --- crop marks -------------------------------------------------------------------------------

MIN_MARK = 1.5 * MM
MAX_MARK = 5 * MM


def _cuts(layout: BadgeLayout) -> tuple[list[float], list[float]]:
    xs: set[float] = set()
    ys: set[float] = set()
    for index in range(layout.per_page):
        slot = layout.slot(index)
        xs.update((round(slot.x, 3), round(slot.right, 3)))
        ys.update((round(slot.y, 3), round(slot.top, 3)))
    return sorted(xs), sorted(ys)


def _keep_out(layout: BadgeLayout) -> list[Box]:
    """Every badge and its band's bleed (the top quarter of a badge, front or back), CLEAR wider."""
    boxes = []
    for index in range(layout.per_page):
        slot = layout.slot(index)
        colour = layout.colour_box(slot)
        band = Box(colour.x, slot.top - 0.25 * slot.height, colour.width,
                   colour.top - slot.top + 0.25 * slot.height)  # fmt: skip
        boxes += [slot.inset(-CLEAR), band.inset(-CLEAR)]
    return boxes


def _free_spans(low: float, high: float, blocked: Sequence[tuple[float, float]]
                ) -> Iterator[tuple[float, float]]:  # fmt: skip
    """The parts of low..high that no blocked span covers."""
    start = low
    for b_low, b_high in sorted(blocked):
        if b_low > start:
            yield start, min(b_low, high)
        start = max(start, b_high)
        if start >= high:
            return
    if start < high:
        yield start, high


def _mark_spans(low: float, high: float, blocked: Sequence[tuple[float, float]]
                ) -> Iterator[tuple[float, float]]:  # fmt: skip
    """Where marks go on one cut line: in each free span long enough, next to the badges in a
    margin (from the sheet's printable edge inward) and centred in a gutter."""
    for a, b in _free_spans(low, high, blocked):
        length = min(b - a, MAX_MARK)
        if length < MIN_MARK - 0.01:
            continue
        if a <= low + 0.01 and b < high - 0.01:
            yield b - length, b
        elif b >= high - 0.01 and a > low + 0.01:
            yield a, a + length
        else:
            yield (a + b - length) / 2, (a + b + length) / 2


def draw_crop_marks(canvas: Canvas, layout: BadgeLayout) -> None:
    """Short marks on every cut line, only where nothing of a badge is (margins and gutters),
    and only where an office printer prints."""
    area = layout.printable
    keep_out = _keep_out(layout)
    xs, ys = _cuts(layout)
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.25)
    # a badge's edge at the sheet's edge (inserts run to it) is no cut and needs no mark
    xs = [x for x in xs if area.x < x < area.right]
    ys = [y for y in ys if area.y < y < area.top]
    for x in xs:
        blocked = [(b.y, b.top) for b in keep_out if b.x <= x <= b.right]
        for y0, y1 in _mark_spans(area.y, area.top, blocked):
            canvas.line(x, y0, x, y1)
    for y in ys:
        blocked = [(b.x, b.right) for b in keep_out if b.y <= y <= b.top]
        for x0, x1 in _mark_spans(area.x, area.right, blocked):
            canvas.line(x0, y, x1, y)
