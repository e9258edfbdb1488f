"""Name badges: sheets of several per page with crop marks, single badges, card-printer cards.

Front: a colour band by role, the given (or preferred) name large, the family name, the name in
the person's own script, delegation and country, team, and the QR code of the badge token with
its quiet zone. Optional back: the person's week at a glance and emergency numbers, placed on
the back page mirrored left-right so that long-edge duplex printing lines each back up with
its front.

Every text is fitted into its own box (shrinking, or using two lines for a long given name), so a
long name never overflows or is clipped; `layout_badge` returns those boxes for tests.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import inch

from sakura_desktop.core.qr import qr_matrix
from sakura_desktop.printing import text
from sakura_desktop.printing.common import (
    A4,
    A6,
    INK,
    MM,
    MUTED,
    CancelFn,
    ProgressFn,
    Ticker,
    finish,
    hex_colour,
    new_canvas,
    pages_written,
    readable_on,
    writing,
)
from sakura_desktop.printing.fonts import CjkLang
from sakura_desktop.printing.text import Box, Canvas, Placed

ROLE_COLOURS: dict[str, str] = {
    "student": "#1f5fbf",
    "teacher": "#1b7f4b",
    "staff": "#c0392b",
    "interpreter": "#d35400",
    "lecturer": "#6c2a8c",
    "guest": "#5d6d7e",
}
ROLE_LABELS: dict[str, str] = {
    "student": "STUDENT",
    "teacher": "TEACHER",
    "staff": "HOST STAFF",
    "interpreter": "INTERPRETER",
    "lecturer": "LECTURER",
    "guest": "GUEST",
}


@dataclass(frozen=True)
class BadgeBack:
    """The back of a badge: (day label, that day's items) and emergency lines."""

    days: tuple[tuple[str, tuple[str, ...]], ...]
    emergency: tuple[str, ...]


@dataclass(frozen=True)
class BadgePerson:
    participant_id: int
    given_name: str  # as shown large: the preferred name when there is one
    family_name: str
    native_name: str
    role: str
    token: str
    title: str = ""
    delegation: str = ""
    country: str = ""
    team: str = ""
    team_colour: str | None = None
    lang: CjkLang | None = None  # the forms of Han characters, from the delegation's country
    back: BadgeBack | None = None


@dataclass(frozen=True)
class BadgeLayout:
    name: str
    label: str
    page: tuple[float, float]
    badge: tuple[float, float]
    columns: int
    rows: int
    gap: tuple[float, float] = (0.0, 0.0)
    qr_mm: float = 22.0  # the symbol without its quiet zone
    crop_marks: bool = True

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

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


LAYOUTS: dict[str, BadgeLayout] = {
    layout.name: layout
    for layout in (
        BadgeLayout(
            "a4-8up", "A4 sheet, 8 badges of 90×55 mm", A4, (90 * MM, 55 * MM), 2, 4,
            gap=(6 * MM, 6 * MM), qr_mm=22.0,
        ),
        BadgeLayout(
            "a4-4up-a6", "A4 sheet, 4 A6 badges (105×148 mm)", A4, A6, 2, 2, qr_mm=30.0,
        ),
        BadgeLayout("a6", "Single A6 badge per page", A6, A6, 1, 1, qr_mm=30.0,
                    crop_marks=False),
        BadgeLayout(
            "id1", "ID-1 card 85.6×54 mm (card printers)", (85.6 * MM, 54 * MM),
            (85.6 * MM, 54 * MM), 1, 1, qr_mm=17.0, crop_marks=False,
        ),
        BadgeLayout(
            "insert-4x3", "A4 sheet, 6 inserts of 4×3 inch", A4, (4 * inch, 3 * inch), 2, 3,
            qr_mm=24.0,
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
    band: Box
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


def _landscape(slot: Box, layout: BadgeLayout) -> BadgeBoxes:
    w, h = slot.width, slot.height
    margin = 0.055 * h
    band = Box(slot.x, slot.top - 0.17 * h, w, 0.17 * h)
    qr = _qr_total(layout)
    qr_box = Box(slot.right - qr - 0.01 * w, slot.y + 0.03 * h, qr, qr)
    gap = 0.015 * w
    top = band.y - 0.045 * h
    x = slot.x + margin
    rows = _stack(x, top, w, [0.22 * h, 0.12 * h, 0.13 * h, 0.03 * h, 0.08 * h, 0.075 * h])
    given, family, native, _, delegation, country = _beside_qr(
        x, rows, qr_box, gap, slot.right - margin
    )
    team_w = min(qr_box.x - gap - x, 0.38 * w)
    team = Box(x, slot.y + 0.045 * h, team_w, 0.095 * h)
    band_inner = band.inset(margin, 0.2 * band.height)
    return BadgeBoxes(
        band, given, family, native, delegation, country, team, qr_box,
        title_in_band=Box(band_inner.x + band_inner.width * 0.42, band_inner.y,
                          band_inner.width * 0.58, band_inner.height * 0.7),
        role_in_band=Box(band_inner.x, band_inner.y, band_inner.width * 0.45, band_inner.height),
        sizes={"given": 0.14 * h, "family": 0.07 * h, "native": 0.075 * h,
               "delegation": 0.05 * h, "country": 0.045 * h, "team": 0.05 * h},
    )  # fmt: skip


def _portrait(slot: Box, layout: BadgeLayout) -> BadgeBoxes:
    w, h = slot.width, slot.height
    margin = 0.07 * w
    band = Box(slot.x, slot.top - 0.13 * h, w, 0.13 * h)
    qr = _qr_total(layout)
    qr_box = Box(slot.x + (w - qr) / 2, slot.y + 0.025 * h, qr, qr)
    inner = w - 2 * margin
    given, family, native, _, delegation, country, team = _stack(
        slot.x + margin,
        band.y - 0.035 * h,
        inner,
        [0.15 * h, 0.075 * h, 0.085 * h, 0.02 * h, 0.05 * h, 0.045 * h, 0.06 * h],
    )
    team = Box(slot.x + (w - 0.5 * w) / 2, team.y, 0.5 * w, team.height)
    band_inner = band.inset(margin, 0.12 * band.height)
    return BadgeBoxes(
        band, given, family, native, delegation, country, team, qr_box,
        title_in_band=Box(band_inner.x, band_inner.top - band_inner.height * 0.3,
                          band_inner.width, band_inner.height * 0.3),
        role_in_band=Box(band_inner.x, band_inner.y, band_inner.width, band_inner.height * 0.62),
        sizes={"given": 0.1 * h, "family": 0.05 * h, "native": 0.056 * h,
               "delegation": 0.032 * h, "country": 0.028 * h, "team": 0.03 * h},
    )  # fmt: skip


def badge_boxes(slot: Box, layout: BadgeLayout) -> BadgeBoxes:
    return _landscape(slot, layout) if slot.width > slot.height else _portrait(slot, layout)


# --- drawing ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DrawnBadge:
    """What was drawn for one badge: its slot and the ink box of every text (for tests)."""

    participant_id: int
    page: int
    slot: Box
    qr: Box
    texts: dict[str, Placed]


def draw_qr(canvas: Canvas, token: str, box: Box) -> None:
    """The code (quiet zone included in `box`) as one path of horizontal runs of dark modules."""
    matrix = qr_matrix(token, QUIET)
    count = len(matrix)
    module = box.width / count
    canvas.setFillColor(colors.white)
    canvas.rect(box.x, box.y, box.width, box.height, stroke=0, fill=1)
    # In module units (one cm): integer rectangles format ten times faster than floats.
    ops = [f"q 0 g {module:.5f} 0 0 {module:.5f} {box.x:.3f} {box.y:.3f} cm"]
    for r, row in enumerate(matrix):
        y = count - 1 - r
        c = 0
        while c < count:
            if not row[c]:
                c += 1
                continue
            start = c
            while c < count and row[c]:
                c += 1
            ops.append(f"{start} {y} {c - start} 1 re")
    ops.append("f Q")
    canvas.addLiteral("\n".join(ops))


def _band(canvas: Canvas, person: BadgePerson, boxes: BadgeBoxes, event: str) -> dict[str, Placed]:
    colour = hex_colour(ROLE_COLOURS.get(person.role, "#5d6d7e"))
    canvas.setFillColor(colour)
    canvas.rect(*_rect(boxes.band), stroke=0, fill=1)
    canvas.setFillColor(readable_on(colour))
    portrait = boxes.band.height > boxes.band.width * 0.15
    role = text.draw_fitted(
        canvas, ROLE_LABELS.get(person.role, person.role.upper()), boxes.role_in_band,
        boxes.role_in_band.height * 0.8, bold=True, align="center" if portrait else "left",
    )  # fmt: skip
    title = text.draw_fitted(
        canvas, event, boxes.title_in_band, boxes.title_in_band.height * 0.85,
        align="center" if portrait else "right",
    )  # fmt: skip
    return {"role": role, "event": title}


def _rect(box: Box) -> tuple[float, float, float, float]:
    return box.x, box.y, box.width, box.height


def _team_chip(canvas: Canvas, person: BadgePerson, box: Box, size: float, centred: bool) -> Placed:
    """The team's name on a rounded chip of the team's colour."""
    if not person.team:
        return text.EMPTY_PLACED
    colour = hex_colour(person.team_colour, "#5d6d7e")
    pad = box.height * 0.45
    lines, fitted = text.choose_lines(person.team, box.inset(pad, box.height * 0.12), size,
                                      bold=True)  # fmt: skip
    width = min(box.width, lines[0].width(fitted) + 2 * pad)
    x = box.x + (box.width - width) / 2 if centred else box.x
    chip = Box(x, box.y, width, box.height)
    canvas.setFillColor(colour)
    canvas.roundRect(*_rect(chip), box.height * 0.3, stroke=0, fill=1)
    canvas.setFillColor(readable_on(colour))
    return text.draw_fitted(canvas, person.team, chip.inset(pad, box.height * 0.12), size,
                            bold=True, align="center")  # fmt: skip


def _names(canvas: Canvas, person: BadgePerson, boxes: BadgeBoxes) -> dict[str, Placed]:
    sizes = boxes.sizes
    centred = boxes.band.width < boxes.band.height * 6.5
    align = "center" if centred else "left"
    canvas.setFillColor(INK)
    given = text.draw_fitted(
        canvas, person.given_name or person.family_name, boxes.given, sizes["given"],
        lang=person.lang, bold=True, align=align, valign="bottom", max_lines=2, leading=0.98,
    )  # fmt: skip
    family_text = " ".join(p for p in (person.title, person.family_name.upper()) if p)
    if not person.given_name:
        family_text = person.title
    family = text.draw_fitted(
        canvas, family_text, boxes.family, sizes["family"], lang=person.lang, align=align
    )
    canvas.setFillColor(MUTED)
    native = text.draw_fitted(
        canvas, _native_shown(person), boxes.native, sizes["native"], lang=person.lang,
        align=align,
    )  # fmt: skip
    canvas.setFillColor(INK)
    delegation = text.draw_fitted(
        canvas, person.delegation, boxes.delegation, sizes["delegation"], bold=True, align=align
    )
    canvas.setFillColor(MUTED)
    country = text.draw_fitted(canvas, person.country, boxes.country, sizes["country"], align=align)
    return {"given": given, "family": family, "native": native, "delegation": delegation,
            "country": country}  # fmt: skip


def _native_shown(person: BadgePerson) -> str:
    """The native-script name, unless it only repeats the romanised one (Indonesian names)."""
    native = person.native_name.strip()
    roman = {
        f"{person.given_name} {person.family_name}",
        f"{person.family_name} {person.given_name}",
    }
    return "" if native in roman else native


def draw_front(
    canvas: Canvas, person: BadgePerson, slot: Box, layout: BadgeLayout, event: str, page: int
) -> DrawnBadge:
    boxes = badge_boxes(slot, layout)
    placed = _band(canvas, person, boxes, event)
    placed.update(_names(canvas, person, boxes))
    centred = slot.width < slot.height
    placed["team"] = _team_chip(canvas, person, boxes.team, boxes.sizes["team"], centred)
    draw_qr(canvas, person.token, boxes.qr)
    return DrawnBadge(person.participant_id, page, slot, boxes.qr, placed)


def _day_lines(back: BadgeBack) -> Iterator[tuple[str, str]]:
    for day, items in back.days:
        yield day, "  ·  ".join(items) if items else "—"


def draw_back(
    canvas: Canvas, person: BadgePerson, slot: Box, event: str, page: int = 0
) -> DrawnBadge:
    """The back side; its QR box is empty (the back has no code)."""
    back = person.back or BadgeBack((), ())
    h, w = slot.height, slot.width
    margin = min(w, h) * 0.06
    band = Box(slot.x, slot.top - 0.11 * h, w, 0.11 * h)
    canvas.setFillColor(hex_colour(ROLE_COLOURS.get(person.role, "#5d6d7e")))
    canvas.rect(*_rect(band), stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    heading = f"My week — {person.given_name} {person.family_name}".strip()
    placed = {"heading": text.draw_fitted(
        canvas, heading, band.inset(margin, band.height * 0.18), band.height * 0.55,
        lang=person.lang, bold=True,
    )}  # fmt: skip
    emergency_h = (0.1 + 0.06 * len(back.emergency)) * h if back.emergency else 0.0
    placed |= _draw_week(
        canvas,
        back,
        Box(
            slot.x + margin,
            slot.y + emergency_h + margin * 0.6,
            w - 2 * margin,
            band.y - slot.y - emergency_h - margin * 1.3,
        ),
    )
    if back.emergency:
        placed |= _draw_emergency(
            canvas,
            back,
            Box(slot.x + margin, slot.y + margin * 0.6, w - 2 * margin, emergency_h - margin * 0.3),
        )
    del event
    return DrawnBadge(person.participant_id, page, slot, Box(slot.x, slot.y, 0, 0), placed)


def _draw_week(canvas: Canvas, back: BadgeBack, area: Box) -> dict[str, Placed]:
    placed: dict[str, Placed] = {}
    days = list(_day_lines(back))
    if not days:
        return placed
    row_h = area.height / len(days)
    label_w = area.width * 0.2
    size = min(row_h * 0.3, 9.0)
    for index, (day, items) in enumerate(days):
        row = Box(area.x, area.top - (index + 1) * row_h, area.width, row_h)
        canvas.setFillColor(INK)
        placed[f"day {index}"] = text.draw_fitted(
            canvas, day, Box(row.x, row.y + 1.0, label_w * 0.95, row.height - 2.5), size,
            bold=True, valign="top",
        )  # fmt: skip
        canvas.setFillColor(MUTED)
        inner = Box(row.x + label_w, row.y + 1.0, row.width - label_w, row.height - 2.5)
        placed[f"items {index}"] = text.draw_block(canvas, items, inner, size)
        canvas.setStrokeColor(colors.HexColor("#dde3ec"))
        canvas.setLineWidth(0.3)
        if index:
            canvas.line(row.x, row.top, row.right, row.top)
    return placed


def _draw_emergency(canvas: Canvas, back: BadgeBack, box: Box) -> dict[str, Placed]:
    placed: dict[str, Placed] = {}
    canvas.setFillColor(colors.HexColor("#fdecea"))
    canvas.setStrokeColor(colors.HexColor("#c0392b"))
    canvas.setLineWidth(0.6)
    canvas.roundRect(*_rect(box), 2 * MM, stroke=1, fill=1)
    lines = ("In an emergency", *back.emergency)
    inner = box.inset(box.height * 0.08 + 1 * MM, box.height * 0.08)
    row_h = inner.height / len(lines)
    for index, line in enumerate(lines):
        canvas.setFillColor(colors.HexColor("#a93226") if index == 0 else INK)
        row = Box(inner.x, inner.top - (index + 1) * row_h, inner.width, row_h)
        placed[f"emergency {index}"] = text.draw_fitted(canvas, line, row, row_h * 0.75,
                                                        bold=index == 0)  # fmt: skip
    return placed


# --- crop marks -------------------------------------------------------------------------------


def _cuts(layout: BadgeLayout) -> tuple[list[float], list[float]]:
    xs: set[float] = set()
    ys: set[float] = set()
    for index in range(layout.per_page):
        slot = layout.slot(index)
        xs.update((round(slot.x, 3), round(slot.right, 3)))
        ys.update((round(slot.y, 3), round(slot.top, 3)))
    return sorted(xs), sorted(ys)


def draw_crop_marks(canvas: Canvas, layout: BadgeLayout) -> None:
    """Short marks on every cut line, in the margin outside the grid (or at the paper's edge)."""
    page_w, page_h = layout.page
    x0, y0 = layout.origin()
    xs, ys = _cuts(layout)
    length, offset = 5 * MM, 1.5 * MM
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.25)
    for x in xs:
        if y0 > offset + 2 * MM:
            canvas.line(x, y0 - offset, x, max(0.0, y0 - offset - length))
            canvas.line(x, page_h - y0 + offset, x, min(page_h, page_h - y0 + offset + length))
        elif 0.5 < x < page_w - 0.5:  # tiled to the paper's edge: mark the inner cuts only
            canvas.line(x, 0, x, length)
            canvas.line(x, page_h, x, page_h - length)
    for y in ys:
        if x0 > offset + 2 * MM:
            canvas.line(x0 - offset, y, max(0.0, x0 - offset - length), y)
            canvas.line(page_w - x0 + offset, y, min(page_w, page_w - x0 + offset + length), y)
        elif 0.5 < y < page_h - 0.5:
            canvas.line(0, y, length, y)
            canvas.line(page_w, y, page_w - length, y)


# --- the document -----------------------------------------------------------------------------


@dataclass(frozen=True)
class BadgeSheetResult:
    pages: int
    badges: list[DrawnBadge]
    backs: list[DrawnBadge] = field(default_factory=list)


def _pages(people: Sequence[BadgePerson], per_page: int) -> Iterator[Sequence[BadgePerson]]:
    for start in range(0, len(people), per_page):
        yield people[start : start + per_page]


def render_badges(
    people: Sequence[BadgePerson],
    out: Path | Any,
    *,
    layout: BadgeLayout,
    event: str,
    back: bool = False,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> BadgeSheetResult:
    """Write the badges of `people` (in order) to `out` (a path or a binary file object)."""
    ticker = Ticker(len(people), progress, is_cancelled)
    ticker.start()
    if isinstance(out, Path):
        with writing(out) as partial:
            return _render(people, partial, layout, event, back, ticker)
    return _render(people, out, layout, event, back, ticker)


def _render(
    people: Sequence[BadgePerson],
    target: Any,
    layout: BadgeLayout,
    event: str,
    back: bool,
    ticker: Ticker,
) -> BadgeSheetResult:
    canvas = new_canvas(target, layout.page, f"Badges — {event}")
    drawn: list[DrawnBadge] = []
    backs: list[DrawnBadge] = []
    for page_people in _pages(people, layout.per_page):
        page = pages_written(canvas) + 1
        for index, person in enumerate(page_people):
            drawn.append(draw_front(canvas, person, layout.slot(index), layout, event, page))
            ticker.step()
        if layout.crop_marks:
            draw_crop_marks(canvas, layout)
        canvas.showPage()
        if back:
            for index, person in enumerate(page_people):
                slot = layout.slot(index, back=True)
                backs.append(draw_back(canvas, person, slot, event, pages_written(canvas) + 1))
            if layout.crop_marks:
                draw_crop_marks(canvas, layout)
            canvas.showPage()
    return BadgeSheetResult(finish(canvas), drawn, backs)
