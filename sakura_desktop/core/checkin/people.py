"""The person as the check-in screen shows them, and finding people by name in any script."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from sakura_desktop.db.enums import ParticipantStatus, Role
from sakura_desktop.db.models import Delegation, Participant, Team, TeamMembership


@dataclass(frozen=True)
class PersonCard:
    participant_id: int
    given_name: str
    family_name: str
    native_name: str
    preferred_name: str
    role: Role
    status: ParticipantStatus
    delegation_id: int | None
    delegation: str  # the delegation's name, "" for host staff and lecturers
    country: str  # country name
    country_code: str
    team_ids: tuple[int, ...]
    team: str  # team names, comma-separated

    @property
    def display_name(self) -> str:
        """Preferred (or given) name then family name: "Anong Saetang"."""
        return f"{self.preferred_name or self.given_name} {self.family_name}".strip()

    @property
    def call_name(self) -> str:
        """How to greet them: "Anong"."""
        return self.preferred_name or self.given_name or self.family_name


_ROLES = {role.value: role for role in Role}
_STATUSES = {status.value: status for status in ParticipantStatus}
_CARD_COLUMNS = (
    Participant.id,
    Participant.given_name,
    Participant.family_name,
    Participant.native_name,
    Participant.preferred_name,
    Participant.role,
    Participant.status,
    Participant.delegation_id,
    Delegation.name,
    Delegation.country_name,
    Delegation.country_code,
)


def _card(row: Any, teams: Sequence[tuple[int, str]]) -> PersonCard:
    (pid, given, family, native, preferred, role, status, delegation_id, dname, country, code) = row
    return PersonCard(
        participant_id=int(pid),
        given_name=str(given),
        family_name=str(family),
        native_name=str(native),
        preferred_name=str(preferred),
        role=_ROLES[role],
        status=_STATUSES[status],
        delegation_id=delegation_id if isinstance(delegation_id, int) else None,
        delegation=str(dname or ""),
        country=str(country or ""),
        country_code=str(code or ""),
        team_ids=tuple(team_id for team_id, _ in teams),
        team=", ".join(name for _, name in teams),
    )


# Built once: a scan runs these in its locked transaction, where building a statement costs
# more than running it.
_CARD_OF = (
    select(*_CARD_COLUMNS)
    .outerjoin(Delegation, Delegation.id == Participant.delegation_id)
    .where(Participant.id == bindparam("person"), Participant.program_id == bindparam("program"))
)
_TEAMS_OF = (
    select(Team.id, Team.name)
    .join(TeamMembership, TeamMembership.team_id == Team.id)
    .where(TeamMembership.participant_id == bindparam("person"))
    .order_by(Team.name)
)


def load_card(session: Session, program_id: int, participant_id: int) -> PersonCard | None:
    """One person of the program (two indexed point queries), or None."""
    connection = session.connection()
    row = connection.execute(
        _CARD_OF, {"person": participant_id, "program": program_id}
    ).one_or_none()
    if row is None:
        return None
    teams = connection.execute(_TEAMS_OF, {"person": participant_id}).all()
    return _card(tuple(row), [(t.id, t.name) for t in teams])


def load_cards(session: Session, program_id: int) -> dict[int, PersonCard]:
    """Every person of the program, by id."""
    teams: dict[int, list[tuple[int, str]]] = defaultdict(list)
    connection = session.connection()
    for pid, team_id, name in connection.execute(
        select(TeamMembership.participant_id, Team.id, Team.name)
        .join(Team, Team.id == TeamMembership.team_id)
        .where(Team.program_id == program_id)
        .order_by(Team.name)
    ):
        teams[pid].append((team_id, name))
    rows = connection.execute(
        select(*_CARD_COLUMNS)
        .outerjoin(Delegation, Delegation.id == Participant.delegation_id)
        .where(Participant.program_id == program_id)
    )
    return {row[0]: _card(tuple(row), teams.get(row[0], [])) for row in rows}


@dataclass(frozen=True)
class DelegationContacts:
    """Whom to call about a missing member of each delegation: its leader, else its teachers;
    never the missing person themself (then the delegation's other teachers, or nobody)."""

    leaders: dict[int, tuple[int, str]]  # delegation id -> (participant id, name)
    teachers: dict[int, list[tuple[int, str]]]  # delegation id -> [(participant id, name)]

    def for_person(self, participant_id: int, delegation_id: int | None) -> str:
        if delegation_id is None:
            return ""
        leader = self.leaders.get(delegation_id)
        if leader is not None and leader[0] != participant_id:
            return leader[1]
        others = [
            name
            for pid, name in self.teachers.get(delegation_id, [])
            if pid != participant_id and (leader is None or pid != leader[0])
        ]
        return ", ".join(others)


def delegation_contacts(session: Session, program_id: int) -> DelegationContacts:
    """Per delegation, its leader and its teachers (not withdrawn), to call about a missing
    member (see `DelegationContacts.for_person`)."""
    leaders: dict[int, tuple[int, str]] = {}
    teachers: dict[int, list[tuple[int, str]]] = defaultdict(list)
    rows = session.execute(
        select(
            Participant.id,
            Participant.delegation_id,
            Participant.is_leader,
            Participant.role,
            Participant.given_name,
            Participant.preferred_name,
            Participant.family_name,
        )
        .where(
            Participant.program_id == program_id,
            Participant.delegation_id.is_not(None),
            Participant.status != ParticipantStatus.WITHDRAWN.value,
            (Participant.is_leader) | (Participant.role == Role.TEACHER.value),
        )
        .order_by(Participant.family_name, Participant.given_name)
    )
    for pid, delegation_id, is_leader, role, given, preferred, family in rows:
        if delegation_id is None:
            continue
        name = f"{preferred or given} {family}".strip()
        if is_leader:
            leaders[delegation_id] = (pid, name)
        if role == Role.TEACHER.value and not is_leader:
            teachers[delegation_id].append((pid, name))
    return DelegationContacts(leaders, dict(teachers))


# --- search -----------------------------------------------------------------------------------

# Latin letters that carry no combining mark to strip.
_FOLD = str.maketrans(
    {
        "đ": "d",
        "Đ": "d",
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ı": "i",
    }
)


def fold(text: str) -> str:
    """Case-, width- and diacritic-insensitive form: "Nguyễn Văn Đức" -> "nguyen van duc"."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    stripped = "".join(ch for ch in text if not unicodedata.combining(ch))
    return unicodedata.normalize("NFKC", stripped).casefold()


def _compact(text: str) -> str:
    return "".join(fold(text).split())


@dataclass(frozen=True)
class SearchEntry:
    card: PersonCard
    words: tuple[str, ...]  # folded romanised words
    native: str  # folded native name without spaces


def search_entry(card: PersonCard) -> SearchEntry:
    latin = f"{card.given_name} {card.family_name} {card.preferred_name}"
    return SearchEntry(card, tuple(fold(latin).split()), _compact(card.native_name))


def _score(entry: SearchEntry, terms: Sequence[str]) -> int | None:
    """0 best. None when a term matches nothing."""
    score = 0
    for term in terms:
        if any(word.startswith(term) for word in entry.words):
            continue
        if any(term in word for word in entry.words):
            score += 1
        elif entry.native and term in entry.native:
            continue
        else:
            return None
    return score


def search(entries: Iterable[SearchEntry], text: str, limit: int = 30) -> list[PersonCard]:
    """People whose names contain every word of `text` (romanised, any case and accents) or
    whose native-script name contains it (spaces ignored); word-start matches first."""
    terms = fold(text).split()
    if not terms:
        return []
    native_term = _compact(text)
    scored: list[tuple[int, str, str, PersonCard]] = []
    for entry in entries:
        score = _score(entry, terms)
        if score is None and native_term and entry.native and native_term in entry.native:
            score = 0
        if score is not None:
            card = entry.card
            scored.append((score, fold(card.family_name), fold(card.given_name), card))
    scored.sort(key=lambda item: item[:3])
    return [item[3] for item in scored[:limit]]
