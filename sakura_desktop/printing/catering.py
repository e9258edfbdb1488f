"""Dietary counts for the kitchen: a page per meal, the numbers large, then who needs what.

Printed the day before (`sakura-desktop report catering --day ...`), handed to the caterer: the
counts a cook plans with, and the names a server needs to hand the right tray to the right
person (names in both scripts, the delegation to find them by).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sakura_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from sakura_desktop.core.reports.catering import DIETARY_RULES_NOTE, MealCount
from sakura_desktop.core.reports.dietary import ALLERGY_PREFIX, MAIN_NEEDS, OTHER_PREFIX
from sakura_desktop.core.schedule.day_text import long_day_label
from sakura_desktop.printing import text
from sakura_desktop.printing.common import (
    A4,
    ACCENT,
    FAINT,
    INK,
    MM,
    MUTED,
    CancelFn,
    ProgressFn,
    RenderResult,
    render_each,
)
from sakura_desktop.printing.fonts import CjkLang, cjk_lang_for_country
from sakura_desktop.printing.text import Box, Canvas

MARGIN = 16 * MM
COUNT_H = 9 * MM
ROW_H = 7 * MM
NAME_COLUMNS = (
    (QT_TRANSLATE_NOOP("Catering", "Name"), 0.28),
    (QT_TRANSLATE_NOOP("Catering", "Native name"), 0.2),
    (QT_TRANSLATE_NOOP("Catering", "Delegation"), 0.22),
    (QT_TRANSLATE_NOOP("Catering", "Needs"), 0.30),
)


# The main needs' words as the kitchen reads them (core/reports/dietary.py MAIN_NEEDS, capitalised).
NEED_WORDS = (
    QT_TRANSLATE_NOOP("Catering", "Halal"),
    QT_TRANSLATE_NOOP("Catering", "Vegetarian"),
    QT_TRANSLATE_NOOP("Catering", "Vegan"),
    QT_TRANSLATE_NOOP("Catering", "No pork"),
    QT_TRANSLATE_NOOP("Catering", "No beef"),
)


def need_label(label: str) -> str:
    if label.startswith(ALLERGY_PREFIX):
        return translate("Catering", "Allergy: {0}").format(label.removeprefix(ALLERGY_PREFIX))
    if label.startswith(OTHER_PREFIX):
        return translate("Catering", "Other: {0}").format(label.removeprefix(OTHER_PREFIX))
    return translate("Catering", label.capitalize())


def ordered_labels(meal: MealCount) -> list[str]:
    main = [need for need in MAIN_NEEDS if need in meal.counts]
    rest = sorted(set(meal.counts) - set(MAIN_NEEDS), key=lambda x: (x.startswith(OTHER_PREFIX), x))
    return main + rest


def _title(canvas: Canvas, meal: MealCount, continued: bool) -> float:
    w, h = A4
    width = w - 2 * MARGIN
    canvas.setFillColor(ACCENT)
    title = meal.title + (translate("Catering", " (continued)") if continued else "")
    text.draw_fitted(canvas, title, Box(MARGIN, h - 26 * MM, width, 12 * MM), 20, bold=True)
    canvas.setFillColor(MUTED)
    when = translate("Catering", "{day}, {time}").format(
        day=long_day_label(meal.starts), time=f"{meal.starts:%H:%M}"
    )
    line = "  ·  ".join(p for p in (when, meal.venue) if p)
    text.draw_fitted(canvas, line, Box(MARGIN, h - 33 * MM, width, 6 * MM), 11)
    canvas.setFillColor(INK)
    return float(h - 40 * MM)


def _count_line(canvas: Canvas, top: float, label: str, count: int, *, strong: bool) -> float:
    width = A4[0] - 2 * MARGIN
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN, top - COUNT_H, MARGIN + width, top - COUNT_H)
    text.draw_fitted(canvas, label, Box(MARGIN, top - COUNT_H + 1.5 * MM, width * 0.75,
                     COUNT_H - 3 * MM), 13, bold=strong)  # fmt: skip
    text.draw_fitted(canvas, str(count), Box(MARGIN + width * 0.75, top - COUNT_H + 1 * MM,
                     width * 0.25, COUNT_H - 2 * MM), 18, bold=True, align="right")  # fmt: skip
    return top - COUNT_H


def _name_row(canvas: Canvas, top: float, cells: Sequence[str], header: bool = False,
              lang: CjkLang | None = None) -> None:  # fmt: skip
    x, width = MARGIN, A4[0] - 2 * MARGIN
    for (_, share), cell in zip(NAME_COLUMNS, cells, strict=True):
        column_width = width * share
        canvas.setFillColor(FAINT if header else (1, 1, 1))
        canvas.setStrokeColor(MUTED)
        canvas.rect(x, top - ROW_H, column_width, ROW_H, stroke=1, fill=1)
        canvas.setFillColor(INK)
        box = Box(x + 1.5 * MM, top - ROW_H + 0.8 * MM, column_width - 3 * MM, ROW_H - 1.6 * MM)
        text.draw_fitted(canvas, cell, box, 9.5, bold=header, max_lines=2, lang=lang)
        x += column_width


def _meal(canvas: Canvas, meal: MealCount) -> None:
    top = _title(canvas, meal, continued=False)
    expected = translate("Catering", "People expected")
    top = _count_line(canvas, top, expected, meal.expected, strong=True)
    standard = translate("Catering", "Standard meal (no need, no allergy)")
    top = _count_line(canvas, top, standard, meal.standard,
                      strong=True)  # fmt: skip
    for label in ordered_labels(meal):
        if top - COUNT_H < 30 * MM:
            canvas.showPage()
            top = _title(canvas, meal, continued=True)
        top = _count_line(canvas, top, need_label(label), meal.counts[label], strong=False)
    canvas.setFillColor(MUTED)
    top = text.draw_wrapped(canvas, DIETARY_RULES_NOTE, MARGIN, top - 3 * MM,
                            A4[0] - 2 * MARGIN, 8) - 5 * MM  # fmt: skip
    canvas.setFillColor(INK)
    if meal.people:
        top = _people(canvas, meal, top)
    canvas.showPage()


def _people(canvas: Canvas, meal: MealCount, top: float) -> float:
    if top - 3 * ROW_H < 16 * MM:
        canvas.showPage()
        top = _title(canvas, meal, continued=True)
    _name_row(canvas, top, [translate("Catering", c) for c, _ in NAME_COLUMNS], header=True)
    top -= ROW_H
    for person in meal.people:
        if top - ROW_H < 16 * MM:
            canvas.showPage()
            top = _title(canvas, meal, continued=True)
            _name_row(canvas, top, [translate("Catering", c) for c, _ in NAME_COLUMNS], header=True)
            top -= ROW_H
        needs = ", ".join(need_label(label) for label in person.needs.labels)
        cells = [person.name, person.native_name, person.delegation, needs]
        _name_row(canvas, top, cells, lang=cjk_lang_for_country(person.country_code))
        top -= ROW_H
    return top


def render_catering(
    meals: Sequence[MealCount],
    out: Path,
    *,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> RenderResult:
    """A page (or more) per meal, in time order, in one PDF."""
    title = translate("Catering", "Dietary counts per meal")
    return render_each(meals, out, _meal, page=A4, title=title,
                          progress=progress, is_cancelled=is_cancelled)  # fmt: skip
