"""The Check-in screen's parts on their own: the wedge detector, item models, the desk queue,
the missing list's CSV and HTML, and the panel texts."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from sakura_desktop.core.checkin.checkpoints import CheckpointInfo
from sakura_desktop.core.checkin.decision import Outcome, Tone
from sakura_desktop.core.checkin.people import PersonCard
from sakura_desktop.core.checkin.service import (
    Headcount,
    LastSeen,
    MissingPerson,
    ScanLine,
    ScanResult,
    UndoResult,
    Whereabouts,
)
from sakura_desktop.db.enums import (
    CheckpointKind,
    Decision,
    Direction,
    ParticipantStatus,
    Role,
    ScanMethod,
)
from sakura_desktop.tasks import ProgressReporter, SyncTaskRunner, TaskHandle
from sakura_desktop.ui.checkin.desk_queue import DeskQueue
from sakura_desktop.ui.checkin.missing_list import (
    CSV_COLUMNS,
    MissingReport,
    csv_text,
    report_html,
    suggested_file_name,
)
from sakura_desktop.ui.checkin.models import (
    MissingModel,
    RecentScansModel,
    SearchResultsModel,
    WhereaboutsModel,
)
from sakura_desktop.ui.checkin.text import affiliation, result_view, team_label, undo_view
from sakura_desktop.ui.checkin.wedge import WedgeDetector

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("qapp")]

TOKYO = ZoneInfo("Asia/Tokyo")
AT = dt.datetime(2026, 7, 13, 9, 30, tzinfo=TOKYO)


def card(pid: int = 1, **kw: Any) -> PersonCard:
    values: dict[str, Any] = {
        "participant_id": pid,
        "given_name": "Minji",
        "family_name": "Kim",
        "native_name": "김민지",
        "preferred_name": "",
        "role": Role.STUDENT,
        "status": ParticipantStatus.REGISTERED,
        "delegation_id": 3,
        "delegation": "Seoul Science HS",
        "country": "Korea",
        "country_code": "KR",
        "team_ids": (1,),
        "team": "Red",
    }
    values.update(kw)
    return PersonCard(**values)


def scan_line(uuid: str = "e1", outcome: Outcome = Outcome.ACCEPTED, **kw: Any) -> ScanLine:
    values: dict[str, Any] = {
        "event_uuid": uuid,
        "occurred_at": AT,
        "outcome": outcome,
        "direction": Direction.IN,
        "method": ScanMethod.SCANNER,
        "station": "Main door",
        "operator": "Aiko",
        "person_name": "Minji Kim",
        "participant_id": 1,
        "voided": False,
    }
    values.update(kw)
    return ScanLine(**values)


def scan_result(outcome: Outcome, person: PersonCard | None, **kw: Any) -> ScanResult:
    values: dict[str, Any] = {
        "event_uuid": "e1",
        "outcome": outcome,
        "decision": Decision(outcome.value),
        "message": "Welcome, Minji!",
        "direction": Direction.IN,
        "method": ScanMethod.SCANNER,
        "checkpoint_id": 7,
        "checkpoint_name": "Arrival",
        "occurred_at": AT,
        "person": person,
    }
    values.update(kw)
    return ScanResult(**values)


# --- wedge --------------------------------------------------------------------------------


class Ticks:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def typed(detector: WedgeDetector, clock: Ticks, text: str, gap: float) -> str:
    for char in text:
        clock.now += gap
        detector.key(char)
    clock.now += gap
    return text


def test_fast_burst_with_enter_is_a_code() -> None:
    clock = Ticks()
    detector = WedgeDetector(clock)
    text = typed(detector, clock, "SK1ABCDEFGHJK", 0.004)
    assert detector.finish(text) == "SK1ABCDEFGHJK"


def test_slow_typing_is_not_a_code() -> None:
    clock = Ticks()
    detector = WedgeDetector(clock)
    text = typed(detector, clock, "Nguyen Van Duc", 0.12)
    assert detector.finish(text) is None


def test_short_burst_is_not_a_code() -> None:
    clock = Ticks()
    detector = WedgeDetector(clock)
    assert detector.finish(typed(detector, clock, "abc", 0.004)) is None


def test_burst_after_slow_typing_is_the_code() -> None:
    clock = Ticks()
    detector = WedgeDetector(clock)
    typed(detector, clock, "tan", 0.2)
    clock.now += 1
    typed(detector, clock, "SK1ABCDEFGHJK", 0.004)
    assert detector.finish("tanSK1ABCDEFGHJK") == "SK1ABCDEFGHJK"


def test_enter_long_after_the_burst_is_typing() -> None:
    clock = Ticks()
    detector = WedgeDetector(clock)
    text = typed(detector, clock, "SK1ABCDEFGHJK", 0.004)
    clock.now += 0.5
    assert detector.finish(text) is None


def test_reset_forgets_keys_and_field_must_end_with_the_burst() -> None:
    clock = Ticks()
    detector = WedgeDetector(clock)
    typed(detector, clock, "SK1ABCDEFGHJK", 0.004)
    detector.reset()
    assert detector.finish("SK1ABCDEFGHJK") is None
    text = typed(detector, clock, "SK1ABCDEFGHJK", 0.004)
    assert detector.finish(text + "x") is None  # edited afterwards: not what was scanned


# --- models -------------------------------------------------------------------------------


def test_recent_scans_newest_first_struck_out_when_voided() -> None:
    model = RecentScansModel()
    model.set_rows([scan_line("e1")])
    model.prepend(scan_line("e2", Outcome.FORGED, person_name="SK1XX", participant_id=None))
    assert model.column_texts(1) == ["SK1XX", "Minji Kim"]
    assert model.column_texts(2) == ["Forged", "Accepted"]
    assert model.column_texts(0) == ["09:30:00", "09:30:00"]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Time",
        "Name",
        "Decision",
        "Station",
    ]
    assert model.data(model.index(0, 1), Qt.ItemDataRole.FontRole) is None
    assert model.mark_voided("e1")
    assert not model.mark_voided("e1")
    font = model.data(model.index(1, 0), Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()
    assert "Undone" in model.data(model.index(1, 2), Qt.ItemDataRole.ToolTipRole)


def test_recent_scans_keep_a_limit_and_mark_exits() -> None:
    model = RecentScansModel()
    for number in range(RecentScansModel.LIMIT + 5):
        model.prepend(scan_line(f"e{number}", direction=Direction.OUT))
    assert model.rowCount() == RecentScansModel.LIMIT
    assert model.row_at(0).event_uuid == f"e{RecentScansModel.LIMIT + 4}"
    assert model.column_texts(2)[0] == "Accepted (out)"


def test_missing_model_rows_and_removal() -> None:
    seen = LastSeen(9, "Welcome lecture", AT, Direction.IN)
    rows = [
        MissingPerson(card(1), "Teacher Park", seen, False),
        MissingPerson(
            card(2, given_name="Jisoo", native_name="박지수"), "Teacher Park", None, False
        ),
    ]
    model = MissingModel(rows)
    assert model.column_texts(0) == ["Minji Kim", "Jisoo Kim"]
    assert model.column_texts(1) == ["김민지", "박지수"]
    assert model.column_texts(4) == ["at Welcome lecture, Mon 09:30", "never seen"]
    assert model.column_texts(5) == ["Teacher Park", "Teacher Park"]
    native_font = model.data(model.index(0, 1), Qt.ItemDataRole.FontRole)
    assert isinstance(native_font, QFont) and "Noto Sans CJK KR" in native_font.families()
    assert model.remove_participant(1) is rows[0]
    assert model.remove_participant(1) is None
    assert model.participant_ids() == {2}


def test_whereabouts_model_columns() -> None:
    rows = [
        Whereabouts(card(1), LastSeen(4, "Bus to Harima", AT, Direction.OUT)),
        Whereabouts(card(2, delegation="", delegation_id=None), None),
    ]
    model = WhereaboutsModel(rows)
    assert model.column_texts(4) == ["left Bus to Harima", "never seen"]
    assert model.column_texts(5) == ["Mon 13 Jul 09:30", ""]
    assert model.column_texts(2) == ["Seoul Science HS", "Host"]


def test_search_results_model() -> None:
    model = SearchResultsModel()
    model.set_people([card(1), card(2, status=ParticipantStatus.WITHDRAWN, team="Team 3")])
    assert model.rowCount() == 2
    assert model.data(model.index(0, 0)) == "Minji Kim  —  김민지  —  Seoul Science HS  —  Team Red"
    assert model.data(model.index(1, 0)).endswith("Team 3")
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.person_at(1).participant_id == 2


# --- texts --------------------------------------------------------------------------------


def test_result_view_uses_preferred_name_and_both_scripts() -> None:
    person = card(preferred_name="Mimi")
    view = result_view(scan_result(Outcome.ACCEPTED, person))
    assert (view.tone, view.headline, view.given, view.family, view.native) == (
        Tone.GREEN,
        "Welcome",
        "Mimi",
        "Kim",
        "김민지",
    )
    assert view.affiliation == "Seoul Science HS (Korea)  ·  Team Red"
    assert view.country_code == "KR"


def test_result_view_of_refused_code_and_exit() -> None:
    view = result_view(scan_result(Outcome.FORGED, None, message="Invalid badge"))
    assert (view.tone, view.headline, view.given) == (Tone.RED, "Invalid badge", "")
    out = result_view(scan_result(Outcome.ACCEPTED, card(), direction=Direction.OUT))
    assert out.headline == "Checked out"
    already = result_view(
        scan_result(
            Outcome.ALREADY_IN,
            card(),
            direction=Direction.OUT,
            message="Minji is already checked out at 09:40.",
            already_out=True,  # the headline reads this flag, never the (translated) message
        )
    )
    assert (already.tone, already.headline) == (Tone.AMBER, "Already checked out")


def test_undo_view_and_labels() -> None:
    view = undo_view(UndoResult("v1", "e1", "Undone: the scan of Minji Kim.", 7, card()))
    assert (view.tone, view.headline, view.given) == (None, "Undone", "Minji")
    assert team_label("Red") == "Team Red" and team_label("Team 7") == "Team 7"
    assert affiliation(card(delegation="", role=Role.STAFF, team="")) == "Staff"


# --- the desk queue -----------------------------------------------------------------------


class HeldRunner:
    """A runner that keeps tasks until the test releases them (like a slow worker thread)."""

    def __init__(self) -> None:
        self.held: list[tuple[Callable[..., Any], Callable[[Any], None]]] = []

    def run(self, fn: Callable[..., Any], *, on_success: Any, on_error: Any, **_: Any) -> Any:
        self.held.append((fn, on_success))
        return TaskHandle(0, "", ProgressReporter())

    def release(self) -> None:
        fn, on_success = self.held.pop(0)
        on_success(fn(ProgressReporter()))

    def shutdown(self, timeout_ms: int = 5000) -> None:
        return None


def unexpected(value: object) -> None:
    raise AssertionError(f"unexpected: {value!r}")


def named(name: str) -> Callable[[], str]:
    return lambda: name


def test_queue_runs_jobs_in_order_one_at_a_time() -> None:
    runner = HeldRunner()
    queue = DeskQueue(runner)
    done: list[str] = []
    for name in ("scan1", "undo1", "scan2"):
        queue.submit(named(name), done.append, unexpected)
    assert len(runner.held) == 1 and not queue.idle
    runner.release()
    runner.release()
    runner.release()
    assert done == ["scan1", "undo1", "scan2"] and queue.idle


def test_queue_replaces_waiting_searches_and_drops_results_after_reset() -> None:
    runner = HeldRunner()
    queue = DeskQueue(runner)
    done: list[str] = []
    queue.submit(lambda: "scan", done.append, unexpected)
    queue.submit(lambda: "search a", done.append, unexpected, kind="search", replace=True)
    queue.submit(lambda: "search ab", done.append, unexpected, kind="search", replace=True)
    runner.release()
    runner.release()
    assert done == ["scan", "search ab"]
    queue.submit(lambda: "old program", done.append, unexpected)
    queue.reset()
    runner.release()
    assert done == ["scan", "search ab"]


def test_queue_with_the_sync_runner_reports_errors() -> None:
    queue = DeskQueue(SyncTaskRunner())
    errors: list[BaseException] = []

    def boom() -> None:
        raise ValueError("no")

    queue.submit(boom, unexpected, errors.append)
    queue.submit(lambda: 1, lambda value: errors.append(RuntimeError(str(value))), unexpected)
    assert [str(e) for e in errors] == ["no", "1"]


# --- the missing list ---------------------------------------------------------------------


def report() -> MissingReport:
    seen = LastSeen(9, "Welcome lecture", AT, Direction.IN)
    return MissingReport(
        checkpoint="Bus to Harima, Mon 13 Jul 12:00",
        expected=3,
        present=1,
        missing=[
            MissingPerson(card(1), "Teacher <Park>", seen, False),
            MissingPerson(card(2, given_name="Anong", native_name="อนงค์"), "", None, True),
        ],
        as_of=AT,
        station="Bus 2",
    )


def test_missing_csv() -> None:
    rows = list(csv.DictReader(io.StringIO(csv_text(report()))))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert rows[0]["native_name"] == "김민지"
    assert rows[0]["last_seen_checkpoint"] == "Welcome lecture"
    assert rows[0]["last_seen_at"] == "2026-07-13T09:30+09:00"
    assert rows[1]["last_seen_checkpoint"] == "" and rows[1]["checked_out_here"] == "yes"
    assert (
        suggested_file_name(report()) == "missing-Bus-to-Harima--Mon-13-Jul-12-00-20260713-0930.csv"
    )


def test_missing_html_escapes_and_counts() -> None:
    html = report_html(report())
    assert "Missing at Bus to Harima" in html
    assert "missing 2" in html and "expected 3" in html and "station Bus 2" in html
    assert "Teacher &lt;Park&gt;" in html and "อนงค์" in html
    assert "never seen" in html
    empty = MissingReport("Arrival", 2, 2, [], AT)
    assert "Nobody is missing" in report_html(empty)


def test_headcount_panel_cheap_updates(qtbot: Any) -> None:
    from sakura_desktop.ui.checkin.headcount_panel import HeadcountPanel

    panel = HeadcountPanel()
    qtbot.addWidget(panel)
    info = CheckpointInfo(7, 1, "u", "Arrival", CheckpointKind.ARRIVAL, False, None, None)
    minji, anong = card(1), card(2, given_name="Anong")
    hc = Headcount(
        checkpoint=info,
        expected=2,
        present=0,
        extra=0,
        checked_out=0,
        missing=[MissingPerson(minji, "", None, False), MissingPerson(anong, "", None, False)],
        as_of=AT,
    )
    assert not panel.export_button.isEnabled()
    panel.show_headcount(hc)
    assert panel.export_button.isEnabled()
    assert panel.apply_scan(scan_result(Outcome.ACCEPTED, minji))
    assert (panel.expected, panel.present, panel.missing) == (2, 1, 1)
    assert panel.apply_scan(scan_result(Outcome.ALREADY_IN, minji))  # nothing moves
    assert panel.apply_scan(scan_result(Outcome.NOT_EXPECTED, card(3)))
    assert panel.extra == 1 and "1 more inside" in panel.caption.text()
    assert not panel.apply_scan(scan_result(Outcome.ACCEPTED, minji, direction=Direction.OUT))
    assert panel.apply_scan(scan_result(Outcome.ACCEPTED, anong, checkpoint_id=99))  # elsewhere
    assert panel.missing == 1
    panel.reapply_entry(2)
    assert (panel.present, panel.missing) == (2, 0)
    assert [
        t.value_text for t in (panel.expected_tile, panel.present_tile, panel.missing_tile)
    ] == [
        "2",
        "2",
        "0",
    ]
    made = panel.report("Main door")
    assert made is not None and made.station == "Main door" and made.missing == []
