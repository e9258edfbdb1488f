"""Merging a journal into this database: a set union of events, in one transaction.

Rules (so that any order of imports, repeated ones included, gives the state of one station that
saw every scan):

* An event is known by its uuid; a known one is skipped. Two different events that claim the
  same station and sequence number refuse the whole file (a station restored from an old backup
  numbered new scans again).
* Stations are found by uuid, created (not local) when unknown. Events of a local station that
  come back (this database was restored) are stored, and its counter moves past them.
* People are found by uuid. Scans of people this database does not know are held back and
  reported; the file stays where it is, so a later merge (after a newer station package) takes
  them.
* Checkpoints are found by uuid, else by their session's uuid (two laptops that each created a
  session's checkpoint), else the arrival checkpoint by kind, else by kind and name; else created
  (a session's only when its session is known here).
* Undos are stored after the scans they void; an undo of a scan not received yet is held back,
  and of a scan another station already undid is reported (the first undo stands).
* A refused file changes nothing: everything happens in one write transaction.

After the merge, each station's missing sequence numbers are reported as ranges.

This module runs the use case; `merge_mapping` finds or creates the stations and checkpoints,
`merge_conflicts` words a refused file, `event_insert` writes the events in bulk and
`merge_report` is what the caller gets back.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sakura_desktop.core.checkin.decision import PRESENCE_DECISIONS
from sakura_desktop.core.collector import collector_paused
from sakura_desktop.core.sync.duplicates import PresenceKey, count_in, presence_events
from sakura_desktop.core.sync.event_insert import (
    IN_CHUNK,
    chunks,
    insert_events,
    large_cache,
    time_writer,
)
from sakura_desktop.core.sync.export import program_identity
from sakura_desktop.core.sync.gaps import station_gaps
from sakura_desktop.core.sync.journal_file import (
    JournalRecord,
    StationRange,
    VerifiedJournal,
    read_journal,
    uuid_digest,
)
from sakura_desktop.core.sync.merge_conflicts import (
    SequenceConflictError,
    find_reused_uuid,
    refuse_reused_uuids,
    sequence_conflict,
)
from sakura_desktop.core.sync.merge_mapping import map_checkpoints, map_people, map_stations
from sakura_desktop.core.sync.merge_report import MergeReport
from sakura_desktop.db.base import utc_now
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.locking import write_session
from sakura_desktop.db.models import CheckinEvent, Station

# Importable from here as before (the command line, the folder sync and tests name them so).
__all__ = ["MergeReport", "SequenceConflictError", "merge_journal"]


# --- the whole use case -----------------------------------------------------------------------


def merge_journal(
    factory: SessionFactory, program_id: int, source: Path | VerifiedJournal
) -> MergeReport:
    """Merge a journal file (or one already read) into the program; raises a `JournalError`
    (and changes nothing) when the file is refused."""
    if isinstance(source, Path):
        with factory() as session:
            identity = program_identity(session, program_id)
        journal = read_journal(source, identity)
    else:
        journal = source
    if _already_held(factory, journal.header.stations):
        return _touch(factory, journal)
    with collector_paused():
        records = journal.records()
        with write_session(factory) as session:
            return _Merge(session, program_id, journal, records).run()


def _already_held(factory: SessionFactory, stations: Sequence[StationRange]) -> bool:
    """Whether this database holds exactly the events the journal declares, station by station
    (the same uuids under the same numbers), so its records need not be read."""
    with factory() as session:
        for station in stations:
            station_id = session.scalar(select(Station.id).where(Station.uuid == station.uuid))
            if station_id is None:
                return False
            held = list(
                session.scalars(
                    select(CheckinEvent.uuid)
                    .where(
                        CheckinEvent.station_id == station_id,
                        CheckinEvent.station_seq.between(station.first_seq, station.last_seq),
                    )
                    .order_by(CheckinEvent.station_seq)
                )
            )
            if len(held) != station.count or uuid_digest(held) != station.digest:
                return False
    return True


def _touch(factory: SessionFactory, journal: VerifiedJournal) -> MergeReport:
    """Nothing new: note when the stations' journals were last read, and report the gaps."""
    uuids = [s.uuid for s in journal.header.stations]
    with write_session(factory) as session:
        _mark_merged(session, uuids)
        gaps = station_gaps(session, uuids)
    return MergeReport(
        source=journal.name,
        new=0,
        known=journal.count,
        duplicates=0,
        unknown_people=0,
        unknown_checkpoints=0,
        waiting_undos=0,
        already_undone=0,
        stations=[s.name for s in journal.header.stations],
        gaps=gaps,
    )


def _mark_merged(session: Session, station_uuids: list[str]) -> None:
    if station_uuids:
        session.execute(
            update(Station)
            .where(Station.uuid.in_(station_uuids), Station.is_local.is_(False))
            .values(last_merged_at=utc_now())
        )


# --- one merge, inside its transaction --------------------------------------------------------


class _Merge:
    """The steps of one merge; holds the lookups it builds along the way."""

    def __init__(
        self,
        session: Session,
        program_id: int,
        journal: VerifiedJournal,
        records: list[JournalRecord],
    ) -> None:
        self.session = session
        self.program_id = program_id
        self.journal = journal
        self.records = records
        self.stations: dict[str, int] = {}
        self.checkpoints: dict[str, int | None] = {}

    def run(self) -> MergeReport:
        self.stations = map_stations(self.session, self.journal.header.stations)
        self.checkpoints = map_checkpoints(
            self.session, self.program_id, self.journal.header.checkpoints
        )
        people = map_people(
            self.session, self.program_id, {r.participant for r in self.records if r.participant}
        )
        fresh, known = self._fresh()
        touched = {people[r.participant] for r in fresh if r.participant in people}
        before = presence_events(self.session, self.program_id, touched)
        scans = [r for r in fresh if r.voids is None]
        stored = self._storable(scans, people)
        unknown_people = sum(1 for r in scans if r.participant and r.participant not in people)
        unknown_checkpoints = sum(1 for r in scans if self.checkpoints.get(r.checkpoint) is None)
        undos, waiting, undone = self._undos([r for r in fresh if r.voids is not None], stored)
        stored_undos = self._storable(undos, people)
        unknown_people += len(undos) - len(stored_undos)
        with large_cache(self.session):
            self._insert(stored, people)
            self._insert(stored_undos, people)
        inserted = stored + stored_undos
        self._advance_counters(inserted)
        _mark_merged(self.session, list(self.stations))
        duplicates = self._new_duplicates(before, stored, stored_undos, people)
        return MergeReport(
            source=self.journal.name,
            new=len(inserted),
            known=known,
            duplicates=duplicates,
            unknown_people=unknown_people,
            unknown_checkpoints=unknown_checkpoints,
            waiting_undos=waiting,
            already_undone=undone,
            stations=[s.name for s in self.journal.header.stations],
            gaps=station_gaps(self.session, list(self.stations)),
        )

    def _new_duplicates(
        self,
        before: list[PresenceKey],
        scans: list[JournalRecord],
        undos: list[JournalRecord],
        people: dict[str, int],
    ) -> int:
        """Duplicates this merge made, counted in memory from the touched people's events
        before it and the events it stored (re-reading them would cost as much as the merge)."""
        voided = {r.voids for r in undos}
        checkpoints = self.checkpoints
        after = [e for e in before if e[3] not in voided]
        after += [
            (
                checkpoints[r.checkpoint] or 0,
                people[r.participant],
                r.occurred_at,
                r.uuid,
                r.direction,
            )
            for r in scans
            if r.participant is not None
            and r.decision in PRESENCE_DECISIONS
            and r.uuid not in voided
        ]
        return max(0, count_in(after) - count_in(before))

    def _storable(
        self, records: list[JournalRecord], people: dict[str, int]
    ) -> list[JournalRecord]:
        """The records whose checkpoint and person (if any) this database knows."""
        checkpoints = self.checkpoints
        return [
            r
            for r in records
            if checkpoints.get(r.checkpoint) is not None
            and (r.participant is None or r.participant in people)
        ]

    # --- events ---------------------------------------------------------------------------------

    def _fresh(self) -> tuple[list[JournalRecord], int]:
        """The records this database does not hold yet, and how many it does; refuses the file
        when a number or a uuid is claimed by a different event."""
        held: dict[str, dict[int, str]] = {}
        for station in self.journal.header.stations:
            held[station.uuid] = dict(
                self.session.execute(
                    select(CheckinEvent.station_seq, CheckinEvent.uuid).where(
                        CheckinEvent.station_id == self.stations[station.uuid],
                        CheckinEvent.station_seq.between(station.first_seq, station.last_seq),
                    )
                ).all()
            )
        names = {s.uuid: s.name for s in self.journal.header.stations}
        fresh: list[JournalRecord] = []
        known = 0
        for record in self.records:
            existing = held[record.station].get(record.seq)
            if existing == record.uuid:
                known += 1
            elif existing is not None:
                raise sequence_conflict(names[record.station], record.seq, self.journal.name)
            else:
                fresh.append(record)
        refuse_reused_uuids(fresh, self.journal.name)
        return fresh, known

    def _undos(
        self, undos: list[JournalRecord], scans: list[JournalRecord]
    ) -> tuple[list[JournalRecord], int, int]:
        """The undos that can be stored now (their scan is here and not undone yet), how many
        wait for their scan, and how many come after another station's undo of the same scan."""
        if not undos:
            return [], 0, 0
        targets = sorted({r.voids for r in undos if r.voids})
        present = {r.uuid for r in scans}
        voided: set[str] = set()
        for chunk in chunks(targets, IN_CHUNK):
            present.update(
                self.session.scalars(
                    select(CheckinEvent.uuid).where(
                        CheckinEvent.uuid.in_(chunk), CheckinEvent.program_id == self.program_id
                    )
                )
            )
            voided.update(
                v
                for v in self.session.scalars(
                    select(CheckinEvent.voids_event_uuid).where(
                        CheckinEvent.voids_event_uuid.in_(chunk)
                    )
                )
                if v is not None
            )
        storable: list[JournalRecord] = []
        waiting = undone = 0
        for record in sorted(undos, key=lambda r: (r.occurred_at, r.uuid)):
            if record.voids not in present:
                waiting += 1
            else:
                # A second station's undo of a scan already undone is kept too (the stations
                # then hold the same events); the scan simply stays voided.
                undone += record.voids in voided
                voided.add(record.voids)
                storable.append(record)
        return storable, waiting, undone

    def _insert(self, records: list[JournalRecord], people: dict[str, int]) -> None:
        """Bulk inserts in time order (so row ids follow time, as on one station)."""
        if not records:
            return
        connection = self.session.connection()
        time = time_writer(connection)
        checkpoints, stations, program_id = self.checkpoints, self.stations, self.program_id
        # Values in the order of `event_insert.COLUMNS`, built inline: a method call per row was
        # a tenth of a 100,000-event merge.
        rows = [
            (
                r.uuid,
                program_id,
                people[r.participant] if r.participant else None,
                checkpoints[r.checkpoint],
                r.direction,
                stations[r.station],
                r.seq,
                time(r.occurred_at),
                r.operator[:100],
                r.method,
                r.decision,
                r.raw_code[:200] if r.raw_code is not None else None,
                r.voids,
                r.note,
            )
            for r in sorted(records, key=attrgetter("occurred_at", "uuid"))
        ]
        try:
            insert_events(connection, rows)
        except IntegrityError as exc:
            raise find_reused_uuid(self.session, self.journal, records) from exc

    def _advance_counters(self, inserted: list[JournalRecord]) -> None:
        """Each station's counter at least past its highest stored number (a local station whose
        old events came back must not give those numbers again)."""
        for station in {record.station for record in inserted}:
            station_id = self.stations[station]
            highest = (  # the (station, number) unique index answers at once
                select(func.max(CheckinEvent.station_seq))
                .where(CheckinEvent.station_id == station_id)
                .scalar_subquery()
            )
            self.session.execute(
                update(Station)
                .where(Station.id == station_id, Station.last_seq < highest)
                .values(last_seq=highest)
            )
