"""`[survey]` in a notebook's text: the questionnaire as a page of the notebook."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from printing_support import render_png
from pypdf import PdfReader

from sakura_desktop.core.survey.questionnaire import COME_BACK_QUESTION, PARTS
from sakura_desktop.printing import notebooks
from sakura_desktop.printing.notebook_markup import Survey, parse, to_markup

EVENT = notebooks.NotebookEvent("Sakura Science Week", "20–26 July 2026", "TIST", "Prof. Tanabe")
PERSON = notebooks.NotebookPerson(1, "Anan", "Srisuk", "", "Chula", "Thailand", "Team 1",
                                  "SK1000000000100ABCDEFGHJKMNPQRS")  # fmt: skip
SOURCE = "# Colours of Life\n## Procedure\n1. Pour the dye.\n[survey]\n## After\nThank you.\n"


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_directive_parses_and_writes_back() -> None:
    doc = parse(SOURCE)
    assert Survey() in doc.blocks
    assert "[survey]" in to_markup(doc)
    assert parse(to_markup(doc)) == doc


def test_the_notebook_holds_the_questionnaire_on_a_page_of_its_own(tmp_path: Path) -> None:
    out = tmp_path / "notebook.pdf"
    notebooks.render_notebooks(parse(SOURCE), [PERSON], out, EVENT, paper="A4")
    pages = [_flat(page.extract_text() or "") for page in PdfReader(out).pages]
    [index] = [i for i, page in enumerate(pages) if "Post-visit questionnaire" in page]
    page = pages[index]
    assert COME_BACK_QUESTION in page and "Sakura Science Week" in page
    for part in PARTS:
        assert part.question in page
    # Alone on its page: the step before it and the text after it are elsewhere.
    assert "Pour the dye" not in page and "Thank you." not in page
    assert any("Thank you." in later for later in pages[index + 1 :])
    png = render_png(out, index + 1, 30, tmp_path / "p")
    assert sum(Image.open(png).convert("L").histogram()[:128]) > 100
