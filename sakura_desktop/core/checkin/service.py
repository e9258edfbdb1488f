"""Check-in use cases: scan, manual check-in, undo, head count, where is everyone, recent scans.

The GUI keeps one `CheckinDesk` per program and station: it caches what does not change from
scan to scan (the program's keys and time zone, the station row, each checkpoint's facts and
audience) so that a scan costs a handful of indexed point queries and one short write
transaction. Call `refresh()` when the checkpoint or the roster changes. The module-level
functions are one-shot conveniences over a fresh desk (the CLI uses them).

Every scan is stored, refused ones included; the raw code is kept only for refused scans.

The desk and its results live in `desk`, the read-only reports in `reports`; both are re-exported
here, so `sakura_desktop.core.checkin.service` stays the one import for callers.
"""

from __future__ import annotations

from sqlalchemy import select

from sakura_desktop.core.checkin.desk import ACTIVE as ACTIVE
from sakura_desktop.core.checkin.desk import RAW_CODE_MAX as RAW_CODE_MAX
from sakura_desktop.core.checkin.desk import CheckinDesk as CheckinDesk
from sakura_desktop.core.checkin.desk import Clock as Clock
from sakura_desktop.core.checkin.desk import ScanResult as ScanResult
from sakura_desktop.core.checkin.desk import UndoResult as UndoResult
from sakura_desktop.core.checkin.desk import station_id as station_id
from sakura_desktop.core.checkin.people import PersonCard, load_cards, search, search_entry
from sakura_desktop.core.checkin.reports import Headcount as Headcount
from sakura_desktop.core.checkin.reports import LastSeen as LastSeen
from sakura_desktop.core.checkin.reports import MissingPerson as MissingPerson
from sakura_desktop.core.checkin.reports import ScanLine as ScanLine
from sakura_desktop.core.checkin.reports import Whereabouts as Whereabouts
from sakura_desktop.core.checkin.reports import headcount as headcount
from sakura_desktop.core.checkin.reports import outcome_of as outcome_of
from sakura_desktop.core.checkin.reports import recent_scans as recent_scans
from sakura_desktop.core.checkin.reports import where_is_everyone as where_is_everyone
from sakura_desktop.core.i18n import translate
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import Direction, ScanMethod
from sakura_desktop.db.models import CheckinEvent
from sakura_desktop.errors import NotFoundError

# --- one-shot use cases -----------------------------------------------------------------------


def scan(
    factory: SessionFactory,
    program_id: int,
    checkpoint_id: int,
    code: str,
    station_name: str,
    operator: str = "",
    method: ScanMethod = ScanMethod.SCANNER,
    direction: Direction = Direction.IN,
) -> ScanResult:
    desk = CheckinDesk(factory, program_id, station_name=station_name, operator=operator)
    return desk.scan(checkpoint_id, code, method=method, direction=direction)


def manual_checkin(
    factory: SessionFactory,
    program_id: int,
    checkpoint_id: int,
    participant_id: int,
    station_name: str,
    operator: str,
    direction: Direction = Direction.IN,
) -> ScanResult:
    desk = CheckinDesk(factory, program_id, station_name=station_name, operator=operator)
    return desk.check_in(checkpoint_id, participant_id, direction=direction)


def undo(
    factory: SessionFactory, event_uuid: str, station_name: str, operator: str = ""
) -> UndoResult:
    with factory() as session:
        program_id = session.scalar(
            select(CheckinEvent.program_id).where(CheckinEvent.uuid == event_uuid)
        )
    if program_id is None:
        raise NotFoundError(
            translate("CheckinDesk", "No scan {uuid} in this database.").format(uuid=event_uuid)
        )
    desk = CheckinDesk(factory, program_id, station_name=station_name, operator=operator)
    return desk.undo(event_uuid)


def search_people(
    factory: SessionFactory, program_id: int, text: str, limit: int = 30
) -> list[PersonCard]:
    with factory() as session:
        cards = load_cards(session, program_id)
    return search((search_entry(card) for card in cards.values()), text, limit)
