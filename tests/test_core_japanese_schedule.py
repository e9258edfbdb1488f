"""The schedule's, the database's and the print jobs' sentences follow the window's language
(Japanese once the window installed it) and stay English where nothing is installed, as on the
command line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from schedule_world import LAB_A1, at, make_week, session

from sakura_desktop.core.demo import create_demo_database
from sakura_desktop.core.documents import DocumentKind, PrintRequest, generate
from sakura_desktop.core.programs import ProgramSummary
from sakura_desktop.core.schedule.conflicts import find_conflicts
from sakura_desktop.core.schedule.editing import VenueDraft, create_venue
from sakura_desktop.core.schedule.io import ScheduleImportError, import_schedule
from sakura_desktop.core.schedule.loading import load_week
from sakura_desktop.db.engine import Database, SessionFactory
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.errors import DatabaseOpenError, UserError

BAD_ROWS = (
    "title,kind,start,end,venue,site,capacity,lecturer,audience\n"
    ",lecture,2026-07-14 19:00,2026-07-14 20:00,Nowhere,,,,everyone\n"
)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[tuple[SessionFactory, ProgramSummary]]:
    summary = create_demo_database(tmp_path / "demo.db")
    database: Database
    database, _ = open_database(path=tmp_path / "demo.db")
    try:
        yield database.session_factory, summary
    finally:
        database.dispose()


def _double_booking() -> str:
    week = make_week(
        session(1, at(1, "09:00"), at(1, "10:00"), LAB_A1, title="Chemistry"),
        session(2, at(1, "09:30"), at(1, "10:30"), LAB_A1, title="Physics"),
    )
    return next(c.sentence for c in find_conflicts(week) if "Lab A1" in c.sentence)


def _import_problems(factory: SessionFactory, program_id: int, tmp_path: Path) -> str:
    path = tmp_path / "bad.csv"
    path.write_text(BAD_ROWS, encoding="utf-8")
    with pytest.raises(ScheduleImportError) as raised:
        import_schedule(factory, program_id, path)
    return str(raised.value)


def test_schedule_sentences_in_japanese(
    japanese: None, demo: tuple[SessionFactory, ProgramSummary], tmp_path: Path
) -> None:
    factory, summary = demo
    assert _double_booking() == (
        "Lab A1が重複して予約されています："
        "「Chemistry」（7月14日（火） 09:00–10:00）と「Physics」（7月14日（火） 09:30–10:30）。"
    )
    lines = _import_problems(factory, summary.id, tmp_path).splitlines()
    assert lines[0] == "bad.csvを取り込めません：問題が2件あります。何も変更していません。"
    assert lines[1:] == [
        "  2行目、title列（A）：タイトルが空です",
        "  2行目、venue列（E）：このプログラムに会場'Nowhere'はありません。先に追加してください",
    ]
    site_id = load_week(factory, summary.id).sites[0].id
    with pytest.raises(UserError, match=r"^会場を保存できません：名前が空です。$"):
        create_venue(factory, summary.id, VenueDraft(site_id, "  "))
    request = PrintRequest(DocumentKind.ITINERARIES, summary.id, tmp_path / "x.pdf", paper="B5")
    with pytest.raises(UserError, match="用紙 'B5' には対応していません"):
        generate(factory, request)


def test_opening_an_empty_file_is_refused_in_japanese(japanese: None, tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    with pytest.raises(DatabaseOpenError) as raised:
        open_database(path=empty)
    assert str(raised.value).startswith(f"{empty}は空（0バイト）で、Sakura Desktop のデータベース")
    assert empty.read_bytes() == b""


def test_with_nothing_installed_the_sentences_stay_english(
    demo: tuple[SessionFactory, ProgramSummary], tmp_path: Path
) -> None:
    factory, summary = demo
    assert _double_booking() == (
        "Lab A1 is double-booked: 'Chemistry' (Tue 14 Jul 09:00–10:00) "
        "and 'Physics' (Tue 14 Jul 09:30–10:30)."
    )
    text = _import_problems(factory, summary.id, tmp_path)
    assert text.splitlines() == [
        "Cannot import bad.csv: 2 problem(s), nothing was changed.",
        "  row 2, column title (A): the title is empty",
        "  row 2, column venue (E): no venue 'Nowhere' in this program; add it first",
    ]
    empty = tmp_path / "empty.db"
    empty.touch()
    with pytest.raises(DatabaseOpenError, match="is empty \\(0 bytes\\): it is not a Sakura"):
        open_database(path=empty)
