"""The Participants screen on a real database file: filtering as you type, sorting, columns,
the edit dialog, withdraw / reinstate, teams and delegations, export.

Tasks run with the SyncTaskRunner; message boxes are recorded (`boxes`), never shown.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from participants_gui_world import Boxes, boxes, db_people, open_in, roster_db, workspace
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from sakura_desktop.core.roster.teams import create_team
from sakura_desktop.db.engine import Database
from sakura_desktop.settings import Settings
from sakura_desktop.ui.participants import file_dialogs
from sakura_desktop.ui.participants.models import DEFAULT_COLUMNS, column_index
from sakura_desktop.ui.participants.page import ParticipantsPage
from sakura_desktop.ui.workspace import Workspace

pytestmark = pytest.mark.gui
__all__ = ["boxes", "roster_db", "workspace"]  # fixtures


@pytest.fixture
def page(qtbot: QtBot, workspace: Workspace) -> ParticipantsPage:
    widget = ParticipantsPage(workspace)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    return widget


@pytest.fixture
def opened(page: ParticipantsPage, workspace: Workspace, roster_db: tuple[Path, int]) -> Database:
    return open_in(workspace, roster_db[0])


def shown(page: ParticipantsPage) -> list[str]:
    model = page.view.model()
    column = column_index("family_name")
    return [model.index(r, column).data() for r in range(model.rowCount())]


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type as a user would: keys for ASCII, and for other scripts the input method's commit
    (how Korean, Japanese and Vietnamese are typed; QTest cannot press such keys)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(widget, event)


def select_names(page: ParticipantsPage, *given: str) -> list[int]:
    ids = [r.id for r in page.model.all_rows() if r.given_name in given]
    assert len(ids) == len(given)
    page.select_ids(ids)
    return ids


def test_page_follows_the_workspace(
    page: ParticipantsPage, workspace: Workspace, roster_db: tuple[Path, int]
) -> None:
    assert page.stack.currentWidget() is page.empty
    assert page.empty.title_label.text() == "No database is open"
    open_in(workspace, roster_db[0])
    assert page.stack.currentWidget() is page.content
    assert page.model.rowCount() == 8
    assert "8 participants, 4 delegations, 0 teams" in page.subtitle_label.text()
    assert page.count_label.text() == "8 participants"
    workspace.close_database()
    assert page.stack.currentWidget() is page.empty
    assert page.model.rowCount() == 0


def test_filter_as_you_type(qtbot: QtBot, page: ParticipantsPage, opened: Database) -> None:
    qtbot.keyClicks(page.search, "nguyen")
    assert shown(page) == ["Nguyễn", "Nguyễn"]
    assert page.count_label.text() == "Showing 2 of 8"
    qtbot.keyClicks(page.search, " bi")
    assert [page.model.row_at(0).given_name] == ["Binh"] and page.model.rowCount() == 1
    page.search.clear()
    assert page.model.rowCount() == 8
    type_text(qtbot, page.search, "김")
    assert shown(page) == ["Kim"]
    page.search.clear()
    type_text(qtbot, page.search, "山田")
    assert shown(page) == ["Yamada"]
    page.search.clear()
    type_text(qtbot, page.search, "TRẦN")
    assert shown(page) == ["Tran"]

    # The combos narrow further; a delegation and a role together.
    page.search.clear()
    page.delegation_filter.setCurrentIndex(page.delegation_filter.findText("Vietnam (VN)"))
    assert sorted(shown(page)) == ["Nguyễn", "Nguyễn", "Tran"]
    page.role_filter.setCurrentIndex(page.role_filter.findData("leader"))
    assert shown(page) == ["Tran"]
    page.role_filter.setCurrentIndex(0)
    page.delegation_filter.setCurrentIndex(0)
    page.role_filter.setCurrentIndex(page.role_filter.findData("teacher"))
    assert sorted(shown(page)) == ["Sato", "Tran"]


def test_sorting_by_header(qtbot: QtBot, page: ParticipantsPage, opened: Database) -> None:
    page.show()
    qtbot.waitExposed(page)
    assert shown(page)[:2] == ["Jaidee", "Kim"]  # family name, A to Z
    header = page.view.horizontalHeader()
    column = column_index("date_of_birth")
    page.set_column_visible("date_of_birth", True)
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert page.model.sort_column == column
    first = page.model.row_at(0).date_of_birth
    assert first is not None and first.year == 1980  # the leader, oldest first
    page.view.sortByColumn(column_index("given_name"), Qt.SortOrder.DescendingOrder)
    given = [page.model.row_at(r).given_name for r in range(8)]
    assert given == sorted(given, reverse=True)


def test_selection_survives_filtering_and_sorting(page: ParticipantsPage, opened: Database) -> None:
    ids = select_names(page, "An", "Minjun")
    page.view.sortByColumn(column_index("given_name"), Qt.SortOrder.DescendingOrder)
    assert sorted(page.selected_ids()) == sorted(ids)
    page.search.setText("nguyen")  # Minjun is filtered out: only An stays selected
    assert [r.given_name for r in page.selected_rows()] == ["An"]
    assert "1 selected" in page.count_label.text()


def test_column_chooser_is_saved(
    qtbot: QtBot, page: ParticipantsPage, opened: Database, workspace: Workspace
) -> None:
    assert page.visible_columns() == list(DEFAULT_COLUMNS)
    menu = page.columns_menu()
    email = next(a for a in menu.actions() if a.text() == "E-mail")
    assert not email.isChecked()
    email.trigger()
    gender = next(a for a in menu.actions() if a.text() == "Gender")
    gender.trigger()
    assert not page.view.isColumnHidden(column_index("email"))
    assert page.view.isColumnHidden(column_index("gender"))
    saved = Settings().participant_columns
    assert "email" in saved and "gender" not in saved

    again = ParticipantsPage(workspace)
    qtbot.addWidget(again)
    assert again.visible_columns() == page.visible_columns()
    again.reset_columns()
    assert Settings().participant_columns == list(DEFAULT_COLUMNS)
    # The last visible column cannot be hidden.
    for key in list(again.visible_columns()):
        again.set_column_visible(key, False)
    assert len(again.visible_columns()) == 1


def test_edit_dialog_shows_errors_and_saves_nothing_then_saves(
    page: ParticipantsPage, opened: Database
) -> None:
    select_names(page, "An")
    page.edit_selected()
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.native_name.text() == "Nguyễn An"
    assert dialog.email.text() == "an@example.vn"

    dialog.given_name.setText("Anh")
    dialog.email.setText("an(at)example")
    dialog.date_of_birth.setText("2008-02-30")
    dialog.title.setCurrentText("Ms")
    dialog.emergency_contact_relation.setText("mother")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    problems = dialog.problem_texts()
    assert "is not an e-mail address" in problems["email"]
    assert "is not a date we can read" in problems["date_of_birth"]
    assert dialog.isVisible()
    assert dialog.given_name.text() == "Anh"  # nothing typed is lost
    person = db_people(opened)["VN-1"]
    assert (person.given_name, person.email) == ("An", "an@example.vn")

    # Taking another participant's e-mail is refused the same way.
    dialog.date_of_birth.setText("2008-01-02")
    dialog.email.setText("AN@example.vn ")
    dialog.external_id.setText("VN-2")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "already belongs to another participant" in dialog.problem_texts()["external_id"]

    dialog.external_id.setText("VN-1")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    person = db_people(opened)["VN-1"]
    assert (person.given_name, person.email, person.title) == ("Anh", "AN@example.vn", "Ms")
    assert person.emergency_contact_relation == "mother"
    assert [r.given_name for r in page.selected_rows()] == ["Anh"]
    assert page.notice_label.text() == "Saved Anh Nguyễn."


def test_add_a_participant(page: ParticipantsPage, opened: Database) -> None:
    page.add_participant()
    dialog = page.dialog
    assert dialog is not None
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.problem_texts()["given_name"] == "Fill in the family name or the given name."
    dialog.family_name.setText("Tanaka")
    dialog.given_name.setText("Kenji")
    dialog.role.setCurrentIndex(dialog.role.findData("staff"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    assert page.model.rowCount() == 9
    assert page.notice_label.text() == "Added Kenji Tanaka."


def test_withdraw_and_reinstate(page: ParticipantsPage, opened: Database, boxes: Boxes) -> None:
    select_names(page, "An", "Minjun")
    page.withdraw_selected()  # the confirmation is cancelled
    assert "Withdraw 2 participants?" in boxes.last
    assert db_people(opened)["VN-1"].status == "registered"

    boxes.answer = "Withdraw"
    page.withdraw_selected()
    people = db_people(opened)
    assert people["VN-1"].status == people["KR-1"].status == "withdrawn"
    assert page.notice_label.text() == "Withdrew 2 participants."
    assert sorted(r.given_name for r in page.selected_rows()) == ["An", "Minjun"]
    assert page.reinstate_button.isEnabled()
    page.status_filter.setCurrentIndex(page.status_filter.findData("withdrawn"))
    assert sorted(shown(page)) == ["Kim", "Nguyễn"]

    page.view.selectAll()
    boxes.answer = "Reinstate"
    page.reinstate_selected()
    assert "Reinstate 2 participants?" in boxes.last
    assert db_people(opened)["VN-1"].status == "registered"
    assert page.model.rowCount() == 0  # nobody withdrawn now


def test_bulk_assignment_to_a_team(page: ParticipantsPage, opened: Database) -> None:
    factory = opened.session_factory
    program_id = page.program_id
    assert program_id is not None
    red = create_team(factory, program_id, "Red")
    create_team(factory, program_id, "Blue")
    page.reload()
    select_names(page, "An", "Minjun", "Taro")
    page._fill_assign_menu(page.assign_menu)
    action = next(a for a in page.assign_menu.actions() if a.text().startswith("Red"))
    action.trigger()
    assert page.notice_label.text() == "Put 3 participants into Red."
    page.team_filter.setCurrentIndex(page.team_filter.findData(red.id))
    assert sorted(shown(page)) == ["Kim", "Nguyễn", "Yamada"]
    assert {page.model.row_at(r).team for r in range(3)} == {"Red"}

    page.view.selectAll()
    page.assign_selected_to_team(None)
    assert page.model.rowCount() == 0
    page._fill_assign_menu(page.assign_menu)
    assert "Red  (0)" in [a.text() for a in page.assign_menu.actions()]


def test_delegations_dialog(page: ParticipantsPage, opened: Database, boxes: Boxes) -> None:
    page.open_delegations()
    dialog = page.delegations_dialog
    assert dialog is not None and dialog.model.rowCount() == 4
    dialog.select(next(d.id for d in dialog.model.rows if d.country_code == "VN"))
    dialog.delete_selected()
    assert "still has 3 participants" in boxes.last
    assert dialog.model.rowCount() == 4

    dialog.add()
    form = dialog.form
    assert form is not None
    form.name.setText("Mongolia (Ulaanbaatar)")
    form.country.setCurrentText("Atlantis")
    form.save()
    assert "not a country we know" in form.error.text() and form.isVisible()
    form.country.setCurrentText("MN")
    form.institution.setText("Erdem Lyceum")
    form.save()
    assert not form.isVisible()
    assert dialog.model.rowCount() == 5
    assert page.delegation_filter.findText("Mongolia (Ulaanbaatar) (MN)") >= 0

    # An empty delegation can be deleted, after a confirmation.
    boxes.answer = "Delete"
    dialog.delete_selected()  # the new one is selected
    assert dialog.model.rowCount() == 4

    # The leader is chosen among the members.
    dialog.select(next(d.id for d in dialog.model.rows if d.country_code == "JP"))
    dialog.edit_selected()
    form = dialog.form
    assert form is not None
    form.leader.setCurrentIndex(form.leader.findText("Hanako Sato (Teacher)"))
    form.save()
    japan = next(d for d in dialog.model.rows if d.country_code == "JP")
    assert japan.leader_name == "Hanako Sato"


def test_teams_dialog_and_auto_forming(
    page: ParticipantsPage, opened: Database, boxes: Boxes
) -> None:
    page.open_teams()
    dialog = page.teams_dialog
    assert dialog is not None and dialog.model.rowCount() == 0
    dialog.add()
    form = dialog.form
    assert form is not None
    form.name.setText("Explorers")  # type: ignore[attr-defined]
    form.submit("Explorers", "#112233", form.show_error)  # type: ignore[attr-defined]
    assert dialog.model.rowCount() == 1
    assert page.team_filter.findText("Explorers") >= 0

    dialog.confirm_auto_form(2, 7, include_teachers=False)  # cancelled
    assert "Form 2 mixed teams?" in boxes.last and "6 people (students" in boxes.last
    assert dialog.model.rowCount() == 1
    boxes.answer = "Form 2 teams"
    dialog.confirm_auto_form(2, 7, include_teachers=False)
    assert "6 people dealt into 2 teams of 3 (seed 7)" in boxes.last
    assert [t.name for t in dialog.model.rows] == ["Explorers", "Team 1", "Team 2"]
    assert sum(1 for r in page.model.all_rows() if r.team) == 6

    dialog.confirm_auto_form(3, 7, include_teachers=True)  # people who are in teams move
    assert "already in a team will move" in boxes.last


def test_export(
    page: ParticipantsPage, opened: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "participants.csv"
    target.parent.mkdir()
    monkeypatch.setattr(file_dialogs, "choose_export_path", lambda *_args: target)
    monkeypatch.setattr(file_dialogs, "ask_sensitive_columns", lambda *_args: False)
    page.export("participants")
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, for Excel
    assert "김민준" in data.decode("utf-8-sig")
    assert page.notice_label.text().startswith("Exported 8 rows to")
    assert Settings().roster_folder == str(target.parent)
    xlsx = tmp_path / "out" / "teams.xlsx"
    monkeypatch.setattr(file_dialogs, "choose_export_path", lambda *_args: xlsx)
    page.export("teams")
    assert xlsx.exists()


def test_reissue_badge_revokes_the_old_one(
    page: ParticipantsPage, opened: Database, boxes: Boxes, roster_db: tuple[Path, int]
) -> None:
    from sakura_desktop.core.checkin.checkpoints import ensure_checkpoints, list_checkpoints
    from sakura_desktop.core.checkin.decision import Outcome
    from sakura_desktop.core.checkin.service import CheckinDesk
    from sakura_desktop.core.tokens import current_token, issue_missing_tokens

    factory, program_id = opened.session_factory, roster_db[1]
    old = {t.participant_id: t for t in issue_missing_tokens(factory, program_id)}
    assert not page.reissue_action.isEnabled()  # nothing selected
    (an,) = select_names(page, "An")
    assert page.reissue_action.isEnabled()

    page.reissue_action.trigger()  # the confirmation is cancelled
    assert "Re-issue the badge of" in boxes.last and "stops working" in boxes.last
    assert current_token(factory, an) == old[an]

    boxes.answer = "Re-issue badge"
    page.reissue_action.trigger()
    new = current_token(factory, an)
    assert new is not None and new.serial == 2 and new.token != old[an].token
    assert "Re-issued the badge of" in page.notice_label.text()
    assert "print the new one" in page.notice_label.text()
    ensure_checkpoints(factory, program_id)
    arrival = list_checkpoints(factory, program_id)[0].id
    desk = CheckinDesk(factory, program_id, station_name="Door")
    assert desk.scan(arrival, old[an].token).outcome is Outcome.REVOKED
    assert desk.scan(arrival, new.token).outcome is Outcome.ACCEPTED
    others = [pid for pid in old if pid != an]
    assert all(current_token(factory, pid) == old[pid] for pid in others)  # only the selected
