"""The anonymous statistics a purge keeps: counts and attendance rates, no person in them.

Computed from the program just before its personal data is removed and stored as one JSON
document in `app_metadata` (key `purge_statistics:` + the program's uuid), so the numbers a
report after the week needs (how many came from where, which roles and genders, how old, how
many attended what) outlive the names. Nothing in the document names or singles out a person:
counts by country, role, gender, age band and status, and attendance per session and per
delegation. Age bands are taken at the program's first day.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.reports.attendance import compute_attendance
from sakura_desktop.core.reports.columns import value_text
from sakura_desktop.core.reports.snapshot import Snapshot, load_snapshot
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.models import AppMetadata, Program
from sakura_desktop.errors import NotFoundError

KEY_PREFIX = "purge_statistics:"
FORMAT_VERSION = 1
AGE_BANDS: tuple[tuple[int, int, str], ...] = (
    (0, 14, "under 15"), (15, 17, "15-17"), (18, 22, "18-22"), (23, 29, "23-29"),
    (30, 49, "30-49"), (50, 200, "50 and over"),
)  # fmt: skip
UNKNOWN_AGE = "not given"


@dataclass(frozen=True)
class Rate:
    """Attendance of one session or one delegation: expected people (or person-sessions)."""

    name: str
    expected: int
    attended: int

    @property
    def percent(self) -> float | None:
        return round(100 * self.attended / self.expected, 1) if self.expected else None


@dataclass(frozen=True)
class ProgramStatistics:
    program_code: str
    program_title: str
    start_date: str
    end_date: str
    purged_at: str
    participants: int
    by_country: dict[str, int] = field(default_factory=dict)
    by_role: dict[str, int] = field(default_factory=dict)
    by_gender: dict[str, int] = field(default_factory=dict)
    by_age_band: dict[str, int] = field(default_factory=dict)
    by_status: dict[str, int] = field(default_factory=dict)
    sessions: list[Rate] = field(default_factory=list)
    delegations: list[Rate] = field(default_factory=list)

    def to_json(self) -> str:
        return json.dumps({"version": FORMAT_VERSION, **asdict(self)}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> ProgramStatistics:
        data: dict[str, Any] = json.loads(text)
        data.pop("version", None)
        data["sessions"] = [Rate(**r) for r in data.get("sessions", [])]
        data["delegations"] = [Rate(**r) for r in data.get("delegations", [])]
        return cls(**data)

    def lines(self) -> list[str]:
        """The statistics as plain sentences and tables (the CLI and the dialog show these)."""
        out = [
            translate("PurgeStatistics", "{code} — {title} ({start} to {end})").format(
                code=self.program_code,
                title=self.program_title,
                start=self.start_date,
                end=self.end_date,
            ),
            translate(
                "PurgeStatistics", "Personal data purged at {when} UTC; {count} participants."
            ).format(when=self.purged_at, count=self.participants),
        ]
        for title, counts in (
            (translate("PurgeStatistics", "By country"), self.by_country),
            (translate("PurgeStatistics", "By role"), self.by_role),
            (translate("PurgeStatistics", "By gender"), self.by_gender),
            (translate("PurgeStatistics", "By age band (on the first day)"), self.by_age_band),
            (translate("PurgeStatistics", "By status"), self.by_status),
        ):
            words = translate("PurgeStatistics", ", ").join(
                f"{value_text(k)} {v}" for k, v in counts.items()
            )
            out.append(
                translate("PurgeStatistics", "{title}: {counts}").format(title=title, counts=words)
            )
        out += _rate_lines(
            self.sessions,
            translate("PurgeStatistics", "Sessions attended: no attendance was recorded."),
            translate("PurgeStatistics", "Sessions attended (present of expected):"),
        )
        out += _rate_lines(
            self.delegations,
            translate("PurgeStatistics", "Delegations attended: no attendance was recorded."),
            translate("PurgeStatistics", "Delegations attended (present of expected):"),
        )
        return out


def _rate_lines(rates: list[Rate], none: str, heading: str) -> list[str]:
    recorded = [r for r in rates if r.expected]
    if not recorded:
        return [none]
    of = translate("PurgeStatistics", "  {name}: {attended} of {expected}{percent}")
    return [heading] + [
        of.format(name=r.name, attended=r.attended, expected=r.expected, percent=_percent(r))
        for r in recorded
    ]


def _percent(rate: Rate) -> str:
    return f" ({rate.percent:g} %)" if rate.percent is not None else ""


def age_band(birth: dt.date | None, on: dt.date) -> str:
    if birth is None:
        return UNKNOWN_AGE
    age = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    return next((label for low, high, label in AGE_BANDS if low <= age <= high), UNKNOWN_AGE)


def _sorted_counts(counter: Counter[str]) -> dict[str, int]:
    return dict(sorted(counter.items(), key=lambda item: (-item[1], item[0])))


def compute_statistics(
    factory: SessionFactory, program_id: int, purged_at: dt.datetime
) -> ProgramStatistics:
    snap = load_snapshot(factory, program_id)
    attendance = compute_attendance(factory, program_id, snapshot=snap)
    program = snap.program
    start, end = _dates(factory, program_id)
    people = list(snap.people.values())
    return ProgramStatistics(
        program_code=program.code,
        program_title=program.title,
        start_date=start.isoformat(),
        end_date=end.isoformat(),
        purged_at=purged_at.strftime("%Y-%m-%d %H:%M"),
        participants=len(people),
        by_country=_sorted_counts(Counter(_country(snap, p) for p in people)),
        by_role=_sorted_counts(Counter("leader" if p.is_leader else p.role for p in people)),
        by_gender=_sorted_counts(Counter(p.gender for p in people)),
        by_age_band=_sorted_counts(Counter(age_band(p.date_of_birth, start) for p in people)),
        by_status=_sorted_counts(Counter(p.status for p in people)),
        sessions=[Rate(s.title, s.expected, s.present) for s in attendance.sessions if s.recorded],
        delegations=[Rate(g.name, g.expected, g.attended) for g in attendance.delegations],
    )


def _country(snap: Snapshot, person: Any) -> str:
    delegation = snap.delegation_of(person)
    return getattr(delegation, "country_name", "") or "host (no delegation)"


def _dates(factory: SessionFactory, program_id: int) -> tuple[dt.date, dt.date]:
    with factory() as session:
        found = session.execute(
            select(Program.start_date, Program.end_date).where(Program.id == program_id)
        ).one_or_none()
    if found is None:
        raise NotFoundError(
            translate("PurgeStatistics", "No program with id {id}.").format(id=program_id)
        )
    return found.start_date, found.end_date


def statistics_key(session: Session, program_id: int) -> str:
    uuid = session.scalar(select(Program.uuid).where(Program.id == program_id))
    if uuid is None:
        raise NotFoundError(
            translate("PurgeStatistics", "No program with id {id}.").format(id=program_id)
        )
    return KEY_PREFIX + uuid


def store_statistics(session: Session, program_id: int, stats: ProgramStatistics) -> None:
    key = statistics_key(session, program_id)
    row = session.get(AppMetadata, key)
    if row is None:
        session.add(AppMetadata(key=key, value=stats.to_json()))
    else:
        row.value = stats.to_json()


def stored_statistics(factory: SessionFactory, program_id: int) -> ProgramStatistics | None:
    """The statistics kept by an earlier purge of the program, or None if never purged."""
    with factory() as session:
        key = statistics_key(session, program_id)
        text = session.scalar(select(AppMetadata.value).where(AppMetadata.key == key))
    return ProgramStatistics.from_json(text) if text else None
