"""The post-visit summary for the funder: who came from where, what was held, how satisfied.

Who is counted: everyone on the roster who did not withdraw (students, teachers, staff,
interpreters, lecturers and guests; the role table tells them apart). Withdrawn people are
counted once, in the overview, and nowhere else.

Age bands are ages on the program's first day, from the date of birth: under 18 (minors: the
host's duty of care differs), 18-22 (undergraduate), 23-29 (graduate), 30-39, 40-49, 50-59,
60 and over, and "not given".

Host people (no delegation) are counted under the program's host institution and "Japan".
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.reports.attendance import (
    AttendanceReport,
    Progress,
    compute_attendance,
    participant_table,
    session_table,
)
from sakura_desktop.core.reports.columns import value_text
from sakura_desktop.core.reports.snapshot import (
    Person,
    ProgramFacts,
    Snapshot,
    load_snapshot,
)
from sakura_desktop.core.reports.table import ReportTable
from sakura_desktop.core.schedule.day_text import long_date_label
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import Gender, Role

HOST_COUNTRY = "Japan"
NOT_GIVEN = "not given"
# (upper age bound exclusive, label); the last band has no bound.
AGE_BANDS: tuple[tuple[int, str], ...] = (
    (18, "under 18"),
    (23, "18-22"),
    (30, "23-29"),
    (40, "30-39"),
    (50, "40-49"),
    (60, "50-59"),
)
OLDEST_BAND = "60 and over"


@dataclass(frozen=True)
class Summary:
    program: ProgramFacts
    attendance: AttendanceReport
    tables: list[ReportTable]

    def table(self, key: str) -> ReportTable | None:
        return next((t for t in self.tables if t.key == key), None)


def age_on(birth: dt.date, day: dt.date) -> int:
    """Whole years from `birth` to `day` (a 29 February birthday counts on 1 March)."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def age_band(birth: dt.date | None, day: dt.date) -> str:
    if birth is None:
        return NOT_GIVEN
    age = age_on(birth, day)
    for bound, label in AGE_BANDS:
        if age < bound:
            return label
    return OLDEST_BAND


def _band_order() -> list[str]:
    return [label for _, label in AGE_BANDS] + [OLDEST_BAND, NOT_GIVEN]


def build_summary(
    factory: SessionFactory, program_id: int, *, progress: Progress | None = None
) -> Summary:
    """Every table of the post-visit summary (the survey's when the survey part is present)."""
    snap = load_snapshot(factory, program_id)
    attendance = compute_attendance(factory, program_id, snapshot=snap, progress=progress)
    tables = [
        overview_table(snap, attendance),
        *breakdown_tables(snap),
        session_table(attendance.sessions),
        participant_table(attendance.participants),
        *survey_part(factory, program_id),
    ]
    return Summary(snap.program, attendance, tables)


def taking_part(snap: Snapshot) -> list[Person]:
    return [p for p in snap.people.values() if not p.withdrawn]


def overview_table(snap: Snapshot, attendance: AttendanceReport) -> ReportTable:
    program = snap.program
    people = taking_part(snap)
    recorded = [s for s in attendance.sessions if s.recorded]
    expected = sum(s.expected for s in recorded)
    present = sum(s.present for s in recorded)
    countries = {_country(snap, p) for p in people}
    rows: list[tuple[str, str | int | float | dt.date | None]] = [
        (translate("ReportTables", "Program"), program.title),
        (translate("ReportTables", "Code"), program.code),
        (translate("ReportTables", "Host institution"), program.host_institution),
        (translate("ReportTables", "First day"), program.start_date),
        (translate("ReportTables", "Last day"), program.end_date),
        (translate("ReportTables", "Participants (not withdrawn)"), len(people)),
        (
            translate("ReportTables", "Students"),
            sum(1 for p in people if p.role == Role.STUDENT.value),
        ),
        (translate("ReportTables", "Withdrawn"), len(snap.people) - len(people)),
        (
            translate("ReportTables", "Delegations"),
            len({p.delegation_id for p in people if p.delegation_id is not None}),
        ),
        (translate("ReportTables", "Countries"), len(countries)),
        (translate("ReportTables", "Sessions (free time not counted)"), len(attendance.sessions)),
        (translate("ReportTables", "Sessions with attendance recorded"), len(recorded)),
        (
            translate("ReportTables", "Overall attendance %"),
            round(100 * present / expected, 1) if expected else None,
        ),
    ]
    return ReportTable(
        key="overview",
        title=translate("ReportTables", "Overview"),
        headers=("Item", "Value"),
        rows=list(rows),
        notes=(
            translate(
                "ReportTables",
                "Overall attendance: expected people present over all recorded sessions.",
            ),
        ),
    )


def _country(snap: Snapshot, person: Person) -> str:
    delegation = snap.delegation_of(person)
    return delegation.country_name if delegation else HOST_COUNTRY


def _institution(snap: Snapshot, person: Person) -> str:
    delegation = snap.delegation_of(person)
    if delegation is None:
        return snap.program.host_institution or NOT_GIVEN
    return delegation.institution or NOT_GIVEN


def _role(snap: Snapshot, person: Person) -> str:
    del snap
    return person.role.capitalize()


def _gender(snap: Snapshot, person: Person) -> str:
    del snap
    return NOT_GIVEN if person.gender == Gender.UNSPECIFIED.value else person.gender.capitalize()


def breakdown_tables(snap: Snapshot) -> list[ReportTable]:
    """Participants by country, institution, role, gender and age band."""
    start = snap.program.start_date
    role_order = [r.value.capitalize() for r in Role]
    gender_order = [g.value.capitalize() for g in Gender if g is not Gender.UNSPECIFIED]
    return [
        _breakdown(
            snap,
            "by_country",
            translate("ReportTables", "Participants by country"),
            "Country",
            _country,
        ),
        _breakdown(
            snap,
            "by_institution",
            translate("ReportTables", "Participants by institution"),
            "Institution",
            _institution,
        ),
        _breakdown(
            snap,
            "by_role",
            translate("ReportTables", "Participants by role"),
            "Role",
            _role,
            role_order,
        ),
        _breakdown(
            snap,
            "by_gender",
            translate("ReportTables", "Participants by gender"),
            "Gender",
            _gender,
            [*gender_order, NOT_GIVEN],
        ),
        _breakdown(
            snap,
            "by_age",
            translate("ReportTables", "Participants by age band"),
            "Age band",
            lambda _, p: age_band(p.date_of_birth, start),
            _band_order(),
            note=translate("ReportTables", "Age on the program's first day, {day}.").format(
                day=long_date_label(start)
            ),
        ),
    ]


def _breakdown(
    snap: Snapshot,
    key: str,
    title: str,
    label: str,
    group_of: Callable[[Snapshot, Person], str],
    order: list[str] | None = None,
    note: str = "",
) -> ReportTable:
    people = taking_part(snap)
    counts = Counter(group_of(snap, p) for p in people)
    students = Counter(group_of(snap, p) for p in people if p.role == Role.STUDENT.value)
    if order is None:  # largest first, then by name
        names = sorted(counts, key=lambda name: (-counts[name], name.casefold()))
    else:
        names = [name for name in order if counts[name]] + sorted(
            name for name in counts if name not in order
        )
    total = len(people)
    rows: list[tuple[str | int | float | None, ...]] = [
        (value_text(name), counts[name], students[name], round(100 * counts[name] / total, 1))
        for name in names
    ]
    rows.append(
        (
            translate("ReportTables", "Total"),
            total,
            sum(students.values()),
            100.0 if total else None,
        )
    )
    withdrawn = translate("ReportTables", "Withdrawn people are not counted.")
    notes = (withdrawn, note) if note else (withdrawn,)
    return ReportTable(
        key=key,
        title=title,
        headers=(label, "People", "Of whom students", "Share %"),
        rows=list(rows),
        notes=notes,
        sum_rows=1,
    )


# --- the survey part --------------------------------------------------------------------------


def survey_part(factory: SessionFactory, program_id: int) -> list[ReportTable]:
    """The survey's tables, from the survey part (response rate, satisfaction, come back,
    comments): imported when the summary is built, so the roster-only reports never load it."""
    from sakura_desktop.core.survey.reports import survey_tables

    return survey_tables(factory, program_id)
