"""What the program use cases return: plain dataclasses, no database types.

Kept apart from `programs` (which needs SQLAlchemy) so the window can show them, and be shown,
before the database layer is imported.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sakura_desktop.core.timeutil import DEFAULT_TIMEZONE
from sakura_desktop.db.enums import SessionKind


@dataclass(frozen=True)
class ProgramDraft:
    code: str
    title: str
    start_date: dt.date
    end_date: dt.date
    host_institution: str = ""
    timezone: str = DEFAULT_TIMEZONE
    emergency_phone: str = ""
    # Where the week happens (a campus, a hotel, a museum): venues and travel times come later.
    sites: tuple[str, ...] = ()

    def site_names(self) -> list[str]:
        """The sites as typed, blank lines dropped and spaces tidied."""
        return [" ".join(name.split()) for name in self.sites if name.strip()]


@dataclass(frozen=True)
class ProgramSummary:
    id: int
    uuid: str
    code: str
    title: str
    host_institution: str
    start_date: dt.date
    end_date: dt.date
    timezone: str
    delegations: int
    participants: int
    teams: int
    sessions: int

    @property
    def label(self) -> str:
        return f"{self.title} ({self.code})"

    @property
    def dates_label(self) -> str:
        return f"{self.start_date:%a %d %b %Y} – {self.end_date:%a %d %b %Y}"


@dataclass(frozen=True)
class DelegationCount:
    name: str
    country_code: str
    country_name: str
    by_role: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.by_role.values())


@dataclass(frozen=True)
class SessionLine:
    id: int
    title: str
    kind: SessionKind
    start: dt.datetime  # in the program's time zone
    end: dt.datetime
    venue: str
    audience: str
    for_everyone: bool = False  # then `audience` is "Everyone": a screen says it in its language


@dataclass(frozen=True)
class ProgramOverview:
    program: ProgramSummary
    by_role: dict[str, int]  # active participants (not withdrawn) per role, every role present
    withdrawn: int
    delegations: list[DelegationCount]
    day: dt.date  # the day whose sessions are listed
    day_is_today: bool
    sessions: list[SessionLine]
