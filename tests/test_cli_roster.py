"""`import-roster`, `export` and `teams` on the command line: output, exit codes, no changes."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from roster_world import counts, write_csv

from sakura_desktop import cli
from sakura_desktop.cli import roster as roster_cli
from sakura_desktop.db.lifecycle import open_database


def test_roster_commands_are_registered() -> None:
    assert roster_cli in cli.FEATURE_MODULES


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def db_counts(path: Path) -> tuple[int, int, int, int]:
    database, _ = open_database(path=path)
    try:
        return counts(database)
    finally:
        database.dispose()


ROWS = [
    ["氏名", "国籍", "性別", "生年月日", "メール"],
    ["YAMADA Taro", "日本", "男", "2008/04/05", "taro@example.jp"],
    ["SATO Hanako", "日本", "女", "2008/05/06", "hanako@example.jp"],
]


def test_import_then_reimport(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "jp.csv", ROWS, "cp932")
    code, out, err = run(capsys, "import-roster", "--db", str(db), str(path))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Imported jp.csv: 2 rows; created 2, updated 0, unchanged 0, skipped 0.",
        "Delegations created: Japan.",
    ]
    code, out, _ = run(capsys, "import-roster", "--db", str(db), "--program", "SSP-TEST", str(path))
    assert code == 0 and "created 0, updated 0, unchanged 2, skipped 0" in out


def test_rejected_file_exits_1_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    rows = [*ROWS, ["", "日本", "?", "2008/02/30", ""]]
    path = write_csv(tmp_path / "bad.csv", rows, "utf-8-sig")
    before = db_counts(db)
    code, out, err = run(capsys, "import-roster", "--db", str(db), str(path))
    assert code == 1
    assert "Row 4, column “性別”" in out and "Row 4, column “生年月日”" in out
    assert err.count("\n") == 1
    assert err.startswith("sakura-desktop: Nothing was imported: 1 row has errors.")
    assert db_counts(db) == before
    code, out, err = run(capsys, "import-roster", "--db", str(db), "--skip-invalid", str(path))
    assert code == 0 and "created 2" in out and "Skipped rows: 4." in out


def test_dry_run_mapping_and_encoding(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    rows = [["Nom", "Prénom", "Pays"], ["Dupont", "Marie", "France"]]
    path = write_csv(tmp_path / "fr.csv", rows, "cp1252")
    mapping = json.dumps({"Nom": "family_name", "Prénom": "given_name", "Pays": "country"})
    code, out, err = run(
        capsys, "import-roster", "--db", str(db), "--dry-run", "--encoding", "cp1252",
        "--mapping", mapping, str(path),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.startswith("Would import fr.csv: 1 row; created 1")
    assert db_counts(db) == (0, 0, 0, 0)
    mapping_file = tmp_path / "m.json"
    mapping_file.write_text(mapping, encoding="utf-8")
    code, out, _ = run(
        capsys, "import-roster", "--db", str(db), "--encoding", "cp1252", "--mapping",
        str(mapping_file), str(path),
    )  # fmt: skip
    assert code == 0 and "created 1" in out
    code, _, err = run(capsys, "import-roster", "--db", str(db), "--mapping", "{bad", str(path))
    assert code == 1 and "not valid JSON" in err


def test_broken_files_are_one_line_errors(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.csv"
    junk.write_bytes(bytes(range(256)) * 10)
    truncated = tmp_path / "cut.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["Family name"])
    workbook.save(truncated)
    truncated.write_bytes(truncated.read_bytes()[:300])
    tiny = tmp_path / "tiny.csv"
    tiny.write_bytes("name\n김민준\n".encode("euc_kr"))
    for path, message in [
        (junk, "junk.csv does not look like a CSV text file"),
        (truncated, "cut.xlsx is not a readable Excel workbook"),
        (tiny, "Cannot tell the text encoding of tiny.csv"),
    ]:
        code, out, err = run(capsys, "import-roster", "--db", str(db), str(path))
        assert code == 1 and message in err and err.count("\n") == 1
    assert "--- read as cp949:\nname\n김민준" in out
    assert db_counts(db) == (0, 0, 0, 0)


def test_export_and_teams(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> None:
    rows = [["Family name", "Given name", "Country", "Gender"]]
    rows += [[f"P{n}", "G", ["TH", "VN", "KR"][n % 3], "FM"[n % 2]] for n in range(12)]
    run(capsys, "import-roster", "--db", str(db), str(write_csv(tmp_path / "r.csv", rows)))
    code, out, err = run(capsys, "teams", "--db", str(db))
    assert (code, out) == (0, "No teams yet (form them with: teams --auto N).\n")
    code, out, err = run(capsys, "teams", "--db", str(db), "--auto", "3", "--seed", "5")
    assert code == 0 and err == ""
    assert out.splitlines()[0] == "Formed 3 teams from 12 people (seed 5)."
    assert out.splitlines()[1].startswith("Team 1: 4 (student 4; female 2, male 2; 3 delegations)")
    for what in ("participants", "delegations", "teams"):
        for suffix in (".csv", ".xlsx"):
            out_file = tmp_path / f"{what}{suffix}"
            code, out, err = run(capsys, "export", what, "--db", str(db), "--out", str(out_file))
            assert code == 0 and out.startswith("Exported ") and out_file.exists()
    assert (tmp_path / "delegations.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    code, _, err = run(capsys, "export", "teams", "--db", str(db), "--out", str(tmp_path / "t.pdf"))
    assert code == 1 and "name the file .csv or .xlsx" in err
    code, _, err = run(capsys, "teams", "--db", str(db), "--auto", "99")
    assert code == 1 and "Cannot form 99 teams from 12 people" in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    for argv in (["import-roster", "--db", str(db)], ["export", "people", "--db", str(db),
                 "--out", "x.csv"], ["teams", "--auto", "many"]):  # fmt: skip
        with pytest.raises(SystemExit) as info:
            cli.main(argv)
        assert info.value.code == 2
    capsys.readouterr()


def test_auto_teams_warns_about_empty_teams_on_stderr(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from sakura_desktop.core.demo import create_demo_database

    path = tmp_path / "demo.db"
    create_demo_database(path)
    code, out, err = run(capsys, "teams", "--db", str(path), "--auto", "6")
    assert code == 0
    assert out.splitlines()[0].startswith("Formed 6 teams from ")
    assert "Team 7: 0" in out and "Team 8: 0" in out
    assert err.startswith("Warning: Team 7 and Team 8 are now empty but ")
    assert err.rstrip().endswith("sessions still list them; delete or reuse them.")


def test_counts_are_pluralised(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    one = write_csv(tmp_path / "one.csv", [["Family name", "Given name", "Country"],
                                          ["Jaidee", "Somchai", "TH"]])  # fmt: skip
    code, out, _ = run(capsys, "import-roster", "--db", str(db), str(one))
    assert code == 0 and out.startswith("Imported one.csv: 1 row; created 1")
    code, out, _ = run(capsys, "teams", "--db", str(db), "--auto", "1")
    assert out.splitlines()[:2] == [
        "Formed 1 team from 1 person (seed 0).",
        "Team 1: 1 (student 1; unspecified 1; 1 delegation)",
    ]
    for what, noun in (("participants", "participant"), ("delegations", "delegation"),
                       ("teams", "team")):  # fmt: skip
        code, out, _ = run(
            capsys, "export", what, "--db", str(db), "--out", str(tmp_path / "x.csv")
        )
        assert out.startswith(f"Exported 1 {noun} to "), out
    assert "rows" not in out and " 1 rows" not in out
