"""The database check's rules on badges: each program's secret has its length, every badge
can be made into a code that verifies under it, and a person has one live badge, the newest.
`core.integrity` runs them."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.integrity_report import (
    Facts,
    Findings,
    LazyNames,
    ProblemKind,
    count_of,
    restore_advice,
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
from sakura_desktop.db.models import SECRET_BYTES, BadgeToken, Participant


def check_badges(session: Session, facts: Facts, findings: Findings) -> None:
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
