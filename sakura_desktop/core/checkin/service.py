"""Check-in use cases: scan, manual check-in, undo, head count, where is everyone, recent scans.

The GUI keeps one `CheckinDesk` per program and station: it caches what does not change from
scan to scan (the program's keys and time zone, the station row, each checkpoint's facts and
audience) so that a scan costs a handful of indexed point queries and one short write
transaction. Call `refresh()` when the checkpoint or the roster changes. The module-level
functions are one-shot conveniences over a fresh desk (the CLI uses them).

Every scan is stored, refused ones included; the raw code is kept only for refused scans.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from sakura_desktop.core.checkin import journal
from sakura_desktop.core.checkin.checkpoints import (
    Audience,
    CheckpointInfo,
    arrival_checkpoint_id,
    arrival_tracked,
    checkpoint_facts,
    expected_ids,
    get_checkpoint,
    load_audience,
    stay_covers,
)
from sakura_desktop.core.checkin.decision import (
    REFUSED,
    CheckpointFacts,
    Outcome,
    PersonState,
    Tone,
    Verdict,
    decide,
    decide_person,
)
from sakura_desktop.core.checkin.people import (
    PersonCard,
    SearchEntry,
    delegation_contacts,
    load_card,
    load_cards,
    search,
    search_entry,
)
from sakura_desktop.core.timeutil import local
from sakura_desktop.core.tokens import (
    ProgramKey,
    TokenCheck,
    TokenStatus,
    all_program_keys,
    badge_state,
    check_token,
)
from sakura_desktop.db.base import new_uuid, utc_now
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import (
    CheckpointKind,
    Decision,
    Direction,
    ParticipantStatus,
    ScanMethod,
)
from sakura_desktop.db.models import CheckinEvent, Checkpoint, Participant, Program, Station
from sakura_desktop.errors import NotFoundError, UserError

Clock = Callable[[], dt.datetime]
RAW_CODE_MAX = 200
ACTIVE = (ParticipantStatus.REGISTERED, ParticipantStatus.ARRIVED)


@dataclass(frozen=True)
class ScanResult:
    event_uuid: str
    outcome: Outcome
    decision: Decision  # as stored in the journal
    message: str
    direction: Direction
    method: ScanMethod
    checkpoint_id: int
    checkpoint_name: str
    occurred_at: dt.datetime  # in the program's time zone
    person: PersonCard | None  # None when the code named nobody we can trust

    @property
    def tone(self) -> Tone:
        return self.outcome.tone

    @property
    def changes_presence(self) -> bool:
        return Verdict(self.outcome, self.message).changes_presence


@dataclass(frozen=True)
class UndoResult:
    event_uuid: str  # the voiding event
    voided_uuid: str
    message: str
    checkpoint_id: int
    person: PersonCard | None


@dataclass(frozen=True)
class LastSeen:
    checkpoint_id: int
    checkpoint_name: str
    at: dt.datetime  # in the program's time zone
    direction: Direction

    @property
    def label(self) -> str:
        verb = "left" if self.direction is Direction.OUT else "at"
        return f"{verb} {self.checkpoint_name}, {self.at:%a %H:%M}"


@dataclass(frozen=True)
class MissingPerson:
    person: PersonCard
    contact: str  # the delegation's leader (or teachers) to call
    last_seen: LastSeen | None
    checked_out_here: bool  # came in, then checked out of this checkpoint


@dataclass(frozen=True)
class Headcount:
    checkpoint: CheckpointInfo
    expected: int
    present: int  # expected people standing inside
    extra: int  # people inside who were not expected
    checked_out: int  # expected people who came in and then checked out
    missing: list[MissingPerson]  # expected, not inside; by delegation (host last), name
    as_of: dt.datetime  # program time zone


@dataclass(frozen=True)
class Whereabouts:
    person: PersonCard
    last_seen: LastSeen | None


@dataclass(frozen=True)
class ScanLine:
    event_uuid: str
    occurred_at: dt.datetime  # program time zone
    outcome: Outcome
    direction: Direction
    method: ScanMethod
    station: str
    operator: str
    person_name: str  # display name, or the raw code of an unidentified scan
    participant_id: int | None
    voided: bool


def outcome_of(decision: str) -> Outcome:
    """The screen's outcome of a stored event."""
    return Outcome(decision)


class CheckinDesk:
    """One station's check-in for one program; cheap to keep for the whole day."""

    def __init__(
        self,
        factory: SessionFactory,
        program_id: int,
        *,
        station_name: str,
        operator: str = "",
        clock: Clock = utc_now,
    ) -> None:
        if not station_name.strip():
            raise UserError("Name this station (for example 'Main door') before scanning.")
        self.factory = factory
        self.program_id = program_id
        self.station_name = station_name.strip()[:100]
        self.operator = operator.strip()[:100]
        self.clock = clock
        self._key: ProgramKey | None = None
        self._others: list[ProgramKey] = []
        self._timezone = ""
        self._station_id: int | None = None
        self._facts: dict[int, CheckpointFacts] = {}
        self._audiences: dict[int, Audience] = {}
        self._search: list[SearchEntry] | None = None

    # --- caches -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Forget cached checkpoints, audiences and the name index (schedule or roster changed)."""
        self._facts.clear()
        self._audiences.clear()
        self._search = None

    def _load_program(self, session: Session) -> ProgramKey:
        if self._key is None:
            keys = all_program_keys(session)
            mine = [k for k in keys if k.program_id == self.program_id]
            if not mine:
                raise NotFoundError(f"No program with id {self.program_id}.")
            self._key = mine[0]
            self._others = [k for k in keys if k.program_id != self.program_id]
            timezone = session.scalar(select(Program.timezone).where(Program.id == self.program_id))
            self._timezone = timezone or "UTC"
        return self._key

    def _checkpoint(self, session: Session, checkpoint_id: int) -> CheckpointFacts:
        facts = self._facts.get(checkpoint_id)
        if facts is None:
            facts = checkpoint_facts(session, checkpoint_id)
            if facts.program_id != self.program_id:
                raise UserError(f"Checkpoint {facts.name!r} belongs to another program.")
            self._facts[checkpoint_id] = facts
        return facts

    def _audience(self, session: Session, facts: CheckpointFacts) -> Audience | None:
        if facts.session_id is None:
            return None
        audience = self._audiences.get(facts.id)
        if audience is None:
            audience = load_audience(session, facts.session_id)
            self._audiences[facts.id] = audience
        return audience

    def _station(self, session: Session) -> int:
        if self._station_id is None:
            self._station_id = station_id(session, self.station_name)
        return self._station_id

    def local(self, instant: dt.datetime) -> dt.datetime:
        return local(instant, self._timezone or "UTC")

    # --- scanning -----------------------------------------------------------------------------

    def scan(
        self,
        checkpoint_id: int,
        code: str,
        *,
        method: ScanMethod = ScanMethod.SCANNER,
        direction: Direction = Direction.IN,
    ) -> ScanResult:
        """Decide on a scanned code and store the event. Reads, then one short write."""
        with self.factory() as session:
            key = self._load_program(session)
            facts = self._checkpoint(session, checkpoint_id)
            _check_direction(facts, direction)
            check = check_token(code, key, self._others)
            person, state = self._person(session, facts, check)
            verdict = decide(check, state, facts, direction)
        raw = code.strip()[:RAW_CODE_MAX] if verdict.outcome in REFUSED else None
        trusted = check.status is TokenStatus.VALID and person is not None
        return self._record(facts, verdict, person if trusted else None, direction, method, raw)

    def check_in(
        self, checkpoint_id: int, participant_id: int, *, direction: Direction = Direction.IN
    ) -> ScanResult:
        """A manual check-in (a name chosen from the search), recorded with the operator."""
        with self.factory() as session:
            self._load_program(session)
            facts = self._checkpoint(session, checkpoint_id)
            _check_direction(facts, direction)
            person = load_card(session, self.program_id, participant_id)
            if person is None:
                raise NotFoundError(f"No participant with id {participant_id} in this program.")
            state = self._state(session, facts, person, None)
            verdict = decide_person(state, facts, direction)
        return self._record(facts, verdict, person, direction, ScanMethod.MANUAL, None)

    def _person(
        self, session: Session, facts: CheckpointFacts, check: TokenCheck
    ) -> tuple[PersonCard | None, PersonState | None]:
        if check.status is not TokenStatus.VALID or check.participant_id is None:
            return None, None
        person = load_card(session, self.program_id, check.participant_id)
        if person is None:
            return None, None
        return person, self._state(session, facts, person, check.serial)

    def _state(
        self, session: Session, facts: CheckpointFacts, person: PersonCard, serial: int | None
    ) -> PersonState:
        revoked, live = (False, None)
        if serial is not None:
            revoked, live = badge_state(session, person.participant_id, serial)
        here = journal.standing(session, facts.id, person.participant_id)
        return PersonState(
            name=person.call_name,
            status=person.status,
            expected=self._expects(session, facts, person),
            inside=here.inside,
            since=self.local(here.at) if here.at is not None else None,
            revoked=revoked,
            live_serial=live,
        )

    def _expects(self, session: Session, facts: CheckpointFacts, person: PersonCard) -> bool:
        """Point-query twin of `expected_ids` (kept equal by tests)."""
        if person.status not in ACTIVE:
            return False
        audience = self._audience(session, facts)
        if audience is not None:
            return audience.includes(
                person.participant_id, person.delegation_id, person.team_ids
            ) and self._stays_for(session, person.participant_id, audience)
        if facts.kind is not CheckpointKind.ROLL_CALL:
            return True
        if person.status is ParticipantStatus.ARRIVED:
            return True
        if not arrival_tracked(session, self.program_id):
            return True
        arrival = arrival_checkpoint_id(session, self.program_id)
        return (
            arrival is not None and journal.standing(session, arrival, person.participant_id).inside
        )

    def _stays_for(self, session: Session, participant_id: int, audience: Audience) -> bool:
        stay = session.execute(
            select(Participant.arrival_at, Participant.departure_at).where(
                Participant.id == participant_id
            )
        ).one()
        return stay_covers(stay.arrival_at, stay.departure_at, audience)

    def _record(
        self,
        facts: CheckpointFacts,
        verdict: Verdict,
        person: PersonCard | None,
        direction: Direction,
        method: ScanMethod,
        raw_code: str | None,
    ) -> ScanResult:
        now = self.clock()
        event_uuid = new_uuid()
        with self.factory.begin() as session:
            station = self._station(session)
            session.execute(
                insert(CheckinEvent).values(
                    uuid=event_uuid,
                    program_id=self.program_id,
                    participant_id=person.participant_id if person else None,
                    checkpoint_id=facts.id,
                    direction=direction.value,
                    station_id=station,
                    occurred_at=now,
                    operator=self.operator,
                    method=method.value,
                    decision=verdict.decision.value,
                    raw_code=raw_code,
                )
            )
        return ScanResult(
            event_uuid=event_uuid,
            outcome=verdict.outcome,
            decision=verdict.decision,
            message=verdict.message,
            direction=direction,
            method=method,
            checkpoint_id=facts.id,
            checkpoint_name=facts.name,
            occurred_at=self.local(now),
            person=person,
        )

    # --- undo ---------------------------------------------------------------------------------

    def undo(self, event_uuid: str) -> UndoResult:
        """Void a scan by writing a voiding event; the scan itself stays in the journal."""
        with self.factory.begin() as session:
            self._load_program(session)
            event = session.scalars(
                select(CheckinEvent).where(CheckinEvent.uuid == event_uuid)
            ).one_or_none()
            if event is None or event.program_id != self.program_id:
                raise NotFoundError(f"No scan {event_uuid} in this program.")
            if event.decision == Decision.VOIDED.value:
                raise UserError("That entry is itself an undo; scan the badge again instead.")
            person = (
                load_card(session, self.program_id, event.participant_id)
                if event.participant_id is not None
                else None
            )
            voiding = CheckinEvent(
                uuid=new_uuid(),
                program_id=self.program_id,
                participant_id=event.participant_id,
                checkpoint_id=event.checkpoint_id,
                direction=event.direction,
                station_id=self._station(session),
                occurred_at=self.clock(),
                operator=self.operator,
                method=ScanMethod.UNDO.value,
                decision=Decision.VOIDED.value,
                voids_event_uuid=event.uuid,
            )
            session.add(voiding)
            try:
                session.flush()
            except IntegrityError as exc:
                raise UserError("That scan was already undone.") from exc
            when = self.local(event.occurred_at)
            who = person.display_name if person else "an unidentified code"
            return UndoResult(
                event_uuid=voiding.uuid,
                voided_uuid=event.uuid,
                message=f"Undone: the scan of {who} at {when:%H:%M:%S}.",
                checkpoint_id=event.checkpoint_id,
                person=person,
            )

    # --- looking up ---------------------------------------------------------------------------

    def search_people(self, text: str, limit: int = 30) -> list[PersonCard]:
        """Find people by romanised (any case, any accents) or native-script name."""
        if self._search is None:
            with self.factory() as session:
                cards = load_cards(session, self.program_id)
            self._search = [search_entry(card) for card in cards.values()]
        return search(self._search, text, limit)


def _check_direction(facts: CheckpointFacts, direction: Direction) -> None:
    if direction is Direction.OUT and not facts.allows_exit:
        raise UserError(f"{facts.name} records entries only; switch the station to entry.")


def station_id(session: Session, name: str) -> int:
    """The station of this name, registered on first use."""
    found = session.scalar(select(Station.id).where(Station.name == name).order_by(Station.id))
    if found is not None:
        return found
    station = Station(name=name)
    session.add(station)
    session.flush()
    return station.id


# --- one-shot use cases -----------------------------------------------------------------------


def scan(
    factory: SessionFactory,
    program_id: int,
    checkpoint_id: int,
    code: str,
    station_name: str,
    operator: str = "",
    method: ScanMethod = ScanMethod.SCANNER,
    direction: Direction = Direction.IN,
) -> ScanResult:
    desk = CheckinDesk(factory, program_id, station_name=station_name, operator=operator)
    return desk.scan(checkpoint_id, code, method=method, direction=direction)


def manual_checkin(
    factory: SessionFactory,
    program_id: int,
    checkpoint_id: int,
    participant_id: int,
    station_name: str,
    operator: str,
    direction: Direction = Direction.IN,
) -> ScanResult:
    desk = CheckinDesk(factory, program_id, station_name=station_name, operator=operator)
    return desk.check_in(checkpoint_id, participant_id, direction=direction)


def undo(
    factory: SessionFactory, event_uuid: str, station_name: str, operator: str = ""
) -> UndoResult:
    with factory() as session:
        program_id = session.scalar(
            select(CheckinEvent.program_id).where(CheckinEvent.uuid == event_uuid)
        )
    if program_id is None:
        raise NotFoundError(f"No scan {event_uuid} in this database.")
    desk = CheckinDesk(factory, program_id, station_name=station_name, operator=operator)
    return desk.undo(event_uuid)


def search_people(
    factory: SessionFactory, program_id: int, text: str, limit: int = 30
) -> list[PersonCard]:
    with factory() as session:
        cards = load_cards(session, program_id)
    return search((search_entry(card) for card in cards.values()), text, limit)


def _timezone(session: Session, program_id: int) -> str:
    timezone = session.scalar(select(Program.timezone).where(Program.id == program_id))
    if timezone is None:
        raise NotFoundError(f"No program with id {program_id}.")
    return timezone


def _checkpoint_names(session: Session, program_id: int) -> dict[int, str]:
    rows = session.execute(
        select(Checkpoint.id, Checkpoint.name).where(Checkpoint.program_id == program_id)
    )
    return {checkpoint_id: name for checkpoint_id, name in rows}


def _last_seen(
    sighting: journal.Sighting | None, names: dict[int, str], timezone: str
) -> LastSeen | None:
    if sighting is None:
        return None
    return LastSeen(
        sighting.checkpoint_id,
        names.get(sighting.checkpoint_id, "?"),
        local(sighting.at, timezone),
        sighting.direction,
    )


def headcount(factory: SessionFactory, checkpoint_id: int, *, now: Clock = utc_now) -> Headcount:
    """Expected, present and missing at a checkpoint, with where each missing person was last
    seen and whom to call."""
    info = get_checkpoint(factory, checkpoint_id)
    with factory() as session:
        facts = info.facts
        timezone = _timezone(session, facts.program_id)
        expected = expected_ids(session, facts)
        here = journal.standings(session, checkpoint_id)
        inside = {pid for pid, s in here.items() if s.inside}
        missing_ids = expected - inside
        cards = load_cards(session, facts.program_id)
        contacts = delegation_contacts(session, facts.program_id)
        seen = journal.last_seen(session, facts.program_id, missing_ids)
        names = _checkpoint_names(session, facts.program_id)
    missing = [
        MissingPerson(
            person=cards[pid],
            contact=contacts.for_person(pid, cards[pid].delegation_id),
            last_seen=_last_seen(seen.get(pid), names, timezone),
            checked_out_here=pid in here,
        )
        for pid in missing_ids
    ]
    missing.sort(key=_missing_order)
    return Headcount(
        checkpoint=info,
        expected=len(expected),
        present=len(expected & inside),
        extra=len(inside - expected),
        checked_out=sum(1 for m in missing if m.checked_out_here),
        missing=missing,
        as_of=local(now(), timezone),
    )


def _missing_order(missing: MissingPerson) -> tuple[bool, str, str, str]:
    """Delegations in name order, host people (no delegation) last."""
    person = missing.person
    return (not person.delegation, person.delegation, person.family_name, person.given_name)


def where_is_everyone(factory: SessionFactory, program_id: int) -> list[Whereabouts]:
    """Each active person's last sighting (never-seen people first, then oldest sighting first:
    the ones to worry about lead)."""
    with factory() as session:
        timezone = _timezone(session, program_id)
        cards = load_cards(session, program_id)
        seen = journal.last_seen_all(session, program_id)
        names = _checkpoint_names(session, program_id)
    rows = [
        Whereabouts(card, _last_seen(seen.get(pid), names, timezone))
        for pid, card in cards.items()
        if card.status in ACTIVE
    ]
    epoch = dt.datetime.min.replace(tzinfo=dt.UTC)
    rows.sort(
        key=lambda w: (
            w.last_seen.at if w.last_seen else epoch,
            w.person.family_name,
            w.person.given_name,
        )
    )
    return rows


def recent_scans(factory: SessionFactory, checkpoint_id: int, limit: int = 20) -> list[ScanLine]:
    """The last scans at a checkpoint, newest first (undo entries are not listed; the scans
    they void are marked)."""
    voiding = aliased(CheckinEvent, name="voiding")
    with factory() as session:
        facts = checkpoint_facts(session, checkpoint_id)
        timezone = _timezone(session, facts.program_id)
        rows = session.execute(
            select(CheckinEvent, Station.name, voiding.id)
            .join(Station, Station.id == CheckinEvent.station_id)
            .outerjoin(voiding, voiding.voids_event_uuid == CheckinEvent.uuid)
            .where(
                CheckinEvent.checkpoint_id == checkpoint_id,
                CheckinEvent.decision != Decision.VOIDED.value,
            )
            .order_by(CheckinEvent.occurred_at.desc(), CheckinEvent.id.desc())
            .limit(limit)
        ).all()
        people = {
            pid: load_card(session, facts.program_id, pid)
            for pid in {r[0].participant_id for r in rows if r[0].participant_id is not None}
        }
    return [
        _scan_line(event, station, voided is not None, people, timezone)
        for event, station, voided in rows
    ]


def _scan_line(
    event: CheckinEvent,
    station: str,
    voided: bool,
    people: dict[int, PersonCard | None],
    timezone: str,
) -> ScanLine:
    card = people.get(event.participant_id) if event.participant_id is not None else None
    return ScanLine(
        event_uuid=event.uuid,
        occurred_at=local(event.occurred_at, timezone),
        outcome=outcome_of(event.decision),
        direction=Direction(event.direction),
        method=ScanMethod(event.method),
        station=station,
        operator=event.operator,
        person_name=card.display_name if card else (event.raw_code or ""),
        participant_id=event.participant_id,
        voided=voided,
    )
