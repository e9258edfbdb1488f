"""What a program's roster holds before an import: its delegations and its people, indexed
by every key a roster row may match on (database id, external id, e-mail, name + birth date +
delegation). The importer plans against this state and keeps it current as it plans.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from sakura_desktop.core.i18n import translate
from sakura_desktop.db.models import Delegation, Participant, Program
from sakura_desktop.errors import NotFoundError

NameKey = tuple[str, str, dt.date | None, str]

PARTICIPANTS: Table = Participant.__table__  # type: ignore[assignment]
DELEGATIONS: Table = Delegation.__table__  # type: ignore[assignment]
COMPARED = (
    "external_id",
    "family_name",
    "given_name",
    "native_name",
    "preferred_name",
    "role",
    "is_leader",
    "gender",
    "date_of_birth",
    "email",
    "phone",
    "dietary",
    "allergies",
    "emergency_contact_name",
    "emergency_contact_phone",
    "room",
    "notes",
    "delegation_id",
)


@dataclass
class ExistingPerson:
    id: int
    values: dict[str, Any]
    delegation_name: str

    def name_key(self) -> NameKey:
        v = self.values
        return (
            v["family_name"].casefold(),
            v["given_name"].casefold(),
            v["date_of_birth"],
            self.delegation_name.casefold(),
        )

    @property
    def label(self) -> str:
        name = f"{self.values['given_name']} {self.values['family_name']}".strip()
        ext = self.values["external_id"]
        return name + (f" (ID {ext})" if ext else "")


@dataclass
class DelegationState:
    id: int | None  # None until created
    name: str
    country_code: str
    country_name: str
    institution: str
    leader_id: int | None = None


@dataclass
class RosterState:
    program_id: int
    delegations: dict[str, DelegationState]  # by casefolded name
    by_id: dict[int, ExistingPerson]
    by_external: dict[str, ExistingPerson]
    by_email: dict[str, ExistingPerson]
    by_name: dict[NameKey, ExistingPerson]


def load_roster_state(session: Session, program_id: int) -> RosterState:
    if session.get(Program, program_id) is None:
        raise NotFoundError(
            translate("RosterImport", "No program with id {id}.").format(id=program_id)
        )
    delegations: dict[int, DelegationState] = {}
    for row in session.execute(select(DELEGATIONS).where(DELEGATIONS.c.program_id == program_id)):
        delegations[row.id] = DelegationState(
            row.id, row.name, row.country_code, row.country_name, row.institution
        )
    columns = [PARTICIPANTS.c.id, *(PARTICIPANTS.c[name] for name in COMPARED)]
    existing = [
        _existing_person(row._mapping, delegations)
        for row in session.execute(select(*columns).where(PARTICIPANTS.c.program_id == program_id))
    ]
    for person in existing:
        if person.values["is_leader"] and person.values["delegation_id"] in delegations:
            delegations[person.values["delegation_id"]].leader_id = person.id
    return RosterState(
        program_id,
        {d.name.casefold(): d for d in delegations.values()},
        {p.id: p for p in existing},
        {p.values["external_id"]: p for p in existing if p.values["external_id"]},
        {p.values["email"].casefold(): p for p in existing if p.values["email"]},
        {p.name_key(): p for p in existing},
    )


def _existing_person(row: Any, delegations: dict[int, DelegationState]) -> ExistingPerson:
    values = {name: row[name] for name in COMPARED}
    delegation = delegations.get(row["delegation_id"]) if row["delegation_id"] else None
    return ExistingPerson(row["id"], values, delegation.name if delegation else "")
