"""The printed questionnaire: a sheet of its own (blank or one per participant), read back."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PIL import Image
from printing_support import page_count, pdf_text, render_png, unembedded_fonts
from survey_world import make_survey_db

from sakura_desktop.core.survey.questionnaire import (
    COME_BACK_QUESTION,
    PARTS,
)


def sakura(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sakura_desktop", *argv], capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_blank_sheet_asks_every_question_on_one_page(tmp_path: Path) -> None:
    out = tmp_path / "questionnaire.pdf"
    done = sakura("survey", "sheet", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Wrote {out} (1 page(s))."
    assert page_count(out) == 1
    text = _flat(pdf_text(out))
    assert "Post-visit questionnaire" in text
    for part in PARTS:
        assert part.question in text
    assert COME_BACK_QUESTION in text
    assert "Yes Maybe No" in text
    assert "May we contact you after the programme" in text
    assert not unembedded_fonts(out)
    page = Image.open(render_png(out, 1, 40, tmp_path / "page")).convert("L")
    dark = sum(page.histogram()[:128])
    assert dark > 1000  # something is printed, not a blank page


def test_one_named_sheet_per_student_and_teacher(tmp_path: Path) -> None:
    db = tmp_path / "week.db"
    make_survey_db(db)
    out = tmp_path / "named.pdf"
    done = sakura("survey", "sheet", "--db", str(db), "--each", "--out", str(out))
    assert done.returncode == 0, done.stderr
    # S001, S002, T001 and S004; not the staff member, not the student who withdrew.
    assert page_count(out) == 4
    text = _flat(pdf_text(out))
    assert "Sakura Science Week" in text
    for name, roster_id in (("Anan Srisuk", "S001"), ("Hoa Nguyen", "T001"),
                            ("Lan Pham", "S004")):  # fmt: skip
        assert name in text and roster_id in text
    assert "Kenji Sato" not in text and "Minh Tran" not in text


def test_each_needs_a_database(tmp_path: Path) -> None:
    done = sakura("survey", "sheet", "--each", "--out", str(tmp_path / "x.pdf"))
    assert done.returncode == 1
    assert "give the database (--db)" in done.stderr
