"""Purge after the week: remove a program's personal data, keep its anonymous statistics.

What is removed (WHAT_IS_LOST says it to the user before they confirm):

* every participant's names (romanised, native, preferred, title), roster ID, e-mail, phone,
  date of birth, dietary needs, allergies, emergency contact, room and notes. The rows stay, as
  "Participant <number>" with their role, gender, status, delegation and teams, so the check-in
  history, badges and reports still add up; nobody can be named from them;
* names in free text: every session's host (a person, free text) is emptied, and the
  participants' names and e-mails are cut out of session descriptions, notebook texts and survey
  comments (the teaching material, survey scores and consent flags are kept; the notebooks'
  images are kept too: they illustrate the experiment and belong to no participant). Alumni who
  agreed to be contacted lose their contact like everyone: the confirmation says to export the
  alumni list first;
* in the check-in journal: the operator of every scan, the raw codes of refused scans and the
  notes of closed roll calls (scans stay: they are the attendance);
* in the audit log: the OS user of every change (it never held values); a 'purged' row is added;
* the backups of the database (they hold everything above): all are deleted and one fresh backup
  of the purged database is taken, so a restore point exists that holds no personal data.

Afterwards a SQLite database is rebuilt (VACUUM) and its write-ahead log checkpointed and
truncated, so no removed value is left in the bytes of the database file, its `-wal` or `-shm`,
or the backups folder. What is NOT guaranteed: copies outside the database (exports, journals
in the sync folder, station packages on other laptops, PDFs), and the disk blocks the old files
used (on SSDs and journaling file systems a deleted file's bytes may stay on the medium until
overwritten; full-disk encryption is the answer there). On PostgreSQL, VACUUM FULL rewrites the
touched tables; the server's WAL segments, archives, replicas and its own backups still hold the
old rows until they are recycled, which this program cannot reach.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, String, Table, cast, insert, literal, select, update
from sqlalchemy.orm import Session

from sakura_desktop.core.audit import Actor, AuditAction
from sakura_desktop.core.i18n import QT_TRANSLATE_NOOP, counted, translate
from sakura_desktop.core.purge_statistics import (
    ProgramStatistics,
    compute_statistics,
    store_statistics,
    stored_statistics,
)
from sakura_desktop.core.purge_text import NameScrubber
from sakura_desktop.core.survey.purge import scrub_survey_comments
from sakura_desktop.db.base import utc_now
from sakura_desktop.db.engine import Database
from sakura_desktop.db.models import (
    CheckinEvent,
    Notebook,
    Participant,
    ParticipantAudit,
    ScheduleSession,
)
from sakura_desktop.errors import UserError

P: Table = Participant.__table__  # type: ignore[assignment]
E: Table = CheckinEvent.__table__  # type: ignore[assignment]
A: Table = ParticipantAudit.__table__  # type: ignore[assignment]
S: Table = ScheduleSession.__table__  # type: ignore[assignment]
N: Table = Notebook.__table__  # type: ignore[assignment]
Progress = Callable[[int, int, str], None]
TRIGGER = "checkin_events_immutable"

# Shown by the purge dialog, each translated there (context "Purge").
WHAT_IS_LOST = (
    QT_TRANSLATE_NOOP(
        "Purge",
        "every participant's names, roster ID, e-mail, phone, date of birth, room, dietary "
        "needs, allergies, emergency contact and notes (each becomes 'Participant <number>')",
    ),
    QT_TRANSLATE_NOOP(
        "Purge",
        "the hosts of the sessions, and participants' names in session descriptions, notebooks "
        "and survey comments",
    ),
    QT_TRANSLATE_NOOP(
        "Purge",
        "the contact of those who agreed to be contacted as alumni: export the alumni list "
        "first (sakura-desktop report alumni) if you need it",
    ),
    QT_TRANSLATE_NOOP("Purge", "the operators, raw codes and notes of the check-in journal"),
    QT_TRANSLATE_NOOP("Purge", "the OS users in the audit log"),
    QT_TRANSLATE_NOOP(
        "Purge",
        "every backup of this database (one fresh backup of the purged database is taken)",
    ),
)
WHAT_IS_KEPT = (
    QT_TRANSLATE_NOOP(
        "Purge",
        "counts by country, role, gender, age band and status, and the attendance of every "
        "session and delegation (shown after the purge and by `sakura-desktop statistics`); "
        "survey scores",
    ),
    QT_TRANSLATE_NOOP(
        "Purge",
        "the schedule, places, teams, delegations, notebooks and the check-in history (anonymous)",
    ),
)
CLEARED_FIELDS = (
    "family_name", "given_name", "native_name", "preferred_name", "title", "external_id",
    "email", "phone", "date_of_birth", "dietary", "allergies", "emergency_contact_name",
    "emergency_contact_phone", "emergency_contact_relation", "room", "notes",
)  # fmt: skip


@dataclass(frozen=True)
class PurgeReport:
    participants: int
    events_cleared: int
    texts_cleaned: int
    backups_removed: int
    fresh_backup: Path | None
    statistics: ProgramStatistics
    storage_note: str

    def lines(self) -> list[str]:
        return [self._summary(), self.storage_note, "", *self.statistics.lines()]

    def _summary(self) -> str:
        people = counted(
            self.participants,
            translate("Purge", "1 participant"),
            translate("Purge", "{count:,} participants"),
        )
        events = counted(
            self.events_cleared,
            translate("Purge", "1 check-in event"),
            translate("Purge", "{count:,} check-in events"),
        )
        texts = counted(
            self.texts_cleaned, translate("Purge", "1 text"), translate("Purge", "{count:,} texts")
        )
        backups = counted(
            self.backups_removed,
            translate("Purge", "1 backup"),
            translate("Purge", "{count:,} backups"),
        )
        if self.fresh_backup:
            return translate(
                "Purge",
                "Purged the personal data of {people} ({events} and {texts} cleaned; {backups} "
                "deleted; fresh backup {file}).",
            ).format(
                people=people, events=events, texts=texts, backups=backups, file=self.fresh_backup
            )
        return translate(
            "Purge",
            "Purged the personal data of {people} ({events} and {texts} cleaned; {backups} "
            "deleted).",
        ).format(people=people, events=events, texts=texts, backups=backups)


def _silent(done: int, total: int, text: str) -> None:
    del done, total, text


def purge_program(
    database: Database,
    program_id: int,
    *,
    actor: Actor | None = None,
    progress: Progress | None = None,
) -> PurgeReport:
    """Remove the program's personal data (see the module docstring), in one transaction, then
    compact the database and replace its backups. Purging twice keeps the first statistics."""
    report = progress or _silent
    factory = database.session_factory
    report(0, 5, translate("Purge", "Counting the anonymous statistics"))
    now = utc_now()
    stats = stored_statistics(factory, program_id) or compute_statistics(factory, program_id, now)
    report(1, 5, translate("Purge", "Removing personal data"))
    with factory.begin() as session:
        store_statistics(session, program_id, stats)
        scrubber = _scrubber(session, program_id)
        texts = _clean_schedule_texts(session, program_id, scrubber)
        texts += scrub_survey_comments(session, program_id, scrubber)
        people = _anonymise_participants(session, program_id, now)
        events = _clear_event_texts(session.connection(), program_id)
        _clear_audit(session, program_id, now, actor or Actor.here())
    report(2, 5, translate("Purge", "Compacting the database"))
    note = _compact(database)
    report(3, 5, translate("Purge", "Replacing the backups"))
    removed, fresh = _replace_backups(database)
    report(5, 5, translate("Purge", "Done"))
    return PurgeReport(people, events, texts, removed, fresh, stats, note)


def _scrubber(session: Session, program_id: int) -> NameScrubber:
    columns = (P.c.family_name, P.c.given_name, P.c.native_name, P.c.preferred_name)
    rows = session.execute(
        select(*columns, P.c.email, P.c.emergency_contact_name, P.c.external_id).where(
            P.c.program_id == program_id
        )
    )
    return NameScrubber(value for row in rows for value in row if value)


def _clean_schedule_texts(session: Session, program_id: int, scrubber: NameScrubber) -> int:
    cleaned = 0
    sessions = session.execute(
        select(S.c.id, S.c.host, S.c.description).where(S.c.program_id == program_id)
    ).all()
    for row in sessions:
        description = scrubber.scrub(row.description)
        if row.host or description != row.description:
            session.execute(
                update(S).where(S.c.id == row.id).values(host="", description=description)
            )
            cleaned += 1
    notebooks = session.execute(
        select(N.c.id, N.c.source).where(N.c.program_id == program_id)
    ).all()
    for notebook in notebooks:
        source = scrubber.scrub(notebook.source)
        if source != notebook.source:
            session.execute(update(N).where(N.c.id == notebook.id).values(source=source))
            cleaned += 1
    return cleaned


def _anonymise_participants(session: Session, program_id: int, now: dt.datetime) -> int:
    result = session.execute(
        update(P)
        .where(P.c.program_id == program_id)
        .values(
            given_name="Participant",
            family_name=cast(P.c.id, String),
            native_name="",
            preferred_name="",
            title="",
            external_id=None,
            email=None,
            phone="",
            date_of_birth=None,
            dietary="",
            allergies="",
            emergency_contact_name="",
            emergency_contact_phone="",
            emergency_contact_relation="",
            room="",
            notes="",
            updated_at=now,
        )
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def _clear_event_texts(connection: Connection, program_id: int) -> int:
    """Operators, raw codes and notes of the program's events. Events are immutable (a trigger
    refuses updates); the purge is the one writer allowed past it, inside its transaction."""
    dialect = connection.dialect.name
    trigger_sql = None
    if dialect == "sqlite":
        trigger_sql = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (TRIGGER,)
        ).scalar()
        if trigger_sql:
            connection.exec_driver_sql(f"DROP TRIGGER {TRIGGER}")
    elif dialect == "postgresql":
        connection.exec_driver_sql(f"ALTER TABLE checkin_events DISABLE TRIGGER {TRIGGER}")
    result = connection.execute(
        update(E)
        .where(
            E.c.program_id == program_id,
            (E.c.operator != "") | E.c.raw_code.is_not(None) | (E.c.note != ""),
        )
        .values(operator="", raw_code=None, note="")
    )
    if trigger_sql:
        connection.exec_driver_sql(trigger_sql)
    elif dialect == "postgresql":
        connection.exec_driver_sql(f"ALTER TABLE checkin_events ENABLE TRIGGER {TRIGGER}")
    return int(result.rowcount)


def _clear_audit(session: Session, program_id: int, now: dt.datetime, actor: Actor) -> None:
    session.execute(update(A).where(A.c.program_id == program_id).values(os_user=""))
    fields = json.dumps(list(CLEARED_FIELDS))
    purged = select(
        P.c.program_id,
        P.c.id,
        P.c.uuid,
        literal(now, A.c.occurred_at.type),
        literal(actor.station),
        literal(""),
        literal(AuditAction.PURGED.value),
        literal(fields),
        literal(""),
    ).where(P.c.program_id == program_id)
    columns = ["program_id", "participant_id", "participant_uuid", "occurred_at", "station"]
    columns += ["os_user", "action", "fields", "detail"]
    session.execute(insert(A).from_select(columns, purged))


# --- the files -----------------------------------------------------------------------------------


def _compact(database: Database) -> str:
    """Rewrite the database so no removed value stays in its pages or its write-ahead log."""
    dialect = database.engine.dialect.name
    with database.engine.connect() as plain:
        connection = plain.execution_options(isolation_level="AUTOCOMMIT")
        if dialect == "sqlite":
            connection.exec_driver_sql("VACUUM")
            busy = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()[0]
            if busy:
                raise UserError(
                    translate(
                        "Purge",
                        "The purge is done, but another program still reads the database, so "
                        "its write-ahead log could not be emptied: close the other windows and "
                        "commands using it and run the purge again (it keeps the statistics).",
                    )
                )
            return translate(
                "Purge", "The database file was rebuilt and its write-ahead log emptied."
            )
        if dialect == "postgresql":
            connection.exec_driver_sql(
                "VACUUM FULL participants, schedule_sessions, notebooks, checkin_events, "
                "participant_audit, app_metadata"
            )
            return translate(
                "Purge",
                "The server's tables were rewritten (VACUUM FULL). The server's own WAL, "
                "archives, replicas and backups keep the old rows until they are recycled: "
                "ask its administrator.",
            )
    return translate(
        "Purge", "The database server was not compacted: ask its administrator to do so."
    )


def _replace_backups(database: Database) -> tuple[int, Path | None]:
    """Delete every file in the database's backups folder, then take one fresh backup."""
    from sakura_desktop.core.backups import take_backup
    from sakura_desktop.db.lifecycle import backups_folder

    path = database.path
    if path is None:
        return 0, None
    folder = backups_folder(path)
    removed = 0
    if folder.is_dir():
        for file in sorted(folder.iterdir()):
            if file.is_file() and not file.is_symlink():
                _overwrite_and_delete(file)
                removed += 1
    return removed, take_backup(path, "after-purge", keep=0)


def _overwrite_and_delete(file: Path) -> None:
    # Zeros first: on a disk that writes in place the old bytes are then gone, not only unlinked.
    size = file.stat().st_size
    with file.open("r+b") as handle:
        block = b"\0" * 65536
        for _ in range(0, size, len(block)):
            handle.write(block)
        handle.flush()
        os.fsync(handle.fileno())
    file.unlink()
