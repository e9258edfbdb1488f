"""Check-in, roll call, sync and Overview in Japanese: words, table headers, paper and dates.

The English texts are asserted by each screen's own tests; here the same builders run with the
Japanese catalogue installed, as a coordinator who chose 日本語 in Settings sees them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_gui_checkin_models import AT, report
from test_gui_overview_model import _overview

from sakura_desktop.core.checkin.reports import LastSeen
from sakura_desktop.db.enums import Direction
from sakura_desktop.ui.checkin.missing_list import report_html
from sakura_desktop.ui.checkin.models import MissingModel, RecentScansModel, last_seen_label
from sakura_desktop.ui.i18n import current_language, install_language
from sakura_desktop.ui.overview.text import day_caption, program_subtitle
from sakura_desktop.ui.rollcall.model import minor_text
from sakura_desktop.ui.sync.status import SyncView, describe, sync_mode


@pytest.fixture
def japanese(qapp: QApplication) -> Iterator[None]:
    assert install_language(qapp, "ja") == "ja"
    yield
    install_language(qapp, "en")
    assert current_language() == "en"


def _headers(model: RecentScansModel | MissingModel) -> list[str]:
    return [
        model.headerData(n, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for n in range(model.columnCount())
    ]


def test_check_in_tables_and_missing_list_paper_are_japanese(japanese: None) -> None:
    assert _headers(RecentScansModel()) == ["時刻", "氏名", "判定", "受付端末"]
    assert _headers(MissingModel())[:3] == ["氏名", "母語表記の氏名", "派遣団"]
    assert last_seen_label(LastSeen(9, "Welcome lecture", AT, Direction.IN)) == (
        "Welcome lecture、(月) 09:30"
    )
    assert last_seen_label(None) == "記録なし"

    html = report_html(report())
    assert "未着者：Bus to Harima" in html
    assert "2026年7月13日(月) 09:30 時点 · 受付端末 Bus 2" in html
    assert "予定 3 人、在場 1 人、<b>未着 2 人</b>" in html
    assert "<th>引率教員・連絡先</th>" in html
    assert "Teacher &lt;Park&gt;" in html  # data stays as typed, escaped
    assert minor_text(16) == "未成年 16歳"


def test_sync_line_and_overview_dates_are_japanese(japanese: None) -> None:
    line, tip = describe(SyncView(sync_mode("sqlite:////tmp/a.db", "")), dt.datetime.now(dt.UTC))
    assert (line, tip) == ("単独", "方式：単独")

    today = day_caption(_overview(dt.date(2026, 7, 15), True), dt.date(2026, 7, 15))
    assert today == "今日 2026年7月15日(水) — 5 日間のうち 3 日目：セッション 2 件。"
    subtitle = program_subtitle(_overview(dt.date(2026, 7, 15), True).program)
    assert "2026年7月13日～17日（月曜開始、5 日間）" in subtitle
    assert "時刻は Asia/Tokyo" in subtitle


def test_english_is_back_after_japanese(qapp: QApplication) -> None:
    """The fixture restores English: other tests assert English texts."""
    assert _headers(RecentScansModel()) == ["Time", "Name", "Decision", "Station"]
    assert last_seen_label(None) == "never seen"
