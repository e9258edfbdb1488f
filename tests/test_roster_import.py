"""Idempotent import: matching, updates, skip-invalid, duplicates, delegations, progress, cancel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from roster_world import ROSTERS, counts, make_program, people, write_csv

from sakura_desktop.core.roster import (
    ImportCancelled,
    build_mapping,
    import_roster,
    import_roster_file,
    load_saved_mapping,
    read_roster,
)
from sakura_desktop.core.roster.delegations import list_delegations
from sakura_desktop.core.roster.exporter import export_participants
from sakura_desktop.core.roster.participants import list_participants
from sakura_desktop.db.engine import Database

HEADER = ["ID", "Family name", "Given name", "Native name", "Gender", "Date of birth", "E-mail",
          "Role", "Country", "Dietary needs"]  # fmt: skip
THAI = [
    ["TH-1", "Jaidee", "Somchai", "สมชาย ใจดี", "M", "2008-01-02", "somchai@example.th",
     "student", "Thailand", ""],
    ["TH-2", "Srisuk", "Malee", "มาลี ศรีสุข", "F", "2008-03-04", "", "student", "TH", "halal"],
    ["TH-3", "Wong", "Anan", "อนันต์ วงศ์", "M", "1979-05-06", "anan@example.th", "leader",
     "タイ", ""],
]  # fmt: skip


def roster(tmp_path: Path, rows: list[list[str]], name: str = "th.csv") -> Path:
    return write_csv(tmp_path / name, [HEADER, *rows])


def test_first_import_creates_and_second_changes_nothing(
    database: Database, tmp_path: Path
) -> None:
    program = make_program(database)
    factory = database.session_factory
    path = roster(tmp_path, THAI)
    first = import_roster_file(factory, program.id, path)
    assert (first.created, first.updated, first.unchanged, first.skipped) == (3, 0, 0, 0)
    assert first.delegations_created == ("Thailand",)
    [thailand] = list_delegations(factory, program.id)
    assert (thailand.country_code, thailand.participants, thailand.leader_name) == (
        "TH", 3, "Anan Wong",
    )  # fmt: skip
    again = import_roster_file(factory, program.id, path)
    assert (again.created, again.updated, again.unchanged, again.skipped) == (0, 0, 3, 0)
    assert again.delegations_created == ()
    assert counts(database)[:2] == (3, 1)


def test_changed_field_updates_the_same_person(database: Database, tmp_path: Path) -> None:
    program = make_program(database)
    factory = database.session_factory
    import_roster_file(factory, program.id, roster(tmp_path, THAI))
    before = {p.external_id: (p.id, p.uuid) for p in people(database)}
    changed = [row.copy() for row in THAI]
    changed[1][9] = "vegetarian"
    changed[0][6] = "SOMCHAI.NEW@example.th"
    summary = import_roster_file(factory, program.id, roster(tmp_path, changed, "v2.csv"))
    assert (summary.created, summary.updated, summary.unchanged) == (0, 2, 1)
    after = {p.external_id: p for p in people(database)}
    assert {k: (p.id, p.uuid) for k, p in after.items()} == before
    assert after["TH-2"].dietary == "vegetarian"
    assert after["TH-1"].email == "SOMCHAI.NEW@example.th"


def test_matching_by_email_then_by_name_birth_and_delegation(
    database: Database, tmp_path: Path
) -> None:
    program = make_program(database)
    factory = database.session_factory
    no_ids = [["", *row[1:]] for row in THAI]
    import_roster_file(factory, program.id, roster(tmp_path, no_ids))
    # Now the coordinator's file has IDs: matched by e-mail (rows 1, 3) or name + birth (row 2).
    summary = import_roster_file(factory, program.id, roster(tmp_path, THAI, "ids.csv"))
    assert (summary.created, summary.updated) == (0, 3)
    assert sorted(p.external_id or "" for p in people(database)) == ["TH-1", "TH-2", "TH-3"]


def test_an_empty_id_never_clears_one(database: Database, tmp_path: Path) -> None:
    program = make_program(database)
    import_roster_file(database.session_factory, program.id, roster(tmp_path, THAI))
    no_ids = [["", *row[1:]] for row in THAI]
    summary = import_roster_file(
        database.session_factory, program.id, roster(tmp_path, no_ids, "b.csv")
    )
    assert summary.unchanged == 3
    assert all(p.external_id for p in people(database))


def test_errors_reject_the_whole_file(database: Database, tmp_path: Path) -> None:
    program = make_program(database)
    bad = [*THAI, ["TH-4", "", "", "", "Q", "2008-02-30", "", "", "Thailand", ""]]
    before = counts(database)
    summary = import_roster_file(database.session_factory, program.id, roster(tmp_path, bad))
    assert summary.rejected and not summary.written
    assert (summary.created, summary.skipped) == (0, 0)
    assert {e.row for e in summary.errors} == {5}
    assert [e.column for e in summary.errors] == ["Gender", "Date of birth", "Family name"]
    assert summary.lines()[-1].startswith("Nothing was imported: 1 row has errors.")
    assert counts(database) == before
    assert load_saved_mapping(database.session_factory, program.id) == {}


def test_skip_invalid_imports_the_rest_and_lists_skipped_rows(
    database: Database, tmp_path: Path
) -> None:
    program = make_program(database)
    bad = [
        THAI[0],
        ["TH-4", "Nok", "", "", "Q", "", "", "", "Thailand", ""],
        THAI[1],
        ["TH-5", "Dao", "", "", "", "31/31/2008", "", "", "Thailand", ""],
        THAI[2],
    ]
    summary = import_roster_file(
        database.session_factory, program.id, roster(tmp_path, bad), skip_invalid=True
    )
    assert (summary.created, summary.skipped, summary.skipped_rows) == (3, 2, (3, 5))
    assert not summary.rejected
    assert summary.lines()[-1] == "Skipped rows: 3, 5."
    assert len(people(database)) == 3


def test_dry_run_counts_exactly_and_writes_nothing(database: Database, tmp_path: Path) -> None:
    program = make_program(database)
    summary = import_roster_file(
        database.session_factory, program.id, roster(tmp_path, THAI), dry_run=True
    )
    assert (summary.created, summary.delegations_created) == (3, ("Thailand",))
    assert summary.lines()[0].startswith("Would import th.csv")
    assert counts(database) == (0, 0, 0, 0)


def test_duplicates_against_the_database(database: Database, tmp_path: Path) -> None:
    program = make_program(database)
    factory = database.session_factory
    import_roster_file(factory, program.id, roster(tmp_path, THAI))
    clash = [
        # A new person (new ID) with Somchai's e-mail.
        ["TH-9", "Other", "Person", "", "", "", "somchai@example.th", "", "Thailand", ""],
        # The same person twice in the file (no ID to tell the rows apart).
        ["", "Srisuk", "Malee", "", "F", "2008-03-04", "", "", "Thailand", ""],
        ["TH-2", "Srisuk", "Malee", "", "F", "2008-03-04", "", "", "Thailand", ""],
        # A second leader for Thailand.
        ["TH-7", "Boon", "Mee", "", "", "", "", "団長", "Thailand", ""],
    ]
    before = counts(database)
    summary = import_roster_file(factory, program.id, roster(tmp_path, clash, "clash.csv"))
    messages = {e.row: str(e) for e in summary.errors}
    assert "already belongs to Somchai Jaidee (ID TH-1)" in messages[2]
    assert "E-mail" in messages[2]
    assert "the same name, date of birth and delegation as row 3" in messages[4]
    assert "Thailand already has a leader (Anan Wong (ID TH-3))" in messages[5]
    assert summary.rejected and counts(database) == before


def test_delegations_from_country_names_and_conflicts(database: Database, tmp_path: Path) -> None:
    program = make_program(database)
    rows = [
        ["", "Kim", "Minjun", "", "", "", "", "", "大韓民国", ""],
        ["", "Lee", "Seoyeon", "", "", "", "", "", "KOR", ""],
        ["", "Tan", "Wei", "", "", "", "", "", "Singapore", ""],
        ["", "Ng", "Li", "", "", "", "", "", "", ""],  # host staff: no delegation
    ]
    summary = import_roster_file(database.session_factory, program.id, roster(tmp_path, rows))
    assert summary.errors == ()
    delegations = list_delegations(database.session_factory, program.id)
    assert {(d.name, d.country_code) for d in delegations} == {
        ("South Korea", "KR"),
        ("Singapore", "SG"),
    }
    mixed = write_csv(
        tmp_path / "mixed.csv",
        [["Delegation", "Country", "Family name"], ["Seoul Science HS", "", "Park"],
         ["South Korea", "JP", "Oh"]],
    )  # fmt: skip
    summary = import_roster_file(database.session_factory, program.id, mixed)
    assert [str(e) for e in summary.errors] == [
        "Row 2, column “Delegation”: Seoul Science HS is a new delegation and the row gives no "
        "country. Add a Country column, or create the delegation first.",
        "Row 3, column “Delegation”: the delegation South Korea is from South Korea (KR), but "
        "this row says Japan. Correct the country or the delegation.",
    ]


def test_progress_and_cancel(database: Database, tmp_path: Path) -> None:
    program = make_program(database)
    rows = [
        [f"ID-{n}", f"Family{n}", "Given", "", "", "", "", "", "Japan", ""] for n in range(5000)
    ]
    path = roster(tmp_path, rows)
    table = read_roster(path)
    mapping = build_mapping(table.headers)
    seen: list[tuple[int, int]] = []
    import_roster(
        database.session_factory, program.id, table, mapping,
        progress=lambda done, total: seen.append((done, total)),
    )  # fmt: skip
    assert seen[-1] == (10000, 10000)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    other = make_program(database, "OTHER")
    before = counts(database)
    calls = iter(range(100))
    with pytest.raises(ImportCancelled, match="nothing was written"):
        import_roster(
            database.session_factory, other.id, table, mapping,
            is_cancelled=lambda: next(calls) >= 6,  # after validation, while writing
        )  # fmt: skip
    assert counts(database) == before


def test_export_then_import_is_unchanged(database: Database, tmp_path: Path) -> None:
    program = make_program(database)
    factory = database.session_factory
    headers, rows = ROSTERS["cp932"]
    import_roster_file(
        factory, program.id, write_csv(tmp_path / "jp.csv", [headers, *rows], "cp932")
    )
    import_roster_file(factory, program.id, roster(tmp_path, THAI))
    for suffix in (".csv", ".xlsx"):
        out = tmp_path / f"all{suffix}"
        result = export_participants(factory, program.id, out)
        assert result.rows == 7
        summary = import_roster_file(factory, program.id, out)
        assert (summary.created, summary.updated, summary.unchanged, summary.errors) == (
            0,
            0,
            7,
            (),
        )
    assert out.suffix == ".xlsx"
    csv_bytes = (tmp_path / "all.csv").read_bytes()
    assert csv_bytes.startswith(b"\xef\xbb\xbf")
    assert "山田 太郎".encode() in csv_bytes
    leaders = [p for p in list_participants(factory, program.id) if p.is_leader]
    assert {p.family_name for p in leaders} == {"Suzuki", "Wong"}
    takahashi = next(
        p for p in list_participants(factory, program.id) if p.family_name == "Takahashi"
    )
    assert (takahashi.native_name, takahashi.date_of_birth) == ("髙橋 結衣", dt.date(2007, 12, 24))
    assert takahashi.allergies == "卵、乳"


def test_two_rows_resolving_to_one_person(database: Database, tmp_path: Path) -> None:
    program = make_program(database)
    factory = database.session_factory
    import_roster_file(factory, program.id, roster(tmp_path, [["", *row[1:]] for row in THAI]))
    rows = [
        ["TH-20", "Jaidee", "S.", "", "", "", "somchai@example.th", "", "Thailand", ""],
        ["TH-21", "Jaidee", "Somchai", "", "M", "2008-01-02", "", "", "Thailand", ""],
    ]
    summary = import_roster_file(factory, program.id, roster(tmp_path, rows, "two.csv"))
    assert [str(e) for e in summary.errors] == [
        "Row 3, column “Family name”: this row and row 2 both describe Somchai Jaidee. "
        "Remove the repeated row."
    ]
