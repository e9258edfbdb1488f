"""Catering: for each meal, how many of the people expected there need what.

Who is expected at a meal is the attendance report's rule (`attendance.expected_at`): the
meal's audience, minus withdrawn people, minus people whose stay does not cover it (a late
arrival is not fed before they arrive). Needs come from `dietary.parse_dietary`. "Standard"
counts the people with no dietary need and no allergy; a person with two needs (halal and a
peanut allergy) appears in both columns, so the need columns can add up to more than the
people with needs.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sakura_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from sakura_desktop.core.reports.attendance import expected_at
from sakura_desktop.core.reports.dietary import (
    ALLERGY_PREFIX,
    MAIN_NEEDS,
    OTHER_PREFIX,
    DietaryNeeds,
    parse_dietary,
)
from sakura_desktop.core.reports.snapshot import Snapshot, load_snapshot
from sakura_desktop.core.reports.table import ReportTable, ReportValue
from sakura_desktop.core.schedule.day_text import day_year_label
from sakura_desktop.core.timeutil import local
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import SessionKind
from sakura_desktop.errors import UserError

DIETARY_RULES_NOTE = QT_TRANSLATE_NOOP(
    "ReportTables",
    "Needs read from the roster's dietary and allergies fields: vegan covers vegetarian, "
    "vegetarian covers no pork and no beef, halal covers no pork; allergies are named one by "
    "one; text no rule recognised is listed as 'other'.",
)


@dataclass(frozen=True)
class PersonNeeds:
    participant_id: int
    name: str
    native_name: str
    delegation: str
    needs: DietaryNeeds
    dietary_text: str
    country_code: str = ""


@dataclass(frozen=True)
class MealCount:
    session_id: int
    title: str
    starts: dt.datetime  # program time zone
    venue: str
    expected: int
    standard: int  # expected people with no need at all
    counts: dict[str, int]  # need label -> people
    people: list[PersonNeeds]  # expected people with a need, by delegation and name


@dataclass(frozen=True)
class CateringReport:
    program_title: str
    meals: list[MealCount]

    def labels(self) -> list[str]:
        """Every need label met in any meal: main needs first, then allergies, then other."""
        seen = {label for meal in self.meals for label in meal.counts}
        main = [need for need in MAIN_NEEDS if need in seen]
        rest = sorted(seen - set(MAIN_NEEDS), key=lambda x: (x.startswith(OTHER_PREFIX), x))
        return main + rest


def compute_catering(
    factory: SessionFactory,
    program_id: int,
    *,
    day: dt.date | None = None,
    snapshot: Snapshot | None = None,
) -> CateringReport:
    """Dietary counts for every meal (or the meals of `day`, in the program's time zone)."""
    snap = snapshot or load_snapshot(factory, program_id)
    timezone = snap.program.timezone
    needs = {
        p.id: parse_dietary(p.dietary, p.allergies) for p in snap.people.values() if not p.withdrawn
    }
    meals = [
        s
        for s in snap.sessions
        if s.kind == SessionKind.MEAL.value
        and (day is None or local(s.start, timezone).date() == day)
    ]
    if day is not None and not meals:
        raise UserError(
            translate("ReportTables", "No meal is scheduled on {day}; choose another day.").format(
                day=day_year_label(day)
            )
        )
    result = []
    for meal in meals:
        expected = expected_at(snap, meal)
        with_needs = [pid for pid in expected if needs[pid].any]
        counts: Counter[str] = Counter()
        for pid in with_needs:
            counts.update(needs[pid].labels)
        people = sorted(
            (snap.people[pid] for pid in with_needs),
            key=snap.roster_order,
        )
        result.append(
            MealCount(
                session_id=meal.id,
                title=meal.title,
                starts=local(meal.start, timezone),
                venue=meal.venue,
                expected=len(expected),
                standard=len(expected) - len(with_needs),
                counts=dict(counts),
                people=[
                    PersonNeeds(
                        p.id,
                        p.display_name,
                        p.native_name,
                        snap.delegation_name(p),
                        needs[p.id],
                        p.dietary,
                        snap.country_code(p),
                    )
                    for p in people
                ],
            )
        )
    return CateringReport(snap.program.title, result)


def _column(label: str) -> str:
    if label.startswith(ALLERGY_PREFIX):
        return "Allergy: " + label.removeprefix(ALLERGY_PREFIX)
    if label.startswith(OTHER_PREFIX):
        return "Other: " + label.removeprefix(OTHER_PREFIX)
    return label.capitalize()


def catering_tables(report: CateringReport) -> list[ReportTable]:
    """One row per meal with a column per need; then who needs what, meal by meal."""
    labels = report.labels()
    counts_rows: list[tuple[ReportValue, ...]] = [
        (
            meal.starts.date(),
            meal.starts.strftime("%H:%M"),
            meal.title,
            meal.venue,
            meal.expected,
            meal.standard,
            *(meal.counts.get(label, 0) for label in labels),
        )
        for meal in report.meals
    ]
    people_rows: list[tuple[ReportValue, ...]] = [
        (
            meal.starts.date(),
            meal.starts.strftime("%H:%M"),
            meal.title,
            person.name,
            person.native_name,
            person.delegation,
            ", ".join(person.needs.labels),
        )
        for meal in report.meals
        for person in meal.people
    ]
    return [
        ReportTable(
            key="catering",
            title=translate("ReportTables", "Meals: dietary counts"),
            headers=(
                "Date",
                "Time",
                "Meal",
                "Venue",
                "Expected",
                "Standard",
                *(_column(label) for label in labels),
            ),
            rows=counts_rows,
            notes=(
                translate(
                    "ReportTables",
                    "Expected: the meal's audience, without withdrawn people and people not yet "
                    "arrived or already gone.",
                ),
                translate("ReportTables", DIETARY_RULES_NOTE),
            ),
        ),
        ReportTable(
            key="dietary_people",
            title=translate("ReportTables", "Meals: who needs what"),
            headers=("Date", "Time", "Meal", "Name", "Native name", "Delegation", "Needs"),
            rows=people_rows,
            row_countries=tuple(
                person.country_code for meal in report.meals for person in meal.people
            ),
        ),
    ]
