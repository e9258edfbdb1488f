"""Delegations: list, create, rename, delete (when empty), and name their leader."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Table, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.roster.countries import resolve_country
from sakura_desktop.core.roster.values import clean_name, clean_text
from sakura_desktop.db.base import new_uuid
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.models import Delegation, Participant, Program
from sakura_desktop.errors import NotFoundError, UserError

P: Table = Participant.__table__  # type: ignore[assignment]
D: Table = Delegation.__table__  # type: ignore[assignment]


@dataclass(frozen=True)
class DelegationRow:
    id: int
    uuid: str
    name: str
    country_code: str
    country_name: str
    institution: str
    participants: int
    leader_id: int | None
    leader_name: str


@dataclass(frozen=True)
class DelegationDraft:
    name: str
    country: str  # a code (TH) or a name in English, Japanese or the native language
    institution: str = ""


def list_delegations(factory: SessionFactory, program_id: int) -> list[DelegationRow]:
    with factory() as session:
        counts: dict[int, int] = {
            delegation_id: count
            for delegation_id, count in session.execute(
                select(P.c.delegation_id, func.count())
                .where(P.c.program_id == program_id, P.c.delegation_id.is_not(None))
                .group_by(P.c.delegation_id)
            )
        }
        leaders = {
            row.delegation_id: (row.id, f"{row.given_name} {row.family_name}".strip())
            for row in session.execute(
                select(P.c.id, P.c.delegation_id, P.c.given_name, P.c.family_name).where(
                    P.c.program_id == program_id, P.c.is_leader
                )
            )
        }
        rows = session.execute(select(D).where(D.c.program_id == program_id).order_by(D.c.name))
        return [
            DelegationRow(
                r.id,
                r.uuid,
                r.name,
                r.country_code,
                r.country_name,
                r.institution,
                counts.get(r.id, 0),
                *leaders.get(r.id, (None, "")),
            )
            for r in rows
        ]


def get_delegation(factory: SessionFactory, delegation_id: int) -> DelegationRow:
    with factory() as session:
        program_id = session.scalar(select(D.c.program_id).where(D.c.id == delegation_id))
    if program_id is None:
        raise NotFoundError(
            translate("RosterDelegations", "No delegation with id {id}.").format(id=delegation_id)
        )
    return next(d for d in list_delegations(factory, program_id) if d.id == delegation_id)


def _values(draft: DelegationDraft) -> dict[str, str]:
    name = clean_name(draft.name)
    if not name:
        raise UserError(translate("RosterDelegations", "The delegation needs a name."))
    country = resolve_country(draft.country)
    if country is None:
        raise UserError(
            translate(
                "RosterDelegations",
                "“{country}” is not a country we know; write its English name or its "
                "two-letter ISO code (for example Thailand or TH).",
            ).format(country=draft.country)
        )
    return {
        "name": name,
        "country_code": country.code,
        "country_name": country.name,
        "institution": clean_text(draft.institution),
    }


def _duplicate(name: str) -> UserError:
    return UserError(
        translate(
            "RosterDelegations", "A delegation named {name} already exists in this program."
        ).format(name=repr(name))
    )


def create_delegation(
    factory: SessionFactory, program_id: int, draft: DelegationDraft
) -> DelegationRow:
    values = _values(draft)
    try:
        with factory.begin() as session:
            if session.get(Program, program_id) is None:
                raise NotFoundError(
                    translate("RosterDelegations", "No program with id {id}.").format(id=program_id)
                )
            new_id = session.execute(
                D.insert()
                .values(uuid=new_uuid(), program_id=program_id, **values)
                .returning(D.c.id)
            ).scalar_one()
    except IntegrityError as exc:
        raise _duplicate(values["name"]) from exc
    return get_delegation(factory, new_id)


def update_delegation(
    factory: SessionFactory, delegation_id: int, draft: DelegationDraft
) -> DelegationRow:
    values = _values(draft)
    try:
        with factory.begin() as session:
            _require(session, delegation_id)
            session.execute(update(D).where(D.c.id == delegation_id).values(**values))
    except IntegrityError as exc:
        raise _duplicate(values["name"]) from exc
    return get_delegation(factory, delegation_id)


def delete_delegation(factory: SessionFactory, delegation_id: int) -> None:
    """Delete an empty delegation; one with participants is refused (move them first)."""
    with factory.begin() as session:
        name = _require(session, delegation_id)
        members = session.scalar(select(func.count()).where(P.c.delegation_id == delegation_id))
        if members:
            raise UserError(
                translate(
                    "RosterDelegations",
                    "The delegation {name} still has {count} participants; move them to another "
                    "delegation (or delete them) first.",
                ).format(name=name, count=members)
            )
        session.execute(D.delete().where(D.c.id == delegation_id))


def set_leader(
    factory: SessionFactory, delegation_id: int, participant_id: int | None
) -> DelegationRow:
    """Make a member the delegation's leader (None: no leader); the previous one steps down."""
    with factory.begin() as session:
        name = _require(session, delegation_id)
        if participant_id is not None:
            member = session.scalar(select(P.c.delegation_id).where(P.c.id == participant_id))
            if member != delegation_id:
                raise UserError(
                    translate(
                        "RosterDelegations", "The leader of {name} must be a member of {name}."
                    ).format(name=name)
                )
        session.execute(
            update(P)
            .where(P.c.delegation_id == delegation_id, P.c.is_leader)
            .values(is_leader=False)
        )
        if participant_id is not None:
            session.execute(update(P).where(P.c.id == participant_id).values(is_leader=True))
    return get_delegation(factory, delegation_id)


def _require(session: Session, delegation_id: int) -> str:
    name: str | None = session.scalar(select(D.c.name).where(D.c.id == delegation_id))
    if name is None:
        raise NotFoundError(
            translate("RosterDelegations", "No delegation with id {id}.").format(id=delegation_id)
        )
    return name
