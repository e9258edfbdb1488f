"""What a scan does on the Check-in screen: submit it, show the answer, and undo it.

Holds the scanner, camera, typed-code and by-name check-ins (each queued on the desk), showing the
desk's `ScanResult` (result panel, sound, last scans, head count) and undoing the last scan. It is
separate from the page because it is the one path from an input to a recorded scan; the page only
wires inputs to it.
"""

from __future__ import annotations

from functools import partial

from sakura_desktop.core.checkin.decision import Tone
from sakura_desktop.core.checkin.people import PersonCard
from sakura_desktop.core.checkin.service import CheckinDesk, ScanLine, ScanResult, UndoResult
from sakura_desktop.db.enums import Direction, ScanMethod
from sakura_desktop.ui.checkin.page_base import CheckinPageBase
from sakura_desktop.ui.checkin.text import ResultView, result_view, undo_view
from sakura_desktop.ui.dialogs import messages
from sakura_desktop.ui.i18n import translate


class ScanningMixin(CheckinPageBase):
    """Scans, manual check-ins, their result and their undo, for `CheckinPage`."""

    # --- scanning -----------------------------------------------------------------------------

    def scan_code(self, code: str) -> None:
        """A code from the scanner."""
        self.hide_search()
        self._scan(code, ScanMethod.SCANNER)

    def scan_camera_code(self, code: str) -> None:
        self._scan(code, ScanMethod.CAMERA)

    def _scan(self, code: str, method: ScanMethod) -> None:
        desk, info = self.desk, self.checkpoint
        if desk is None or info is None:
            self._show_problem(
                translate(
                    "CheckinPage", "Not ready to scan: choose a program and a checkpoint first."
                )
            )
            return
        direction = self.direction
        self.queue.submit(
            partial(desk.scan, info.id, code, method=method, direction=direction),
            lambda result: self._show_result(result, desk, code),
            self._scan_failed,
            title="Checking a badge",
            kind="scan",
        )

    def check_in_person(self, person: PersonCard) -> None:
        """A manual check-in of a person picked from the name search."""
        desk, info = self.desk, self.checkpoint
        self.input.clear()
        self.hide_search()
        if desk is None or info is None:
            self._show_problem(
                translate(
                    "CheckinPage", "Not ready to check in: choose a program and a checkpoint first."
                )
            )
            return
        self.queue.submit(
            partial(desk.check_in, info.id, person.participant_id, direction=self.direction),
            lambda result: self._show_result(result, desk, ""),
            self._scan_failed,
            title="Checking in by name",
            kind="scan",
        )

    def check_in_row(self, row: int) -> None:
        if 0 <= row < self.search_model.rowCount():
            self.check_in_person(self.search_model.person_at(row))
        self.refocus()

    def _show_result(self, result: ScanResult, desk: CheckinDesk, code: str) -> None:
        self.show_view(result_view(result))
        self.sounds.play(result.tone)
        self.last_result = result
        self.undo_button.setEnabled(True)
        if self.checkpoint is None or result.checkpoint_id != self.checkpoint.id:
            return
        line = ScanLine(
            event_uuid=result.event_uuid,
            occurred_at=result.occurred_at,
            outcome=result.outcome,
            direction=result.direction,
            method=result.method,
            station=desk.station_name,
            operator=desk.operator,
            person_name=result.person.display_name if result.person else code.strip()[:60],
            participant_id=result.person.participant_id if result.person else None,
            voided=False,
        )
        self.recent_model.prepend(line)
        if self._loading_state:
            self._scans_since_load.append(line)
        if not self.headcount_panel.apply_scan(result):
            self._reload_soon()
        elif (
            self._loading_state
            and result.person is not None
            and result.changes_presence
            and result.direction is Direction.IN
        ):
            self._entries_since_load.append(result.person.participant_id)

    def _scan_failed(self, exc: BaseException) -> None:
        self._show_problem(messages.describe(exc, translate("CheckinPage", "checking the badge")))

    def _show_problem(self, text: str) -> None:
        self.show_view(ResultView(Tone.RED, translate("CheckinPage", "Not recorded"), message=text))
        self.sounds.play(Tone.RED)

    def show_view(self, view: ResultView) -> None:
        self.result_panel.show_view(view)

    # --- undo ---------------------------------------------------------------------------------

    def undo_last(self) -> None:
        result, desk = self.last_result, self.desk
        if result is None or desk is None:
            return
        self.last_result = None
        self.undo_button.setEnabled(False)
        self.queue.submit(
            partial(desk.undo, result.event_uuid),
            self._undone,
            lambda exc: self._show_problem(
                messages.describe(exc, translate("CheckinPage", "undoing the scan"))
            ),
            title="Undoing the scan",
            kind="undo",
        )
        self.refocus()

    def _undone(self, result: UndoResult) -> None:
        self.show_view(undo_view(result))
        self.recent_model.mark_voided(result.voided_uuid)
        if self.checkpoint is not None and result.checkpoint_id == self.checkpoint.id:
            self._reload_soon()
