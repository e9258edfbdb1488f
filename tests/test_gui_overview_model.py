"""The Overview's table models over core dataclasses, and the words of the Overview."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from sakura_desktop.core.programs import (
    DelegationCount,
    ProgramOverview,
    ProgramSummary,
    SessionLine,
)
from sakura_desktop.db.enums import SessionKind
from sakura_desktop.ui.overview.models import DelegationTableModel, SessionTableModel
from sakura_desktop.ui.overview.text import date_range, day_caption, program_subtitle

pytestmark = pytest.mark.gui

TOKYO = ZoneInfo("Asia/Tokyo")
DISPLAY = Qt.ItemDataRole.DisplayRole

DELEGATIONS = [
    DelegationCount("Korea (Daejeon)", "KR", "Korea", {"student": 9, "teacher": 1}),
    DelegationCount("Thailand (Khon Kaen)", "TH", "Thailand", {"student": 10, "teacher": 2}),
    DelegationCount("Mongolia", "MN", "", {}),
]

SESSIONS = [
    SessionLine(
        1,
        "Opening ceremony",
        SessionKind.CEREMONY,
        dt.datetime(2026, 7, 13, 9, 0, tzinfo=TOKYO),
        dt.datetime(2026, 7, 13, 10, 30, tzinfo=TOKYO),
        "Main Hall, Main Campus",
        "Everyone",
    ),
    SessionLine(
        2,
        "Lab tour: photonics",
        SessionKind.LAB_TOUR,
        dt.datetime(2026, 7, 13, 13, 0, tzinfo=TOKYO),
        dt.datetime(2026, 7, 13, 14, 15, tzinfo=TOKYO),
        "",
        "Team A, Team B",
    ),
]


def _program(**changes: object) -> ProgramSummary:
    values: dict[str, object] = {
        "id": 1,
        "uuid": "u",
        "code": "SSP-2026-07",
        "title": "Summer week",
        "host_institution": "Tsukuba Institute",
        "start_date": dt.date(2026, 7, 13),
        "end_date": dt.date(2026, 7, 17),
        "timezone": "Asia/Tokyo",
        "delegations": 3,
        "participants": 22,
        "teams": 0,
        "sessions": 2,
    }
    values.update(changes)
    return ProgramSummary(**values)  # type: ignore[arg-type]


def _cell(model: DelegationTableModel | SessionTableModel, row: int, column: int) -> object:
    return model.data(model.index(row, column), DISPLAY)


def test_delegation_model_rows_columns_and_headers(qtmodeltester: ModelTester) -> None:
    model = DelegationTableModel(DELEGATIONS)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.columnCount() == 5
    headers = [model.headerData(c, Qt.Orientation.Horizontal, DISPLAY) for c in range(5)]
    assert headers == ["Country", "Delegation", "Students", "Teachers", "Total"]
    assert [_cell(model, 0, c) for c in range(5)] == ["Korea", "Korea (Daejeon)", "9", "1", "10"]
    assert [_cell(model, 1, c) for c in range(5)][2:] == ["10", "2", "12"]
    # No country name: the code stands in; nobody yet: zeros, not blanks.
    assert [_cell(model, 2, c) for c in range(5)] == ["MN", "Mongolia", "0", "0", "0"]
    assert model.rowCount(model.index(0, 0)) == 0  # a table, not a tree


def test_delegation_model_numbers_align_right_and_sort_as_numbers() -> None:
    model = DelegationTableModel(DELEGATIONS)
    align = model.data(model.index(0, 4), Qt.ItemDataRole.TextAlignmentRole)
    assert align & Qt.AlignmentFlag.AlignRight
    assert model.data(model.index(0, 4), Qt.ItemDataRole.EditRole) == 10
    assert model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.data(QModelIndex(), DISPLAY) is None
    assert model.headerData(0, Qt.Orientation.Vertical, DISPLAY) is None


def test_delegation_model_reset(qtmodeltester: ModelTester) -> None:
    model = DelegationTableModel()
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    model.set_rows(DELEGATIONS[:1])
    assert model.rowCount() == 1
    assert model.row_at(0).name == "Korea (Daejeon)"


def test_session_model(qtmodeltester: ModelTester) -> None:
    model = SessionTableModel(SESSIONS)
    qtmodeltester.check(model)
    headers = [model.headerData(c, Qt.Orientation.Horizontal, DISPLAY) for c in range(5)]
    assert headers == ["Time", "Session", "Kind", "Venue", "Audience"]
    assert [_cell(model, 0, c) for c in range(5)] == [
        "09:00–10:30",
        "Opening ceremony",
        "Ceremony",
        "Main Hall, Main Campus",
        "Everyone",
    ]
    assert _cell(model, 1, 2) == "Lab tour"
    assert _cell(model, 1, 3) == ""
    tooltip = model.data(model.index(1, 4), Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Team A, Team B"


def test_date_ranges() -> None:
    assert date_range(dt.date(2026, 7, 13), dt.date(2026, 7, 17)) == "13–17 Jul 2026"
    assert date_range(dt.date(2026, 6, 29), dt.date(2026, 7, 3)) == "29 Jun – 3 Jul 2026"
    assert date_range(dt.date(2026, 12, 28), dt.date(2027, 1, 1)) == "28 Dec 2026 – 1 Jan 2027"
    assert date_range(dt.date(2026, 7, 13), dt.date(2026, 7, 13)) == "13 Jul 2026"


def test_subtitle_names_code_host_dates_and_zone() -> None:
    text = program_subtitle(_program())
    for part in ("SSP-2026-07", "Tsukuba Institute", "Mon 13–17 Jul 2026", "5 days", "Asia/Tokyo"):
        assert part in text


def _overview(day: dt.date, is_today: bool) -> ProgramOverview:
    return ProgramOverview(
        program=_program(),
        by_role={"student": 19},
        withdrawn=0,
        delegations=DELEGATIONS,
        day=day,
        day_is_today=is_today,
        sessions=SESSIONS,
    )


def test_day_caption_today() -> None:
    caption = day_caption(_overview(dt.date(2026, 7, 15), True), dt.date(2026, 7, 15))
    assert caption == "Today, Wed 15 Jul 2026 — day 3 of 5: 2 sessions."


def test_day_caption_before_and_after_the_program_says_so() -> None:
    before = day_caption(_overview(dt.date(2026, 7, 13), False), dt.date(2026, 6, 1))
    assert before == (
        "No sessions today (1 Jun 2026) — the program runs 13–17 Jul 2026. "
        "Showing day 1, Mon 13 Jul: 2 sessions."
    )
    after = day_caption(_overview(dt.date(2026, 7, 17), False), dt.date(2026, 11, 25))
    assert after.startswith("No sessions today (25 Nov 2026) — the program ran 13–17 Jul 2026.")
    assert "Showing day 5, Fri 17 Jul" in after
