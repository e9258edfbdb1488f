"""The post-visit questionnaire on paper (English: it is participant-facing).

`draw_questionnaire` draws the whole questionnaire into any frame: it is designed once for an A4
page's frame and scaled to fit, so the sheet of its own and the notebook's survey page are the
same questionnaire. A sheet may carry a participant's name and roster id, so that answers typed
in later are matched without guessing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sakura_desktop.core.survey.questionnaire import (
    COME_BACK_QUESTION,
    COMMENTS_QUESTION,
    CONSENT_QUESTION,
    PARTS,
    SCORE_LABELS,
    SCORE_MAX,
    SCORES,
    ComeBack,
)
from sakura_desktop.printing import text
from sakura_desktop.printing.common import A4, ACCENT, FAINT, INK, MM, MUTED, RULE, render_each
from sakura_desktop.printing.fonts import CjkLang
from sakura_desktop.printing.text import Box, Canvas

MARGIN = 14 * MM
# The frame the questionnaire is designed for (an A4 page inside its margins).
DESIGN = Box(0, 0, A4[0] - 2 * MARGIN, A4[1] - 2 * MARGIN)
ROW_H = 11 * MM
SCORE_COLUMN = 12 * MM
TITLE = "Post-visit questionnaire"
INTRO = (
    "Thank you for joining us. How satisfied were you with each part of the week? Circle one "
    "number for each line: 1 = very dissatisfied, 5 = very satisfied. Leave a line blank if you "
    "did not take part. Your answers help us improve the programme."
)


@dataclass(frozen=True)
class SheetPerson:
    name: str
    native_name: str = ""
    roster_id: str = ""
    delegation: str = ""
    lang: CjkLang | None = None


@dataclass(frozen=True)
class _Sheet:
    program_title: str
    person: SheetPerson | None


def draw_questionnaire(
    canvas: Canvas, frame: Box, *, program_title: str = "", person: SheetPerson | None = None
) -> None:
    """The questionnaire inside `frame`, scaled uniformly from its A4 design."""
    scale = min(frame.width / DESIGN.width, frame.height / DESIGN.height)
    canvas.saveState()
    # Centred horizontally, from the top of the frame.
    canvas.translate(frame.x + (frame.width - DESIGN.width * scale) / 2,
                     frame.top - DESIGN.height * scale)  # fmt: skip
    canvas.scale(scale, scale)
    _Drawer(canvas, program_title, person).draw()
    canvas.restoreState()


class _Drawer:
    """Draws top-down in the design frame; `y` is the top of what comes next."""

    def __init__(self, canvas: Canvas, program_title: str, person: SheetPerson | None) -> None:
        self.canvas = canvas
        self.program_title = program_title
        self.person = person
        self.y = DESIGN.top
        self.width = DESIGN.width

    def draw(self) -> None:
        self._title()
        self._who()
        self._intro()
        self._scores()
        self._come_back()
        self._comments()
        self._consent()

    def _fit(self, content: str, height: float, size: float, **options: object) -> None:
        box = Box(0, self.y - height, self.width, height)
        text.draw_fitted(self.canvas, content, box, size, **options)  # type: ignore[arg-type]
        self.y -= height

    def _title(self) -> None:
        self.canvas.setFillColor(ACCENT)
        self._fit(TITLE, 11 * MM, 20, bold=True)
        if self.program_title:
            self.canvas.setFillColor(MUTED)
            self._fit(self.program_title, 7 * MM, 12)
        self.y -= 3 * MM

    def _who(self) -> None:
        canvas, person = self.canvas, self.person
        canvas.setFillColor(INK)
        name_w = self.width * 0.62
        for x, width, label, value, lang in (
            (0.0, name_w - 6 * MM, "Name", _name(person), person.lang if person else None),
            (name_w, self.width - name_w, "Roster id", person.roster_id if person else "", None),
        ):
            text.draw_fitted(canvas, label, Box(x, self.y - 5 * MM, width, 5 * MM), 9,
                             bold=True)  # fmt: skip
            if value:
                text.draw_fitted(canvas, value, Box(x, self.y - 12 * MM, width, 7 * MM), 13,
                                 lang=lang)  # fmt: skip
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.6)
            canvas.line(x, self.y - 12.5 * MM, x + width, self.y - 12.5 * MM)
        self.y -= 17 * MM

    def _intro(self) -> None:
        self.canvas.setFillColor(INK)
        bottom = text.draw_wrapped(self.canvas, INTRO, 0, self.y, self.width, 10.5)
        self.y = bottom - 4 * MM

    def _scores(self) -> None:
        canvas = self.canvas
        label_w = self.width - SCORE_COLUMN * len(SCORES)
        canvas.setFillColor(FAINT)
        canvas.rect(0, self.y - 8 * MM, self.width, 8 * MM, stroke=0, fill=1)
        canvas.setFillColor(INK)
        for index, score in enumerate(SCORES):
            x = label_w + index * SCORE_COLUMN
            caption = SCORE_LABELS[score].replace(" ", "\n") if score in (1, SCORE_MAX) else ""
            text.draw_fitted(canvas, str(score), Box(x, self.y - 5 * MM, SCORE_COLUMN, 5 * MM),
                             10, bold=True, align="center")  # fmt: skip
            if caption:
                text.draw_fitted(canvas, caption.replace("\n", " "),
                                 Box(x - 4 * MM, self.y - 8 * MM, SCORE_COLUMN + 4 * MM, 3 * MM),
                                 6, align="center")  # fmt: skip
        self.y -= 8 * MM
        for part in PARTS:
            self._score_row(part.question, label_w)

    def _score_row(self, question: str, label_w: float) -> None:
        canvas = self.canvas
        top = self.y
        canvas.setFillColor(INK)
        text.draw_fitted(canvas, question, Box(2 * MM, top - ROW_H, label_w - 4 * MM, ROW_H), 11,
                         max_lines=2)  # fmt: skip
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.7)
        for index, score in enumerate(SCORES):
            cx = label_w + (index + 0.5) * SCORE_COLUMN
            canvas.circle(cx, top - ROW_H / 2, 3.6 * MM, stroke=1, fill=0)
            text.draw_fitted(canvas, str(score), Box(cx - 3 * MM, top - ROW_H / 2 - 2 * MM,
                             6 * MM, 4 * MM), 9, align="center")  # fmt: skip
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(0, top - ROW_H, self.width, top - ROW_H)
        self.y -= ROW_H

    def _question(self, content: str) -> None:
        self.y -= 5 * MM
        self.canvas.setFillColor(INK)
        self.y = text.draw_wrapped(self.canvas, content, 0, self.y, self.width, 11, bold=True)
        self.y -= 2 * MM

    def _boxes(self, labels: Sequence[str]) -> None:
        canvas = self.canvas
        x = 2 * MM
        for label in labels:
            canvas.setStrokeColor(MUTED)
            canvas.setLineWidth(0.8)
            canvas.rect(x, self.y - 5.5 * MM, 5 * MM, 5 * MM, stroke=1, fill=0)
            canvas.setFillColor(INK)
            text.draw_fitted(canvas, label, Box(x + 7 * MM, self.y - 6 * MM, 30 * MM, 6 * MM), 11)
            x += 40 * MM
        self.y -= 8 * MM

    def _come_back(self) -> None:
        self._question(COME_BACK_QUESTION)
        self._boxes([choice.label for choice in ComeBack])

    def _comments(self) -> None:
        self._question(COMMENTS_QUESTION)
        canvas = self.canvas
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        for _ in range(6):
            self.y -= 8 * MM
            canvas.line(0, self.y, self.width, self.y)
        self.y -= 2 * MM

    def _consent(self) -> None:
        self._question(CONSENT_QUESTION)
        self._boxes(["Yes", "No"])
        canvas = self.canvas
        canvas.setFillColor(INK)
        text.draw_fitted(canvas, "E-mail", Box(2 * MM, self.y - 7 * MM, 20 * MM, 6 * MM), 10,
                         bold=True)  # fmt: skip
        canvas.setStrokeColor(RULE)
        canvas.line(22 * MM, self.y - 6.5 * MM, self.width, self.y - 6.5 * MM)
        self.y -= 10 * MM


def _name(person: SheetPerson | None) -> str:
    if person is None:
        return ""
    native = person.native_name if person.native_name and person.native_name != person.name else ""
    return f"{person.name}  {native}".strip()


def _draw_sheet(canvas: Canvas, sheet: _Sheet) -> None:
    frame = Box(MARGIN, MARGIN, A4[0] - 2 * MARGIN, A4[1] - 2 * MARGIN)
    draw_questionnaire(canvas, frame, program_title=sheet.program_title, person=sheet.person)
    canvas.showPage()


def write_survey_sheet(
    out: Path, *, program_title: str = "", people: Sequence[SheetPerson] = ()
) -> int:
    """One blank questionnaire, or one per person with their name and roster id; returns pages."""
    sheets = [_Sheet(program_title, person) for person in people] or [_Sheet(program_title, None)]
    return render_each(sheets, out, _draw_sheet, page=A4, title=TITLE).pages
