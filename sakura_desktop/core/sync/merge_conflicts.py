"""Refusing a journal whose events clash with the ones held here: one station's number or one
scan's uuid claimed by two different events (a station restored from an old backup)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.sync.event_insert import IN_CHUNK, chunks
from sakura_desktop.core.sync.journal_file import JournalError, JournalRecord, VerifiedJournal
from sakura_desktop.db.models import CheckinEvent


class SequenceConflictError(JournalError):
    """Two different events claim one station's sequence number."""


def sequence_conflict(station: str, seq: int, file: str) -> SequenceConflictError:
    return SequenceConflictError(
        translate(
            "SyncMerge",
            "{station} numbered two different scans {number}: was its database restored "
            "from an old backup? Nothing was merged from {file}; keep both files and ask "
            "for help before scanning more at that station.",
        ).format(station=station, number=seq, file=file)
    )


def refuse_reused_uuids(fresh: list[JournalRecord], file: str) -> None:
    """One scan twice in the file under different numbers. (A uuid already stored under
    another number trips the unique constraint on insert: see `find_reused_uuid`.)"""
    uuids = [r.uuid for r in fresh]
    if len(set(uuids)) != len(uuids):
        raise SequenceConflictError(
            translate(
                "SyncMerge",
                "{file} holds one scan twice under different numbers; nothing was "
                "merged. Copy the journal again from its station.",
            ).format(file=file)
        )


def find_reused_uuid(
    session: Session, journal: VerifiedJournal, records: list[JournalRecord]
) -> SequenceConflictError:
    """After the unique constraint refused an insert: which scan was it?"""
    names = {s.uuid: s.name for s in journal.header.stations}
    by_uuid = {r.uuid: r for r in records}
    for chunk in chunks(list(by_uuid), IN_CHUNK):
        clash = session.scalar(
            select(CheckinEvent.uuid).where(CheckinEvent.uuid.in_(chunk)).limit(1)
        )
        if clash is not None:
            record = by_uuid[clash]
            return sequence_conflict(names[record.station], record.seq, journal.name)
    return SequenceConflictError(
        translate(
            "SyncMerge",
            "{file} holds a scan this database already has under another number; "
            "nothing was merged. Ask for help before scanning more at that station.",
        ).format(file=journal.name)
    )
