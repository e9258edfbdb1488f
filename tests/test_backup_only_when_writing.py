"""A roster or survey import backs the database up only when it is about to write.

Only the newest backups are kept: a refused file, a dry run or a file that changes nothing must
not take one, or a coordinator trying a bad file a few times pushes out every good backup.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from roster_world import counts, write_csv
from survey_world import make_survey_db
from test_survey_import import GOOD_S001, GOOD_T001, HEADERS, UNKNOWN_ID, state, write_export

from sakura_desktop import cli
from sakura_desktop.core.backups import list_backups
from sakura_desktop.core.programs import resolve_program
from sakura_desktop.core.roster.importer import import_roster_file
from sakura_desktop.core.survey.importer import import_survey_file
from sakura_desktop.db.engine import Database
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.errors import UserError

ROWS = [
    ["氏名", "国籍", "性別", "生年月日", "メール"],
    ["YAMADA Taro", "日本", "男", "2008/04/05", "taro@example.jp"],
    ["SATO Hanako", "日本", "女", "2008/05/06", "hanako@example.jp"],
]
INVALID_ROW = ["", "日本", "?", "2008/02/30", ""]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def reasons(db: Path) -> list[str]:
    return [backup.reason for backup in list_backups(db)]


def roster_counts(db: Path) -> tuple[int, int, int, int]:
    database, _ = open_database(path=db)
    try:
        return counts(database)
    finally:
        database.dispose()


# --- the roster --------------------------------------------------------------------------------


def test_a_refused_roster_takes_no_backup(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    before = reasons(db)
    invalid = write_csv(tmp_path / "bad.csv", [*ROWS, INVALID_ROW], "utf-8-sig")
    no_names = write_csv(tmp_path / "no-names.csv", [["国籍", "メール"], ["日本", "a@b.jp"]])
    misread = write_csv(tmp_path / "sjis.csv", ROWS, "cp932")
    for argv in (
        [str(invalid)],  # an invalid row, without --skip-invalid
        [str(no_names)],  # no column holds the names
        [str(misread), "--encoding", "utf-8"],  # Shift_JIS read as UTF-8
    ):
        code, _, err = run(capsys, "import-roster", "--db", str(db), *argv)
        assert code == 1 and err, argv
    assert reasons(db) == before
    assert roster_counts(db)[0] == 0


def test_a_roster_dry_run_takes_no_backup(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    before = reasons(db)
    path = write_csv(tmp_path / "jp.csv", ROWS, "cp932")
    code, out, _ = run(capsys, "import-roster", "--db", str(db), str(path), "--dry-run")
    assert code == 0 and "created 2" in out
    assert reasons(db) == before


def test_a_roster_import_takes_one_backup_and_the_same_file_again_none(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    before = reasons(db)
    path = write_csv(tmp_path / "jp.csv", ROWS, "cp932")
    code, out, _ = run(capsys, "import-roster", "--db", str(db), str(path))
    assert code == 0 and "created 2" in out
    assert reasons(db) == ["before-import", *before]
    code, out, _ = run(capsys, "import-roster", "--db", str(db), str(path))
    assert code == 0 and "unchanged 2" in out
    assert reasons(db) == ["before-import", *before]  # nothing changed: no second backup


def test_skipping_invalid_rows_backs_up_once_before_writing_the_valid_ones(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    before = reasons(db)
    path = write_csv(tmp_path / "bad.csv", [*ROWS, INVALID_ROW], "utf-8-sig")
    code, out, _ = run(capsys, "import-roster", "--db", str(db), str(path), "--skip-invalid")
    assert code == 0 and "created 2" in out
    assert reasons(db) == ["before-import", *before]


def test_a_failed_backup_writes_no_roster(db: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "jp.csv", ROWS, "cp932")
    calls: list[int] = []

    def backup() -> None:
        calls.append(roster_counts(db)[0])  # what the backup would copy: nobody yet
        raise UserError("Cannot back up week.db; nothing was changed.")

    database, _ = open_database(path=db)
    try:
        with pytest.raises(UserError, match="Cannot back up"):
            program_id = only_program(database)
            import_roster_file(database.session_factory, program_id, path, before_write=backup)
        assert counts(database)[0] == 0
    finally:
        database.dispose()
    assert calls == [0]


# --- the survey --------------------------------------------------------------------------------


@pytest.fixture()
def survey_db(tmp_path: Path) -> Path:
    path = tmp_path / "week.db"
    make_survey_db(path)
    return path


def only_program(database: Database) -> int:
    return resolve_program(database.session_factory, None).id


def test_a_refused_survey_file_takes_no_backup(
    capsys: pytest.CaptureFixture[str], survey_db: Path, tmp_path: Path
) -> None:
    before = reasons(survey_db)
    refused = write_export(tmp_path / "refused.csv", [HEADERS, GOOD_S001, UNKNOWN_ID])
    code, out, _ = run(capsys, "survey", "import", "--db", str(survey_db), str(refused))
    assert code == 1 and "Nothing was written" in out
    unreadable = write_export(tmp_path / "no-ids.csv", [["Timestamp", "Colour"], ["x", "red"]])
    code, _, err = run(capsys, "survey", "import", "--db", str(survey_db), str(unreadable))
    assert code == 1 and err
    assert reasons(survey_db) == before


def test_a_survey_dry_run_takes_no_backup(
    capsys: pytest.CaptureFixture[str], survey_db: Path, tmp_path: Path
) -> None:
    before = reasons(survey_db)
    path = str(write_export(tmp_path / "clean.csv", [HEADERS, GOOD_S001, GOOD_T001]))
    code, out, _ = run(capsys, "survey", "import", "--db", str(survey_db), path, "--dry-run")
    assert code == 0 and "Dry run: nothing was written." in out
    assert reasons(survey_db) == before


def test_a_survey_import_takes_one_backup_and_the_same_file_again_none(
    capsys: pytest.CaptureFixture[str], survey_db: Path, tmp_path: Path
) -> None:
    before = reasons(survey_db)
    path = str(write_export(tmp_path / "clean.csv", [HEADERS, GOOD_S001, GOOD_T001]))
    code, out, _ = run(capsys, "survey", "import", "--db", str(survey_db), path)
    assert code == 0 and "Written: 0 new answer(s), 2 replaced" in out
    assert reasons(survey_db) == ["before-survey-import", *before]
    code, out, _ = run(capsys, "survey", "import", "--db", str(survey_db), path)
    assert code == 0 and "0 replaced, 2 unchanged" in out
    assert reasons(survey_db) == ["before-survey-import", *before]


def test_a_failed_backup_writes_no_survey_answers(survey_db: Path, tmp_path: Path) -> None:
    before = state(survey_db)
    path = write_export(tmp_path / "clean.csv", [HEADERS, GOOD_S001, GOOD_T001])
    seen: list[dict[str, tuple[object, ...]]] = []

    def backup() -> None:
        seen.append(state(survey_db))  # what the backup would copy: the answers as they were
        raise UserError("Cannot back up week.db; nothing was changed.")

    database, _ = open_database(path=survey_db)
    try:
        program_id = only_program(database)
        with pytest.raises(UserError, match="Cannot back up"):
            import_survey_file(database.session_factory, program_id, path, before_write=backup)
    finally:
        database.dispose()
    assert seen == [before]
    assert state(survey_db) == before
