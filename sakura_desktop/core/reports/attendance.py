"""Attendance: per session, per participant, per delegation, per team; arrivals over time.

What counts (the check-in journal's reading, `core.checkin.journal`, applied after the fact):

* **Present** at a session: the person has at least one entry at the session's checkpoint that
  moved them in (decision accepted or not expected, direction in) and that no later event
  voided. Being admitted twice, or by two stations that merged their journals later, is still
  one person present: people are counted, not scans. Checking out afterwards does not undo
  having attended.
* **Expected** at a session: the session's audience (everyone, or its teams, delegations and
  named people) minus people who withdrew, minus people whose stay does not cover the session
  (arrival at or after its end, departure at or before its start, when the roster gives them).
  Unlike the live head count, people with status "departed" are still expected at the sessions
  of their stay: after the week everybody has departed, and the report is about the week.
* **Recorded**: a session counts in rates only when attendance was taken there (someone was
  let in at its checkpoint). A session nobody scanned reads "not recorded", not 0 %, and is left
  out of each person's, delegation's and team's expected sessions. Free time has no checkpoint.
* **Rate** = expected people present / expected people. People present but not expected are
  shown apart ("extra"), never mixed into the rate.
* A person's, a delegation's or a team's numbers add up person-sessions over recorded sessions.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import Session

from sakura_desktop.core.checkin.checkpoints import stay_covers
from sakura_desktop.core.checkin.decision import PRESENCE_DECISIONS
from sakura_desktop.core.checkin.journal import not_voided
from sakura_desktop.core.i18n import translate
from sakura_desktop.core.reports.columns import value_text
from sakura_desktop.core.reports.snapshot import (
    HOST_GROUP,
    Person,
    SessionFacts,
    Snapshot,
    load_snapshot,
)
from sakura_desktop.core.reports.table import ReportTable
from sakura_desktop.core.timeutil import local
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import Direction, SessionKind
from sakura_desktop.db.models import CheckinEvent, Checkpoint, Program
from sakura_desktop.errors import NotFoundError, UserError

Progress = Callable[[int, int, str], None]  # (done, total, text): ProgressReporter.report fits
NO_TEAM = "(no team)"


@dataclass(frozen=True)
class SessionAttendance:
    session_id: int
    title: str
    kind: str
    starts: dt.datetime  # program time zone
    ends: dt.datetime  # program time zone
    expected: int
    present: int  # expected people present
    extra: int  # present but not expected
    recorded: bool  # attendance was taken (someone was scanned in)

    @property
    def rate(self) -> float | None:
        """Share of expected people present (0..1), None when not recorded or nobody expected."""
        if not self.recorded or self.expected == 0:
            return None
        return self.present / self.expected


@dataclass(frozen=True)
class ParticipantAttendance:
    participant_id: int
    name: str
    native_name: str
    delegation: str
    team: str
    role: str
    status: str
    expected: int  # recorded sessions the person was expected at
    attended: int  # of those, sessions the person was present at
    extra: int  # sessions attended without being expected
    country_code: str = ""  # the delegation's country ("" for host people)

    @property
    def rate(self) -> float | None:
        return self.attended / self.expected if self.expected else None


@dataclass(frozen=True)
class GroupAttendance:
    """A delegation's or a team's person-sessions."""

    name: str
    people: int  # members not withdrawn
    expected: int
    attended: int

    @property
    def rate(self) -> float | None:
        return self.attended / self.expected if self.expected else None


@dataclass(frozen=True)
class ArrivalBin:
    start: dt.datetime  # program time zone
    end: dt.datetime
    count: int  # people whose first entry falls in [start, end)
    cumulative: int


@dataclass(frozen=True)
class AttendanceReport:
    sessions: list[SessionAttendance]
    participants: list[ParticipantAttendance]
    delegations: list[GroupAttendance]
    teams: list[GroupAttendance]


# --- who was there ----------------------------------------------------------------------------


def expected_at(snapshot: Snapshot, session: SessionFacts) -> set[int]:
    """Everyone expected at a session, after the fact (see the module docstring)."""
    audience = session.audience
    if audience.everyone:
        candidates: Iterable[Person] = snapshot.taking_part
    else:
        chosen: dict[int, Person] = {}
        for delegation in audience.delegation_ids:
            chosen.update((p.id, p) for p in snapshot.by_delegation.get(delegation, ()))
        for team in audience.team_ids:
            chosen.update((p.id, p) for p in snapshot.by_team.get(team, ()))
        for pid in audience.participant_ids:
            person = snapshot.people.get(pid)
            if person is not None and not person.withdrawn:
                chosen[pid] = person
        candidates = chosen.values()
    return {
        p.id
        for p in candidates
        if (p.arrival_at is None and p.departure_at is None)
        or stay_covers(p.arrival_at, p.departure_at, audience)
    }


def present_by_checkpoint(factory: SessionFactory, program_id: int) -> dict[int, set[int]]:
    """Per checkpoint, the people who were let in at least once (voided entries do not count;
    an admission repeated or merged from another station counts once)."""
    admitted = (
        select(CheckinEvent.checkpoint_id, CheckinEvent.participant_id)
        .where(
            CheckinEvent.program_id == program_id,
            CheckinEvent.participant_id.is_not(None),
            CheckinEvent.direction == Direction.IN.value,
            CheckinEvent.decision.in_(PRESENCE_DECISIONS),
            not_voided(),
        )
        .distinct()
        .subquery()
    )
    # One row per checkpoint with its people's ids joined by commas (group_concat on SQLite,
    # string_agg on PostgreSQL): splitting 40 strings is much quicker than fetching 100,000 rows.
    joined = func.aggregate_strings(cast(admitted.c.participant_id, String), ",")
    with factory() as session:
        rows = session.connection().execute(
            select(admitted.c.checkpoint_id, joined).group_by(admitted.c.checkpoint_id)
        )
        return {
            checkpoint_id: {int(pid) for pid in text.split(",")}
            for checkpoint_id, text in rows
            if text
        }


# --- computing --------------------------------------------------------------------------------


def compute_attendance(
    factory: SessionFactory,
    program_id: int,
    *,
    snapshot: Snapshot | None = None,
    progress: Progress | None = None,
) -> AttendanceReport:
    """Every attendance number of the program (see the module docstring for what counts)."""
    report = progress or _silent
    snap = snapshot or load_snapshot(factory, program_id)
    report(1, 4, "Reading the check-in journal")
    present = present_by_checkpoint(factory, program_id)
    report(2, 4, "Counting sessions")
    rows, expected_sets, present_sets = _session_rows(snap, present)
    report(3, 4, "Counting people and groups")
    people = _participant_rows(snap, expected_sets, present_sets)
    report(4, 4, "Done")
    return AttendanceReport(
        sessions=rows,
        participants=people,
        delegations=_group_rows(snap, people, lambda p: [snap.delegation_name(p)]),
        teams=_group_rows(snap, people, lambda p: _team_list(snap, p)),
    )


def _silent(done: int, total: int, text: str) -> None:
    del done, total, text


def tracked_sessions(snapshot: Snapshot) -> list[SessionFacts]:
    """Sessions where attendance could be taken (free time has no checkpoint)."""
    return [s for s in snapshot.sessions if s.kind != SessionKind.FREE_TIME.value]


def _session_rows(
    snap: Snapshot, present: dict[int, set[int]]
) -> tuple[list[SessionAttendance], dict[int, set[int]], dict[int, set[int]]]:
    timezone = snap.program.timezone
    rows = []
    expected_sets: dict[int, set[int]] = {}
    present_sets: dict[int, set[int]] = {}
    for session in tracked_sessions(snap):
        expected = expected_at(snap, session)
        here = present.get(session.checkpoint_id, set()) if session.checkpoint_id else set()
        recorded = bool(here)
        if recorded:
            expected_sets[session.id] = expected
            present_sets[session.id] = here
        rows.append(
            SessionAttendance(
                session_id=session.id,
                title=session.title,
                kind=session.kind,
                starts=local(session.start, timezone),
                ends=local(session.end, timezone),
                expected=len(expected),
                present=len(expected & here),
                extra=len(here - expected),
                recorded=recorded,
            )
        )
    return rows, expected_sets, present_sets


def _participant_rows(
    snap: Snapshot, expected_sets: dict[int, set[int]], present_sets: dict[int, set[int]]
) -> list[ParticipantAttendance]:
    expected: Counter[int] = Counter()
    attended: Counter[int] = Counter()
    extra: Counter[int] = Counter()
    for session_id, expected_ids in expected_sets.items():
        here = present_sets[session_id]
        expected.update(expected_ids)
        attended.update(expected_ids & here)
        extra.update(here - expected_ids)
    people = sorted(snap.people.values(), key=snap.roster_order)
    return [
        ParticipantAttendance(
            participant_id=p.id,
            name=p.display_name,
            native_name=p.native_name,
            delegation=snap.delegation_name(p),
            team=snap.team_names(p),
            role=p.role,
            status=p.status,
            expected=expected[p.id],
            attended=attended[p.id],
            extra=extra[p.id],
            country_code=snap.country_code(p),
        )
        for p in people
    ]


def _team_list(snap: Snapshot, person: Person) -> list[str]:
    names = [snap.teams[t] for t in person.team_ids if t in snap.teams]
    return names or [NO_TEAM]


def _group_rows(
    snap: Snapshot,
    people: Iterable[ParticipantAttendance],
    groups_of: Callable[[Person], list[str]],
) -> list[GroupAttendance]:
    members: Counter[str] = Counter()
    expected: Counter[str] = Counter()
    attended: Counter[str] = Counter()
    for row in people:
        person = snap.people[row.participant_id]
        if person.withdrawn:
            continue
        for group in groups_of(person):
            members[group] += 1
            expected[group] += row.expected
            attended[group] += row.attended
    return [
        GroupAttendance(name, members[name], expected[name], attended[name])
        for name in sorted(members, key=_group_order)
    ]


def _group_order(name: str) -> tuple[bool, str]:
    """Groups by name; host people and people in no team last."""
    return (name in (HOST_GROUP, NO_TEAM), name.casefold())


# --- arrivals timeline ------------------------------------------------------------------------


def arrivals_timeline(
    factory: SessionFactory, checkpoint_id: int, *, minutes: int = 15
) -> list[ArrivalBin]:
    """How many people first came in at a checkpoint in each `minutes`-long interval (program
    time zone), from the first entry's interval to the last's, empty intervals included."""
    if minutes <= 0:
        raise UserError(
            translate("ReportTables", "The timeline's interval must be at least one minute.")
        )
    with factory() as session:
        program_id = session.scalar(
            select(Checkpoint.program_id).where(Checkpoint.id == checkpoint_id)
        )
        if program_id is None:
            raise NotFoundError(
                translate("ReportTables", "No checkpoint with id {id}.").format(id=checkpoint_id)
            )
        timezone = load_timezone(session, program_id)
        firsts = [
            _aware(at)
            for at in session.scalars(
                select(func.min(CheckinEvent.occurred_at))
                .where(
                    CheckinEvent.checkpoint_id == checkpoint_id,
                    CheckinEvent.participant_id.is_not(None),
                    CheckinEvent.direction == Direction.IN.value,
                    CheckinEvent.decision.in_(PRESENCE_DECISIONS),
                    not_voided(),
                )
                .group_by(CheckinEvent.participant_id)
            )
        ]
    return bin_arrivals([local(at, timezone) for at in firsts], minutes)


def load_timezone(session: Session, program_id: int) -> str:
    timezone = session.scalar(select(Program.timezone).where(Program.id == program_id))
    if timezone is None:
        raise NotFoundError(
            translate("ReportTables", "No program with id {id}.").format(id=program_id)
        )
    return timezone


def _aware(value: dt.datetime | str) -> dt.datetime:
    """An aggregate's value loses its column type on SQLite: bring it back to aware UTC."""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


def bin_arrivals(instants: list[dt.datetime], minutes: int) -> list[ArrivalBin]:
    """Count instants per `minutes`-long interval aligned on the hour (or the day)."""
    if not instants:
        return []
    width = dt.timedelta(minutes=minutes)

    def floor(at: dt.datetime) -> dt.datetime:
        midnight = at.replace(hour=0, minute=0, second=0, microsecond=0)
        return midnight + width * ((at - midnight) // width)

    counts = Counter(floor(at) for at in instants)
    start, last = min(counts), max(counts)
    bins = []
    total = 0
    while start <= last:
        total += counts.get(start, 0)
        bins.append(ArrivalBin(start, start + width, counts.get(start, 0), total))
        start += width
    return bins


# --- tables -----------------------------------------------------------------------------------


def _percent(rate: float | None) -> float | None:
    """A rate as a percentage with one decimal, None when there is nothing to divide."""
    return None if rate is None else round(rate * 100, 1)


def session_table(rows: list[SessionAttendance]) -> ReportTable:
    return ReportTable(
        key="sessions",
        title=translate("ReportTables", "Attendance per session"),
        headers=("Session", "Kind", "Starts", "Ends", "Expected", "Present", "Rate %", "Extra"),
        rows=[
            (
                r.title,
                # The kinds' words are marked in ui/schedule/text.py ("SessionKinds").
                translate("SessionKinds", SessionKind(r.kind).label),
                r.starts.replace(tzinfo=None),
                r.ends.replace(tzinfo=None),
                r.expected,
                r.present if r.recorded else None,
                _percent(r.rate),
                r.extra if r.recorded else None,
            )
            for r in rows
        ],
        notes=(
            translate(
                "ReportTables",
                "Present: expected people let in at least once (a scan undone does not count; a "
                "person admitted twice or at two doors counts once).",
            ),
            translate(
                "ReportTables",
                "Extra: people let in who were not expected. Blank: attendance not recorded.",
            ),
        ),
    )


def participant_table(rows: list[ParticipantAttendance]) -> ReportTable:
    return ReportTable(
        key="participants",
        title=translate("ReportTables", "Attendance per participant"),
        headers=(
            "Name",
            "Native name",
            "Delegation",
            "Team",
            "Role",
            "Status",
            "Sessions expected",
            "Attended",
            "Rate %",
            "Also attended (not expected)",
        ),
        rows=[
            (
                r.name,
                r.native_name,
                value_text(r.delegation),
                value_text(r.team),
                value_text(r.role),
                value_text(r.status),
                r.expected,
                r.attended,
                _percent(r.rate),
                r.extra,
            )
            for r in rows
        ],
        notes=(translate("ReportTables", "Counted over sessions where attendance was recorded."),),
        row_countries=tuple(r.country_code for r in rows),
    )


def group_table(key: str, title: str, rows: list[GroupAttendance]) -> ReportTable:
    return ReportTable(
        key=key,
        title=title,
        headers=("Name", "People", "Person-sessions expected", "Attended", "Rate %"),
        rows=[
            (value_text(r.name), r.people, r.expected, r.attended, _percent(r.rate)) for r in rows
        ],
        notes=(translate("ReportTables", "Withdrawn people are not counted."),),
    )


def arrivals_table(checkpoint_name: str, bins: list[ArrivalBin]) -> ReportTable:
    return ReportTable(
        key="arrivals",
        title=translate("ReportTables", "Arrivals at {checkpoint}").format(
            checkpoint=checkpoint_name
        ),
        headers=("From", "To", "People", "Total so far"),
        rows=[
            (b.start.replace(tzinfo=None), b.end.replace(tzinfo=None), b.count, b.cumulative)
            for b in bins
        ],
        notes=(translate("ReportTables", "Each person counted once, at their first entry."),),
    )


def attendance_tables(report: AttendanceReport) -> list[ReportTable]:
    """The attendance report as tables: sessions, participants, delegations, teams."""
    return [
        session_table(report.sessions),
        participant_table(report.participants),
        group_table(
            "delegations",
            translate("ReportTables", "Attendance per delegation"),
            report.delegations,
        ),
        group_table("teams", translate("ReportTables", "Attendance per team"), report.teams),
    ]
