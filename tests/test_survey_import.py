"""Importing survey answers from a form's export: row-by-row messages, nothing written unless
accepted, the valid rows only when accepted, and the same file twice changes nothing."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from survey_world import make_survey_db

from sakura_desktop import cli
from sakura_desktop.cli import survey as survey_cli
from sakura_desktop.core.survey.mapping import SurveyField, build_survey_mapping
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.db.models import AlumniConsent, Participant, SurveyResponse

HEADERS = [
    "Timestamp",
    "Email Address",
    "Roster ID",
    "How satisfied were you with the lectures?",
    "How satisfied were you with the lab tours?",
    "How satisfied were you with the hands-on experiments?",
    "How satisfied were you with the cultural activities?",
    "How satisfied were you with meals and lodging?",
    "Overall, how satisfied were you with the week?",
    "Would you like to come back to Japan to study or work?",
    "Any comments?",
    "May we contact you after the programme as an alumnus?",
]
GOOD_S001 = ["2026/07/26 10:00", "", "S001", 4, 4, 4, 4, 4, 4, "Yes", "Great labs", "Yes"]
UNKNOWN_ID = ["2026/07/26 10:01", "", "S999", 5, 5, 5, 5, 5, 5, "Yes", "", "Yes"]
OUT_OF_RANGE = ["2026/07/26 10:02", "", "S004", 7, 3, 3, 3, 3, 0, "Maybe", "", ""]
GOOD_T001 = ["2026/07/26 10:03", "", "T001", 3, "", "", "", "", 3, "Maybe", "", "No"]
GOOD_BY_EMAIL = ["2026/07/26 10:04", "Busaba@Example.org", "", 5, 5, 5, 5, 5, 5, "No", "", "Yes"]


def write_export(path: Path, rows: list[list[object]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        for row in rows:
            writer.writerow(row)
    return path


def bad_file(tmp_path: Path) -> Path:
    blank = [""] * len(HEADERS)
    rows = [HEADERS, GOOD_S001, UNKNOWN_ID, blank, OUT_OF_RANGE, GOOD_T001, GOOD_BY_EMAIL]
    return write_export(tmp_path / "Survey (Responses).csv", rows)


def state(path: Path) -> dict[str, tuple[object, ...]]:
    """Each participant's answers (lectures, overall, come back, comments) and consent."""
    database, _ = open_database(path=path)
    try:
        with database.session_factory() as session:
            found: dict[str, tuple[object, ...]] = {}
            for person in session.query(Participant).order_by(Participant.external_id):
                response = session.query(SurveyResponse).filter_by(participant_id=person.id).first()
                consent = session.query(AlumniConsent).filter_by(participant_id=person.id).first()
                answers = (
                    (response.lectures, response.overall, response.come_back, response.comments)
                    if response
                    else None
                )
                found[str(person.external_id)] = (answers, consent.consent if consent else None)
            return found
    finally:
        database.dispose()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_survey_commands_are_registered() -> None:
    assert survey_cli in cli.FEATURE_MODULES


def test_bad_rows_are_named_one_by_one_and_nothing_changes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "week.db"
    make_survey_db(db)
    before = state(db)
    code, out, err = run(capsys, "survey", "import", "--db", str(db), str(bad_file(tmp_path)))
    assert (code, err) == (1, "")
    messages = [line for line in out.splitlines() if line.startswith("Row ")]
    assert messages == [
        "Row 3: roster id 'S999' matches nobody in this program; left out.",
        "Row 4: the row is blank; left out.",
        "Row 5: Lan Pham (S004): column 'How satisfied were you with the lectures?': '7' is "
        "outside the satisfaction scale 1 to 5; column 'Overall, how satisfied were you with the "
        "week?': '0' is outside the satisfaction scale 1 to 5; left out.",
    ]
    assert "Nothing was written" in out.splitlines()[-1]
    assert state(db) == before


def test_a_dry_run_writes_nothing_even_when_accepted(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "week.db"
    make_survey_db(db)
    before = state(db)
    path = str(bad_file(tmp_path))
    code, out, _ = run(capsys, "survey", "import", "--db", str(db), path, "--dry-run", "--accept")
    assert code == 0
    assert "3 valid, 3 left out. Dry run: nothing was written." in out
    assert state(db) == before


def test_accepting_imports_the_valid_rows_only(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "week.db"
    make_survey_db(db)
    before = state(db)
    path = str(bad_file(tmp_path))
    code, out, _ = run(capsys, "survey", "import", "--db", str(db), path, "--accept")
    assert code == 0, out
    assert out.splitlines()[-1].endswith(
        "Written: 1 new answer(s), 2 replaced, 0 unchanged; consent changed for 2."
    )
    after = state(db)
    assert after["S001"] == ((4, 4, "yes", "Great labs"), "yes")
    assert after["T001"] == ((3, 3, "maybe", ""), "no")  # consent yes -> no
    assert after["S002"] == ((5, 5, "no", ""), "yes")  # matched by e-mail, any case
    for untouched in ("S003", "S004", "H001"):
        assert after[untouched] == before[untouched]
    # The same file again: nothing to change.
    code, out, _ = run(capsys, "survey", "import", "--db", str(db), path, "--accept")
    assert out.splitlines()[-1].endswith(
        "Written: 0 new answer(s), 0 replaced, 3 unchanged; consent changed for 0."
    )
    assert state(db) == after


def test_a_clean_file_imports_without_accepting_and_a_comment_may_span_lines(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "week.db"
    make_survey_db(db)
    two_lines = [*GOOD_S001[:10], "Great labs.\nMore free time, please.", "Yes"]
    path = write_export(tmp_path / "clean.csv", [HEADERS, two_lines, GOOD_T001])
    code, out, _ = run(capsys, "survey", "import", "--db", str(db), str(path))
    assert code == 0, out
    assert not [line for line in out.splitlines() if line.startswith("Row ")]
    assert state(db)["S001"][0] == (4, 4, "yes", "Great labs.\nMore free time, please.")


def test_someone_who_answered_twice_keeps_the_later_answer(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "week.db"
    make_survey_db(db)
    later = [*GOOD_S001[:3], 2, 2, 2, 2, 2, 2, "No", "Changed my mind", "No"]
    path = write_export(tmp_path / "twice.csv", [HEADERS, GOOD_S001, later])
    code, out, _ = run(capsys, "survey", "import", "--db", str(db), str(path))
    assert code == 1
    assert "Row 2: Anan Srisuk (S001) answered again in row 3; the later answer is kept" in out
    code, out, _ = run(capsys, "survey", "import", "--db", str(db), str(path), "--accept")
    assert state(db)["S001"] == ((2, 2, "no", "Changed my mind"), "no")


def test_microsoft_forms_workbook_its_response_id_is_not_a_roster_id(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "week.db"
    make_survey_db(db)
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["ID", "Start time", "Completion time", "Email", "Name", "Participant ID",
                  "Lectures", "Overall", "Come back to Japan?", "Comments"])  # fmt: skip
    sheet.append([1, "7/26/26 10:00", "7/26/26 10:05", "anonymous", "Hoa", "T001", 5, 4,
                  "Yes, definitely", ""])  # fmt: skip
    path = tmp_path / "Survey.xlsx"
    book.save(path)
    mapping = build_survey_mapping(
        ("ID", "Email", "Participant ID", "Lectures", "Overall", "Come back to Japan?")
    )
    assert mapping.fields == (None, SurveyField.EMAIL, SurveyField.ROSTER_ID,
                              SurveyField.LECTURES, SurveyField.OVERALL,
                              SurveyField.COME_BACK)  # fmt: skip
    code, out, _ = run(capsys, "survey", "import", "--db", str(db), str(path))
    assert code == 0, out
    assert state(db)["T001"] == ((5, 4, "yes", ""), "yes")


def test_a_mapping_names_the_column_the_guess_missed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "week.db"
    make_survey_db(db)
    path = write_export(tmp_path / "odd.csv", [["Code", "Q1"], ["S002", "3"]])
    code, _, err = run(capsys, "survey", "import", "--db", str(db), str(path))
    assert code == 1
    assert "No column of odd.csv holds the roster id or the e-mail" in err
    mapping = '{"Code": "roster_id", "Q1": "overall"}'
    code, out, _ = run(capsys, "survey", "import", "--db", str(db), str(path), "--mapping", mapping)
    assert code == 0, out
    assert state(db)["S002"] == ((None, 3, None, ""), "no")


@pytest.mark.parametrize("argv", [["survey", "import", "--help"], ["survey", "sheet", "--help"]])
def test_survey_help_loads_no_heavy_library(argv: list[str]) -> None:
    from test_cli_startup import loaded_by

    assert loaded_by(*argv) == []
