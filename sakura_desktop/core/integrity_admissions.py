"""The database check's rule on admissions: one station admitting a person twice with no
check-out between is a problem (its lock forbids it); stations working apart that both admitted
a person is only noted (`core.sync.duplicates` keeps the later one as a merged duplicate)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.integrity_report import Facts, Findings, ProblemKind, count_of
from sakura_desktop.core.schedule.day_text import day_label
from sakura_desktop.core.sync.duplicates import DuplicateAdmission, duplicate_admissions
from sakura_desktop.db.enums import Direction
from sakura_desktop.db.models import CheckinEvent


def check_admissions(session: Session, facts: Facts, findings: Findings) -> None:
    for program_id in facts.programs:
        duplicates = duplicate_admissions(session, program_id)
        if not duplicates:
            continue
        stations = _stations_of(session, duplicates)
        merged = []
        for duplicate in duplicates:
            same = stations.get(duplicate.event_uuid) == stations.get(duplicate.counted_event_uuid)
            if same and not _undone_between(session, duplicate):
                findings.add(
                    ProblemKind.ADMITTED_TWICE, _twice_sentence(facts, program_id, duplicate)
                )
            else:
                merged.append(duplicate)
        if merged:
            findings.note(ProblemKind.MERGED_DUPLICATE, _merged_sentence(facts, program_id, merged))


def _stations_of(session: Session, duplicates: list[DuplicateAdmission]) -> dict[str, int]:
    uuids = sorted({d.event_uuid for d in duplicates} | {d.counted_event_uuid for d in duplicates})
    found: dict[str, int] = {}
    for start in range(0, len(uuids), 500):
        rows = session.execute(
            select(CheckinEvent.uuid, CheckinEvent.station_id).where(
                CheckinEvent.uuid.in_(uuids[start : start + 500])
            )
        )
        found.update({event: station for event, station in rows})
    return found


def _undone_between(session: Session, duplicate: DuplicateAdmission) -> bool:
    """Whether a movement the other way, later undone (perhaps by another station), lies
    between the two: then the station rightly saw the person outside."""
    opposite = Direction.OUT if duplicate.direction is Direction.IN else Direction.IN
    voided = aliased(CheckinEvent, name="voiding")
    found = session.scalar(
        select(func.count(CheckinEvent.id))
        .join(voided, voided.voids_event_uuid == CheckinEvent.uuid)
        .where(
            CheckinEvent.participant_id == duplicate.participant_id,
            CheckinEvent.checkpoint_id == duplicate.checkpoint_id,
            CheckinEvent.direction == opposite.value,
            CheckinEvent.occurred_at >= duplicate.counted_at,
            CheckinEvent.occurred_at <= duplicate.at,
        )
    )
    return bool(found)


def _twice_sentence(facts: Facts, program_id: int, duplicate: DuplicateAdmission) -> str:
    sentence = (
        translate(
            "Integrity",
            "In {program}, {person} (id {id}) was admitted twice at {checkpoint} by the same "
            "station {station} ({first} and {second}, event {event}) with no check-out between, "
            "which the station's lock should make impossible. The person still counts once; "
            "send the file to whoever looks after Sakura Desktop.",
        )
        if duplicate.direction is Direction.IN
        else translate(
            "Integrity",
            "In {program}, {person} (id {id}) was checked out twice at {checkpoint} by the same "
            "station {station} ({first} and {second}, event {event}) with no check-in between, "
            "which the station's lock should make impossible. The person still counts once; "
            "send the file to whoever looks after Sakura Desktop.",
        )
    )
    return sentence.format(
        program=facts.program(program_id),
        person=duplicate.person_name,
        id=duplicate.participant_id,
        checkpoint=duplicate.checkpoint_name,
        station=duplicate.station,
        first=f"{day_label(duplicate.counted_at)} {duplicate.counted_at:%H:%M}",
        second=f"{duplicate.at:%H:%M}",
        event=duplicate.event_uuid[:8],
    )


def _merged_sentence(facts: Facts, program_id: int, merged: list[DuplicateAdmission]) -> str:
    first = merged[0]
    sentence = (
        translate(
            "Integrity",
            "In {program}, {scans} were recorded by stations working apart after another "
            "station had already counted the person (merged duplicates, e.g. {person} at "
            "{checkpoint}, {label}). Each counts once and is shown in Sync; nothing to do.",
        )
        if len(merged) > 1
        else translate(
            "Integrity",
            "In {program}, {scans} was recorded by stations working apart after another "
            "station had already counted the person (merged duplicates, e.g. {person} at "
            "{checkpoint}, {label}). It counts once and is shown in Sync; nothing to do.",
        )
    )
    return sentence.format(
        program=facts.program(program_id),
        scans=count_of(len(merged), "scan"),
        person=first.person_name,
        checkpoint=first.checkpoint_name,
        label=first.label,
    )
