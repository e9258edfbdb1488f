"""Notebooks and itineraries keep together what belongs together, read back page by page.

Each case is swept across every position on the page (more or fewer filler lines before it), so
whichever place a page break falls in, the rule is checked on the printed PDF.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from PIL import Image
from pypdf import PdfReader

from sakura_desktop.printing.itineraries import DayPlan, Entry, Itinerary, render_itineraries
from sakura_desktop.printing.notebook_markup import parse
from sakura_desktop.printing.notebooks import NotebookEvent, NotebookPerson, render_notebooks

SWEEP = range(12, 42)  # filler bullets before each case: moves it down a whole A4 page
PERSON = NotebookPerson(1, "Mina", "Kim", "", "Korea", "Korea", "Team 1", "TOKEN1")


def _fillers(case: str, count: int) -> list[str]:
    return [f"- {case} filler {n}" for n in range(count)]


def _notebook(pdf: Path, body: list[str], images: dict[str, bytes] | None = None) -> list[str]:
    """Render a notebook of `body` lines; the text of each body page (the cover left out)."""
    doc = parse("\n".join(["# Keep together", *body]))
    event = NotebookEvent("Week", "13–17 July 2026", "TIST", "Prof. Tanabe", images=images or {})
    render_notebooks(doc, [PERSON], pdf, event)
    return [page.extract_text() or "" for page in PdfReader(pdf).pages][1:]


def test_a_table_never_leaves_one_row_alone_with_its_header(tmp_path: Path) -> None:
    body = ["## Tables"]
    for case in SWEEP:
        body += [*_fillers(f"T{case}", case), f"| Tube T{case}x | Colour | Distance |"]
        body += [f"| T{case}r{row}x | green | {row} cm |" for row in range(1, 9)]
        body += ["[page]"]
    pages = _notebook(tmp_path / "tables.pdf", body)
    split = 0
    for page in pages:
        for case in SWEEP:
            rows = len(re.findall(rf"\bT{case}r\d+x", page))
            header = f"Tube T{case}x" in page
            if rows:
                assert header, f"T{case}: rows without their header"
                assert rows >= 2, f"T{case}: a page holds the header and one row\n{page}"
            split += rows not in (0, 8)
            assert not (header and not rows), f"T{case}: a header alone at the foot of a page"
    assert split > 0  # some tables did split across pages, each side with two rows or more


def test_a_short_table_is_never_split_and_its_heading_goes_with_it(tmp_path: Path) -> None:
    body = []
    for case in SWEEP:
        heading = [f"## Data S{case}x"] if case % 2 else []  # with and without a heading
        body += ["## Filler", *_fillers(f"S{case}", case), *heading,
                 f"| Band S{case}x | Colour | Distance |"]  # fmt: skip
        body += [f"| S{case}r{row}x | green | {row} cm |" for row in range(1, 5)]
        body += ["[page]"]
    pages = _notebook(tmp_path / "short.pdf", body)
    for case in SWEEP:
        holding = [n for n, page in enumerate(pages) if re.search(rf"\bS{case}r\d+x", page)]
        heading = [n for n, page in enumerate(pages) if f"Data S{case}x" in page]
        assert len(holding) == 1, f"S{case}: rows on pages {holding}"
        assert heading == (holding if case % 2 else []), f"S{case}: heading on {heading}"


def test_the_last_step_of_a_list_never_turns_the_page_alone(tmp_path: Path) -> None:
    body = ["## Procedure"]
    for case in SWEEP:
        body += [*_fillers(f"L{case}", case)]
        body += [f"{n}. Step L{case}s{n}x: measure the band." for n in range(1, 6)]
        body += ["[page]"]
    pages = _notebook(tmp_path / "steps.pdf", body)
    for case in SWEEP:
        last = next(page for page in pages if f"Step L{case}s5x" in page)
        assert f"Step L{case}s4x" in last, f"L{case}: the last step alone on a page"


def test_note_lines_stay_with_their_heading_on_one_page(tmp_path: Path) -> None:
    body = []
    for case in SWEEP:
        body += ["## Filler", *_fillers(f"N{case}", case), f"## Notes N{case}x", "[lines: 9]",
                 "[page]"]  # fmt: skip
    pdf = tmp_path / "lines.pdf"
    pages = _notebook(pdf, body)
    ruled = _ruled_lines_per_page(pdf)[1:]
    assert sum(ruled) == 9 * len(SWEEP)
    for page, lines in zip(pages, ruled, strict=True):
        headings = re.findall(r"Notes N\d+x", page)
        assert lines == 9 * len(headings), f"{lines} ruled lines on a page with {headings}"


def test_a_figure_stays_on_the_page_of_its_step(tmp_path: Path) -> None:
    body = ["## Procedure"]
    for case in SWEEP:
        body += [*_fillers(f"F{case}", case), f"1. Step F{case}x: spot the extract.",
                 f"[image: leaf.png | Caption F{case}x]", "[page]"]  # fmt: skip
    pages = _notebook(tmp_path / "figures.pdf", body, {"leaf.png": _png()})
    for case in SWEEP:
        step = [n for n, page in enumerate(pages) if f"Step F{case}x" in page]
        caption = [n for n, page in enumerate(pages) if f"Caption F{case}x" in page]
        assert step == caption, f"F{case}: step on page {step}, its figure on {caption}"


def test_a_day_heading_goes_with_its_rows_and_repeats_when_the_day_goes_on(
    tmp_path: Path,
) -> None:
    days = []
    for case in range(2, 14):
        label = f"Day {chr(64 + case)}x"
        entries = tuple(Entry("09:00–10:00", f"Session {chr(64 + case)}{n}x", "Hall A")
                        for n in range(1, case + 1))  # fmt: skip
        days.append(DayPlan(label, entries))
    pdf = tmp_path / "week.pdf"
    render_itineraries([Itinerary("Mina KIM", "Korea", "Week", "All times are local", tuple(days))],
                       pdf)  # fmt: skip
    pages = [page.extract_text() or "" for page in PdfReader(pdf).pages]
    assert len(pages) >= 2
    for day in days:
        letter = day.label.split()[1][0]
        first = next(n for n, page in enumerate(pages) if f"Session {letter}1x" in page)
        assert day.label in pages[first] and f"{day.label} (cont.)" not in pages[first]
        for n, page in enumerate(pages):
            rows = len(re.findall(rf"Session {letter}\d+x", page))
            if rows and n != first:
                assert f"{day.label} (cont.)" in page, f"{day.label}: rows on page {n + 1} " \
                                                      "without the day's heading"  # fmt: skip
            if rows and len(day.entries) >= 4:
                assert rows >= 2, f"{day.label}: one row alone on page {n + 1}"
            if day.label in page and n != first:
                assert rows, f"{day.label}: a heading with no row under it"


# --- reading ruled lines back -------------------------------------------------------------------

RULE_RGB = ".721569 .74902 .8"  # common.RULE, the colour of note lines


def _ruled_lines_per_page(pdf: Path) -> list[int]:
    """How many horizontal lines in the note-line colour each page draws (in its forms)."""
    counts = []
    token = re.compile(r"([\d.]+ [\d.]+ [\d.]+) RG|[\d.-]+ ([\d.-]+) m [\d.-]+ ([\d.-]+) l S")
    for page in PdfReader(pdf).pages:
        count = 0
        for form in (page["/Resources"].get("/XObject") or {}).values():
            form = form.get_object()
            if form.get("/Subtype") != "/Form":
                continue
            colour = ""
            for match in token.finditer(form.get_data().decode("latin-1")):
                if match.group(1):
                    colour = match.group(1)
                elif colour == RULE_RGB and match.group(2) == match.group(3):
                    count += 1
        counts.append(count)
    return counts


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (400, 300), (40, 140, 60)).save(buffer, format="PNG")
    return buffer.getvalue()
