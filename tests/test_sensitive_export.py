"""Health data and emergency contacts leave in an export only when the user asks for them."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from roster_world import ROSTERS, write_csv

from sakura_desktop import cli
from sakura_desktop.core.programs import resolve_program
from sakura_desktop.core.roster.exporter import SENSITIVE_HEADERS, export_participants
from sakura_desktop.core.roster.importer import import_roster_file
from sakura_desktop.core.roster.participants import (
    ParticipantEdit,
    create_participant,
    list_participants,
)
from sakura_desktop.db.lifecycle import open_database

SECRETS = ("peanuts (anaphylaxis)", "halal", "Mrs Okafor", "+234 800 000 0000", "Asthma inhaler")


def _fill(db: Path, tmp_path: Path) -> None:
    database, _ = open_database(path=db)
    try:
        factory = database.session_factory
        program = resolve_program(factory, None)
        headers, rows = ROSTERS["cp932"]
        import_roster_file(
            factory, program.id, write_csv(tmp_path / "jp.csv", [headers, *rows], "cp932")
        )
        create_participant(
            factory,
            program.id,
            ParticipantEdit(
                family_name="Okafor",
                given_name="Adaeze",
                date_of_birth="2008-03-09",
                allergies=SECRETS[0],
                dietary=SECRETS[1],
                emergency_contact_name=SECRETS[2],
                emergency_contact_phone=SECRETS[3],
                notes=SECRETS[4],
            ),
        )
    finally:
        database.dispose()


def _cells(path: Path) -> list[list[str]]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return list(csv.reader(handle))
    book = openpyxl.load_workbook(path, read_only=True)
    return [
        ["" if v is None else str(v) for v in row]
        for row in book.active.iter_rows(values_only=True)
    ]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = cli.main(list(argv))
    return code, capsys.readouterr().out


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_cli_export_leaves_sensitive_columns_out_unless_asked(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, suffix: str
) -> None:
    _fill(db, tmp_path)
    plain, full = tmp_path / f"plain{suffix}", tmp_path / f"full{suffix}"
    code, out = _run(capsys, "export", "participants", "--db", str(db), "--out", str(plain))
    assert code == 0 and "--include-sensitive" in out
    cells = _cells(plain)
    text = "\n".join("\t".join(row) for row in cells)
    assert not set(SENSITIVE_HEADERS) & set(cells[0])
    for secret in SECRETS:
        assert secret not in text
    assert "Adaeze" in text and "Date of birth" in cells[0]  # the rest is still there

    code, out = _run(
        capsys, "export", "participants", "--db", str(db), "--out", str(full), "--include-sensitive"
    )
    assert code == 0
    cells = _cells(full)
    text = "\n".join("\t".join(row) for row in cells)
    assert set(SENSITIVE_HEADERS) <= set(cells[0])
    for secret in SECRETS:
        assert secret in text


def test_a_plain_export_imports_back_unchanged_and_keeps_the_allergies(
    db: Path, tmp_path: Path
) -> None:
    _fill(db, tmp_path)
    database, _ = open_database(path=db)
    try:
        factory = database.session_factory
        program = resolve_program(factory, None)
        out = tmp_path / "plain.csv"
        export_participants(factory, program.id, out)
        summary = import_roster_file(factory, program.id, out)
        assert (summary.created, summary.updated, summary.errors) == (0, 0, ())
        people = {p.family_name: p for p in list_participants(factory, program.id)}
        assert people["Okafor"].allergies == SECRETS[0]
    finally:
        database.dispose()
