"""The database check's rules on scans: each names a person and a checkpoint of its own
program, and an undo voids an existing scan of the same person at the same checkpoint.
`core.integrity` runs them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.integrity_report import (
    Facts,
    Findings,
    ProblemKind,
    names_with_ids,
    person_named,
    restore_advice,
)
from sakura_desktop.db.enums import Decision
from sakura_desktop.db.models import CheckinEvent, Checkpoint, Participant


def _people_of(session: Session, rows: Sequence[Any]) -> dict[int, str]:
    """The names (with ids) of the people the event rows name."""
    return names_with_ids(session, {r.participant_id for r in rows if r.participant_id is not None})


# What `_event_label` reads of a scan (and the program it is in).
_LABELLED = (
    CheckinEvent.uuid,
    CheckinEvent.program_id,
    CheckinEvent.participant_id,
    CheckinEvent.checkpoint_id,
    CheckinEvent.station_id,
    CheckinEvent.occurred_at,
)


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


def check_event_references(session: Session, facts: Facts, findings: Findings) -> None:
    """Each scan names a person and a checkpoint of its own program."""
    person = aliased(Participant)
    rows = session.execute(
        select(
            *_LABELLED,
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


def check_voiding(session: Session, facts: Facts, findings: Findings) -> None:
    """An undo voids an existing scan of the same person at the same checkpoint."""
    target = aliased(CheckinEvent, name="target")
    rows = session.execute(
        select(
            *_LABELLED,
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
