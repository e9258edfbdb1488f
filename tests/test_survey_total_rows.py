"""A total line in a survey export is left out quietly, as the roster readers leave it out; the
survey import knows its row from the table's data, not from the wording of the readers' note."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from survey_world import make_survey_db
from test_survey_import import GOOD_S001, GOOD_T001, HEADERS, run, write_export

from sakura_desktop.core.roster.readers import read_roster
from sakura_desktop.core.survey.importer import plan_survey_import, read_survey_file
from sakura_desktop.core.survey.mapping import build_survey_mapping
from sakura_desktop.db.lifecycle import open_database

SUBTOTAL = ["Subtotal", "", "", 1, *[""] * (len(HEADERS) - 4)]


def export_with_a_subtotal(tmp_path: Path) -> Path:
    # Rows 2 and 4 are answers; row 3 is a subtotal someone typed between them.
    return write_export(tmp_path / "answers.csv", [HEADERS, GOOD_S001, SUBTOTAL, GOOD_T001])


def test_the_reader_names_the_total_lines_rows(tmp_path: Path) -> None:
    table = read_roster(export_with_a_subtotal(tmp_path))
    assert table.total_rows == (3,)
    assert [row.number for row in table.rows] == [2, 4]
    assert table.notes == (
        "Row 3 (Subtotal | 1) is a total line, not a participant; it was left out.",
    )


def test_a_total_line_is_not_called_a_blank_row(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "week.db"
    make_survey_db(db)
    path = str(export_with_a_subtotal(tmp_path))
    code, out, _ = run(capsys, "survey", "import", "--db", str(db), path)
    assert code == 0, out
    assert not [line for line in out.splitlines() if line.startswith("Row ")]
    assert out.splitlines()[-1] == (
        "answers.csv: 2 row(s) read, 2 valid, 0 left out. Written: 0 new answer(s), 2 replaced, "
        "0 unchanged; consent changed for 1."
    )


@pytest.mark.parametrize("notes", [(), ("Zeile 3 ist eine Summenzeile.",)])
def test_the_total_line_is_known_whatever_the_note_says(
    notes: tuple[str, ...], tmp_path: Path
) -> None:
    db = tmp_path / "week.db"
    program_id = make_survey_db(db)
    table = read_survey_file(export_with_a_subtotal(tmp_path))
    reworded = dataclasses.replace(table, notes=notes)  # the sentence changed or translated
    database, _ = open_database(path=db)
    try:
        mapping = build_survey_mapping(reworded.headers)
        plan = plan_survey_import(database.session_factory, program_id, reworded, mapping)
    finally:
        database.dispose()
    assert [str(message) for message in plan.refused] == []
    assert [answer.row for answer in plan.planned] == [2, 4]
