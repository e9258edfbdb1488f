"""Why a rotation cannot be planned, in sentences: bad input, too few slots or visits, travel.

Apart from the planner (`rotation`) so its search stays readable; the sentences go through the
catalogue like the rest of the schedule's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sakura_desktop.core.i18n import translate

if TYPE_CHECKING:
    from sakura_desktop.core.schedule.rotation import RotationProblem, TimeSlot


def input_problem(problem: RotationProblem) -> str:
    if not problem.teams or not problem.stations or not problem.slots:
        return translate(
            "ScheduleRotation", "A rotation needs at least one team, one station and one time slot."
        )
    for what, names in (
        (
            translate("ScheduleRotation", "The team {name} is listed twice."),
            [t.name for t in problem.teams],
        ),
        (
            translate("ScheduleRotation", "The station {name} is listed twice."),
            [s.name for s in problem.stations],
        ),
    ):
        repeated = sorted({n for n in names if names.count(n) > 1})
        if repeated:
            return what.format(name=repr(repeated[0]))
    for station in problem.stations:
        if station.capacity < 1:
            return translate(
                "ScheduleRotation", "The station {name} must take at least one team at a time."
            ).format(name=repr(station.name))
    return slot_problem(problem.slots)


def slot_problem(slots: Sequence[TimeSlot]) -> str:
    for index, slot in enumerate(slots):
        if slot.end <= slot.start:
            return translate(
                "ScheduleRotation", "Time slot {number} ends before it starts."
            ).format(number=index + 1)
        if index and slot.start < slots[index - 1].end:
            return translate(
                "ScheduleRotation",
                "Time slot {number} starts before slot {previous} ends; "
                "slots must be in time order and must not overlap.",
            ).format(number=index + 1, previous=index)
    return ""


def counting_problem(problem: RotationProblem) -> str:
    teams, stations, slots = len(problem.teams), len(problem.stations), len(problem.slots)
    if slots < stations:  # the first thing to say: capacity cannot help here
        if slots != 1:
            text = translate(
                "ScheduleRotation",
                "Each team must visit {stations} stations but there are only {slots} "
                "slots; add {more} slot(s) or drop station(s).",
            )
        else:
            text = translate(
                "ScheduleRotation",
                "Each team must visit {stations} stations but there is only 1 slot; "
                "add {more} slot(s) or drop station(s).",
            )
        return text.format(stations=stations, slots=slots, more=stations - slots)
    needed = teams * stations
    available = sum(s.capacity for s in problem.stations) * slots
    if available < needed:
        capacities = {s.capacity for s in problem.stations}
        if len(capacities) == 1:
            per = translate("ScheduleRotation", "capacity {capacity}").format(
                capacity=capacities.pop()
            )
        else:
            per = translate("ScheduleRotation", "their capacities")
        return translate(
            "ScheduleRotation",
            "{teams} teams × {stations} stations need {needed} visits but {stations} stations "
            "× {per} × {slots} slots give only {available}.",
        ).format(
            teams=teams, stations=stations, needed=needed, per=per, slots=slots, available=available
        )
    for station in problem.stations:
        if station.capacity * slots < teams:
            return translate(
                "ScheduleRotation",
                "{station} takes {capacity} team(s) per slot × {slots} slots = "
                "{visits} visits, but all {teams} teams must visit it; "
                "raise its capacity or add slots.",
            ).format(
                station=station.name,
                capacity=station.capacity,
                slots=slots,
                visits=station.capacity * slots,
                teams=teams,
            )
    return ""


def travel_reason(exhausted: bool, steps: int) -> str:
    if not exhausted:
        return translate(
            "ScheduleRotation",
            "No plan found within {steps} search steps; the travel times between "
            "stations leave very few orders. Try more time between slots or fewer sites.",
        ).format(steps=f"{steps:,}")
    return translate(
        "ScheduleRotation",
        "The travel times between the stations' sites leave no valid order: teams cannot reach "
        "the next station in time. Leave more time between slots, add slots, or group the "
        "stations of one site into consecutive slots.",
    )
