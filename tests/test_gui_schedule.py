"""The Schedule screen on the demo week: blocks, views, drag with live conflicts, undo and redo,
the session dialog, the rotation planner, keyboard navigation, import problems.

Tasks run with the SyncTaskRunner; message boxes are recorded instead of shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_world import Boxes, record_boxes
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sakura_desktop.core.demo import create_demo_database
from sakura_desktop.core.schedule.conflicts import ConflictKind
from sakura_desktop.core.schedule.editing import draft_of
from sakura_desktop.core.schedule.loading import load_week
from sakura_desktop.core.schedule.model import WeekData
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.settings import Settings
from sakura_desktop.tasks import SyncTaskRunner
from sakura_desktop.ui.schedule import files
from sakura_desktop.ui.schedule.page import VIEW_TEAM, VIEW_VENUE, SchedulePage
from sakura_desktop.ui.workspace import DatabaseTarget, Workspace

pytestmark = pytest.mark.gui

LAB_TOUR = 10  # Tue 09:15–10:00, Superconductivity Laboratory, Teams 1 and 5
SAME_TEAMS_LATER = 15  # Tue 10:10–10:55, Plant Genomics Laboratory, Teams 1 and 5


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return record_boxes(monkeypatch)


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    create_demo_database(path)
    return path


@pytest.fixture
def page(qtbot: QtBot, demo_db: Path) -> Iterator[SchedulePage]:
    workspace = Workspace(Settings(), SyncTaskRunner())
    page = SchedulePage(workspace)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    qtbot.waitExposed(page)
    # Shortcuts (Ctrl+Z) go to the active window, as on a desktop: make it the page, whatever
    # windows earlier tests left behind.
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=2000)
    database, report = open_database(path=demo_db)
    workspace.adopt(database, report, DatabaseTarget(path=demo_db, remember=False))
    assert page.controller.week is not None
    yield page
    workspace.close_database()


def db_week(path: Path) -> WeekData:
    database, _ = open_database(path=path)
    try:
        return load_week(database.session_factory, 1)
    finally:
        database.dispose()


def center(page: SchedulePage, session_id: int) -> QPoint:
    rect = page.view.block_rect_in_viewport(session_id)
    assert rect is not None
    return rect.center().toPoint()


# -- drawing -------------------------------------------------------------------------------------


def test_every_session_of_the_demo_week_is_a_block_in_its_day(page: SchedulePage) -> None:
    week = page.controller.week
    assert week is not None
    view = page.view
    assert len(week.sessions) == 58
    assert set(view.placed) == {s.id for s in week.sessions}
    assert len(view.days) == 5 and view.days[0] == dt.date(2026, 7, 13)
    for session in week.sessions:
        rect = view.block_rect(session.id)
        assert rect is not None
        column = view.day_column(view.placed[session.id].day)
        assert column.left() <= rect.left() and rect.right() <= column.right()
        assert column.top() <= rect.top() and rect.bottom() <= column.bottom()
        local_day = session.start.astimezone(dt.timezone(dt.timedelta(hours=9))).date()
        assert view.days[view.placed[session.id].day] == local_day


def test_overlapping_sessions_sit_side_by_side(page: SchedulePage) -> None:
    week = page.controller.week
    assert week is not None
    view = page.view
    overlapping = 0
    for a in week.sessions:
        for b in week.sessions:
            if a.id >= b.id or not (a.start < b.end and b.start < a.end):
                continue
            overlapping += 1
            ra, rb = view.block_rect(a.id), view.block_rect(b.id)
            assert ra is not None and rb is not None
            assert not ra.intersects(rb), (a.title, b.title)
    assert overlapping > 10  # the lab-tour rotation and the parallel workshops
    # The four 09:15 lab tours share one row, side by side, at equal widths.
    tours = [view.block_rect(sid) for sid in (10, 11, 12, 13)]
    assert len({round(r.top()) for r in tours if r}) == 1
    assert len({round(r.width()) for r in tours if r}) == 1


def test_a_team_view_shows_only_that_teams_week(page: SchedulePage) -> None:
    week = page.controller.week
    assert week is not None
    page.set_view(VIEW_TEAM, 1)
    expected = {s.id for s in week.sessions if s.for_everyone or 1 in s.team_ids}
    assert set(page.view.placed) == expected
    assert LAB_TOUR in expected and 11 not in expected  # Team 2's tour is not shown
    assert page.target_combo.isVisible()
    page.set_view(VIEW_VENUE, 11)
    assert set(page.view.placed) == {s.id for s in week.sessions if s.venue_id == 11}
    page.set_view("participant", week.people[0].id)
    assert set(page.view.placed) == {s.id for s in week.sessions_for_participant(week.people[0].id)}
    assert page.target_combo.isEditable()  # searchable
    page.set_view("all")
    assert len(page.view.placed) == 58


# -- dragging, conflicts, undo ---------------------------------------------------------------


def test_dragging_a_lab_tour_onto_the_same_teams_next_tour_shows_and_stores_the_conflict(
    qtbot: QtBot, page: SchedulePage, demo_db: Path
) -> None:
    view = page.view
    week = page.controller.week
    assert week is not None
    original = week.session_by_id[LAB_TOUR]
    target = week.session_by_id[SAME_TEAMS_LATER]
    assert page.conflict_model.rowCount() == 0
    assert page.controller.undo_stack.count() == 0

    start = center(page, LAB_TOUR)
    minutes = (target.start - original.start).total_seconds() / 60
    end = start + QPoint(0, round(minutes * view.zoom))
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    assert view.selected_id == LAB_TOUR
    qtbot.mouseMove(viewport, start + QPoint(0, 12))
    qtbot.mouseMove(viewport, end)

    # While dragging: the panel already lists what the drop would break; nothing is written.
    kinds = {c.kind for c in page.conflict_model.conflicts()}
    assert ConflictKind.TEAM_DOUBLE_BOOKED in kinds
    assert "if dropped here" in page.conflict_title.text()
    assert db_week(demo_db).session_by_id[LAB_TOUR].start == original.start

    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    stored = db_week(demo_db).session_by_id[LAB_TOUR]
    assert (stored.start, stored.end) == (target.start, target.end)
    assert stored.team_ids == original.team_ids
    conflicts = page.conflict_model.conflicts()
    assert {c.kind for c in conflicts} >= {ConflictKind.TEAM_DOUBLE_BOOKED}
    assert all(LAB_TOUR in c.session_ids for c in conflicts)
    assert LAB_TOUR in page.view.conflicts
    assert page.controller.undo_stack.count() == 1
    assert page.undo_action.isEnabled()

    # Undo with Ctrl+Z: the conflict goes, the database is as it was.
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.conflict_model.rowCount() == 0
    restored = db_week(demo_db).session_by_id[LAB_TOUR]
    assert (restored.start, restored.end) == (original.start, original.end)
    assert page.controller.session(LAB_TOUR) == original

    # Redo with Ctrl+Shift+Z: the move again.
    qtbot.keyClick(
        view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    again = db_week(demo_db).session_by_id[LAB_TOUR]
    assert again.start == target.start
    assert ConflictKind.TEAM_DOUBLE_BOOKED in {c.kind for c in page.conflict_model.conflicts()}


def test_resizing_by_the_bottom_edge_snaps_to_five_minutes(
    qtbot: QtBot, page: SchedulePage, demo_db: Path
) -> None:
    view = page.view
    original = page.controller.session(LAB_TOUR)
    assert original is not None
    rect = view.block_rect_in_viewport(LAB_TOUR)
    assert rect is not None
    edge = QPoint(round(rect.center().x()), round(rect.bottom() - 2))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(view.viewport(), edge + QPoint(0, 10))
    qtbot.mouseMove(view.viewport(), edge + QPoint(0, round(22 * view.zoom)))  # ~22 min
    qtbot.mouseRelease(
        view.viewport(), Qt.MouseButton.LeftButton, pos=edge + QPoint(0, round(22 * view.zoom))
    )
    stored = db_week(demo_db).session_by_id[LAB_TOUR]
    assert stored.start == original.start
    assert stored.end == original.end + dt.timedelta(minutes=20)
    assert page.controller.undo_stack.undoText().startswith("Resize")
    page.undo_action.trigger()
    assert db_week(demo_db).session_by_id[LAB_TOUR].end == original.end


def test_clicking_a_conflict_selects_and_shows_its_block(page: SchedulePage) -> None:
    target = page.controller.session(SAME_TEAMS_LATER)
    assert target is not None
    page.move_session(LAB_TOUR, target.start, target.end)
    page.view.select(None)
    page.view.verticalScrollBar().setValue(page.view.verticalScrollBar().maximum())
    index = page.conflict_model.index(0, 0)
    page.conflict_list.clicked.emit(index)
    assert page.view.selected_id in page.conflict_model.conflict_at(0).session_ids
    rect = page.view.block_rect_in_viewport(page.view.selected_id or -1)
    assert rect is not None
    assert page.view.viewport().rect().intersects(rect.toRect())


# -- keyboard ------------------------------------------------------------------------------


def test_arrow_keys_move_the_selection_and_alt_arrows_nudge(
    qtbot: QtBot, page: SchedulePage, demo_db: Path
) -> None:
    view = page.view
    view.setFocus()
    view.select(8)  # Tue breakfast, 07:00
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.selected_id == 9  # the bus that follows it
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.placed[view.selected_id or -1].day == 2  # Wednesday
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.placed[view.selected_id or -1].day == 1
    view.select(8)
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    original = page.controller.session(8)
    assert original is not None
    stored = db_week(demo_db).session_by_id[8]
    assert stored.start == original.start
    assert stored.start.astimezone(dt.timezone(dt.timedelta(hours=9))).time() == dt.time(6, 55)
    assert view.selected_id == 8
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert db_week(demo_db).session_by_id[8].start == stored.start + dt.timedelta(days=1)
    # Enter edits the selection.
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert page.session_dialog is not None and page.session_dialog.isVisible()
    page.session_dialog.reject()


def test_delete_asks_then_undo_brings_the_session_back(
    qtbot: QtBot, page: SchedulePage, demo_db: Path, boxes: Boxes
) -> None:
    view = page.view
    view.select(LAB_TOUR)
    original = page.controller.session(LAB_TOUR)
    assert original is not None
    boxes.answer = None  # cancel
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert "Delete 'Lab tour" in boxes.texts[-1]
    assert LAB_TOUR in db_week(demo_db).session_by_id
    boxes.answer = "Delete"
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert LAB_TOUR not in db_week(demo_db).session_by_id
    assert LAB_TOUR not in view.placed
    page.controller.undo()
    back = [s for s in db_week(demo_db).sessions if s.uuid == original.uuid]
    assert len(back) == 1 and back[0].team_ids == original.team_ids
    assert back[0].start == original.start
    page.controller.redo()
    assert not [s for s in db_week(demo_db).sessions if s.uuid == original.uuid]


# -- dialogs -----------------------------------------------------------------------------------


def test_the_session_dialog_shows_problems_inline_and_keeps_the_input(
    qtbot: QtBot, page: SchedulePage, demo_db: Path
) -> None:
    page.edit_session(LAB_TOUR)
    dialog = page.session_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.title_edit.text() == "Lab tour: Superconductivity Laboratory"
    assert dialog.team_list.count() == 8
    dialog.title_edit.setText("")
    dialog.host_edit.setText("Dr. Mori")
    dialog.end_edit.setDateTime(dialog.start_edit.dateTime().addSecs(-600))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "title" in dialog.error_label.text() and "end" in dialog.error_label.text()
    assert dialog.host_edit.text() == "Dr. Mori"

    # Whatever the page answers after a submit (here: a refusal) appears inline.
    dialog.title_edit.setText("Robotics tour")
    dialog.end_edit.setDateTime(dialog.start_edit.dateTime().addSecs(45 * 60))
    dialog.submitted.disconnect()
    dialog.submitted.connect(lambda _d: dialog.show_error("Cannot save the session: nope."))
    dialog.accept()
    assert dialog.isVisible() and "nope" in dialog.error_label.text()
    dialog.reject()

    page.edit_session(LAB_TOUR)
    dialog = page.session_dialog
    assert dialog is not None
    before = db_week(demo_db).session_by_id[LAB_TOUR]
    dialog.title_edit.setText("Robotics tour")
    dialog.capacity_spin.setValue(12)
    dialog.accept()
    assert not dialog.isVisible()
    stored = db_week(demo_db).session_by_id[LAB_TOUR]
    assert (stored.title, stored.capacity) == ("Robotics tour", 12)
    # 24 people in a session of 12: the panel says so.
    assert ConflictKind.SESSION_CAPACITY in {c.kind for c in page.conflict_model.conflicts()}
    page.controller.undo()
    stored = db_week(demo_db).session_by_id[LAB_TOUR]
    assert draft_of(stored) == draft_of(before)
    assert stored.revision == before.revision + 2  # the edit and its undo: two new versions


def test_a_core_refusal_appears_in_the_dialog(page: SchedulePage, demo_db: Path) -> None:
    page.edit_session(LAB_TOUR)
    dialog = page.session_dialog
    assert dialog is not None
    dialog.title_edit.setText("x" * 200)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("meal"))
    dialog.destination_combo.setEnabled(True)
    dialog.destination_combo.setCurrentIndex(1)  # a destination on a meal: only transfers
    # The dialog drops a destination for a non-transfer, so refuse something else the core
    # checks: a lecturer who is not in this program (a stale id).
    dialog.lecturer_combo.addItem("Someone else", 999_999)
    dialog.lecturer_combo.setCurrentIndex(dialog.lecturer_combo.count() - 1)
    dialog.accept()
    assert dialog.isVisible()
    assert "not in this program" in dialog.error_label.text()
    assert dialog.title_edit.text() == "x" * 200
    assert db_week(demo_db).session_by_id[LAB_TOUR].kind == "lab_tour"
    dialog.reject()


def test_new_session_is_created_and_undone(page: SchedulePage, demo_db: Path) -> None:
    page.set_view(VIEW_TEAM, 2)
    page.new_session(dt.datetime(2026, 7, 15, 10, 0, tzinfo=dt.UTC))
    dialog = page.session_dialog
    assert dialog is not None
    assert dialog.team_list.item(1).checkState() == Qt.CheckState.Checked  # the viewed team
    dialog.title_edit.setText("Extra visit")
    dialog.accept()
    created = [s for s in db_week(demo_db).sessions if s.title == "Extra visit"]
    assert len(created) == 1 and created[0].team_ids == (2,)
    assert page.view.selected_id == created[0].id
    page.controller.undo()
    assert not [s for s in db_week(demo_db).sessions if s.title == "Extra visit"]
    page.controller.redo()
    again = [s for s in db_week(demo_db).sessions if s.title == "Extra visit"]
    assert len(again) == 1 and again[0].uuid == created[0].uuid


def test_the_rotation_planner_says_why_it_cannot_and_applies_a_plan(
    page: SchedulePage, demo_db: Path
) -> None:
    page.open_rotation()
    dialog = page.rotation_dialog
    assert dialog is not None and dialog.isVisible()
    # 8 teams, one station, one team at a time, 2 slots: impossible.
    for row in range(dialog.station_list.count()):
        item = dialog.station_list.item(row)
        keep = item.text().startswith("Superconductivity")
        item.setCheckState(Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked)
    dialog.capacity_spin.setValue(1)
    day = dt.date(2026, 7, 16)
    dialog.set_slots([(day, dt.time(15, 0), 30), (day, dt.time(15, 40), 30)])
    dialog.make_plan()
    assert dialog.plan is None
    assert dialog.outcome.currentWidget() is dialog.reason_label
    assert "No rotation is possible" in dialog.reason_label.text()
    assert "8" in dialog.reason_label.text()
    assert not dialog.apply_button.isEnabled()

    # Two teams, two stations, two slots: a plan, applied as one undoable step.
    for row in range(dialog.team_list.count()):
        item = dialog.team_list.item(row)
        state = Qt.CheckState.Checked if row < 2 else Qt.CheckState.Unchecked
        item.setCheckState(state)
    for row in range(dialog.station_list.count()):
        item = dialog.station_list.item(row)
        keep = item.text().startswith(("Superconductivity", "Plant Genomics"))
        item.setCheckState(Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked)
    dialog.make_plan()
    assert dialog.plan is not None
    assert dialog.outcome.currentWidget() is dialog.grid
    assert dialog.grid.rowCount() == 2 and dialog.grid.columnCount() == 2
    before = len(db_week(demo_db).sessions)
    dialog.apply_button.click()
    assert not dialog.isVisible()
    assert len(db_week(demo_db).sessions) == before + 4
    assert page.controller.undo_stack.undoText().startswith("Apply rotation")
    page.controller.undo()
    assert len(db_week(demo_db).sessions) == before
    page.controller.redo()
    assert len(db_week(demo_db).sessions) == before + 4


def test_an_import_with_errors_lists_row_and_column(
    page: SchedulePage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_db: Path
) -> None:
    bad = tmp_path / "week.csv"
    bad.write_text(
        "title,kind,start,end,venue,site,audience\n"
        "Extra lecture,lecture,2026-07-15 16:00,2026-07-15 17:00,Lecture Hall A101,,Everyone\n"
        ",party,2026-07-15 18:00,soon,Nowhere,,Team 99\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(files, "choose_schedule_file", lambda *_a: bad)
    page.import_action.trigger()
    dialog = page.transfers.problems_dialog
    assert dialog is not None and dialog.isVisible()
    rows = dialog.rows()
    assert rows and all(r[0] == "3" for r in rows)
    assert {"title", "kind", "end"} <= {r[1].split(" ")[0] for r in rows}
    assert len(db_week(demo_db).sessions) == 58  # nothing written
    dialog.reject()


def test_an_import_reports_the_conflicts_of_the_week(
    page: SchedulePage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    demo_db: Path,
    boxes: Boxes,
) -> None:
    good = tmp_path / "week.csv"
    good.write_text(
        "title,kind,start,end,venue,site,audience\n"
        "Clash,lecture,2026-07-15 09:30,2026-07-15 10:00,Seminar Room B201,,Team 1\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(files, "choose_schedule_file", lambda *_a: good)
    page.import_action.trigger()
    assert "1 session added" in boxes.texts[-1]
    assert "conflict" in boxes.texts[-1]
    assert len(page.view.placed) == 59
    assert page.conflict_model.rowCount() >= 1


def test_exports_write_the_files(
    page: SchedulePage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "week.xlsx"
    ics = tmp_path / "team.ics"
    monkeypatch.setattr(files, "choose_schedule_export", lambda *_a: out)
    monkeypatch.setattr(files, "choose_ics_path", lambda *_a: ics)
    page.export_action.trigger()
    assert out.exists() and out.stat().st_size > 0
    page.set_view(VIEW_TEAM, 3)
    page.ics_action.trigger()
    text = ics.read_text(encoding="utf-8")
    assert "BEGIN:VCALENDAR" in text and "Team 3" in text
    assert "Lab tour: Plant Genomics Laboratory" in text


def test_places_and_lecturers_save_through_the_dialog(page: SchedulePage, demo_db: Path) -> None:
    page.open_places()
    dialog = page.places_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.tabs.setCurrentWidget(dialog.sites)
    dialog.sites.new_button.click()
    dialog.site_name.setText("")
    dialog.save_site()
    assert "name is empty" in dialog.sites.error_label.text()
    dialog.site_name.setText("Science Museum")
    dialog.save_site()
    assert not dialog.sites.error_label.isVisible()
    week = db_week(demo_db)
    assert "Science Museum" in {s.name for s in week.sites}

    dialog.tabs.setCurrentWidget(dialog.people)
    dialog.people.list.setCurrentRow(0)
    assert dialog.lecturer_family.text()  # read back in full before Save is offered
    assert dialog.people.save_button.isEnabled()
    lecturer = dialog.lecturers[0].person.id
    windows = len(db_week(demo_db).availability.get(lecturer, ()))
    assert dialog.windows.rowCount() == windows
    dialog.add_window()
    dialog.save_lecturer()
    assert len(db_week(demo_db).availability[lecturer]) == windows + 1
    dialog.reject()
    assert len(page.controller.week.sites if page.controller.week else ()) == 4


def test_the_rotation_planner_lists_the_conflicts_a_plan_creates(page: SchedulePage) -> None:
    page.open_rotation()
    dialog = page.rotation_dialog
    assert dialog is not None
    for row in range(dialog.team_list.count()):
        item = dialog.team_list.item(row)
        item.setCheckState(Qt.CheckState.Checked if row < 2 else Qt.CheckState.Unchecked)
    for row in range(dialog.station_list.count()):
        item = dialog.station_list.item(row)
        keep = item.text().startswith(("Seminar Room B201", "Seminar Room B202"))
        item.setCheckState(Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked)
    friday = dt.date(2026, 7, 17)  # a free afternoon: nothing to say
    dialog.set_slots([(friday, dt.time(13, 30), 40), (friday, dt.time(14, 15), 40)])
    tokyo = dt.timezone(dt.timedelta(hours=9))
    assert [s.start.astimezone(tokyo) for s in dialog.slots()] == [
        dt.datetime(2026, 7, 17, 13, 30, tzinfo=tokyo),  # the day asked for, not the first day
        dt.datetime(2026, 7, 17, 14, 15, tzinfo=tokyo),
    ]
    dialog.make_plan()
    assert dialog.plan is not None and [c.sentence for c in dialog.conflicts] == []
    assert not dialog.conflicts_label.isVisible()
    tuesday = dt.date(2026, 7, 14)  # Teams 1 and 2 are on their lab tours
    dialog.set_slots([(tuesday, dt.time(9, 30), 40), (tuesday, dt.time(10, 15), 40)])
    assert not dialog.apply_button.isEnabled()
    dialog.make_plan()
    assert dialog.plan is not None and len(dialog.conflicts) == 8
    assert dialog.conflicts_label.isVisible()
    text = dialog.conflicts_label.text()
    assert text.startswith("This plan creates 8 conflicts with the rest of the week.")
    assert "Team 1 is in two places at once" in text
    assert dialog.apply_button.isEnabled()  # the coordinator decides
