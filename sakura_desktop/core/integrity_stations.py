"""The database check's rules on local stations: the counter is ahead of the station's scans,
and no number is given to two of them. `core.integrity` runs them."""

from __future__ import annotations

from sqlalchemy import func, select, tuple_
from sqlalchemy.orm import Session

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.integrity_report import (
    Facts,
    Findings,
    ProblemKind,
    count_of,
    restore_advice,
)
from sakura_desktop.db.models import CheckinEvent, Station


def check_stations(session: Session, facts: Facts, findings: Findings) -> None:
    """A local station's counter is ahead of its scans, and no number is used twice."""
    highest = (
        select(func.max(CheckinEvent.station_seq))
        .where(CheckinEvent.station_id == Station.id)
        .correlate(Station)
        .scalar_subquery()
    )  # one index lookup per station: the (station_id, station_seq) key
    rows = session.execute(
        select(Station.name, Station.last_seq, highest.label("highest"))
        .where(Station.is_local.is_(True))
        .order_by(Station.name)
    ).all()
    for row in rows:
        if row.highest is not None and row.last_seq < row.highest:
            findings.add(
                ProblemKind.STATION,
                translate(
                    "Integrity",
                    "Station {station} has numbered its scans up to {last}, but holds scans "
                    "numbered up to {highest}, so its next scan would be refused. {restore}",
                ).format(
                    station=row.name,
                    last=row.last_seq,
                    highest=row.highest,
                    restore=restore_advice(),
                ),
            )
    reused = session.execute(
        select(Station.name, func.count(CheckinEvent.station_seq.distinct()).label("numbers"))
        .join(CheckinEvent, CheckinEvent.station_id == Station.id)
        .where(
            tuple_(CheckinEvent.station_id, CheckinEvent.station_seq).in_(
                select(CheckinEvent.station_id, CheckinEvent.station_seq)
                .group_by(CheckinEvent.station_id, CheckinEvent.station_seq)
                .having(func.count() > 1)
            )
        )
        .group_by(Station.id, Station.name)
    ).all()
    for name, numbers in reused:
        findings.add(
            ProblemKind.STATION,
            translate(
                "Integrity",
                "Station {station} gave {numbers} to more than one of its scans, so its journal "
                "can no longer be checked for missing scans. {restore}",
            ).format(station=name, numbers=count_of(numbers, "number"), restore=restore_advice()),
        )
