"""Bus manifests: for each transfer, who rides (names in both scripts), their delegation's
leader and phone, and seats needed against the bus's capacity.

Riders are the people expected at the transfer (`attendance.expected_at`: its audience, minus
withdrawn people, minus people not yet arrived or already gone). A delegation's leader is its
member marked leader (a withdrawn leader is nobody's contact); host people have none. People are
listed by delegation, then family name: a leader calls the roll of their own people.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.reports.attendance import expected_at
from sakura_desktop.core.reports.columns import value_text
from sakura_desktop.core.reports.snapshot import Person, Snapshot, load_snapshot
from sakura_desktop.core.reports.table import ReportTable, ReportValue
from sakura_desktop.core.schedule.day_text import day_year_label
from sakura_desktop.core.timeutil import local
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import SessionKind
from sakura_desktop.errors import UserError


@dataclass(frozen=True)
class Rider:
    participant_id: int
    family_name: str
    given_name: str  # the preferred name when there is one
    native_name: str
    country_code: str  # picks the CJK forms of the native name on paper
    delegation: str
    leader: str
    leader_phone: str
    role: str


@dataclass(frozen=True)
class Manifest:
    session_id: int
    title: str
    departs: dt.datetime  # program time zone
    arrives: dt.datetime
    origin: str
    destination: str
    capacity: int | None
    riders: list[Rider]

    @property
    def seats_needed(self) -> int:
        return len(self.riders)

    @property
    def over_capacity(self) -> int:
        """Riders without a seat (0 when they fit or no capacity is known)."""
        if self.capacity is None:
            return 0
        return max(0, self.seats_needed - self.capacity)


def _leaders(snap: Snapshot) -> dict[int, Person]:
    return {
        p.delegation_id: p
        for p in snap.people.values()
        if p.is_leader and not p.withdrawn and p.delegation_id is not None
    }


def compute_manifests(
    factory: SessionFactory,
    program_id: int,
    *,
    day: dt.date | None = None,
    snapshot: Snapshot | None = None,
) -> list[Manifest]:
    """A manifest for every transfer (or the transfers of `day`), in departure order."""
    snap = snapshot or load_snapshot(factory, program_id)
    timezone = snap.program.timezone
    leaders = _leaders(snap)
    transfers = [
        s
        for s in snap.sessions
        if s.kind == SessionKind.TRANSFER.value
        and (day is None or local(s.start, timezone).date() == day)
    ]
    if day is not None and not transfers:
        raise UserError(
            translate(
                "ReportTables", "No transfer is scheduled on {day}; choose another day."
            ).format(day=day_year_label(day))
        )
    manifests = []
    for transfer in transfers:
        riders = sorted(
            (snap.people[pid] for pid in expected_at(snap, transfer)),
            key=snap.roster_order,
        )
        manifests.append(
            Manifest(
                session_id=transfer.id,
                title=transfer.title,
                departs=local(transfer.start, timezone),
                arrives=local(transfer.end, timezone),
                origin=transfer.venue,
                destination=transfer.destination,
                capacity=transfer.capacity,
                riders=[_rider(snap, p, leaders) for p in riders],
            )
        )
    return manifests


def _rider(snap: Snapshot, person: Person, leaders: dict[int, Person]) -> Rider:
    delegation = snap.delegation_of(person)
    leader = leaders.get(person.delegation_id) if person.delegation_id is not None else None
    return Rider(
        participant_id=person.id,
        family_name=person.family_name,
        given_name=person.preferred_name or person.given_name,
        native_name=person.native_name,
        country_code=delegation.country_code if delegation else "JP",
        delegation=snap.delegation_name(person),
        leader=leader.display_name if leader else "",
        leader_phone=leader.phone if leader else "",
        role=person.role,
    )


def manifest_tables(manifests: list[Manifest]) -> list[ReportTable]:
    """The transfers (seats needed against capacity), then every rider of every transfer."""
    overview: list[tuple[ReportValue, ...]] = [
        (
            m.departs.replace(tzinfo=None),
            m.title,
            m.origin,
            m.destination,
            m.seats_needed,
            m.capacity,
            (m.capacity - m.seats_needed) if m.capacity is not None else None,
        )
        for m in manifests
    ]
    riders: list[tuple[ReportValue, ...]] = [
        (
            m.departs.replace(tzinfo=None),
            m.title,
            number,
            r.family_name,
            r.given_name,
            r.native_name,
            value_text(r.delegation),
            value_text(r.role),
            r.leader,
            r.leader_phone,
            "",
        )
        for m in manifests
        for number, r in enumerate(m.riders, start=1)
    ]
    return [
        ReportTable(
            key="transfers",
            title=translate("ReportTables", "Transfers: seats needed against capacity"),
            headers=(
                "Departs",
                "Transfer",
                "From",
                "To",
                "Seats needed",
                "Capacity",
                "Seats spare (negative: short)",
            ),
            rows=overview,
            notes=(
                translate(
                    "ReportTables",
                    "Seats needed: people expected on the transfer (withdrawn people are not).",
                ),
            ),
        ),
        ReportTable(
            key="manifests",
            title=translate("ReportTables", "Transfer manifests"),
            headers=(
                "Departs",
                "Transfer",
                "#",
                "Family name",
                "Given name",
                "Native name",
                "Delegation",
                "Role",
                "Leader",
                "Leader's phone",
                "On board",
            ),
            rows=riders,
            row_countries=tuple(r.country_code for m in manifests for r in m.riders),
        ),
    ]
