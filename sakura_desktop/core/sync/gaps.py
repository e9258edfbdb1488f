"""Which scans of a station this database has never received: the holes in its sequence.

A station numbers its scans 1, 2, 3 ...; after a merge, the numbers missing between 1 and the
highest one held are named as ranges, so the coordinator knows a journal (or a piece of one)
is still to be imported.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from sakura_desktop.core.i18n import translate
from sakura_desktop.db.models import CheckinEvent, Station


@dataclass(frozen=True)
class Gap:
    station_uuid: str
    station: str
    first: int
    last: int

    @property
    def message(self) -> str:
        if self.first == self.last:
            return translate(
                "SyncGaps",
                "scan {number} of {station} is missing: import its journal again or the "
                "missing file",
            ).format(number=self.first, station=self.station)
        return translate(
            "SyncGaps",
            "scans {first}–{last} of {station} are missing: import its journal again or the "
            "missing file",
        ).format(first=self.first, last=self.last, station=self.station)


_GAPS = text(
    "SELECT station_seq, next_seq FROM ("
    " SELECT station_seq, LEAD(station_seq) OVER (ORDER BY station_seq) AS next_seq"
    " FROM checkin_events WHERE station_id = :station"
    ") AS numbered WHERE next_seq > station_seq + 1 ORDER BY station_seq"
)


def station_gaps(session: Session, station_uuids: Iterable[str]) -> list[Gap]:
    """For each station, the sequence numbers missing between 1 and the highest one held."""
    gaps: list[Gap] = []
    for uuid in sorted(station_uuids):
        row = session.execute(
            select(Station.id, Station.name).where(Station.uuid == uuid)
        ).one_or_none()
        if row is None:
            continue
        lowest = session.scalar(
            select(func.min(CheckinEvent.station_seq)).where(CheckinEvent.station_id == row.id)
        )
        if lowest is None:
            continue
        if lowest > 1:
            gaps.append(Gap(uuid, row.name, 1, lowest - 1))
        for seq, next_seq in session.execute(_GAPS, {"station": row.id}):
            gaps.append(Gap(uuid, row.name, seq + 1, next_seq - 1))
    return gaps
