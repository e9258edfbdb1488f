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
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, Table, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sakura_desktop.core.checkin.checkpoints import unique_checkpoint_name
from sakura_desktop.core.checkin.decision import PRESENCE_DECISIONS
from sakura_desktop.core.i18n import translate
from sakura_desktop.core.sync.duplicates import count_in, presence_events
from sakura_desktop.core.sync.export import program_identity
from sakura_desktop.core.sync.gaps import Gap, station_gaps
from sakura_desktop.core.sync.journal_file import (
    CheckpointRef,
    JournalError,
    JournalRecord,
    StationRange,
    VerifiedJournal,
    read_journal,
    uuid_digest,
)
from sakura_desktop.db.base import new_uuid, utc_now
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import CheckpointKind
from sakura_desktop.db.locking import write_session
from sakura_desktop.db.models import (
    CheckinEvent,
    Checkpoint,
    Participant,
    ScheduleSession,
    Station,
)

CHUNK = 5000
LARGE_CACHE_KIB = -65536  # negative: KiB, as SQLite's PRAGMA cache_size takes it
IN_CHUNK = 900  # bound parameters per IN list (SQLite's old limit is 999)
SESSION_KINDS = (CheckpointKind.SESSION.value, CheckpointKind.TRANSFER.value)


class SequenceConflictError(JournalError):
    """Two different events claim one station's sequence number."""


@dataclass(frozen=True)
class MergeReport:
    source: str
    new: int
    known: int
    duplicates: int  # admissions kept as duplicates because of this merge
    unknown_people: int  # scans held back: they name people this database does not know
    unknown_checkpoints: int  # held back: their session is not known here
    waiting_undos: int  # undos held back until the scan they void arrives
    already_undone: int  # undos of scans another station had also undone (kept; no effect)
    stations: list[str]
    gaps: list[Gap] = field(default_factory=list)

    @property
    def held_back(self) -> int:
        return self.unknown_people + self.unknown_checkpoints + self.waiting_undos

    @property
    def notes(self) -> list[str]:
        """Sentences for what was not merged, and why."""
        notes = []
        if self.unknown_people:
            notes.append(
                translate(
                    "SyncMerge",
                    "{count} scans name people this station does not know; "
                    "import a newer station package, then merge again.",
                ).format(count=self.unknown_people)
            )
        if self.unknown_checkpoints:
            notes.append(
                translate(
                    "SyncMerge",
                    "{count} scans are at sessions this station does not know; "
                    "import a newer station package, then merge again.",
                ).format(count=self.unknown_checkpoints)
            )
        if self.waiting_undos:
            notes.append(
                translate(
                    "SyncMerge",
                    "{count} undos void scans this station has not received yet; "
                    "they are merged once those scans arrive.",
                ).format(count=self.waiting_undos)
            )
        if self.already_undone:
            notes.append(
                translate(
                    "SyncMerge",
                    "{count} undos void scans another station had already undone; "
                    "both undos are kept and the scan stays undone.",
                ).format(count=self.already_undone)
            )
        return notes + [gap.message for gap in self.gaps]


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
        self.stations = self._stations(self.journal.header.stations)
        self.checkpoints = self._checkpoints(self.journal.header.checkpoints)
        people = self._people({r.participant for r in self.records if r.participant})
        fresh, known = self._fresh()
        touched = {people[r.participant] for r in fresh if r.participant in people}
        before = presence_events(self.session, self.program_id, touched)
        scans = [r for r in fresh if r.voids is None]
        stored = [r for r in scans if self._storable(r, people)]
        unknown_people = sum(1 for r in scans if r.participant and r.participant not in people)
        unknown_checkpoints = sum(1 for r in scans if self.checkpoints.get(r.checkpoint) is None)
        undos, waiting, undone = self._undos([r for r in fresh if r.voids is not None], stored)
        stored_undos = [r for r in undos if self._storable(r, people)]
        unknown_people += len(undos) - len(stored_undos)
        with _large_cache(self.session):
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
        before: list[tuple[str, int, int, str, dt.datetime, int]],
        scans: list[JournalRecord],
        undos: list[JournalRecord],
        people: dict[str, int],
    ) -> int:
        """Duplicates this merge made, counted in memory from the touched people's events
        before it and the events it stored (re-reading them would cost as much as the merge)."""
        voided = {r.voids for r in undos}
        after = [e for e in before if e[0] not in voided]
        after += [
            (
                r.uuid,
                self.checkpoints[r.checkpoint] or 0,
                people[r.participant],
                r.direction,
                r.occurred_at,
                self.stations[r.station],
            )
            for r in scans
            if r.participant is not None
            and r.decision in PRESENCE_DECISIONS
            and r.uuid not in voided
        ]
        return max(0, count_in(after) - count_in(before))

    def _storable(self, record: JournalRecord, people: dict[str, int]) -> bool:
        if self.checkpoints.get(record.checkpoint) is None:
            return False
        return record.participant is None or record.participant in people

    # --- stations, checkpoints, people ---------------------------------------------------------

    def _stations(self, ranges: Sequence[StationRange]) -> dict[str, int]:
        ids: dict[str, int] = {}
        for station in ranges:
            row = self.session.execute(
                select(Station.id, Station.name, Station.is_local).where(
                    Station.uuid == station.uuid
                )
            ).one_or_none()
            name = station.name.strip()[:100] or "Unnamed station"
            if row is None:
                ids[station.uuid] = self.session.execute(
                    insert(Station)
                    .values(uuid=station.uuid, name=name, is_local=False, last_seq=0)
                    .returning(Station.id)
                ).scalar_one()
                continue
            ids[station.uuid] = row.id
            if not row.is_local and row.name != name:  # renamed in its Settings
                self.session.execute(update(Station).where(Station.id == row.id).values(name=name))
        return ids

    def _checkpoints(self, refs: Sequence[CheckpointRef]) -> dict[str, int | None]:
        ours = self.session.execute(
            select(
                Checkpoint.id,
                Checkpoint.uuid,
                Checkpoint.name,
                Checkpoint.kind,
                Checkpoint.session_id,
            ).where(Checkpoint.program_id == self.program_id)
        ).all()
        by_uuid = {row.uuid: row.id for row in ours}
        by_session = {row.session_id: row.id for row in ours if row.session_id is not None}
        by_name = {(row.kind, row.name.casefold()): row.id for row in ours}
        arrival = next((row.id for row in ours if row.kind == CheckpointKind.ARRIVAL.value), None)
        taken = {row.name.casefold() for row in ours}
        sessions = dict(
            self.session.execute(
                select(ScheduleSession.uuid, ScheduleSession.id).where(
                    ScheduleSession.program_id == self.program_id
                )
            ).all()
        )
        mapping: dict[str, int | None] = {}
        for ref in refs:
            session_id = sessions.get(ref.session) if ref.session else None
            found = by_uuid.get(ref.uuid)
            if found is None and session_id is not None:
                found = by_session.get(session_id)
            if found is None and ref.kind == CheckpointKind.ARRIVAL.value:
                found = arrival
            if found is None:
                found = by_name.get((ref.kind, ref.name.casefold()))
            if found is None:
                found = self._create_checkpoint(ref, session_id, taken)
                if found is not None and session_id is not None:
                    by_session[session_id] = found
                if found is not None and ref.kind == CheckpointKind.ARRIVAL.value:
                    arrival = found
            mapping[ref.uuid] = found
        return mapping

    def _create_checkpoint(
        self, ref: CheckpointRef, session_id: int | None, taken: set[str]
    ) -> int | None:
        if (ref.kind in SESSION_KINDS) != (session_id is not None):
            return None  # a session this database does not have (an older station package)
        exists = self.session.scalar(select(Checkpoint.id).where(Checkpoint.uuid == ref.uuid))
        return int(
            self.session.execute(
                insert(Checkpoint)
                .values(
                    uuid=new_uuid() if exists is not None else ref.uuid,
                    program_id=self.program_id,
                    name=unique_checkpoint_name(ref.name, taken),
                    kind=ref.kind,
                    session_id=session_id,
                    allows_exit=ref.allows_exit,
                    created_at=utc_now(),
                )
                .returning(Checkpoint.id)
            ).scalar_one()
        )

    def _people(self, uuids: set[str]) -> dict[str, int]:
        if not uuids:
            return {}
        return dict(
            self.session.execute(
                select(Participant.uuid, Participant.id).where(
                    Participant.program_id == self.program_id
                )
            ).all()
        )

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
                raise self._conflict(names[record.station], record.seq)
            else:
                fresh.append(record)
        self._refuse_reused_uuids(fresh, names)
        return fresh, known

    def _conflict(self, station: str, seq: int) -> SequenceConflictError:
        return SequenceConflictError(
            translate(
                "SyncMerge",
                "{station} numbered two different scans {number}: was its database restored "
                "from an old backup? Nothing was merged from {file}; keep both files and ask "
                "for help before scanning more at that station.",
            ).format(station=station, number=seq, file=self.journal.name)
        )

    def _refuse_reused_uuids(self, fresh: list[JournalRecord], names: dict[str, str]) -> None:
        """One scan twice in the file under different numbers. (A uuid already stored under
        another number trips the unique constraint on insert: see `_insert`.)"""
        uuids = [r.uuid for r in fresh]
        if len(set(uuids)) != len(uuids):
            raise SequenceConflictError(
                translate(
                    "SyncMerge",
                    "{file} holds one scan twice under different numbers; nothing was "
                    "merged. Copy the journal again from its station.",
                ).format(file=self.journal.name)
            )

    def _find_reused_uuid(self, records: list[JournalRecord]) -> SequenceConflictError:
        """After the unique constraint refused an insert: which scan was it?"""
        names = {s.uuid: s.name for s in self.journal.header.stations}
        by_uuid = {r.uuid: r for r in records}
        for chunk in _chunks(list(by_uuid), IN_CHUNK):
            clash = self.session.scalar(
                select(CheckinEvent.uuid).where(CheckinEvent.uuid.in_(chunk)).limit(1)
            )
            if clash is not None:
                record = by_uuid[clash]
                return self._conflict(names[record.station], record.seq)
        return SequenceConflictError(
            translate(
                "SyncMerge",
                "{file} holds a scan this database already has under another number; "
                "nothing was merged. Ask for help before scanning more at that station.",
            ).format(file=self.journal.name)
        )

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
        for chunk in _chunks(targets, IN_CHUNK):
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
        ordered = sorted(records, key=lambda r: (r.occurred_at, r.uuid))
        rows = [self._row(r, people) for r in ordered]
        connection = self.session.connection()
        try:
            if connection.dialect.name == "sqlite":
                _insert_sqlite(connection, rows)  # a failed statement leaves the transaction usable
            else:
                with connection.begin_nested():  # PostgreSQL: so we can still ask which it was
                    for chunk in _chunks(rows, CHUNK):
                        connection.execute(
                            insert(EVENTS), [dict(zip(_COLUMNS, r, strict=True)) for r in chunk]
                        )
        except IntegrityError as exc:
            raise self._find_reused_uuid(records) from exc

    def _row(self, record: JournalRecord, people: dict[str, int]) -> tuple[Any, ...]:
        """Values in the order of `_COLUMNS`."""
        return (
            record.uuid,
            self.program_id,
            people[record.participant] if record.participant else None,
            self.checkpoints[record.checkpoint],
            record.direction,
            self.stations[record.station],
            record.seq,
            record.occurred_at,
            record.operator[:100],
            record.method,
            record.decision,
            record.raw_code[:200] if record.raw_code is not None else None,
            record.voids,
            record.note,
        )

    def _advance_counters(self, inserted: list[JournalRecord]) -> None:
        """Each station's counter at least past its highest stored number (a local station whose
        old events came back must not give those numbers again)."""
        highest: dict[str, int] = {}
        for record in inserted:
            highest[record.station] = max(highest.get(record.station, 0), record.seq)
        for station, seq in highest.items():
            self.session.execute(
                update(Station)
                .where(Station.id == self.stations[station], Station.last_seq < seq)
                .values(last_seq=seq)
            )


EVENTS = cast(Table, CheckinEvent.__table__)
_COLUMNS = (
    "uuid",
    "program_id",
    "participant_id",
    "checkpoint_id",
    "direction",
    "station_id",
    "station_seq",
    "occurred_at",
    "operator",
    "method",
    "decision",
    "raw_code",
    "voids_event_uuid",
    "note",
)
_OCCURRED_AT = _COLUMNS.index("occurred_at")


@contextmanager
def _large_cache(session: Session) -> Iterator[None]:
    """SQLite: a 64 MB page cache while a large journal goes in (the default 2 MB makes every
    index insert of a 100,000-event merge go to the file), then the connection's own again."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    previous = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = {LARGE_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(previous or -2000)}")


def _insert_sqlite(connection: Connection, rows: list[tuple[Any, ...]]) -> None:
    """One driver-level executemany: SQLAlchemy's per-row parameter handling would cost as much
    as SQLite's own work for a 100,000-event journal. Times are converted by the column's own
    type, so they are stored exactly as the ORM stores them."""
    to_db = EVENTS.c.occurred_at.type.bind_processor(connection.dialect)
    assert to_db is not None
    columns = ", ".join(_COLUMNS)
    marks = ", ".join("?" for _ in _COLUMNS)
    sql = f"INSERT INTO checkin_events ({columns}) VALUES ({marks})"
    converted = [
        (*row[:_OCCURRED_AT], to_db(row[_OCCURRED_AT]), *row[_OCCURRED_AT + 1 :]) for row in rows
    ]
    connection.exec_driver_sql(sql, converted)


def _chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
