"""The database check, backups, purge statistics, survey import, participant history and the
reports' tables follow the window's language (Japanese when the window installed it) and stay
English where nothing is installed, as on the command line."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from reports_world import ReportWorld, build_report_world
from survey_world import build_survey_world

from sakura_desktop.core.audit import AuditAction, HistoryEntry
from sakura_desktop.core.backups import read_backup
from sakura_desktop.core.integrity import check_damaged_file, check_database
from sakura_desktop.core.purge_statistics import ProgramStatistics, Rate
from sakura_desktop.core.reports.kinds import ReportKind, report_tables
from sakura_desktop.core.survey.importer import (
    SurveyImportResult,
    plan_survey_import,
    read_survey_file,
)
from sakura_desktop.core.survey.mapping import build_survey_mapping
from sakura_desktop.db.base import utc_now
from sakura_desktop.db.engine import Database
from sakura_desktop.errors import UserError
from sakura_desktop.ui.reports.catalog import chart_for

HEADERS = [
    "Timestamp",
    "Roster ID",
    "How satisfied were you with the lectures?",
    "Overall, how satisfied were you with the week?",
    "Would you like to come back to Japan to study or work?",
]


@pytest.fixture(scope="module")
def report_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReportWorld]:
    built = build_report_world(tmp_path_factory.mktemp("reports"))
    yield built
    built.db.dispose()


def _bad_survey(tmp_path: Path) -> Path:
    path = tmp_path / "answers.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        writer.writerow(["2026/07/26 10:00", "S999", 4, 4, "Yes"])
        writer.writerow(["2026/07/26 10:05", "S004", 7, 4, "Someday"])
    return path


def _plan_messages(database: Database, tmp_path: Path) -> tuple[list[str], str]:
    program_id = build_survey_world(database)
    table = read_survey_file(_bad_survey(tmp_path))
    plan = plan_survey_import(
        database.session_factory, program_id, table, build_survey_mapping(table.headers)
    )
    return [str(m) for m in plan.refused], SurveyImportResult(plan, written=False).summary()


def test_survey_row_messages_in_japanese(
    japanese: None, database: Database, tmp_path: Path
) -> None:
    messages, summary = _plan_messages(database, tmp_path)
    assert messages[0] == "2行目：名簿ID 'S999' はこのプログラムの誰とも一致しません。除外します。"
    assert messages[1].startswith("3行目：Lan Pham (S004)：列 'How satisfied were you")
    assert "'7' は満足度の範囲（1～5）外です" in messages[1]
    assert "'Someday' は Yes、Maybe、No のいずれでもありません" in messages[1]
    assert summary.startswith("answers.csv：2行を読み込み、有効0行、除外2行。")
    assert "何も書き込んでいません" in summary


def test_survey_row_messages_stay_english_without_a_translator(
    database: Database, tmp_path: Path
) -> None:
    messages, summary = _plan_messages(database, tmp_path)
    assert messages[0] == "Row 2: roster id 'S999' matches nobody in this program; left out."
    assert "'7' is outside the satisfaction scale 1 to 5" in messages[1]
    assert summary.startswith("answers.csv: 2 row(s) read, 0 valid, 2 left out.")


def test_the_database_check_speaks_japanese(japanese: None, database: Database) -> None:
    report = check_database(database.session_factory, database.engine)
    assert report.ok
    assert report.verdict.startswith("問題は見つかりませんでした：")
    assert "SQLite の整合性チェックと外部キーチェックを含む" in report.verdict


def test_a_damaged_file_is_described_in_japanese(japanese: None, tmp_path: Path) -> None:
    damaged = tmp_path / "week.db"
    damaged.write_bytes(b"SQLite format 3\0" + b"\xff" * 4000)
    report = check_damaged_file(damaged, ValueError("file is not a database"))
    (problem,) = report.problems
    assert problem.sentence.startswith("データベースファイルが破損しています。")
    assert report.verdict.startswith("1件の問題が見つかりました：")


def test_the_database_check_stays_english_without_a_translator(database: Database) -> None:
    report = check_database(database.session_factory, database.engine)
    assert report.verdict.startswith("No problems found: ")


def test_a_file_that_is_no_backup_is_refused_in_japanese(japanese: None, tmp_path: Path) -> None:
    not_a_backup = tmp_path / "notes.db"
    not_a_backup.write_text("hello", encoding="utf-8")
    with pytest.raises(UserError) as refused:
        read_backup(not_a_backup)
    assert str(refused.value) == (
        f"{not_a_backup} は Sakura Desktop のバックアップではありません（SQLite データベースでは"
        "ありません）。別のファイルを選んでください。このファイルは変更されていません。"
    )


def test_purge_statistics_in_japanese(japanese: None) -> None:
    stats = ProgramStatistics(
        "SSP", "Sakura Week", "2026-07-20", "2026-07-26", "2026-08-01 10:00", 2,
        by_role={"Student": 2}, by_age_band={"under 15": 1, "15-17": 1},
        sessions=[Rate("Welcome lecture", 2, 1)],
    )  # fmt: skip
    lines = stats.lines()
    assert lines[0] == "SSP — Sakura Week（2026-07-20～2026-07-26）"
    assert lines[1] == "個人データの消去：2026-08-01 10:00 UTC、参加者2名。"
    assert "役割別：学生 2" in lines
    assert "年齢層別（初日時点）：15歳未満 1、15-17 1" in lines
    assert "  Welcome lecture：2中1 (50 %)" in lines


def test_history_lines_in_japanese(japanese: None) -> None:
    entry = HistoryEntry(utc_now(), "Door 1", "yuki", AuditAction.EDITED, ("room",), "")
    assert entry.who == "yuki（Door 1）"
    assert entry.what.startswith("編集：")


def test_report_tables_speak_japanese_and_charts_still_find_their_columns(
    japanese: None, report_world: ReportWorld
) -> None:
    world = report_world
    tables = report_tables(world.db.session_factory, world.program_id, ReportKind.ATTENDANCE)
    sessions = next(t for t in tables if t.key == "sessions")
    assert sessions.title == "セッション別の出席"
    assert sessions.headers[:2] == ("セッション", "種類")
    assert "出席率 %" in sessions.headers
    assert sessions.columns[:2] == ("Session", "Kind")  # the English names stay for the code
    assert chart_for(sessions) is not None
    assert {row[1] for row in sessions.rows} <= {
        "講義",
        "研究室見学",
        "実験",
        "食事",
        "移動",
        "式典",
        "文化体験",
        "自由時間",
    }  # the chart finds "Starts", "Expected", "Present"
    assert ReportKind.ROOMING.heading == "部屋割り表"
    summary = report_tables(world.db.session_factory, world.program_id, ReportKind.SUMMARY)
    overview = next(t for t in summary if t.key == "overview")
    assert overview.title == "概要"
    assert [row[0] for row in overview.rows[:2]] == ["プログラム", "コード"]
    by_country = next(t for t in summary if t.key == "by_country")
    assert by_country.rows[-1][0] == "合計"
    assert "合計" not in [row[0] for row in by_country.category_rows()]
    assert chart_for(by_country) is not None
    survey = report_tables(world.db.session_factory, world.program_id, ReportKind.SURVEY)
    satisfaction = next(t for t in survey if t.key == "survey_satisfaction")
    assert satisfaction.rows[0][0] == "講義"
    response = next(t for t in survey if t.key == "survey_response")
    assert [row[0] for row in response.rows] == ["学生", "教員", "全体"]
    by_role = next(t for t in summary if t.key == "by_role")
    assert by_role.rows[0][0] == "学生"


def test_report_tables_stay_english_without_a_translator(report_world: ReportWorld) -> None:
    world = report_world
    tables = report_tables(world.db.session_factory, world.program_id, ReportKind.ATTENDANCE)
    sessions = next(t for t in tables if t.key == "sessions")
    assert sessions.title == "Attendance per session"
    assert sessions.headers == sessions.columns
    assert sessions.headers[:2] == ("Session", "Kind")
