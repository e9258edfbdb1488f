"""The participants table model alone: rows, data, headers, sorting, filtering, search folding."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from sakura_desktop.core.roster.participants import ParticipantRow
from sakura_desktop.core.roster.teams import TeamRow
from sakura_desktop.ui.participants.models import (
    ACTIVE,
    COLUMNS,
    DEFAULT_COLUMNS,
    ID_ROLE,
    LEADERS,
    NO_DELEGATION,
    NO_TEAM,
    ParticipantFilter,
    ParticipantTableModel,
    column_index,
)
from sakura_desktop.ui.participants.text import fold, natural_key

pytestmark = pytest.mark.gui


def person(pid: int, family: str, given: str, native: str = "", **extra: Any) -> ParticipantRow:
    values: dict[str, Any] = {
        "id": pid,
        "uuid": f"u{pid}",
        "external_id": f"X-{pid}",
        "family_name": family,
        "given_name": given,
        "native_name": native,
        "preferred_name": "",
        "delegation_id": 1,
        "delegation": "Vietnam (Hanoi)",
        "country_code": "VN",
        "country": "Vietnam",
        "team_ids": (),
        "team": "",
        "role": "student",
        "is_leader": False,
        "gender": "female",
        "status": "registered",
        "date_of_birth": dt.date(2008, 1, pid % 28 + 1),
        "email": "",
        "dietary": "",
        "allergies": "",
        "room": "",
    }
    values.update(extra)
    return ParticipantRow(**values)


ROWS = [
    person(1, "Nguyễn", "An", "Nguyễn An", team_ids=(10,), team="Team 2"),
    person(2, "Kim", "Minjun", "김민준", delegation_id=2, delegation="Korea", country="Korea",
           gender="male", team_ids=(11,), team="Team 10"),
    person(3, "Đặng", "Khánh Huyền", "Đặng Khánh Huyền", status="withdrawn"),
    person(4, "Yamada", "Taro", "山田 太郎", delegation_id=None, delegation="", role="staff",
           date_of_birth=None),
    person(5, "Suzuki", "Ichiro", "鈴木 一郎", delegation_id=3, delegation="Japan",
           role="teacher", is_leader=True, team_ids=(10,), team="Team 2"),
]  # fmt: skip


@pytest.fixture
def model(qtbot: QtBot) -> ParticipantTableModel:
    m = ParticipantTableModel()
    m.set_rows(ROWS)
    return m


def names(model: ParticipantTableModel) -> list[str]:
    return [model.row_at(r).family_name for r in range(model.rowCount())]


def test_rows_columns_headers_and_data(model: ParticipantTableModel) -> None:
    assert model.rowCount() == 5 and model.total_count == 5
    assert model.columnCount() == len(COLUMNS)
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
    assert headers[:3] == ["Family name", "Given name", "Native name"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert set(DEFAULT_COLUMNS) <= {c.key for c in COLUMNS}

    row = names(model).index("Suzuki")

    def cell(key: str, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return model.data(model.index(row, column_index(key)), role)

    assert cell("native_name") == "鈴木 一郎"
    assert cell("role") == "Teacher · leader"
    assert cell("gender") == "Female"
    assert cell("status") == "Registered"
    assert cell("date_of_birth") == "2008-01-06"
    assert cell("family_name", ID_ROLE) == 5
    assert model.data(QModelIndex()) is None

    withdrawn = names(model).index("Đặng")
    index = model.index(withdrawn, 0)
    assert model.data(index, Qt.ItemDataRole.FontRole).italic()
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) is not None
    assert "Withdrawn" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(row, 0), Qt.ItemDataRole.FontRole) is None

    model.set_team_colours([TeamRow(10, "Team 2", "#3cb44b", 2)])
    colour = model.data(model.index(row, column_index("team")), Qt.ItemDataRole.DecorationRole)
    assert colour.name() == "#3cb44b"


def test_sort_by_any_column(model: ParticipantTableModel) -> None:
    model.sort(column_index("family_name"))
    assert names(model) == ["Đặng", "Kim", "Nguyễn", "Suzuki", "Yamada"]
    model.sort(column_index("family_name"), Qt.SortOrder.DescendingOrder)
    assert names(model) == ["Yamada", "Suzuki", "Nguyễn", "Kim", "Đặng"]
    model.sort(column_index("team"))  # natural order, the teamless last
    assert [model.row_at(r).team for r in range(5)] == ["Team 2", "Team 2", "Team 10", "", ""]
    model.sort(column_index("date_of_birth"))
    assert model.row_at(4).family_name == "Yamada"  # no date: last
    for column in range(len(COLUMNS)):  # every column sorts without error
        model.sort(column, Qt.SortOrder.DescendingOrder)
        assert model.rowCount() == 5


def test_filter_text_is_case_and_diacritic_insensitive(model: ParticipantTableModel) -> None:
    model.set_search("nguyen")
    assert names(model) == ["Nguyễn"]
    model.set_search("NGUYỄN an")
    assert names(model) == ["Nguyễn"]
    model.set_search("dang")  # Đ has no combining mark; it is folded to d
    assert names(model) == ["Đặng"]
    model.set_search("김")
    assert names(model) == ["Kim"]
    model.set_search("山田")
    assert names(model) == ["Yamada"]
    model.set_search("taro yamada")  # every word, in any order
    assert names(model) == ["Yamada"]
    model.set_search("x-5")  # the ID
    assert names(model) == ["Suzuki"]
    model.set_search("nobody")
    assert model.rowCount() == 0
    model.set_search("")
    assert model.rowCount() == 5


def test_growing_query_narrows_and_shrinking_widens(model: ParticipantTableModel) -> None:
    model.sort(column_index("given_name"))
    seen = []
    for text in ("a", "an", "a", ""):
        model.set_search(text)
        seen.append(model.visible_count)
    assert seen[0] >= seen[1] and seen[2] == seen[0] and seen[3] == 5
    # The narrowed list keeps the sort order.
    model.set_search("a")
    given = [model.row_at(r).given_name for r in range(model.rowCount())]
    assert given == sorted(given, key=str.casefold)


def test_combo_filters(model: ParticipantTableModel) -> None:
    def shown(**kwargs: Any) -> list[str]:
        model.set_filter(ParticipantFilter(**kwargs))
        return sorted(names(model))

    assert shown(delegation_id=2) == ["Kim"]
    assert shown(delegation_id=NO_DELEGATION) == ["Yamada"]
    assert shown(team_id=10) == ["Nguyễn", "Suzuki"]
    assert shown(team_id=NO_TEAM) == ["Yamada", "Đặng"]
    assert shown(role="staff") == ["Yamada"]
    assert shown(role=LEADERS) == ["Suzuki"]
    assert shown(status="withdrawn") == ["Đặng"]
    assert len(shown(status=ACTIVE)) == 4
    assert shown(team_id=10, text="suz") == ["Suzuki"]
    assert len(shown()) == 5


def test_filter_survives_new_rows_and_edits(model: ParticipantTableModel) -> None:
    emitted: list[int] = []
    model.filtered.connect(lambda: emitted.append(model.visible_count))
    model.set_search("kim")
    model.set_rows([*ROWS, person(6, "Kim", "Yuna", "김유나")])
    assert sorted(r.given_name for r in model.visible_rows()) == ["Minjun", "Yuna"]
    model.replace_row(person(6, "Park", "Yuna", "박유나"))
    assert names(model) == ["Kim"]
    assert model.view_row_of(2) == 0 and model.view_row_of(6) is None
    assert emitted[-3:] == [1, 2, 1]


def test_fold() -> None:
    assert fold("Nguyễn Thị Đặng") == "nguyen thi dang"
    assert fold("Nguye\u0302\u0303n") == "nguyen"  # decomposed (NFD) text too
    assert fold("ＴＡＲＯ") == "taro"  # full-width letters
    assert fold("김민준") == "김민준"  # Hangul is kept
    assert fold("が") == "が"  # kana keep their voicing marks
    assert fold("Łukasz Søren") == "lukasz soren"
    assert natural_key("Team 2") < natural_key("Team 10")
