"""Name badges: sheets of several per page with crop marks, single badges, card-printer cards.

Front: a colour band by role, the given (or preferred) name large, the family name, the name in
the person's own script, the sending institution and the country (each word once), team, and
the QR code of the badge token with its quiet zone. Optional back: the person's week at a
glance and emergency numbers, placed on the back page mirrored left-right so that long-edge
duplex printing lines each back up with its front.

Paper as a print shop judges it: on office sheets no ink within the printer's 5 mm margin,
colour bleeding past the cut into gutters (or a white frame where the cut is in the margin),
text 3 mm inside the cut, crop marks only in margins and gutters; no back text below 6.5 pt.

Every text is fitted into its own box (shrinking, or using two lines for a long given name), so a
long name never overflows or is clipped; `badge_boxes` returns those boxes for tests.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib import colors

from sakura_desktop.core.qr import qr_matrix
from sakura_desktop.printing import text
from sakura_desktop.printing.badge_layouts import (
    QUIET,
    BadgeBoxes,
    BadgeLayout,
    badge_boxes,
    band_boxes,
    draw_crop_marks,
    in_band,
)
from sakura_desktop.printing.common import (
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
    institution: str = ""  # the delegation's sending institution, when known
    country: str = ""
    team: str = ""
    team_colour: str | None = None
    lang: CjkLang | None = None  # the forms of Han characters, from the delegation's country
    back: BadgeBack | None = None
    legal_given_name: str = ""  # the given name itself, when `given_name` is a preferred one


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


def _colour_band(canvas: Canvas, colour: Any, band: Box, framed: bool) -> None:
    """The band as printed; inside a frame its corners are rounded (it meets no cut)."""
    canvas.setFillColor(colour)
    if framed:
        canvas.roundRect(*_rect(band), 1.5 * MM, stroke=0, fill=1)
    else:
        canvas.rect(*_rect(band), stroke=0, fill=1)


def _band(canvas: Canvas, person: BadgePerson, boxes: BadgeBoxes, event: str, framed: bool
          ) -> dict[str, Placed]:  # fmt: skip
    colour = hex_colour(ROLE_COLOURS.get(person.role, "#5d6d7e"))
    _colour_band(canvas, colour, boxes.band_colour, framed)
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
    from_where, country_shown = affiliation(person)
    canvas.setFillColor(INK)
    delegation = text.draw_fitted(
        canvas, from_where, boxes.delegation, sizes["delegation"], bold=True, align=align
    )
    canvas.setFillColor(MUTED)
    country = text.draw_fitted(canvas, country_shown, boxes.country, sizes["country"], align=align)
    return {"given": given, "family": family, "native": native, "delegation": delegation,
            "country": country}  # fmt: skip


def _words(text: str) -> set[str]:
    return {word.strip("()[],.·-").casefold() for word in text.split()} - {""}


def affiliation(person: BadgePerson) -> tuple[str, str]:
    """(where they come from, the country) as the badge shows them, no word said twice.

    The institution when it is known, else the delegation's name; the country under it unless
    that line already names it ("China / China" becomes "China").
    """
    first = person.institution.strip() or person.delegation.strip()
    country = person.country.strip()
    if not first:
        return country, ""
    if country and _words(country) <= _words(first):
        country = ""
    return first, country


def _native_shown(person: BadgePerson) -> str:
    """The native-script name, unless it only repeats the romanised one (Indonesian and
    Vietnamese names), whichever given name is shown large and however the family is cased."""
    native = person.native_name.strip()
    given_names = {person.given_name, person.legal_given_name or person.given_name}
    roman = {
        " ".join(order).casefold()
        for given in given_names
        for order in ((given, person.family_name), (person.family_name, given))
    }
    return "" if native.casefold() in roman else native


def draw_front(
    canvas: Canvas, person: BadgePerson, slot: Box, layout: BadgeLayout, event: str, page: int
) -> DrawnBadge:
    boxes = badge_boxes(slot, layout)
    placed = _band(canvas, person, boxes, event, bool(layout.frame))
    placed.update(_names(canvas, person, boxes))
    centred = slot.width < slot.height
    placed["team"] = _team_chip(canvas, person, boxes.team, boxes.sizes["team"], centred)
    draw_qr(canvas, person.token, boxes.qr)
    return DrawnBadge(person.participant_id, page, slot, boxes.qr, placed)


BACK_MIN_SIZE = 6.5  # points: a back says less ("…and 2 more") rather than print smaller
BACK_LEADING = 1.22
ITEM_SEPARATOR = "  ·  "


def draw_back(
    canvas: Canvas, person: BadgePerson, slot: Box, layout: BadgeLayout, page: int = 0
) -> DrawnBadge:
    """The back side: the week at a glance and emergency numbers; its QR box is empty."""
    back = person.back or BadgeBack((), ())
    safe = layout.safe_box(slot)
    heading_size = min(max(0.05 * slot.height, 8.0), 13.0)
    band_top = layout.colour_box(slot).top if layout.frame else slot.top
    band_h = max(0.11 * slot.height, band_top - safe.top + heading_size * 1.75)
    band, band_colour = band_boxes(slot, layout, band_h)
    _colour_band(canvas, hex_colour(ROLE_COLOURS.get(person.role, "#5d6d7e")), band_colour,
                 bool(layout.frame))  # fmt: skip
    canvas.setFillColor(colors.white)
    placed = {"heading": _heading(canvas, person, in_band(band, safe, heading_size * 0.3),
                                  heading_size)}  # fmt: skip
    area = Box(safe.x, safe.y, safe.width, band.y - safe.y)
    size = _back_size(back, area, min(max(0.06 * slot.height, BACK_MIN_SIZE), 11.0))
    gap = 0.9 * size
    bottom = safe.y
    if back.emergency:
        box = _emergency_box(back, safe, size)
        placed |= _draw_emergency(canvas, back, box, size)
        bottom = box.top + gap
    week = Box(safe.x, bottom, safe.width, band.y - gap - bottom)
    placed |= _draw_week(canvas, back, week, size)
    return DrawnBadge(person.participant_id, page, slot, Box(slot.x, slot.y, 0, 0), placed)


def _back_size(back: BadgeBack, area: Box, largest: float) -> float:
    """The largest size, from `largest` down to BACK_MIN_SIZE, at which the week and the
    emergency box fit `area` with nothing left out (else the minimum, and days shortened)."""
    size = largest
    while size > BACK_MIN_SIZE:
        emergency = _emergency_box(back, area, size).height + 0.9 * size if back.emergency else 0
        height = area.height - emergency - 0.9 * size
        if _week_lines(back.days, area.width, size) <= height:
            return size
        size -= 0.25
    return BACK_MIN_SIZE


def _week_lines(days: BackDays, width: float, size: float) -> float:
    """The height the days take at `size`, unshortened."""
    found, _ = _wrapped_days(days, width, size)
    line_h, row_gap = size * BACK_LEADING, size * 0.55
    return sum(len(d.lines) for d in found) * line_h + (len(found) - 1) * row_gap


def _heading(canvas: Canvas, person: BadgePerson, box: Box, size: float) -> Placed:
    """ "My week — Grace", or just "My week" when the name would need a smaller size."""
    heading = f"My week — {person.given_name or person.family_name}".strip()
    _, fitted = text.choose_lines(heading, box, size, lang=person.lang, bold=True)
    if fitted < BACK_MIN_SIZE:
        heading = "My week"
    return text.draw_fitted(canvas, heading, box, size, lang=person.lang, bold=True)


@dataclass(frozen=True)
class _Day:
    label: str
    lines: list[text.Prepared]


def _wrapped(items: Sequence[str], width: float, size: float) -> list[text.Prepared]:
    return text.wrap(ITEM_SEPARATOR.join(items) if items else "—", width, size)


def _shortened(items: Sequence[str], width: float, size: float, budget: int
               ) -> list[text.Prepared]:  # fmt: skip
    """The day's first sessions and "…and N more", in at most `budget` lines."""
    if len(items) == 1:  # one long title: as much of it as the lines hold
        return _wrapped(items, width, size)[:budget]
    for keep in range(len(items) - 1, 0, -1):
        lines = _wrapped([*items[:keep], f"…and {len(items) - keep} more"], width, size)
        if len(lines) <= budget:
            return lines
    return _wrapped([f"{items[0]} …and {len(items) - 1} more"], width, size)[:budget]


def _wrapped_days(days: BackDays, width: float, size: float) -> tuple[list[_Day], float]:
    """Each day's label and wrapped sessions at `size`; and the labels' column width."""
    label_w = max((text.prepare(day, bold=True).width(size) for day, _ in days), default=0)
    label_w += size * 1.2
    return [_Day(day, _wrapped(items, width - label_w, size)) for day, items in days], label_w


def _fit_week(days_in: BackDays, width: float, height: float, size: float
              ) -> tuple[list[_Day], float]:  # fmt: skip
    """The days' lines at `size` in `height`: long days lose their last sessions ("…and 2
    more") and, on a card too small for every day, the last days go ("…and 2 more days").

    Returns the days and the width of the day labels' column.
    """
    back = list(days_in)
    days, label_w = _wrapped_days(back, width, size)
    line_h, row_gap = size * BACK_LEADING, size * 0.55
    capacity = int((height + row_gap) // (line_h + row_gap))  # days of one line each
    if capacity < len(days):
        kept = max(capacity - 1, 0)
        rest = _wrapped([f"…and {len(days) - kept} more days"], width, size)
        days, back = [*days[:kept], _Day("", rest)], [*back[:kept], ("", ())]
    budgets = [len(d.lines) for d in days]
    spare = int((height - (len(days) - 1) * row_gap) // line_h)
    while sum(budgets) > spare and max(budgets) > 1:
        budgets[budgets.index(max(budgets))] -= 1
    fitted = [
        day if len(day.lines) <= budget or not items
        else _Day(day.label, _shortened(items, width - label_w, size, budget))
        for day, (_, items), budget in zip(days, back, budgets, strict=True)
    ]  # fmt: skip
    return fitted, label_w


BackDays = Sequence[tuple[str, Sequence[str]]]


def _draw_week(canvas: Canvas, back: BadgeBack, area: Box, size: float) -> dict[str, Placed]:
    placed: dict[str, Placed] = {}
    if not back.days or area.height <= 0:
        return placed
    days, label_w = _fit_week(back.days, area.width, area.height, size)
    line_h, row_gap = size * BACK_LEADING, size * 0.55
    top = area.top
    for index, day in enumerate(days):
        if index:
            canvas.setStrokeColor(colors.HexColor("#dde3ec"))
            canvas.setLineWidth(0.3)
            canvas.line(area.x, top + row_gap / 2, area.right, top + row_gap / 2)
        canvas.setFillColor(INK)
        label = text.prepare(day.label, bold=True)
        label_bottom = text.draw_lines(canvas, [label], area.x, top, size) if day.label else top
        canvas.setFillColor(MUTED)
        x = area.x + (label_w if day.label else 0.0)
        bottom = text.draw_lines(canvas, day.lines, x, top, size, leading=BACK_LEADING)
        bottom = min(bottom, label_bottom)
        placed[f"day {index}"] = Placed(
            size, 1, Box(area.x, label_bottom, label_w, top - label_bottom)
        )
        placed[f"items {index}"] = Placed(size, len(day.lines),
                                          Box(x, bottom, area.right - x, top - bottom))  # fmt: skip
        top -= len(day.lines) * line_h + row_gap
    return placed


def _emergency_lines(
    back: BadgeBack, width: float, size: float
) -> list[tuple[bool, text.Prepared]]:
    lines = [(True, line) for line in text.wrap("In an emergency", width, size, bold=True)]
    for entry in back.emergency:
        lines += [(False, line) for line in text.wrap(entry, width, size)]
    return lines


def _emergency_box(back: BadgeBack, safe: Box, size: float) -> Box:
    pad = max(1.5 * MM, size * 0.5)
    lines = _emergency_lines(back, safe.width - 2 * pad, size)
    height = text.block_height([line for _, line in lines], size, BACK_LEADING) + 2 * pad
    return Box(safe.x, safe.y, safe.width, height)


def _draw_emergency(canvas: Canvas, back: BadgeBack, box: Box, size: float) -> dict[str, Placed]:
    placed: dict[str, Placed] = {}
    canvas.setFillColor(colors.HexColor("#fdecea"))
    canvas.setStrokeColor(colors.HexColor("#c0392b"))
    canvas.setLineWidth(0.6)
    canvas.roundRect(*_rect(box), 2 * MM, stroke=1, fill=1)
    pad = max(1.5 * MM, size * 0.5)
    inner = box.inset(pad)
    top = inner.top
    for index, (heading, line) in enumerate(_emergency_lines(back, inner.width, size)):
        canvas.setFillColor(colors.HexColor("#a93226") if heading else INK)
        bottom = text.draw_lines(canvas, [line], inner.x, top, size)
        placed[f"emergency {index}"] = Placed(
            size, 1, Box(inner.x, bottom, inner.width, top - bottom)
        )
        top -= size * BACK_LEADING
    return placed


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
                backs.append(draw_back(canvas, person, slot, layout, pages_written(canvas) + 1))
            if layout.crop_marks:
                draw_crop_marks(canvas, layout)
            canvas.showPage()
    return BadgeSheetResult(finish(canvas), drawn, backs)
