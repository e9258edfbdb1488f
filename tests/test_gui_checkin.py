"""The Check-in screen on the demo database: scanner bursts, name search, camera frames, undo,
the head count and the missing list.

Tasks run with the SyncTaskRunner; the keyboard clock, the camera debounce clock and the panel
timer are injected; message boxes and dialogs are recorded instead of shown.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QImage, QKeyEvent, QRawFont
from PySide6.QtMultimedia import QVideoFrame
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QSplitter
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sakura_desktop.core.checkin.checkpoints import CheckpointInfo, ensure_checkpoints
from sakura_desktop.core.checkin.decision import Outcome, Tone
from sakura_desktop.core.checkin.people import PersonCard, load_cards
from sakura_desktop.core.checkin.service import headcount, recent_scans
from sakura_desktop.core.demo import create_demo_database
from sakura_desktop.core.qr import qr_image, qr_png
from sakura_desktop.core.tokens import issue_missing_tokens
from sakura_desktop.db.engine import Database
from sakura_desktop.db.enums import CheckpointKind, Decision, Direction, ParticipantStatus, Role
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.db.models import CheckinEvent
from sakura_desktop.settings import Settings
from sakura_desktop.tasks import SyncTaskRunner
from sakura_desktop.ui.checkin import dialogs
from sakura_desktop.ui.checkin.page import CheckinPage, default_checkpoint, looks_like_code
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.workspace import DatabaseTarget, Workspace

pytestmark = pytest.mark.gui

# Tue 14 Jul 2026, 10:00 in Tokyo: the second day of the demo week.
DURING_WEEK = dt.datetime(2026, 7, 14, 1, 0, tzinfo=dt.UTC)


class KeyClock:
    """The keyboard's clock: each reading moves on by `step` seconds (a scanner: 5 ms)."""

    def __init__(self, step: float = 0.005) -> None:
        self.now = 1000.0
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


class ManualClock:
    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Demo:
    path: Path
    database: Database
    program_id: int
    cards: dict[int, PersonCard]
    tokens: dict[int, str]  # participant id -> token
    checkpoints: list[CheckpointInfo]

    @property
    def arrival(self) -> CheckpointInfo:
        return next(cp for cp in self.checkpoints if cp.kind is CheckpointKind.ARRIVAL)

    @property
    def transfer(self) -> CheckpointInfo:
        return next(cp for cp in self.checkpoints if cp.kind is CheckpointKind.TRANSFER)

    def person(self, *, native: bool = True, status: ParticipantStatus | None = None) -> PersonCard:
        wanted = status or ParticipantStatus.REGISTERED
        return next(
            c
            for c in sorted(self.cards.values(), key=lambda c: c.participant_id)
            if c.status is wanted
            and c.role is Role.STUDENT
            and (bool(c.native_name) or not native)
            and (status is not None or c.preferred_name == "")
        )

    def events(self) -> list[CheckinEvent]:
        with self.database.session() as session:
            rows = list(session.scalars(select(CheckinEvent).order_by(CheckinEvent.id)))
            session.expunge_all()
            return rows


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Demo]:
    path = tmp_path / "demo.db"
    create_demo_database(path)
    database, _ = open_database(path=path)
    factory = database.session_factory
    with database.session() as session:
        from sakura_desktop.db.models import Program

        program_id = session.scalars(select(Program.id)).one()
        cards = load_cards(session, program_id)
    tokens = {t.participant_id: t.token for t in issue_missing_tokens(factory, program_id)}
    checkpoints = ensure_checkpoints(factory, program_id)
    database.dispose()
    database, _ = open_database(path=path)
    try:
        yield Demo(path, database, program_id, cards, tokens, checkpoints)
    finally:
        database.dispose()


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []

    def record(box: QMessageBox) -> None:
        texts.append(f"{box.text()}\n{box.informativeText()}")

    monkeypatch.setattr(messages, "exec_box", record)
    return texts


@dataclass
class Screen:
    page: CheckinPage
    workspace: Workspace
    keys: KeyClock
    debounce: ManualClock
    demo: Demo
    qtbot: QtBot

    def scan(self, token: str, suffix: Qt.Key = Qt.Key.Key_Return) -> None:
        """A keyboard-wedge scanner: the code in a fast burst, then Enter (or Tab)."""
        self.keys.now += 2  # a pause before the burst (someone walked up with a badge)
        self.keys.step = 0.004
        self.qtbot.keyClicks(self.page.input, token)
        self.qtbot.keyClick(self.page.input, suffix)

    def type_slowly(self, text: str) -> None:
        self.keys.step = 0.25
        if text.isascii():
            self.qtbot.keyClicks(self.page.input, text)
            return
        for char in text:  # QTest cannot type non-ASCII keys; an input method sends text like this
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(self.page.input, event)

    def headcount(self, checkpoint_id: int | None = None) -> tuple[int, int, int]:
        hc = headcount(self.demo.database.session_factory, checkpoint_id or self.demo.arrival.id)
        return hc.expected, hc.present, len(hc.missing)

    def shown(self) -> str:
        return "\n".join(self.page.result_panel.texts())


@pytest.fixture
def screen(qtbot: QtBot, demo: Demo) -> Iterator[Screen]:
    settings = Settings()
    settings.station_name = "Main door"
    workspace = Workspace(settings, SyncTaskRunner(), clock=lambda: DURING_WEEK)
    keys, debounce = KeyClock(), ManualClock()
    page = CheckinPage(
        workspace,
        key_clock=keys,
        debounce_clock=debounce,
        camera_devices=list,
        clear_after_ms=4000,
    )
    qtbot.addWidget(page)
    page.operator_edit.setText("Aiko")
    page._operator_changed()
    database, report = open_database(path=demo.path)
    workspace.adopt(database, report, DatabaseTarget(path=demo.path, remember=False))
    page.resize(1280, 860)
    page.show()
    page.select_checkpoint(demo.arrival.id)
    yield Screen(page, workspace, keys, debounce, demo, qtbot)
    page.shutdown()
    workspace.close_database()


# --- the scanner --------------------------------------------------------------------------


def test_scanner_burst_checks_in_green_with_both_scripts_and_sound(screen: Screen) -> None:
    person = screen.demo.person()
    before = screen.headcount()
    screen.scan(screen.demo.tokens[person.participant_id])

    panel = screen.page.result_panel
    assert panel.tone is Tone.GREEN
    assert panel.given_label.text() == person.given_name
    assert panel.family_label.text() == person.family_name
    assert panel.native_label.text() == person.native_name
    assert person.delegation in panel.affiliation_label.text()
    assert "Welcome" in panel.message_label.text()
    assert screen.page.sounds.last_sound is Tone.GREEN
    assert screen.page.input.text() == ""  # ready for the next badge
    assert screen.page.input.hasFocus()

    lines = recent_scans(screen.demo.database.session_factory, screen.demo.arrival.id)
    assert [(line.outcome, line.participant_id, line.station, line.operator) for line in lines] == [
        (Outcome.ACCEPTED, person.participant_id, "Main door", "Aiko")
    ]
    assert screen.demo.events()[-1].method == "scanner"
    expected, present, missing = screen.headcount()
    assert (expected, present, missing) == (before[0], before[1] + 1, before[2] - 1)
    # the screen's head count moved with the scan, without a reload
    hc = screen.page.headcount_panel
    assert (hc.expected, hc.present, hc.missing) == (expected, present, missing)
    assert person.participant_id not in hc.model.participant_ids()
    assert screen.page.recent_model.rowCount() == 1


def test_a_scanner_that_ends_codes_with_tab_works_too(screen: Screen) -> None:
    person = screen.demo.person()
    screen.scan(screen.demo.tokens[person.participant_id], suffix=Qt.Key.Key_Tab)
    assert screen.page.result_panel.tone is Tone.GREEN
    assert screen.page.result_panel.given_label.text() == person.given_name
    assert screen.page.input.text() == ""
    assert screen.page.input.hasFocus()  # the Tab did not move the focus away


def test_second_scan_is_amber_already_in(screen: Screen) -> None:
    person = screen.demo.person()
    token = screen.demo.tokens[person.participant_id]
    screen.scan(token)
    present = screen.page.headcount_panel.present
    screen.scan(token)
    assert screen.page.result_panel.tone is Tone.AMBER
    assert "already checked in" in screen.page.result_panel.message_label.text()
    assert screen.page.result_panel.headline_label.text() == "ALREADY CHECKED IN"
    assert screen.page.sounds.last_sound is Tone.AMBER
    assert screen.page.headcount_panel.present == present
    assert [line.outcome for line in screen.page.recent_model.rows] == [
        Outcome.ALREADY_IN,
        Outcome.ACCEPTED,
    ]


def test_forged_token_is_red_and_names_nobody(screen: Screen) -> None:
    person = screen.demo.person()
    token = screen.demo.tokens[person.participant_id]
    forged = token[:-1] + ("A" if token[-1] != "A" else "B")
    screen.scan(forged)
    panel = screen.page.result_panel
    assert panel.tone is Tone.RED
    assert panel.headline_label.text() == "INVALID BADGE"
    assert panel.given_label.text() == "" and not panel.given_label.isVisible()
    assert screen.page.sounds.last_sound is Tone.RED
    event = screen.demo.events()[-1]
    assert (event.decision, event.participant_id, event.raw_code) == ("forged", None, forged)


def test_withdrawn_participant_is_red(screen: Screen) -> None:
    person = screen.demo.person(native=False, status=ParticipantStatus.WITHDRAWN)
    screen.scan(screen.demo.tokens[person.participant_id])
    panel = screen.page.result_panel
    assert panel.tone is Tone.RED
    assert panel.headline_label.text() == "WITHDRAWN"
    assert "withdrawn" in panel.message_label.text()
    assert screen.page.sounds.last_sound is Tone.RED
    assert screen.demo.events()[-1].decision == "withdrawn"


def test_panel_clears_after_its_timer(screen: Screen) -> None:
    screen.scan(screen.demo.tokens[screen.demo.person().participant_id])
    panel = screen.page.result_panel
    assert panel.tone is Tone.GREEN and panel.clear_timer.isActive()
    assert panel.clear_timer.interval() == 4000
    panel.clear_timer.timeout.emit()
    assert panel.tone is None
    assert panel.headline_label.text() == "READY"


def test_muted_station_chooses_no_sound(screen: Screen) -> None:
    screen.page.set_muted(True)
    screen.scan(screen.demo.tokens[screen.demo.person().participant_id])
    assert screen.page.sounds.last_sound is None
    assert screen.page.result_panel.tone is Tone.GREEN
    assert screen.page.mute_button.text() == "Muted"


def test_sound_signal_reports_each_choice(screen: Screen) -> None:
    person = screen.demo.person()
    token = screen.demo.tokens[person.participant_id]
    with screen.qtbot.waitSignal(screen.page.sounds.played) as blocker:
        screen.scan(token)
    assert blocker.args == ["green"]
    with screen.qtbot.waitSignal(screen.page.sounds.played) as blocker:
        screen.scan("HELLO-WORLD-1234")
    assert blocker.args == ["red"]
    assert screen.page.result_panel.headline_label.text() == "UNKNOWN CODE"


# --- typing a name ------------------------------------------------------------------------


def test_slow_typing_searches_and_enter_checks_in_manually(screen: Screen) -> None:
    person = screen.demo.person()
    screen.type_slowly(person.family_name)
    screen.qtbot.waitUntil(lambda: screen.page.search_view.isVisible())
    people = screen.page.search_model.people
    assert person in people
    # move to the person with the arrow keys, as a coordinator would
    for _ in range(people.index(person)):
        screen.qtbot.keyClick(screen.page.input, Qt.Key.Key_Down)
    assert screen.page.search_view.currentIndex().row() == people.index(person)
    screen.qtbot.keyClick(screen.page.input, Qt.Key.Key_Return)

    assert screen.page.result_panel.tone is Tone.GREEN
    assert screen.page.result_panel.given_label.text() == person.given_name
    assert not screen.page.search_view.isVisible()
    assert screen.page.input.text() == ""
    event = screen.demo.events()[-1]
    assert (event.participant_id, event.method, event.operator, event.decision) == (
        person.participant_id,
        "manual",
        "Aiko",
        "accepted",
    )


def test_native_script_search_finds_the_person(screen: Screen) -> None:
    person = screen.demo.person()
    screen.type_slowly(person.native_name[:2])
    screen.qtbot.waitUntil(lambda: screen.page.search_view.isVisible())
    assert person in screen.page.search_model.people


def test_escape_clears_the_search(screen: Screen) -> None:
    screen.type_slowly(screen.demo.person().family_name)
    screen.qtbot.waitUntil(lambda: screen.page.search_view.isVisible())
    screen.qtbot.keyClick(screen.page.input, Qt.Key.Key_Escape)
    assert not screen.page.search_view.isVisible() and screen.page.input.text() == ""


def test_enter_before_results_only_shows_them(screen: Screen) -> None:
    person = screen.demo.person()
    screen.type_slowly(person.family_name)
    screen.qtbot.keyClick(screen.page.input, Qt.Key.Key_Return)  # before the search delay
    assert screen.page.search_view.isVisible()
    assert screen.demo.events() == []  # nobody checked in on a list nobody saw
    screen.qtbot.keyClick(screen.page.input, Qt.Key.Key_Return)
    assert len(screen.demo.events()) == 1


def test_a_scan_after_half_typed_name_is_still_a_scan(screen: Screen) -> None:
    person = screen.demo.person()
    screen.type_slowly("tan")
    screen.scan(screen.demo.tokens[person.participant_id])
    assert screen.page.result_panel.tone is Tone.GREEN
    assert screen.demo.events()[-1].participant_id == person.participant_id


def test_badge_code_typed_by_hand_is_scanned(screen: Screen) -> None:
    person = screen.demo.person()
    screen.type_slowly(screen.demo.tokens[person.participant_id].lower())
    screen.qtbot.keyClick(screen.page.input, Qt.Key.Key_Return)
    assert screen.page.result_panel.tone is Tone.GREEN
    assert screen.demo.events()[-1].method == "manual"


# --- undo ---------------------------------------------------------------------------------


def test_undo_writes_a_voiding_event_and_restores_the_head_count(screen: Screen) -> None:
    person = screen.demo.person()
    before = screen.headcount()
    screen.scan(screen.demo.tokens[person.participant_id])
    assert screen.headcount() != before
    assert screen.page.undo_button.isEnabled()
    screen.qtbot.mouseClick(screen.page.undo_button, Qt.MouseButton.LeftButton)

    assert screen.page.result_panel.headline_label.text() == "UNDONE"
    assert screen.page.result_panel.tone is None
    events = screen.demo.events()
    assert [(e.decision, e.method) for e in events] == [
        ("accepted", "scanner"),
        (Decision.VOIDED.value, "undo"),
    ]
    assert events[1].voids_event_uuid == events[0].uuid
    assert screen.headcount() == before
    hc = screen.page.headcount_panel
    assert (hc.expected, hc.present, hc.missing) == before
    assert person.participant_id in hc.model.participant_ids()
    assert screen.page.recent_model.rows[0].voided
    font = screen.page.recent_model.data(
        screen.page.recent_model.index(0, 1), Qt.ItemDataRole.FontRole
    )
    assert isinstance(font, QFont) and font.strikeOut()
    assert not screen.page.undo_button.isEnabled()
    assert screen.page.input.hasFocus()


# --- the camera ---------------------------------------------------------------------------


def _frame(token: str) -> QVideoFrame:
    """A 1280x720 webcam frame with a badge QR off-centre, as PNG, then a QVideoFrame."""
    from PIL import Image

    frame = Image.new("L", (1280, 720), 150)
    badge = Image.new("L", (360, 480), 245)
    badge.paste(qr_image(token, module_px=7), (25, 160))
    frame.paste(badge, (700, 120))
    png = io.BytesIO()
    frame.convert("RGB").save(png, format="PNG")
    image = QImage.fromData(png.getvalue())
    assert not image.isNull()
    return QVideoFrame(image)


def test_without_camera_the_panel_says_so(screen: Screen) -> None:
    camera = screen.page.camera
    assert not camera.has_camera
    assert "No camera found" in camera.preview.text()
    assert not camera.toggle_button.isEnabled()


def test_camera_frames_are_decoded_and_repeats_ignored(screen: Screen) -> None:
    person = screen.demo.person()
    token = screen.demo.tokens[person.participant_id]
    camera = screen.page.camera
    frame = _frame(token)

    camera.video_sink.setVideoFrame(frame)
    screen.qtbot.waitUntil(lambda: len(screen.demo.events()) == 1, timeout=5000)
    assert not camera.decoder.busy
    assert screen.page.result_panel.tone is Tone.GREEN
    assert screen.page.result_panel.native_label.text() == person.native_name
    event = screen.demo.events()[0]
    assert (event.participant_id, event.method) == (person.participant_id, "camera")

    # the badge is still in front of the camera: one second later, ignored
    screen.debounce.now += 1
    submitted = camera.decoder.submitted
    camera.video_sink.setVideoFrame(_frame(token))  # a new frame of the same badge
    screen.qtbot.waitUntil(
        lambda: camera.decoder.submitted == submitted + 1 and not camera.decoder.busy
    )
    assert len(screen.demo.events()) == 1

    # gone for more than three seconds, shown again: a new scan (amber: already in)
    screen.debounce.now += 3.5
    camera.video_sink.setVideoFrame(_frame(token))
    screen.qtbot.waitUntil(lambda: len(screen.demo.events()) == 2, timeout=5000)
    assert screen.page.result_panel.tone is Tone.AMBER


def test_frames_arriving_while_decoding_are_dropped(screen: Screen) -> None:
    camera = screen.page.camera
    frame = _frame(screen.demo.tokens[screen.demo.person().participant_id])
    camera.handle_frame(frame)
    camera.handle_frame(frame)
    camera.handle_frame(frame)
    assert camera.decoder.submitted == 1 and camera.decoder.dropped == 2
    screen.qtbot.waitUntil(lambda: not camera.decoder.busy, timeout=5000)
    assert len(screen.demo.events()) == 1


def test_png_of_rendered_badge_decodes_through_the_panel(screen: Screen) -> None:
    person = screen.demo.person()
    image = QImage.fromData(qr_png(screen.demo.tokens[person.participant_id]))
    screen.page.camera.handle_frame(QVideoFrame(image))
    screen.qtbot.waitUntil(lambda: len(screen.demo.events()) == 1, timeout=5000)
    assert screen.demo.events()[0].participant_id == person.participant_id


# --- head count ---------------------------------------------------------------------------


def test_head_count_after_a_sequence_of_scans(screen: Screen) -> None:
    demo = screen.demo
    hc = screen.page.headcount_panel
    expected = hc.expected
    assert expected == screen.headcount()[0] and hc.present == 0 and hc.missing == expected
    active = [
        c
        for c in sorted(demo.cards.values(), key=lambda c: c.participant_id)
        if c.status is not ParticipantStatus.WITHDRAWN
    ]
    for person in active[:5]:
        screen.scan(demo.tokens[person.participant_id])
    screen.scan(demo.tokens[active[0].participant_id])  # again: already in
    assert (hc.expected, hc.present, hc.missing) == (expected, 5, expected - 5)
    assert screen.headcount() == (expected, 5, expected - 5)
    missing_ids = hc.model.participant_ids()
    assert not missing_ids & {p.participant_id for p in active[:5]}
    assert active[5].participant_id in missing_ids
    # the rows say who, where they were last seen, and whom to call
    row = next(r for r in hc.model.rows if r.person.delegation)
    assert row.contact
    assert hc.model.column_texts(4)[0] == "never seen"  # nobody was seen anywhere else yet
    # a full reload agrees with the cheap updates
    screen.page.reload_state()
    assert (hc.expected, hc.present, hc.missing) == (expected, 5, expected - 5)
    assert [t.value_text for t in (hc.expected_tile, hc.present_tile, hc.missing_tile)] == [
        str(expected),
        "5",
        str(expected - 5),
    ]


def test_missing_list_shows_last_seen_elsewhere(screen: Screen) -> None:
    demo = screen.demo
    person = demo.person()
    screen.scan(demo.tokens[person.participant_id])  # seen at arrival
    session = next(cp for cp in demo.checkpoints if cp.kind is CheckpointKind.SESSION)
    screen.page.select_checkpoint(session.id)
    rows = screen.page.headcount_panel.model.rows
    if person.participant_id in {r.person.participant_id for r in rows}:
        row = next(r for r in rows if r.person.participant_id == person.participant_id)
        assert row.last_seen is not None and row.last_seen.checkpoint_name == "Arrival"
        number = rows.index(row)
        text = screen.page.headcount_panel.model.data(
            screen.page.headcount_panel.model.index(number, 4)
        )
        assert "Arrival" in text


def test_exit_at_a_transfer_checkpoint(screen: Screen) -> None:
    demo, page = screen.demo, screen.page
    assert not page.exit_button.isEnabled()  # arrival: entry only
    page.select_checkpoint(demo.transfer.id)
    assert page.exit_button.isEnabled()
    person = demo.person()
    token = demo.tokens[person.participant_id]
    screen.scan(token)  # boards the bus
    present = page.headcount_panel.present
    page.exit_button.click()
    assert page.direction is Direction.OUT
    screen.scan(token)  # gets off
    assert page.result_panel.tone is Tone.GREEN
    assert page.result_panel.headline_label.text() == "CHECKED OUT"
    event = demo.events()[-1]
    assert (event.direction, event.decision) == ("out", "accepted")
    assert page.headcount_panel.present == present - 1
    assert person.participant_id in page.headcount_panel.model.participant_ids()
    screen.scan(token)  # off already
    assert page.result_panel.tone is Tone.AMBER
    assert page.recent_model.rows[0].direction is Direction.OUT
    # another checkpoint: back to entry, exit disabled
    page.select_checkpoint(demo.arrival.id)
    assert page.direction is Direction.IN and not page.exit_button.isEnabled()


def test_export_missing_list_to_csv(
    screen: Screen, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "missing.csv"
    suggested: list[str] = []

    def choose(_parent: object, name: str) -> Path:
        suggested.append(name)
        return target

    monkeypatch.setattr(dialogs, "choose_csv_path", choose)
    screen.scan(screen.demo.tokens[screen.demo.person().participant_id])
    screen.page.headcount_panel.export_button.click()
    assert Path(suggested[0]).name.startswith("missing-Arrival-")
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == screen.page.headcount_panel.missing
    natives = {row["native_name"] for row in rows}
    assert any(any(ord(ch) > 0x2E80 for ch in name) for name in natives)  # CJK names kept
    assert "saved to" in screen.page.note_label.text()
    assert screen.page.input.hasFocus()


def test_print_missing_list_to_pdf(
    screen: Screen, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pdf = tmp_path / "missing.pdf"

    def choose(_parent: object) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
        return printer

    monkeypatch.setattr(dialogs, "choose_printer", choose)
    screen.page.headcount_panel.print_button.click()
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000
    assert b"NotoSans" in data  # the shipped fonts are embedded


def test_where_is_everyone_dialog_filters(screen: Screen, monkeypatch: pytest.MonkeyPatch) -> None:
    person = screen.demo.person()
    screen.scan(screen.demo.tokens[person.participant_id])
    seen: list[dialogs.WhereIsEveryoneDialog] = []

    def show(dialog: QDialog) -> int:
        assert isinstance(dialog, dialogs.WhereIsEveryoneDialog)
        total = dialog.model.rowCount()
        assert total == sum(
            1
            for c in screen.demo.cards.values()
            if c.status in (ParticipantStatus.REGISTERED, ParticipantStatus.ARRIVED)
        )
        # Nobody seen first, A to Z; the one scanned person last (sorted by time seen).
        names = dialog.visible_names()
        assert names[-1] == person.display_name
        assert names[:-1] == sorted(names[:-1], key=str.casefold)
        dialog.filter_edit.setText(person.family_name)
        assert person.display_name in dialog.visible_names()
        assert dialog.proxy.rowCount() < total
        row = next(r for r in dialog.model.rows if r.person == person)
        assert row.last_seen is not None and row.last_seen.checkpoint_name == "Arrival"
        dialog.filter_edit.setText(person.native_name)
        assert dialog.visible_names() == [person.display_name]
        seen.append(dialog)
        return 0

    monkeypatch.setattr(dialogs, "exec_dialog", show)
    screen.page.headcount_panel.where_button.click()
    assert len(seen) == 1
    assert screen.page.input.hasFocus()


def test_new_roll_call_is_created_and_chosen(
    screen: Screen, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "ask_roll_call_name", lambda _parent: "Dinner 19:00")
    screen.page.roll_call_button.click()
    assert screen.page.checkpoint is not None
    assert screen.page.checkpoint.name == "Dinner 19:00"
    assert screen.page.checkpoint_combo.currentText() == "Roll call: Dinner 19:00"
    screen.scan(screen.demo.tokens[screen.demo.person().participant_id])
    assert screen.demo.events()[-1].checkpoint_id == screen.page.checkpoint.id


def test_duplicate_roll_call_name_is_explained(
    screen: Screen, monkeypatch: pytest.MonkeyPatch, boxes: list[str]
) -> None:
    monkeypatch.setattr(dialogs, "ask_roll_call_name", lambda _parent: "Arrival")
    screen.page.roll_call_button.click()
    assert "already exists" in boxes[-1]


# --- the workspace ------------------------------------------------------------------------


def test_no_database_shows_a_message(qtbot: QtBot) -> None:
    workspace = Workspace(Settings(), SyncTaskRunner(), clock=lambda: DURING_WEEK)
    page = CheckinPage(workspace, camera_devices=list)
    qtbot.addWidget(page)
    assert page.stack.currentWidget() is page.empty
    assert page.empty.title_label.text() == "No database is open"
    page.scan_code("SK1WHATEVER000")  # nothing happens, nothing breaks
    page.shutdown()


def test_closing_the_database_resets_the_screen(screen: Screen) -> None:
    screen.scan(screen.demo.tokens[screen.demo.person().participant_id])
    screen.workspace.close_database()
    assert screen.page.stack.currentWidget() is screen.page.empty
    assert screen.page.desk is None and screen.page.checkpoint is None


def test_station_name_change_is_used_for_the_next_scan(screen: Screen) -> None:
    screen.workspace.settings.station_name = "Bus 2"
    screen.workspace.settings_changed.emit()
    assert screen.page.station_label.text() == "Station: Bus 2"
    screen.scan(screen.demo.tokens[screen.demo.person().participant_id])
    assert screen.page.recent_model.rows[0].station == "Bus 2"


def test_default_checkpoint_follows_the_clock(demo: Demo) -> None:
    from zoneinfo import ZoneInfo

    now = DURING_WEEK.astimezone(ZoneInfo("Asia/Tokyo"))
    chosen = default_checkpoint(demo.checkpoints, now)
    assert chosen.starts is not None and chosen.starts.date() == now.date()
    assert chosen.starts <= now + dt.timedelta(minutes=30)
    night = now.replace(year=2027)
    assert default_checkpoint(demo.checkpoints, night).kind is CheckpointKind.ARRIVAL


def test_typed_code_shape() -> None:
    assert looks_like_code("SK1ABCDEFGHJKMNPQRSTVWXYZ0123456")
    assert not looks_like_code("Nguyen Van Duc")
    assert not looks_like_code("กกกกกกกกกกกกกกกกกกกกกกกก")


def test_native_names_render_with_shipped_fonts(screen: Screen) -> None:
    """Every native name of the demo has its glyphs in the faces the panel falls back through."""
    families = screen.page.result_panel.native_label.font().families()
    assert families[0] == "Noto Sans"
    assert {"Noto Sans Thai", "Noto Sans CJK JP", "Noto Sans CJK KR"} <= set(families)
    registered = set(QFontDatabase.families())
    assert set(families) <= registered
    raws = [QRawFont.fromFont(QFont(family)) for family in families]
    for card in screen.demo.cards.values():
        for char in card.native_name.replace(" ", ""):
            assert any(raw.glyphIndexesForString(char)[0] for raw in raws), (char, card.native_name)
    assert QFontInfo(screen.page.result_panel.given_label.font()).pointSizeF() >= 40


def test_scans_through_the_threaded_runner(qtbot: QtBot, demo: Demo) -> None:
    """The real runner: the scan runs on a worker thread, the answer arrives on the GUI thread."""
    from sakura_desktop.tasks import ThreadedTaskRunner

    settings = Settings()
    settings.station_name = "Side door"
    runner = ThreadedTaskRunner()
    workspace = Workspace(settings, runner, clock=lambda: DURING_WEEK)
    keys = KeyClock()
    page = CheckinPage(workspace, key_clock=keys, camera_devices=list)
    qtbot.addWidget(page)
    database, report = open_database(path=demo.path)
    workspace.adopt(database, report, DatabaseTarget(path=demo.path, remember=False))
    qtbot.waitUntil(lambda: bool(page.checkpoints), timeout=5000)
    page.select_checkpoint(demo.arrival.id)
    qtbot.waitUntil(lambda: page.headcount_panel.headcount is not None, timeout=5000)
    people = [demo.person(), demo.person(native=False, status=ParticipantStatus.WITHDRAWN)]
    for person in people:
        keys.now += 2
        qtbot.keyClicks(page.input, demo.tokens[person.participant_id])
        qtbot.keyClick(page.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.queue.idle and page.recent_model.rowCount() == 2, timeout=5000)
    assert [line.outcome for line in page.recent_model.rows] == [
        Outcome.WITHDRAWN,
        Outcome.ACCEPTED,
    ]
    assert page.result_panel.tone is Tone.RED
    page.shutdown()
    runner.shutdown()
    workspace.close_database()


def test_focus_returns_to_the_input_after_a_click(screen: Screen) -> None:
    page = screen.page
    page.operator_edit.setFocus()
    screen.qtbot.waitUntil(page.operator_edit.hasFocus)
    screen.qtbot.mouseClick(page.operator_edit, Qt.MouseButton.LeftButton)
    assert page.operator_edit.hasFocus()  # the operator may type their name
    screen.qtbot.mouseClick(page.entry_button, Qt.MouseButton.LeftButton)
    screen.qtbot.waitUntil(page.input.hasFocus)
    page.operator_edit.setFocus()
    screen.qtbot.mouseClick(page.recent_view.viewport(), Qt.MouseButton.LeftButton)
    screen.qtbot.waitUntil(page.input.hasFocus)


def test_hiding_the_screen_pauses_the_head_count_timer(screen: Screen) -> None:
    page = screen.page
    assert page.headcount_timer.isActive()
    assert page.headcount_timer.interval() == 30_000
    page.hide()
    assert not page.headcount_timer.isActive()
    page.show()
    assert page.headcount_timer.isActive()


def test_at_the_default_window_size_the_missing_list_and_names_get_the_room(
    screen: Screen,
) -> None:
    """The page as the 1200x760 main window shows it (sidebar included): the bottom row is
    taller than the result panel, the missing list shows several rows, and Last scans gives the
    free width to the Name column (no horizontal scrolling)."""
    page = screen.page
    page.resize(965 + 36, 679)
    person = screen.demo.person()
    screen.scan(screen.demo.tokens[person.participant_id])
    QApplication.processEvents()
    bottom = page.findChild(QSplitter, "checkinSplitter")
    assert bottom is not None
    assert bottom.height() > page.result_panel.height() * 1.4
    missing_view = page.headcount_panel.view
    assert (
        missing_view.viewport().height() >= 5 * missing_view.verticalHeader().defaultSectionSize()
    )
    header = page.recent_view.horizontalHeader()
    name_width = header.sectionSize(1)
    assert name_width == max(header.sectionSize(c) for c in range(header.count()))
    assert header.length() <= page.recent_view.viewport().width() + 1
    # The result panel shrinks its lines to fit, the given name still the largest.
    panel = page.result_panel
    assert panel.given_label.font().pointSizeF() >= 30
    assert panel.given_label.sizeHint().height() <= panel.height()
