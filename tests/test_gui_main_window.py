"""The main window on real database files: screens, overview, switcher, settings, dialogs, errors.

Tasks run with the SyncTaskRunner; message boxes are recorded instead of shown (`boxes`).
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from conftest import delete_pending_qt_objects
from gui_world import Boxes, record_boxes
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from sakura_desktop import __version__
from sakura_desktop.app import install_excepthook, startup_target
from sakura_desktop.core.demo import create_demo_database
from sakura_desktop.core.programs import ProgramDraft, create_program, list_programs
from sakura_desktop.db.enums import ParticipantStatus, Role
from sakura_desktop.db.lifecycle import head_revision, open_database
from sakura_desktop.db.models import Delegation, Participant
from sakura_desktop.errors import UserError
from sakura_desktop.paths import default_database_path
from sakura_desktop.settings import RECENT_FILES_MAX, Settings
from sakura_desktop.tasks import SyncTaskRunner
from sakura_desktop.ui.dialogs import files, messages
from sakura_desktop.ui.dialogs.about import about_text
from sakura_desktop.ui.dialogs.new_program import NewProgramDialog
from sakura_desktop.ui.dialogs.settings_dialog import SettingsDialog
from sakura_desktop.ui.placeholder.page import PlaceholderPage
from sakura_desktop.ui.shell.main_window import MainWindow
from sakura_desktop.ui.shell.navigation import SCREENS
from sakura_desktop.ui.workspace import DatabaseTarget, Workspace

pytestmark = pytest.mark.gui

# Tue 14 Jul 2026, 10:00 in Tokyo: the second day of the demo week.
DURING_WEEK = dt.datetime(2026, 7, 14, 1, 0, tzinfo=dt.UTC)
AFTER_WEEK = dt.datetime(2026, 11, 25, 3, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return record_boxes(monkeypatch)


@pytest.fixture
def settings() -> Settings:
    # SAKURA_DESKTOP_DATA_DIR points at a per-test folder (conftest): never the real settings.
    return Settings()


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    create_demo_database(path)
    return path


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, settings: Settings) -> Iterator[WindowFactory]:
    windows: list[MainWindow] = []

    def make(target: DatabaseTarget | None = None, now: dt.datetime = DURING_WEEK) -> MainWindow:
        workspace = Workspace(settings, SyncTaskRunner(), clock=lambda: now)
        window = MainWindow(workspace, settings)
        qtbot.addWidget(window)
        windows.append(window)
        if target is not None:
            window.commands.open_target(target)
        return window

    yield make
    for window in windows:
        window.workspace.close_database()


def _all_text(widget: QWidget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel))


def _db_counts(path: Path) -> tuple[dict[str, int], int, int]:
    database, _ = open_database(path=path)
    try:
        with database.session() as session:
            rows = session.execute(
                select(Participant.role, Participant.status, func.count()).group_by(
                    Participant.role, Participant.status
                )
            ).all()
            delegations = session.scalar(select(func.count()).select_from(Delegation)) or 0
    finally:
        database.dispose()
    by_role = {role.value: 0 for role in Role}
    withdrawn = 0
    for role, status, count in rows:
        if status == ParticipantStatus.WITHDRAWN:
            withdrawn += count
        else:
            by_role[role] += count
    return by_role, withdrawn, delegations


# -- the overview --------------------------------------------------------------------------


def test_overview_shows_the_demo_program(make_window: WindowFactory, demo_db: Path) -> None:
    window = make_window(DatabaseTarget(path=demo_db))
    page = window.overview
    program = window.workspace.program
    assert program is not None
    assert page.stack.currentWidget() is page.content
    assert page.title_label.text() == program.title
    subtitle = page.subtitle_label.text()
    assert "Mon 13–17 Jul 2026" in subtitle
    assert "Asia/Tokyo" in subtitle
    assert program.host_institution in subtitle

    by_role, withdrawn, delegations = _db_counts(demo_db)
    assert delegations == 8
    assert page.delegation_model.rowCount() == 8
    assert page.delegation_view.model().rowCount() == 8
    for role, count in by_role.items():
        assert page.tiles[role].value_text == str(count), role
    assert page.tiles["withdrawn"].value_text == str(withdrawn)
    assert sum(by_role.values()) + withdrawn == program.participants

    # The clock says Tue 14 Jul in Tokyo: today's sessions, honestly labelled.
    assert page.overview is not None and page.overview.day == dt.date(2026, 7, 14)
    assert page.day_label.text().startswith("Today, Tue 14 Jul 2026 — day 2 of 5")
    assert page.session_model.rowCount() == len(page.overview.sessions) > 0
    assert window.windowTitle().startswith(program.title)


def test_overview_outside_the_week_says_which_day_it_shows(
    make_window: WindowFactory, demo_db: Path
) -> None:
    window = make_window(DatabaseTarget(path=demo_db), now=AFTER_WEEK)
    caption = window.overview.day_label.text()
    assert caption.startswith("No sessions today (25 Nov 2026) — the program ran 13–17 Jul 2026.")
    assert "Showing day 5, Fri 17 Jul" in caption


def test_every_screen_is_reachable(qtbot: QtBot, make_window: WindowFactory, demo_db: Path) -> None:
    window = make_window(DatabaseTarget(path=demo_db))
    window.show()
    qtbot.waitExposed(window)
    nav = window.navigator
    assert nav.keys == [s.key for s in SCREENS]

    # By mouse.
    for row, screen in enumerate(SCREENS):
        rect = nav.visualItemRect(nav.item(row))
        qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert nav.current_key == screen.key
        page = window.stack.currentWidget()
        assert page is nav.page(screen.key)
        if screen.key in window.screens:  # built when first shown, inside its holder
            assert page is window.screens[screen.key]
            assert window.screens[screen.key].built
            assert page.isAncestorOf(window.pages[screen.key])  # in its scroll area
        elif screen.key in window.pages:
            assert page is window.pages[screen.key]
            assert not isinstance(page, PlaceholderPage)
        else:
            assert isinstance(page, PlaceholderPage)
            assert "coming in a later version" in _all_text(page)

    # By keyboard, from the top.
    nav.setFocus()
    nav.setCurrentRow(0)
    for row in range(1, len(SCREENS)):
        qtbot.keyClick(nav, Qt.Key.Key_Down)
        assert window.stack.currentIndex() == row
    qtbot.keyClick(nav, Qt.Key.Key_Home)
    assert window.stack.currentWidget() is window.overview

    # By the View menu (Ctrl+1 … Ctrl+6).
    for number, screen in enumerate(SCREENS, start=1):
        action = window.menu_actions.screens[screen.key]
        assert action.shortcut().toString() == f"Ctrl+{number}"
        action.trigger()
        assert nav.current_key == screen.key


def test_placeholders_are_honest(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.pages["overview"] is window.overview
    for screen in SCREENS:
        if screen.key in window.pages:
            continue
        page = window.navigator.page(screen.key)
        assert isinstance(page, PlaceholderPage)
        assert "coming in a later version" in _all_text(page)
        assert page.notice.text() == "Not in this version yet"


def test_program_switcher_and_status_bar(
    make_window: WindowFactory, demo_db: Path, settings: Settings
) -> None:
    settings.station_name = "Gate A"
    window = make_window(DatabaseTarget(path=demo_db))
    program = window.workspace.program
    assert program is not None
    assert window.program_switcher.labels() == [f"{program.title} ({program.code})"]
    assert window.program_switcher.combo.currentText() == program.label
    assert str(demo_db.resolve()) in window.status.database_label.text()
    assert window.status.station_label.text() == "Station: Gate A"


def test_switching_program_updates_the_overview(
    qtbot: QtBot, make_window: WindowFactory, demo_db: Path
) -> None:
    database, _ = open_database(path=demo_db)
    try:
        create_program(
            database.session_factory,
            ProgramDraft(
                code="WINTER-2027",
                title="Winter school 2027",
                start_date=dt.date(2027, 1, 18),
                end_date=dt.date(2027, 1, 22),
                host_institution="Kyoto Lab",
            ),
        )
    finally:
        database.dispose()
    window = make_window(DatabaseTarget(path=demo_db))
    combo = window.program_switcher.combo
    assert combo.count() == 2
    demo_title = window.overview.title_label.text()
    assert demo_title.startswith("Sakura Science")  # running on the clock's day: chosen first

    winter = combo.findText("Winter school 2027 (WINTER-2027)")
    assert winter >= 0
    combo.setCurrentIndex(winter)
    combo.activated.emit(winter)
    assert window.workspace.program is not None
    assert window.workspace.program.code == "WINTER-2027"
    assert window.overview.title_label.text() == "Winter school 2027"
    assert window.overview.delegation_model.rowCount() == 0
    assert window.overview.tiles["student"].value_text == "0"
    assert "Kyoto Lab" in window.overview.subtitle_label.text()

    back = combo.findText(f"{demo_title} (SSP-2026-07)")
    combo.setCurrentIndex(back)
    combo.activated.emit(back)
    assert window.overview.title_label.text() == demo_title
    assert window.overview.delegation_model.rowCount() == 8


# -- window layout and settings ------------------------------------------------------------


def test_geometry_is_saved_and_restored(
    qtbot: QtBot, make_window: WindowFactory, settings: Settings
) -> None:
    first = make_window()
    first.show()
    qtbot.waitExposed(first)
    # Within the offscreen platform's 800x600 screen, so that nothing is clamped.
    first.resize(780, 540)
    first.toolbar.hide()  # window state (toolbars) is saved too
    first.close()
    assert settings.window_geometry and settings.window_state

    second = make_window()
    assert second.size() == QSize(780, 540)
    assert second.toolbar.isHidden()
    # A fresh Settings object reads the same file (nothing lives only in memory).
    assert Settings().window_geometry == settings.window_geometry


def test_settings_dialog_changes_station_name(
    qtbot: QtBot, make_window: WindowFactory, demo_db: Path, settings: Settings
) -> None:
    window = make_window(DatabaseTarget(path=demo_db))
    dialog = window.commands.edit_settings()
    assert isinstance(dialog, SettingsDialog)
    assert dialog.isVisible()

    # The language follows the system's until one is chosen; both languages can be chosen.
    assert dialog.language_combo.currentText().startswith("As the system (")
    assert [dialog.language_combo.itemText(row) for row in (1, 2)] == ["English", "日本語"]

    # An empty name is refused inline; the dialog stays open.
    dialog.station_edit.clear()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert not dialog.error_label.isHidden()

    qtbot.keyClicks(dialog.station_edit, "Door B  (gym)")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.station_name == "Door B (gym)"
    assert Settings().station_name == "Door B (gym)"
    assert window.status.station_label.text() == "Station: Door B (gym)"


def test_settings_defaults_and_recent_files(settings: Settings, tmp_path: Path) -> None:
    assert settings.station_name  # the machine's name by default
    assert settings.language == ""  # the system's language
    assert settings.recent_files == []
    for n in range(RECENT_FILES_MAX + 3):
        settings.add_recent_file(tmp_path / f"{n}.db")
    settings.add_recent_file(tmp_path / "3.db")
    recent = Settings().recent_files
    assert len(recent) == RECENT_FILES_MAX
    assert recent[0] == str(tmp_path / "3.db")
    assert recent.count(str(tmp_path / "3.db")) == 1
    settings.recent_files = [str(tmp_path / "only.db")]
    assert Settings().recent_files == [str(tmp_path / "only.db")]  # one item stays a list
    assert Path(settings.file).parent == default_database_path().parent


# -- programs and databases ----------------------------------------------------------------


def test_new_program_dialog_shows_errors_then_creates(
    qtbot: QtBot, make_window: WindowFactory, db_path: Path
) -> None:
    window = make_window(DatabaseTarget(path=db_path, create=True))
    page = window.overview
    assert page.stack.currentWidget() is page.empty
    assert page.empty.title_label.text() == "This database holds no program yet"
    assert [b.text() for b in page.empty.buttons] == ["Create a program…", "Open another database…"]

    qtbot.mouseClick(page.empty.buttons[0], Qt.MouseButton.LeftButton)
    dialog = window.commands.active_dialog
    assert isinstance(dialog, NewProgramDialog)
    assert dialog.zone_combo.currentText() == "Asia/Tokyo"

    qtbot.keyClicks(dialog.code_edit, "bad code!")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert not dialog.error_label.isHidden()
    assert "code" in dialog.error_label.text() and "title is empty" in dialog.error_label.text()
    assert window.workspace.programs == []
    assert dialog.code_edit.text() == "bad code!"  # nothing lost

    dialog.code_edit.clear()
    qtbot.keyClicks(dialog.code_edit, "SSP-2026-09")
    qtbot.keyClicks(dialog.title_edit, "Autumn science week")
    qtbot.keyClicks(dialog.host_edit, "Nagoya Institute")
    dialog.start_edit.setDate(dt.date(2026, 9, 7))
    dialog.end_edit.setDate(dt.date(2026, 9, 11))
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.created is not None and dialog.created.code == "SSP-2026-09"

    programs = [p.code for p in window.workspace.programs]
    assert programs == ["SSP-2026-09"]
    assert window.program_switcher.labels() == ["Autumn science week (SSP-2026-09)"]
    assert page.stack.currentWidget() is page.content
    assert page.title_label.text() == "Autumn science week"
    assert "7–11 Sep 2026" in page.subtitle_label.text()


def test_new_program_with_a_taken_code_is_refused(
    qtbot: QtBot, make_window: WindowFactory, demo_db: Path
) -> None:
    window = make_window(DatabaseTarget(path=demo_db))
    dialog = window.commands.new_program()
    assert dialog is not None
    qtbot.keyClicks(dialog.code_edit, "SSP-2026-07")
    qtbot.keyClicks(dialog.title_edit, "Duplicate")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "already exists" in dialog.error_label.text()
    assert len(window.workspace.programs) == 1


def test_new_program_without_a_database_explains(make_window: WindowFactory, boxes: Boxes) -> None:
    window = make_window()
    assert window.commands.new_program() is None
    assert "Open or create a database first" in boxes.texts[0]


def test_no_database_open_welcomes(make_window: WindowFactory) -> None:
    window = make_window()
    page = window.overview
    assert page.stack.currentWidget() is page.welcome
    assert window.status.database_label.text() == "No database open"
    assert not window.program_switcher.combo.isEnabled()


def test_new_database_then_prompts_for_a_program(
    make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings: Settings
) -> None:
    target = tmp_path / "autumn.db"
    monkeypatch.setattr(files, "choose_new_database_path", lambda parent, folder: target)
    window = make_window()
    window.menu_actions.new_database.trigger()
    assert target.exists()
    assert window.workspace.database is not None
    assert isinstance(window.commands.active_dialog, NewProgramDialog)
    assert settings.recent_files[0] == str(target.resolve())
    assert settings.last_database == str(target.resolve())


def test_new_database_never_replaces_a_file(
    make_window: WindowFactory,
    demo_db: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: Boxes,
) -> None:
    monkeypatch.setattr(files, "choose_new_database_path", lambda parent, folder: demo_db)
    window = make_window()
    window.commands.new_database()
    assert window.workspace.database is None
    assert "already exists" in boxes.texts[0]
    assert list_programs_count(demo_db) == 1


def list_programs_count(path: Path) -> int:
    database, _ = open_database(path=path)
    try:
        return len(list_programs(database.session_factory))
    finally:
        database.dispose()


def test_not_a_database_shows_an_error_and_lets_the_user_pick_another(
    make_window: WindowFactory,
    tmp_path: Path,
    demo_db: Path,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    junk = tmp_path / "notes.db"
    junk.write_bytes(b"These are meeting notes, not a database.\n" * 200)
    monkeypatch.setattr(files, "choose_database_to_open", lambda parent, folder: demo_db)
    window = make_window()
    boxes.answer = "Open another file…"
    window.commands.open_target(DatabaseTarget(path=junk))
    assert "not a Sakura Desktop database" in boxes.texts[0]
    assert "Traceback" not in boxes.texts[0]
    # The user picked the demo file in the follow-up dialog, and it opened.
    assert window.workspace.database is not None
    assert window.workspace.program is not None
    assert junk.read_bytes().startswith(b"These are meeting notes")  # untouched


def test_newer_schema_is_refused_with_a_dialog(
    make_window: WindowFactory, demo_db: Path, tmp_path: Path, boxes: Boxes
) -> None:
    window = make_window(DatabaseTarget(path=demo_db))
    future = tmp_path / "future.db"
    database, _ = open_database(path=future, create=True)
    database.dispose()
    with sqlite3.connect(future) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    window.commands.open_target(DatabaseTarget(path=future))
    assert len(boxes.texts) == 1
    assert "newer version of Sakura Desktop" in boxes.texts[0]
    # The database that was open stays open.
    assert window.workspace.database is not None
    assert window.workspace.database.path == demo_db.resolve()
    assert window.overview.delegation_model.rowCount() == 8


def test_missing_recent_file_is_dropped_from_the_list(
    make_window: WindowFactory, tmp_path: Path, settings: Settings, boxes: Boxes
) -> None:
    gone = tmp_path / "gone.db"
    settings.add_recent_file(gone)
    settings.last_database = str(gone)
    window = make_window()
    window.commands.open_recent(str(gone))
    assert "No database at" in boxes.texts[0]
    assert settings.recent_files == []
    assert settings.last_database == ""


def test_recent_menu_lists_opened_files(make_window: WindowFactory, demo_db: Path) -> None:
    window = make_window(DatabaseTarget(path=demo_db))
    menu = window.menu_actions.recent_menu
    menu.aboutToShow.emit()
    data = [a.data() for a in menu.actions() if a.data()]
    assert data == [str(demo_db.resolve())]


def test_about_names_versions_and_schema(make_window: WindowFactory, demo_db: Path) -> None:
    window = make_window(DatabaseTarget(path=demo_db))
    text = about_text(window.workspace)
    assert __version__ in text
    assert head_revision() in text
    assert "PySide6" in text and "Qt " in text
    assert "MIT" in text
    window.menu_actions.about.trigger()


def test_a_closed_window_leaves_no_progress_dialog_to_pop_up_later(
    qapp: object, settings: Settings, demo_db: Path
) -> None:
    """Opening a database runs behind a progress dialog; when done it is hidden and handed to
    deleteLater. Tests run no event loop to delete it, so conftest does after every test: left
    alive, QProgressDialog's own 4-second timer showed it again during a later test, modal and
    active, and the Check-in screen's scan field there lost the keyboard focus."""
    workspace = Workspace(settings, SyncTaskRunner(), clock=lambda: DURING_WEEK)
    window = MainWindow(workspace, settings)
    window.commands.open_target(DatabaseTarget(path=demo_db))
    workspace.close_database()
    dialogs = window.findChildren(QProgressDialog)
    assert len(dialogs) == 1 and not dialogs[0].isVisible()  # the opening is done
    window.close()
    window.deleteLater()  # what pytest-qt does with a test's widgets
    delete_pending_qt_objects()  # what conftest does after every test
    assert not shiboken6.isValid(dialogs[0])  # gone: nothing can show it again


# -- start-up and errors -------------------------------------------------------------------


def test_startup_target_order(settings: Settings, tmp_path: Path) -> None:
    demo = startup_target(settings, tmp_path / "x.db", None, demo_folder=tmp_path)
    assert (
        demo is not None
        and demo.demo
        and not demo.remember
        and demo.path == tmp_path / "sakura-demo.db"
    )
    url = startup_target(settings, None, "postgresql://u:secret@host/db")
    assert url is not None and url.url and not url.remember
    given = startup_target(settings, tmp_path / "x.db")
    assert given is not None and given.path == tmp_path / "x.db"
    # A first start opens nothing: the welcome page offers the demo, a program, a file.
    assert startup_target(settings) is None
    assert not default_database_path().exists()
    default_database_path().parent.mkdir(parents=True, exist_ok=True)
    default_database_path().touch()
    default = startup_target(settings)
    assert default is not None and default.path == default_database_path()
    settings.last_database = str(tmp_path / "last.db")
    last = startup_target(settings)
    assert last is not None and last.path == tmp_path / "last.db"


def test_demo_target_builds_a_demo_week(make_window: WindowFactory, tmp_path: Path) -> None:
    target = startup_target(Settings(), demo_folder=tmp_path)
    assert target is not None
    window = make_window(target)
    assert window.workspace.program is not None
    assert window.overview.delegation_model.rowCount() == 8
    assert Settings().recent_files == []  # a temporary demo is not remembered


def test_excepthook_logs_and_shows_a_plain_message(
    qapp: object, boxes: Boxes, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    log_file = tmp_path / "logs" / "sakura-desktop.log"
    messages.set_log_file(log_file)
    previous = install_excepthook(lambda: None)
    try:
        try:
            raise KeyError("internal detail")
        except KeyError as exc:
            with caplog.at_level(logging.ERROR):
                sys.excepthook(type(exc), exc, exc.__traceback__)
        try:
            raise UserError("The file is read-only; copy it somewhere writable.")
        except UserError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = previous
        messages.set_log_file(None)
    assert "Something went wrong" in boxes.texts[0]
    assert str(log_file) in boxes.texts[0]
    assert "internal detail" not in boxes.texts[0]
    assert any(r.exc_info and r.exc_info[0] is KeyError for r in caplog.records)
    assert "The file is read-only; copy it somewhere writable." in boxes.texts[1]
