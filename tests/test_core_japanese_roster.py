"""The roster's sentences (row problems, the import summary, file errors, participant, delegation
and team refusals) follow the window's language: Japanese when the window installed it, English
where nothing is installed, as on the command line. What files hold (export headers, data) never
translates."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from roster_world import make_program, write_csv

from sakura_desktop.core.roster import ValidationFailed, import_roster_file
from sakura_desktop.core.roster.delegations import DelegationDraft, create_delegation
from sakura_desktop.core.roster.errors import RosterFileError
from sakura_desktop.core.roster.exporter import export_participants
from sakura_desktop.core.roster.participants import (
    ParticipantEdit,
    list_participants,
    update_participant,
)
from sakura_desktop.core.roster.teams import create_team
from sakura_desktop.db.engine import Database
from sakura_desktop.errors import UserError

HEADERS = ["ID", "Family name", "Given name", "Gender", "Date of birth", "E-mail", "Country"]


def _bad_roster(tmp_path: Path) -> Path:
    """Line 2 is fine; line 3 has a gender nobody knows and a birth date in the future."""
    return write_csv(
        tmp_path / "roster.csv",
        [
            HEADERS,
            ["TH-1", "Jaidee", "Somchai", "M", "2008-04-05", "somchai@example.th", "Thailand"],
            ["TH-2", "Srisuk", "Nok", "Q", "2999-01-01", "nok@example.th", "Thailand"],
        ],
    )


def _import_bad_roster(database: Database, tmp_path: Path) -> list[str]:
    program = make_program(database)
    summary = import_roster_file(database.session_factory, program.id, _bad_roster(tmp_path))
    assert summary.rejected
    return summary.lines()


def test_a_bad_roster_is_explained_in_japanese(
    japanese: None, database: Database, tmp_path: Path
) -> None:
    lines = _import_bad_roster(database, tmp_path)
    assert lines[0] == (
        "roster.csv を取り込めませんでした：2行。新規 0、更新 0、変更なし 0、スキップ 0。"
    )
    assert lines[1] == (
        "3行目、列「Gender」：「Q」は認識できない性別です。F または M（女/男、female/male）、"
        "その他は X で入力するか、空欄にしてください。"
    )
    assert lines[2] == (
        "3行目、列「Date of birth」：2999-01-01 は未来の日付です。年を確認してください。"
    )
    assert lines[-1].startswith("何も取り込んでいません：1行にエラーがあります。")


def test_without_a_translator_the_same_roster_is_explained_in_english(
    database: Database, tmp_path: Path
) -> None:
    lines = _import_bad_roster(database, tmp_path)
    assert lines[0] == (
        "Rejected roster.csv: 2 rows; created 0, updated 0, unchanged 0, skipped 0."
    )
    assert lines[1].startswith("Row 3, column “Gender”: “Q” is not a gender we know;")
    assert lines[2] == "Row 3, column “Date of birth”: 2999-01-01 is in the future; check the year."
    assert lines[-1].startswith("Nothing was imported: 1 row has errors.")


def test_file_errors_in_japanese(japanese: None, tmp_path: Path, database: Database) -> None:
    program = make_program(database)
    factory = database.session_factory
    with pytest.raises(RosterFileError) as missing:
        import_roster_file(factory, program.id, tmp_path / "nowhere.csv")
    assert str(missing.value).endswith(
        "にファイルがありません。ファイル名とフォルダーを確認してください。"
    )
    empty = tmp_path / "empty.csv"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(RosterFileError) as blank:
        import_roster_file(factory, program.id, empty)
    assert str(blank.value) == (
        "empty.csv は空です。名簿が入っているファイルを選ぶか、Excel で保存し直してください。"
    )


def test_participant_delegation_and_team_refusals_in_japanese(
    japanese: None, database: Database, tmp_path: Path
) -> None:
    factory = database.session_factory
    program = make_program(database)
    write_csv(
        tmp_path / "two.csv",
        [
            HEADERS,
            ["TH-1", "Jaidee", "Somchai", "M", "2008-04-05", "somchai@example.th", "Thailand"],
            ["TH-2", "Srisuk", "Nok", "F", "2008-06-07", "nok@example.th", "Thailand"],
        ],
    )
    assert not import_roster_file(factory, program.id, tmp_path / "two.csv").rejected
    somchai = next(p for p in list_participants(factory, program.id) if p.external_id == "TH-1")
    clash = ParticipantEdit(family_name="Jaidee", external_id="TH-2", email="x")
    with pytest.raises(ValidationFailed) as refused:
        update_participant(factory, somchai.id, clash)
    # The fields stay English keys (the edit dialog places each message by them) ...
    assert [field for field, _ in refused.value.problems] == ["E-mail"]
    # ... while the sentence is Japanese.
    assert str(refused.value) == (
        "参加者を保存できません：メール：「x」はメールアドレスではありません。"
        "name@example.org の形式で入力してください。"
    )
    with pytest.raises(UserError) as unknown_country:
        create_delegation(factory, program.id, DelegationDraft("Atlantis", "Atlantis", ""))
    assert str(unknown_country.value).startswith("「Atlantis」は認識できない国名です。")
    with pytest.raises(UserError) as unnamed:
        create_team(factory, program.id, "  ")
    assert str(unnamed.value) == "チームの名前を入力してください。"


def test_export_headers_stay_english_in_a_japanese_window(
    japanese: None, database: Database, tmp_path: Path
) -> None:
    """Our importers read the headers back, so a file never carries the window's language."""
    factory = database.session_factory
    program = make_program(database)
    import_roster_file(
        factory,
        program.id,
        write_csv(
            tmp_path / "one.csv",
            [HEADERS, ["TH-1", "Jaidee", "Somchai", "M", "2008-04-05", "s@example.th", "TH"]],
        ),
    )
    path = tmp_path / "out.csv"
    export_participants(factory, program.id, path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle))
    assert {"ID", "Family name", "Given name", "Delegation"} <= set(header)
