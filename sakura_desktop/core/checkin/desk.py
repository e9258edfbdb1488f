"""The check-in desk: one station's scanning, manual check-in and undo for one program.

The GUI keeps one `CheckinDesk` per program and station: it caches what does not change from
scan to scan (the program's keys and time zone, the station row, each checkpoint's facts and
audience) so that a scan costs a handful of indexed point queries and one short write
transaction. Call `refresh()` when the checkpoint or the roster changes. This is the write path
of check-in, kept apart from the read-only reports (`reports`) and the one-shot wrappers
(`service`); every scan is stored, refused ones included, and the raw code is kept only for
refused scans.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from sakura_desktop.core.checkin import journal
from sakura_desktop.core.checkin.checkpoints import (
    Audience,
    arrival_checkpoint_id,
    arrival_tracked,
    checkpoint_facts,
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
    load_card,
    load_cards,
    search,
    search_entry,
)
from sakura_desktop.core.i18n import translate
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
from sakura_desktop.db.locking import lock_standing, run_locked
from sakura_desktop.db.models import CheckinEvent, Participant, Program, Station
from sakura_desktop.errors import NotFoundError, UserError

Clock = Callable[[], dt.datetime]
# Built once: a scan runs these in its locked transaction, where building a statement costs
# more than running it.
_STAY_OF = select(Participant.arrival_at, Participant.departure_at).where(
    Participant.id == bindparam("person")
)
_INSERT_EVENT = insert(CheckinEvent)
_NEXT_SEQ = (
    update(Station)
    .where(Station.id == bindparam("station"))
    .values(last_seq=Station.last_seq + 1)
    .returning(Station.last_seq)
)
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
    already_out: bool = False  # exit scan of someone already checked out (outcome ALREADY_IN)

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


class CheckinDesk:
    """One station's check-in for one program; cheap to keep for the whole day."""

    def __init__(
        self,
        factory: SessionFactory,
        program_id: int,
        *,
        station_name: str,
        station_uuid: str | None = None,
        operator: str = "",
        clock: Clock = utc_now,
    ) -> None:
        if not station_name.strip():
            raise UserError(
                translate(
                    "CheckinDesk", "Name this station (for example 'Main door') before scanning."
                )
            )
        self.factory = factory
        self.program_id = program_id
        self.station_name = station_name.strip()[:100]
        self.station_uuid = station_uuid
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
                raise NotFoundError(
                    translate("CheckinDesk", "No program with id {id}.").format(id=self.program_id)
                )
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
                raise UserError(
                    translate(
                        "CheckinDesk", "Checkpoint {name} belongs to another program."
                    ).format(name=repr(facts.name))
                )
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
            self._station_id = station_id(session, self.station_name, self.station_uuid)
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
        """Decide on a scanned code and store the event, in one locked write transaction.

        No other station can change this person's standing between the read and the write, so
        of two doors scanning the same badge at once, one says ACCEPTED and the other ALREADY_IN.
        """
        key, others = self._program_keys()
        check = check_token(code, key, others)  # pure: no database, outside the lock

        def decide_and_record(session: Session) -> ScanResult:
            facts = self._checkpoint(session, checkpoint_id)
            _check_direction(facts, direction)
            if check.status is TokenStatus.VALID and check.participant_id is not None:
                lock_standing(session, facts.id, check.participant_id)
            person, state = self._person(session, facts, check)
            verdict = decide(check, state, facts, direction)
            raw = code.strip()[:RAW_CODE_MAX] if verdict.outcome in REFUSED else None
            trusted = check.status is TokenStatus.VALID and person is not None
            who = person if trusted else None
            return self._record(session, facts, verdict, who, direction, method, raw)

        return run_locked(self.factory, decide_and_record, what="record the scan")

    def check_in(
        self, checkpoint_id: int, participant_id: int, *, direction: Direction = Direction.IN
    ) -> ScanResult:
        """A manual check-in (a name chosen from the search), recorded with the operator."""
        self._program_keys()

        def decide_and_record(session: Session) -> ScanResult:
            facts = self._checkpoint(session, checkpoint_id)
            _check_direction(facts, direction)
            person = load_card(session, self.program_id, participant_id)
            if person is None:
                raise NotFoundError(
                    translate("CheckinDesk", "No participant with id {id} in this program.").format(
                        id=participant_id
                    )
                )
            lock_standing(session, facts.id, participant_id)
            state = self._state(session, facts, person, None)
            verdict = decide_person(state, facts, direction)
            return self._record(session, facts, verdict, person, direction, ScanMethod.MANUAL, None)

        return run_locked(self.factory, decide_and_record, what="record the check-in")

    def _program_keys(self) -> tuple[ProgramKey, list[ProgramKey]]:
        if self._key is None:
            with self.factory() as session:
                self._load_program(session)
        assert self._key is not None
        return self._key, self._others

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
        stay = session.connection().execute(_STAY_OF, {"person": participant_id}).one()
        return stay_covers(stay.arrival_at, stay.departure_at, audience)

    def _record(
        self,
        session: Session,
        facts: CheckpointFacts,
        verdict: Verdict,
        person: PersonCard | None,
        direction: Direction,
        method: ScanMethod,
        raw_code: str | None,
    ) -> ScanResult:
        """Write the event inside the caller's locked transaction."""
        now = self.clock()
        event_uuid = new_uuid()
        station = self._station(session)
        record_event(
            session,
            station,
            uuid=event_uuid,
            program_id=self.program_id,
            participant_id=person.participant_id if person else None,
            checkpoint_id=facts.id,
            direction=direction.value,
            occurred_at=now,
            operator=self.operator,
            method=method.value,
            decision=verdict.decision.value,
            raw_code=raw_code,
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
            already_out=verdict.already_out,
        )

    # --- undo ---------------------------------------------------------------------------------

    def undo(self, event_uuid: str) -> UndoResult:
        """Void a scan by writing a voiding event; the scan itself stays in the journal.

        Taken under the same lock as a scan of that person, so an undo and a scan racing each
        other leave the standing that the remaining events say.
        """
        self._program_keys()
        return run_locked(
            self.factory, lambda session: self._undo(session, event_uuid), what="undo the scan"
        )

    def _undo(self, session: Session, event_uuid: str) -> UndoResult:
        event = session.execute(
            select(
                CheckinEvent.uuid,
                CheckinEvent.program_id,
                CheckinEvent.participant_id,
                CheckinEvent.checkpoint_id,
                CheckinEvent.direction,
                CheckinEvent.decision,
                CheckinEvent.occurred_at,
            ).where(CheckinEvent.uuid == event_uuid)
        ).one_or_none()
        if event is None or event.program_id != self.program_id:
            raise NotFoundError(
                translate("CheckinDesk", "No scan {uuid} in this program.").format(uuid=event_uuid)
            )
        if event.decision == Decision.VOIDED.value:
            raise UserError(
                translate(
                    "CheckinDesk", "That entry is itself an undo; scan the badge again instead."
                )
            )
        if event.decision in (Decision.OPENED.value, Decision.CLOSED.value):
            raise UserError(
                translate(
                    "CheckinDesk", "That entry opened or closed a roll call; it cannot be undone."
                )
            )
        if event.participant_id is not None:
            lock_standing(session, event.checkpoint_id, event.participant_id)
        if session.scalar(
            select(CheckinEvent.id).where(CheckinEvent.voids_event_uuid == event.uuid)
        ):
            raise UserError(translate("CheckinDesk", "That scan was already undone."))
        person = (
            load_card(session, self.program_id, event.participant_id)
            if event.participant_id is not None
            else None
        )
        station = self._station(session)
        voiding_uuid = new_uuid()
        record_event(
            session,
            station,
            uuid=voiding_uuid,
            program_id=self.program_id,
            participant_id=event.participant_id,
            checkpoint_id=event.checkpoint_id,
            direction=event.direction,
            occurred_at=self.clock(),
            operator=self.operator,
            method=ScanMethod.UNDO.value,
            decision=Decision.VOIDED.value,
            voids_event_uuid=event.uuid,
        )
        when = self.local(event.occurred_at)
        if person is None:
            message = translate(
                "CheckinDesk", "Undone: the scan of an unidentified code at {time}."
            ).format(time=f"{when:%H:%M:%S}")
        else:
            message = translate("CheckinDesk", "Undone: the scan of {name} at {time}.").format(
                name=person.display_name, time=f"{when:%H:%M:%S}"
            )
        return UndoResult(
            event_uuid=voiding_uuid,
            voided_uuid=event.uuid,
            message=message,
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
        raise UserError(
            translate(
                "CheckinDesk", "{checkpoint} records entries only; switch the station to entry."
            ).format(checkpoint=facts.name)
        )


def station_id(session: Session, name: str, station_uuid: str | None = None) -> int:
    """This database's local station of this uuid (or, without one, of this name), registered
    on first use. A foreign station (known only from merged journals) is never taken by name:
    numbering our scans in its sequence would collide with its next journal."""
    if station_uuid is not None:
        found = session.execute(
            select(Station.id, Station.name, Station.is_local).where(Station.uuid == station_uuid)
        ).one_or_none()
        if found is not None:
            if found.name != name or not found.is_local:
                session.execute(
                    update(Station).where(Station.id == found.id).values(name=name, is_local=True)
                )
            return int(found.id)
    else:
        by_name = session.scalar(
            select(Station.id)
            .where(Station.name == name, Station.is_local.is_(True))
            .order_by(Station.id)
        )
        if by_name is not None:
            return by_name
    station = Station(name=name, is_local=True, **({"uuid": station_uuid} if station_uuid else {}))
    session.add(station)
    session.flush()
    return station.id


def record_event(session: Session, station: int, **values: object) -> None:
    """Store one journal entry of this database's `station`, numbered next in its sequence
    (inside the caller's locked transaction). `values` are the event's columns."""
    row: dict[str, object] = {"raw_code": None, "voids_event_uuid": None, "note": ""}
    row.update(values)
    row["station_id"] = station
    row["station_seq"] = next_station_seq(session, station)
    session.connection().execute(_INSERT_EVENT, row)


def next_station_seq(session: Session, station: int) -> int:
    """The station's next sequence number. The row update is the lock that orders a station's
    events (two processes of one station never give the same number)."""
    return int(session.connection().execute(_NEXT_SEQ, {"station": station}).scalar_one())
