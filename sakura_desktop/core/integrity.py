"""Checking a database: SQLite's own file checks, then the rules the schema cannot hold.

The schema already refuses most bad states (foreign keys, unique keys, CHECKs, the partial
unique index that allows one live badge per person, the trigger that keeps scans immutable).
What it cannot say is checked here: that a scan names a person and a checkpoint of its own
program, that every badge can be made into a code that verifies under its program's secret,
that an undo voids a scan of the same person at the same checkpoint, that a station's counter
is ahead of its scans, and that the schema's guards are still in place (a file edited by
another tool may have lost them, or may have been written with foreign keys off).

Two stations working apart may both admit a person; after a merge the later admission is kept
as a duplicate and shown (`core.sync.duplicates`). That is expected and only noted. The same
station admitting a person twice with no check-out between is a problem: its lock forbids it.

Every finding is a sentence a coordinator can act on. Nothing is written to the database.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, inspect, select, text, tuple_
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, aliased

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.integrity_admissions import check_admissions
from sakura_desktop.core.integrity_links import check_program_links
from sakura_desktop.core.integrity_report import (
    Checked,
    Facts,
    Findings,
    IntegrityReport,
    LazyNames,
    ProblemKind,
    count_of,
    first_line,
    names_with_ids,
    person_named,
    restore_advice,
)
from sakura_desktop.core.integrity_sqlite import (
    damage_sentence,
    sqlite_foreign_keys,
    sqlite_integrity,
)
from sakura_desktop.core.tokens import (
    MAX_PARTICIPANT_ID,
    MAX_SERIAL,
    ProgramKey,
    TokenStatus,
    all_program_keys,
    check_token,
    make_token,
)
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import Decision
from sakura_desktop.db.models import (
    SECRET_BYTES,
    BadgeToken,
    CheckinEvent,
    Checkpoint,
    Participant,
    Station,
)

log = logging.getLogger(__name__)


Report = Callable[[int, int, str], None]


# --- the use case ------------------------------------------------------------------------------


def check_database(
    factory: SessionFactory, engine: Engine, progress: Report | None = None
) -> IntegrityReport:
    """Run every check on an open database (read only) and say what is wrong, if anything."""
    report = progress or (lambda done, total, text: None)
    findings = Findings()
    is_sqlite = engine.dialect.name == "sqlite"
    # (progress label, what a finding says could not be read, the check)
    steps: list[tuple[str, str, Callable[[Session, Facts, Findings], None]]] = [
        (
            translate("Integrity", "Checking the schema's guards…"),
            translate("Integrity", "the schema's guards"),
            _check_guards,
        ),
        (
            translate("Integrity", "Checking the scans…"),
            translate("Integrity", "the scans"),
            _check_event_references,
        ),
        (
            translate("Integrity", "Checking the links between programs…"),
            translate("Integrity", "the links between programs"),
            check_program_links,
        ),
        (
            translate("Integrity", "Checking the undone scans…"),
            translate("Integrity", "the undone scans"),
            _check_voiding,
        ),
        (
            translate("Integrity", "Checking the badges…"),
            translate("Integrity", "the badges"),
            _check_badges,
        ),
        (
            translate("Integrity", "Checking admissions…"),
            translate("Integrity", "admissions"),
            check_admissions,
        ),
        (
            translate("Integrity", "Checking the stations…"),
            translate("Integrity", "the stations"),
            _check_stations,
        ),
    ]
    total = len(steps) + (2 if is_sqlite else 0)
    done = 0
    if is_sqlite:
        report(done, total, translate("Integrity", "Checking the file (SQLite integrity check)…"))
        if sqlite_integrity(engine, findings):
            # Reading a damaged file may return wrong rows: its contents are not judged.
            return IntegrityReport(findings.listed(), (), Checked(contents_checked=False))
        report(done + 1, total, translate("Integrity", "Checking the file (foreign keys)…"))
        sqlite_foreign_keys(engine, findings)
        done += 2
    with factory() as session:
        facts = Facts.load(session)
        for label, what, step in steps:
            report(done, total, label)
            with _unreadable(findings, what, session):
                step(session, facts, findings)
            done += 1
        checked = facts.checked(session, sqlite_checks=is_sqlite)
    report(total, total, translate("Integrity", "Done."))
    return IntegrityReport(findings.listed(), tuple(findings.notes), checked)


def check_damaged_file(path: Path, error: BaseException) -> IntegrityReport:
    """What SQLite says about a file that could not even be opened (read only, nothing
    written): the report `check` gives instead of a crash."""
    import sqlite3

    findings = Findings()
    uri = path.absolute().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check(100)")]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        rows = [str(exc)]
    faults = [x for row in rows for x in row.splitlines() if x != "ok" and not x.startswith("***")]
    findings.add(ProblemKind.DAMAGED_FILE, damage_sentence(faults or [str(error)], []))
    return IntegrityReport(findings.listed(), (), Checked(contents_checked=False))


@contextmanager
def _unreadable(findings: Findings, what: str, session: Session) -> Iterator[None]:
    """One check that cannot read its rows becomes a finding; the other checks still run
    (after a rollback: PostgreSQL refuses every statement of a transaction that failed)."""
    try:
        yield
    except DatabaseError as exc:
        session.rollback()
        findings.add(
            ProblemKind.UNREADABLE,
            translate(
                "Integrity",
                "Could not read {what}: the database answered {answer}. The file may be "
                "damaged: restore the newest backup that passes this check, or send the file to "
                "whoever looks after Sakura Desktop.",
            ).format(what=what, answer=first_line(exc.orig)),
        )
    except (TypeError, ValueError, ArithmeticError) as exc:
        session.rollback()
        # SQLite stores whatever another tool writes (text in a number column): say so rather
        # than crash, and keep the traceback in the log in case it is our mistake after all.
        log.warning("checking %s failed", what, exc_info=True)
        findings.add(
            ProblemKind.UNREADABLE,
            translate(
                "Integrity",
                "Could not check {what}: a value there is not of the kind Sakura Desktop writes "
                "({error}). {restore}",
            ).format(what=what, error=type(exc).__name__, restore=restore_advice()),
        )


# --- the application's rules -------------------------------------------------------------------


def _check_guards(session: Session, facts: Facts, findings: Findings) -> None:
    """The schema's unique indexes and trigger that the other checks count on."""
    inspector = inspect(session.connection())

    def unique_on(table: str, columns: list[str]) -> bool:
        indexes = inspector.get_indexes(table)
        constraints = inspector.get_unique_constraints(table)
        return any(i["unique"] and i["column_names"] == columns for i in indexes) or any(
            c["column_names"] == columns for c in constraints
        )

    guards = [
        (
            unique_on("badge_tokens", ["participant_id"]),
            translate("Integrity", "one live badge per person"),
            translate("Integrity", "two badges of one person could both open doors"),
        ),
        (
            unique_on("checkin_events", ["station_id", "station_seq"]),
            translate("Integrity", "each station numbering each scan once"),
            translate(
                "Integrity", "a station's journal can no longer be checked for missing scans"
            ),
        ),
        (
            _journal_trigger_present(session),
            translate("Integrity", "scans never being changed after the fact"),
            translate("Integrity", "a scan could be rewritten instead of undone"),
        ),
    ]
    for present, guard, risk in guards:
        if not present:
            findings.add(
                ProblemKind.SCHEMA,
                translate(
                    "Integrity", "The database has lost its guard for {guard}, so {risk}. {restore}"
                ).format(guard=guard, risk=risk, restore=restore_advice()),
            )


def _journal_trigger_present(session: Session) -> bool:
    if session.get_bind().dialect.name == "sqlite":
        query = text(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
            "AND tbl_name = 'checkin_events'"
        )
    else:
        query = text(
            "SELECT count(*) FROM information_schema.triggers "
            "WHERE event_object_table = 'checkin_events'"
        )
    return bool(session.scalar(query))


def _people_of(session: Session, rows: Sequence[Any]) -> dict[int, str]:
    """The names (with ids) of the people the event rows name."""
    return names_with_ids(session, {r.participant_id for r in rows if r.participant_id is not None})


def _event_label(facts: Facts, names: dict[int, str], row: Any, *, undo: bool = False) -> str:
    checkpoint = facts.checkpoints.get(row.checkpoint_id) or translate(
        "Integrity", "checkpoint id {id}"
    ).format(id=row.checkpoint_id)
    station = facts.stations.get(row.station_id) or translate(
        "Integrity", "station id {id}"
    ).format(id=row.station_id)
    label = (
        translate(
            "Integrity",
            "the undo of a scan of {person} at {checkpoint} (scanned {when} at station "
            "{station}, event {event})",
        )
        if undo
        else translate(
            "Integrity",
            "the scan of {person} at {checkpoint} (scanned {when} at station {station}, "
            "event {event})",
        )
    )
    return label.format(
        person=person_named(names, row.participant_id),
        checkpoint=checkpoint,
        when=facts.when(row.occurred_at, row.program_id),
        station=station,
        event=row.uuid[:8],
    )


def _check_event_references(session: Session, facts: Facts, findings: Findings) -> None:
    """Each scan names a person and a checkpoint of its own program."""
    person = aliased(Participant)
    rows = session.execute(
        select(
            CheckinEvent.uuid,
            CheckinEvent.program_id,
            CheckinEvent.participant_id,
            CheckinEvent.checkpoint_id,
            CheckinEvent.station_id,
            CheckinEvent.occurred_at,
            person.program_id.label("person_program"),
            Checkpoint.program_id.label("checkpoint_program"),
        )
        .outerjoin(person, person.id == CheckinEvent.participant_id)
        .outerjoin(Checkpoint, Checkpoint.id == CheckinEvent.checkpoint_id)
        .where(
            (CheckinEvent.participant_id.is_not(None) & person.id.is_(None))
            | (person.program_id != CheckinEvent.program_id)
            | Checkpoint.id.is_(None)
            | (Checkpoint.program_id != CheckinEvent.program_id)
        )
        .order_by(CheckinEvent.occurred_at, CheckinEvent.uuid)
    ).all()
    names = _people_of(session, rows)
    for row in rows:
        if row.participant_id is not None and row.person_program is None:
            sentence = translate(
                "Integrity",
                "In {program}, {event} cannot count: participant id {id} does not exist. {restore}",
            )
        elif row.participant_id is not None and row.person_program != row.program_id:
            sentence = translate(
                "Integrity",
                "In {program}, {event} cannot count: the person belongs to {other}, not to "
                "{program}. {restore}",
            )
        elif row.checkpoint_program is None:
            sentence = translate(
                "Integrity",
                "In {program}, {event} cannot count: checkpoint id {checkpoint} does not exist. "
                "{restore}",
            )
        else:
            sentence = translate(
                "Integrity",
                "In {program}, {event} cannot count: the checkpoint belongs to {other}, not to "
                "{program}. {restore}",
            )
        other = row.person_program if row.person_program != row.program_id else None
        findings.add(
            ProblemKind.OTHER_PROGRAM,
            sentence.format(
                program=facts.program(row.program_id),
                event=_event_label(facts, names, row),
                id=row.participant_id,
                checkpoint=row.checkpoint_id,
                other=facts.program(other if other is not None else row.checkpoint_program),
                restore=restore_advice(),
            ),
        )


_NOT_UNDOABLE = (Decision.VOIDED.value, Decision.OPENED.value, Decision.CLOSED.value)


def _check_voiding(session: Session, facts: Facts, findings: Findings) -> None:
    """An undo voids an existing scan of the same person at the same checkpoint."""
    target = aliased(CheckinEvent, name="target")
    rows = session.execute(
        select(
            CheckinEvent.uuid,
            CheckinEvent.program_id,
            CheckinEvent.participant_id,
            CheckinEvent.checkpoint_id,
            CheckinEvent.station_id,
            CheckinEvent.occurred_at,
            CheckinEvent.voids_event_uuid,
            target.id.label("target_id"),
            target.program_id.label("target_program"),
            target.participant_id.label("target_person"),
            target.checkpoint_id.label("target_checkpoint"),
            target.decision.label("target_decision"),
        )
        .outerjoin(target, target.uuid == CheckinEvent.voids_event_uuid)
        .where(
            CheckinEvent.voids_event_uuid.is_not(None),
            target.id.is_(None)
            | (target.program_id != CheckinEvent.program_id)
            | target.participant_id.is_distinct_from(CheckinEvent.participant_id)
            | (target.checkpoint_id != CheckinEvent.checkpoint_id)
            | target.decision.in_(_NOT_UNDOABLE),
        )
        .order_by(CheckinEvent.occurred_at, CheckinEvent.uuid)
    ).all()
    names = _people_of(session, rows)
    for row in rows:
        undo = _event_label(facts, names, row, undo=True)
        if row.target_id is None:
            sentence = translate(
                "Integrity",
                "In {program}, {undo} is wrong: the scan it undoes (event {event}) does not "
                "exist. {restore}",
            )
        elif row.target_decision in _NOT_UNDOABLE:
            sentence = translate(
                "Integrity",
                "In {program}, {undo} is wrong: it undoes event {event}, which is not a scan. "
                "{restore}",
            )
        else:
            sentence = translate(
                "Integrity",
                "In {program}, {undo} is wrong: it undoes event {event}, a scan of another "
                "person, checkpoint or program. {restore}",
            )
        findings.add(
            ProblemKind.VOIDING,
            sentence.format(
                program=facts.program(row.program_id),
                undo=undo,
                event=row.voids_event_uuid[:8],
                restore=restore_advice(),
            ),
        )


def _check_badges(session: Session, facts: Facts, findings: Findings) -> None:
    keys = {key.program_id: key for key in all_program_keys(session)}
    for key in keys.values():
        if len(key.secret) != SECRET_BYTES:
            findings.add(
                ProblemKind.BADGE,
                translate(
                    "Integrity",
                    "The badge secret of {program} is {length} bytes long instead of {expected}: "
                    "it was altered, so badges printed before do not scan (the doors call them "
                    "forged). {restore}",
                ).format(
                    program=facts.program(key.program_id),
                    length=len(key.secret),
                    expected=SECRET_BYTES,
                    restore=restore_advice(),
                ),
            )
    rows = session.execute(
        select(
            BadgeToken.participant_id,
            BadgeToken.serial,
            BadgeToken.revoked_at,
            Participant.program_id,
        )
        .outerjoin(Participant, Participant.id == BadgeToken.participant_id)
        .order_by(BadgeToken.participant_id, BadgeToken.serial)
    ).all()
    by_person: dict[int, list[Any]] = defaultdict(list)
    for row in rows:
        by_person[row.participant_id].append(row)
    names = LazyNames(session)  # read only for the people named in a finding
    verified: set[int] = set()  # programs one of whose badges verified
    for participant_id, badges in by_person.items():
        _check_person_badges(facts, keys, names, participant_id, badges, findings, verified)


def _check_person_badges(
    facts: Facts,
    keys: dict[int, ProgramKey],
    names: LazyNames,
    participant_id: int,
    badges: list[Any],
    findings: Findings,
    verified: set[int],
) -> None:
    program_id = badges[0].program_id
    if program_id is None:
        findings.add(
            ProblemKind.MISSING_ROW,
            translate(
                "Integrity",
                "{badges} (#{serial}…) belong to participant id {id}, who does not exist. "
                "{restore}",
            ).format(
                badges=count_of(len(badges), "badge"),
                serial=badges[0].serial,
                id=participant_id,
                restore=restore_advice(),
            ),
        )
        return
    program = facts.program(program_id)
    for badge in badges:
        fault = _token_fault(keys.get(program_id), participant_id, badge.serial, verified)
        if fault:
            findings.add(
                ProblemKind.BADGE,
                translate(
                    "Integrity", "In {program}, badge #{serial} of {person} {fault}. {restore}"
                ).format(
                    program=program,
                    serial=badge.serial,
                    person=names[participant_id],
                    fault=fault,
                    restore=restore_advice(),
                ),
            )
    live = [b.serial for b in badges if b.revoked_at is None]
    newest = max(b.serial for b in badges)
    if len(live) > 1:
        serials = translate("Integrity", " and ").join(f"#{s}" for s in live)
        findings.add(
            ProblemKind.LIVE_BADGES,
            translate(
                "Integrity",
                "In {program}, {person} has {count} live badges ({serials}): a lost badge would "
                "still open doors. {restore}",
            ).format(
                program=program,
                person=names[participant_id],
                count=len(live),
                serials=serials,
                restore=restore_advice(),
            ),
        )
    elif live and live[0] < newest:
        findings.add(
            ProblemKind.LIVE_BADGES,
            translate(
                "Integrity",
                "In {program}, the live badge #{live} of {person} is older than their revoked "
                "badge #{newest}, so the doors refuse every badge of theirs. Re-issue their badge "
                "(it revokes the old ones) and print the new one.",
            ).format(program=program, live=live[0], person=names[participant_id], newest=newest),
        )


def _token_fault(
    key: ProgramKey | None, participant_id: int, serial: int, verified: set[int]
) -> str:
    """Why this badge cannot be made into a code that verifies, or '' when it can.

    A code is a pure function of the program's key, the person's id and the serial: once one
    badge of a program verifies, another fails only when its id or serial does not fit in the
    code, so the signature is computed once per program (30,000 badges: 2.7 s -> 0.1 s).
    """
    if key is None:
        return translate("Integrity", "belongs to a program that does not exist")
    if not 0 < serial <= MAX_SERIAL:
        return translate(
            "Integrity",
            "has a number the badge code cannot hold (1 to {highest}), so it cannot be printed",
        ).format(highest=MAX_SERIAL)
    if not 0 < participant_id <= MAX_PARTICIPANT_ID:
        return translate(
            "Integrity", "belongs to a row id the badge code cannot hold, so it cannot be printed"
        )
    if key.program_id in verified:
        return ""
    check = check_token(make_token(key, participant_id, serial), key)
    if check.status is not TokenStatus.VALID or (check.participant_id, check.serial) != (
        participant_id,
        serial,
    ):
        return translate("Integrity", "does not verify under its program's secret")
    verified.add(key.program_id)
    return ""


def _check_stations(session: Session, facts: Facts, findings: Findings) -> None:
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
