"""Names in a schedule file -> ids of the program: teams, delegations, people, sites, venues.

One `ValueError` sentence per unknown or ambiguous name (the row reader turns it into a
`RowProblem`); apart from `io` so the reading and writing there stays short.
"""

from __future__ import annotations

from typing import Any

from sakura_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from sakura_desktop.core.schedule.model import WeekData

EVERYONE = "everyone"
SEPARATOR = ";"
NO_SUCH = {  # an unknown name in a column, by what the column names
    "team": QT_TRANSLATE_NOOP("ScheduleImport", "no team {name} in this program"),
    "delegation": QT_TRANSLATE_NOOP("ScheduleImport", "no delegation {name} in this program"),
    "participant": QT_TRANSLATE_NOOP("ScheduleImport", "no participant {name} in this program"),
    "site": QT_TRANSLATE_NOOP("ScheduleImport", "no site {name} in this program"),
    "team, delegation or participant": QT_TRANSLATE_NOOP(
        "ScheduleImport", "no team, delegation or participant {name} in this program"
    ),
}
SEVERAL = {
    "team": QT_TRANSLATE_NOOP("ScheduleImport", "{name} names several teams"),
    "delegation": QT_TRANSLATE_NOOP("ScheduleImport", "{name} names several delegations"),
    "participant": QT_TRANSLATE_NOOP("ScheduleImport", "{name} names several participants"),
    "site": QT_TRANSLATE_NOOP("ScheduleImport", "{name} names several sites"),
    "team, delegation or participant": QT_TRANSLATE_NOOP(
        "ScheduleImport", "{name} names several team, delegation or participants"
    ),
}


class Resolver:
    """Names in the file -> ids of the program, with one problem per unknown or ambiguous name."""

    def __init__(self, week: WeekData) -> None:
        self.week = week
        self.teams = index_names((t.name, t.id) for t in week.teams)
        self.delegations = index_names((d.name, d.id) for d in week.delegations)
        self.sites = index_names((s.name, s.id) for s in week.sites)
        people = [(p.external_id or "", p.id) for p in week.people if p.external_id]
        people += [(p.name, p.id) for p in week.people]
        self.people = index_names(people)
        self.venues: dict[str, list[int]] = {}
        for venue in week.venues:
            self.venues.setdefault(fold(venue.name), []).append(venue.id)

    def venue(self, name: str, site: str) -> int:
        candidates = self.venues.get(fold(name), [])
        if site:
            site_ids = self.sites.get(fold(site), [])
            if not site_ids:
                raise ValueError(
                    translate("ScheduleImport", "no site {name} in this program").format(
                        name=repr(site)
                    )
                )
            candidates = [v for v in candidates if self.week.venue_by_id[v].site_id in site_ids]
        if not candidates:
            if site:
                text = translate(
                    "ScheduleImport", "no venue {name} at {site} in this program; add it first"
                )
            else:
                text = translate("ScheduleImport", "no venue {name} in this program; add it first")
            raise ValueError(text.format(name=repr(name), site=repr(site)))
        if len(candidates) > 1:
            raise ValueError(
                translate(
                    "ScheduleImport", "several venues are called {name}; fill in the site column"
                ).format(name=repr(name))
            )
        return candidates[0]

    def one(self, table: dict[str, list[int]], name: str, what: str) -> int:
        found = sorted(set(table.get(fold(name), [])))
        if not found:
            raise ValueError(translate("ScheduleImport", NO_SUCH[what]).format(name=repr(name)))
        if len(found) > 1:
            several = translate("ScheduleImport", SEVERAL[what])
            raise ValueError(several.format(name=repr(name)))
        return found[0]

    def audience(self, text: str) -> tuple[bool, list[int], list[int], list[int]]:
        if fold(text) in (EVERYONE, "all", "everybody"):
            return True, [], [], []
        teams: list[int] = []
        delegations: list[int] = []
        people: list[int] = []
        for name in (part.strip() for part in text.split(SEPARATOR)):
            if not name:
                continue
            if fold(name) in self.teams:
                teams.append(self.one(self.teams, name, "team"))
            elif fold(name) in self.delegations:
                delegations.append(self.one(self.delegations, name, "delegation"))
            else:
                people.append(self.one(self.people, name, "team, delegation or participant"))
        return False, teams, delegations, people


def fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def index_names(pairs: Any) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for name, row_id in pairs:
        found.setdefault(fold(name), []).append(row_id)
    return found
