"""Notebook markup, layout, personal copies, booklets."""

from __future__ import annotations

from pathlib import Path

import pytest
from printing_support import page_count, pdf_text, unembedded_fonts

from sakura_desktop.core.demo import NOTEBOOK_SOURCE
from sakura_desktop.printing import notebooks
from sakura_desktop.printing.fonts import CjkLang
from sakura_desktop.printing.notebook_markup import (
    Autograph,
    Graph,
    Lines,
    NotebookSyntaxError,
    Step,
    Table,
    parse,
    to_markup,
)

EVENT = notebooks.NotebookEvent("Sakura Science Exchange Week", "13–17 July 2026", "TIST",
                                "Prof. Haruki Tanabe (田辺春樹)", CjkLang.JAPANESE)  # fmt: skip
PEOPLE = [
    notebooks.NotebookPerson(1, "Xiaomei", "Wang", "王晓梅", "China (Hangzhou)", "China",
                             "Team 1", "SK1000000000100ABCDEFGHJKMNPQRS", CjkLang.CHINESE),
    notebooks.NotebookPerson(2, "Seo-yeon", "Kim", "김서연", "Korea (Daejeon)", "Korea",
                             "Team 2", "SK1000000000200ABCDEFGHJKMNPQRS", CjkLang.KOREAN),
    notebooks.NotebookPerson(3, "Ploy", "Srisuk", "ศิริพร ศรีสุข", "Thailand", "Thailand",
                             "Team 3", "SK1000000000300ABCDEFGHJKMNPQRS"),
]  # fmt: skip


def test_the_demo_notebook_parses_into_its_parts() -> None:
    doc = parse(NOTEBOOK_SOURCE)
    assert doc.title.startswith("Colours of Life")
    steps = [b for b in doc.blocks if isinstance(b, Step)]
    assert [s.number for s in steps if not s.question] == [str(n) for n in range(1, 9)]
    assert sum(s.question for s in steps) == 3
    [table] = [b for b in doc.blocks if isinstance(b, Table)]
    assert table.header[0] == "Band colour" and len(table.rows) == 4
    assert any(isinstance(b, Graph) for b in doc.blocks)
    assert Lines(12) in doc.blocks and Autograph() in doc.blocks
    assert parse(to_markup(doc)) == doc


def test_images_attach_to_their_step_and_problems_name_their_line() -> None:
    doc = parse("# T\n## Procedure\n1. Pour.\n[image: jar.png | The jar]\n")
    [step] = [b for b in doc.blocks if isinstance(b, Step)]
    assert step.image is not None and step.image.caption == "The jar"
    with pytest.raises(NotebookSyntaxError) as caught:
        parse("no title\n[lines: many]\n[wobble]\n| a | b |\n| c |\n")
    lines = [line for line, _ in caught.value.problems]
    assert lines == [1, 2, 3, 4]


def test_booklet_order_folds_into_reading_order() -> None:
    assert notebooks.booklet_order(8) == [(7, 0), (1, 6), (5, 2), (3, 4)]
    assert notebooks.booklet_order(5) == [(None, 0), (1, None), (None, 2), (3, 4)]
    sides = notebooks.booklet_order(10)
    assert len(sides) == 6  # padded to 12 pages: 3 sheets, 6 sides
    printed = sorted(p for side in sides for p in side if p is not None)
    assert printed == list(range(10))


@pytest.mark.parametrize(("paper", "booklet"), [("A4", False), ("A5", False), ("A4", True)])
def test_one_pdf_for_everyone(tmp_path: Path, paper: str, booklet: bool) -> None:
    doc = parse(NOTEBOOK_SOURCE)
    out = tmp_path / "nb.pdf"
    result = notebooks.render_notebooks(doc, PEOPLE, out, EVENT, paper=paper, booklet=booklet)
    geo = notebooks.GEOMETRY["A5" if booklet else paper]
    per_person = len(notebooks.layout_body(doc, geo, EVENT)) + 1
    expected = (-(-per_person // 4) * 2 if booklet else per_person) * len(PEOPLE)
    assert result.pages == page_count(out) == expected
    content = pdf_text(out)
    for name in ("Xiaomei", "WANG", "王晓梅", "김서연", "Colours of Life", "田辺春樹"):
        assert name in content
    assert f"2 / {per_person}" in content
    assert unembedded_fonts(out) == set()


def test_one_file_per_participant(tmp_path: Path) -> None:
    doc = parse(NOTEBOOK_SOURCE)
    result = notebooks.render_notebooks(doc, PEOPLE, tmp_path / "nb.pdf", EVENT,
                                        per_participant=True)  # fmt: skip
    assert [p.name for p in result.paths] == [
        "nb-0001-Wang-Xiaomei.pdf",
        "nb-0002-Kim-Seo-yeon.pdf",
        "nb-0003-Srisuk-Ploy.pdf",
    ]
    assert "김서연" in pdf_text(result.paths[1]) and "王晓梅" not in pdf_text(result.paths[1])


def test_cancel_leaves_no_file(tmp_path: Path) -> None:
    from sakura_desktop.printing.common import PrintCancelled

    out = tmp_path / "nb.pdf"
    seen: list[tuple[int, int]] = []
    with pytest.raises(PrintCancelled):
        notebooks.render_notebooks(parse(NOTEBOOK_SOURCE), PEOPLE, out, EVENT,
                                   progress=lambda d, t: seen.append((d, t)),
                                   is_cancelled=lambda: len(seen) > 1)  # fmt: skip
    assert not out.exists() and not list(tmp_path.iterdir())
    assert seen[:2] == [(0, 3), (1, 3)]
