"""What a database check finds: the kinds of problem, each problem as a sentence, what was
checked, and the report (`core.integrity` runs the checks; `core.integrity_sqlite` holds
SQLite's own)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sakura_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from sakura_desktop.core.schedule.day_text import day_label
from sakura_desktop.core.sync.duplicates import participant_names
from sakura_desktop.core.timeutil import local
from sakura_desktop.db.models import (
    BadgeToken,
    CheckinEvent,
    Checkpoint,
    Participant,
    Program,
    Station,
)

# More findings of one kind than this are summed up in one last sentence.
MAX_PER_KIND = 50
RESTORE = QT_TRANSLATE_NOOP(
    "Integrity",
    "Sakura Desktop itself never writes this (the file was edited by another tool or damaged): "
    "restore the newest backup that passes this check, or send the file to whoever looks after "
    "Sakura Desktop.",
)


def restore_advice() -> str:
    """RESTORE in the interface's language (translated when a finding is written)."""
    return translate("Integrity", RESTORE)


# The nouns findings count, each as a whole phrase per English number (Japanese has one form).
_COUNTED = {
    "program": (
        QT_TRANSLATE_NOOP("Integrity", "{count} program"),
        QT_TRANSLATE_NOOP("Integrity", "{count} programs"),
    ),
    "participant": (
        QT_TRANSLATE_NOOP("Integrity", "{count} participant"),
        QT_TRANSLATE_NOOP("Integrity", "{count} participants"),
    ),
    "check-in event": (
        QT_TRANSLATE_NOOP("Integrity", "{count} check-in event"),
        QT_TRANSLATE_NOOP("Integrity", "{count} check-in events"),
    ),
    "badge": (
        QT_TRANSLATE_NOOP("Integrity", "{count} badge"),
        QT_TRANSLATE_NOOP("Integrity", "{count} badges"),
    ),
    "station": (
        QT_TRANSLATE_NOOP("Integrity", "{count} station"),
        QT_TRANSLATE_NOOP("Integrity", "{count} stations"),
    ),
    "problem": (
        QT_TRANSLATE_NOOP("Integrity", "{count} problem"),
        QT_TRANSLATE_NOOP("Integrity", "{count} problems"),
    ),
    "scan": (
        QT_TRANSLATE_NOOP("Integrity", "{count} scan"),
        QT_TRANSLATE_NOOP("Integrity", "{count} scans"),
    ),
    "number": (
        QT_TRANSLATE_NOOP("Integrity", "{count} number"),
        QT_TRANSLATE_NOOP("Integrity", "{count} numbers"),
    ),
    "fault": (
        QT_TRANSLATE_NOOP("Integrity", "{count} fault"),
        QT_TRANSLATE_NOOP("Integrity", "{count} faults"),
    ),
}


class ProblemKind(StrEnum):
    DAMAGED_FILE = "damaged_file"  # SQLite's integrity check found damaged pages
    RULE_BROKEN = "rule_broken"  # a row breaks a CHECK, NOT NULL or UNIQUE rule of the schema
    MISSING_ROW = "missing_row"  # a reference to a row that does not exist (foreign key)
    OTHER_PROGRAM = "other_program"  # a scan names a person or checkpoint of another program
    BADGE = "badge"  # a badge that cannot be made into a code that verifies
    LIVE_BADGES = "live_badges"  # not exactly one usable badge where there should be one
    ADMITTED_TWICE = "admitted_twice"  # one station admitted a person twice in a row
    MERGED_DUPLICATE = "merged_duplicate"  # two stations apart both admitted (a note)
    VOIDING = "voiding"  # an undo that voids nothing, or the wrong thing
    STATION = "station"  # a station's numbering of its scans is broken
    SCHEMA = "schema"  # a guard of the schema is missing
    UNREADABLE = "unreadable"  # a check could not read the data at all


@dataclass(frozen=True)
class Problem:
    kind: ProblemKind
    sentence: str


@dataclass(frozen=True)
class Checked:
    """What was looked at, for the "No problems found" line."""

    programs: int = 0
    participants: int = 0
    events: int = 0
    badges: int = 0
    stations: int = 0
    sqlite_checks: bool = True  # False on PostgreSQL: the file checks do not apply
    contents_checked: bool = True  # False when the file is too damaged to judge its rows

    @property
    def summary(self) -> str:
        if not self.contents_checked:
            return translate("Integrity", "the file is damaged, so its contents were not checked")
        counts = translate("Integrity", ", ").join(
            [
                count_of(self.programs, "program"),
                count_of(self.participants, "participant"),
                count_of(self.events, "check-in event"),
                count_of(self.badges, "badge"),
                count_of(self.stations, "station"),
            ]
        )
        if self.sqlite_checks:
            return translate(
                "Integrity", "{counts} checked, with SQLite's integrity and foreign-key checks"
            ).format(counts=counts)
        return translate(
            "Integrity",
            "{counts} checked; SQLite's integrity and foreign-key checks do not apply to this "
            "database server and were skipped",
        ).format(counts=counts)


@dataclass(frozen=True)
class IntegrityReport:
    problems: tuple[Problem, ...]  # each one makes `check` fail
    notes: tuple[Problem, ...]  # known and harmless (merged duplicates)
    checked: Checked

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def verdict(self) -> str:
        if self.ok:
            return translate("Integrity", "No problems found: {summary}.").format(
                summary=self.checked.summary
            )
        found = count_of(len(self.problems), "problem")
        return translate("Integrity", "{found} found: {summary}.").format(
            found=found, summary=self.checked.summary
        )


def count_of(n: int, noun: str) -> str:
    """ "1 badge", "1,204 badges" (a noun of `_COUNTED`), in the interface's language."""
    one, many = _COUNTED[noun]
    return translate("Integrity", one if n == 1 else many).format(count=f"{n:,}")


@dataclass
class Findings:
    problems: dict[ProblemKind, list[str]] = field(default_factory=lambda: defaultdict(list))
    notes: list[Problem] = field(default_factory=list)

    def add(self, kind: ProblemKind, sentence: str) -> None:
        self.problems[kind].append(sentence)

    def note(self, kind: ProblemKind, sentence: str) -> None:
        self.notes.append(Problem(kind, sentence))

    def listed(self) -> tuple[Problem, ...]:
        listed: list[Problem] = []
        for kind, sentences in self.problems.items():
            listed += [Problem(kind, s) for s in sentences[:MAX_PER_KIND]]
            if len(sentences) > MAX_PER_KIND:
                more = len(sentences) - MAX_PER_KIND
                listed.append(
                    Problem(
                        kind,
                        translate(
                            "Integrity", "…and {count} more problems of the same kind as the above."
                        ).format(count=f"{more:,}"),
                    )
                )
        return tuple(listed)


def first_line(exc: BaseException | None) -> str:
    if exc is not None and str(exc):
        return repr(str(exc).splitlines()[0])
    return repr(translate("Integrity", "an error"))


# --- what the checks need to name things -------------------------------------------------------


@dataclass(frozen=True)
class Facts:
    programs: dict[int, tuple[str, str]]  # id -> (code, time zone)
    checkpoints: dict[int, str]
    stations: dict[int, str]

    @classmethod
    def load(cls, session: Session) -> Facts:
        programs = {
            pid: (code, timezone)
            for pid, code, timezone in session.execute(
                select(Program.id, Program.code, Program.timezone)
            )
        }
        checkpoints = {i: n for i, n in session.execute(select(Checkpoint.id, Checkpoint.name))}
        stations = {i: n for i, n in session.execute(select(Station.id, Station.name))}
        return cls(programs, checkpoints, stations)

    def program(self, program_id: int | None) -> str:
        if program_id is None or program_id not in self.programs:
            return translate("Integrity", "program id {id} (which does not exist)").format(
                id=program_id
            )
        return self.programs[program_id][0]

    def when(self, instant: dt.datetime, program_id: int) -> str:
        timezone = self.programs.get(program_id, ("", "UTC"))[1]
        moment = local(instant, timezone)
        return f"{day_label(moment)} {moment:%H:%M}"  # "Mon 13 Jul 09:00", 7月13日（月） 09:00

    def checked(self, session: Session, *, sqlite_checks: bool) -> Checked:
        def count(column: Any) -> int:
            return int(session.scalar(select(func.count(column))) or 0)

        return Checked(
            programs=len(self.programs),
            participants=count(Participant.id),
            events=count(CheckinEvent.id),
            badges=count(BadgeToken.id),
            stations=len(self.stations),
            sqlite_checks=sqlite_checks,
        )


def names_with_ids(session: Session, ids: set[int]) -> dict[int, str]:
    """Each person's name with their id, as the findings name them: "Grace CHEN (id 12)"."""
    shown = translate("Integrity", "{name} (id {id})")
    return {
        pid: shown.format(name=name, id=pid)
        for pid, name in participant_names(session, ids).items()
    }


class LazyNames:
    """A person's name read when a finding needs it (most people have none)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self.names_with_ids: dict[int, str] = {}

    def __getitem__(self, participant_id: int) -> str:
        if participant_id not in self.names_with_ids:
            found = names_with_ids(self._session, {participant_id})
            self.names_with_ids[participant_id] = found.get(
                participant_id, participant_id_phrase(participant_id)
            )
        return self.names_with_ids[participant_id]


def person_named(names: dict[int, str], participant_id: int | None) -> str:
    if participant_id is None:
        return translate("Integrity", "an unidentified code")
    return names.get(participant_id) or participant_id_phrase(participant_id)


def participant_id_phrase(participant_id: int) -> str:
    return translate("Integrity", "participant id {id}").format(id=participant_id)
