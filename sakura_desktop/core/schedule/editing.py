"""Edit the schedule: sessions, sites, venues, travel times, lecturers and their availability.

Every function validates first and raises `UserError` with every problem in one sentence, writes
in one transaction, and returns plain data (`model` dataclasses) the week view can feed straight to
its `ConflictEngine`. Undo in the GUI: `session_draft()` before a change or a delete, then
`update_session()` / `create_session()` with that draft (its uuid keeps calendar UIDs stable).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from sakura_desktop.core.i18n import translate
from sakura_desktop.core.schedule.editing_lecturers import (  # re-exported: the UI's import
    LecturerDraft as LecturerDraft,
)
from sakura_desktop.core.schedule.editing_lecturers import (
    LecturerInfo as LecturerInfo,
)
from sakura_desktop.core.schedule.editing_lecturers import (
    create_lecturer as create_lecturer,
)
from sakura_desktop.core.schedule.editing_lecturers import (
    delete_lecturer as delete_lecturer,
)
from sakura_desktop.core.schedule.editing_lecturers import (
    list_lecturers as list_lecturers,
)
from sakura_desktop.core.schedule.editing_lecturers import (
    set_availability as set_availability,
)
from sakura_desktop.core.schedule.editing_lecturers import (
    update_lecturer as update_lecturer,
)
from sakura_desktop.core.schedule.editing_text import fail, get_row, program_row
from sakura_desktop.core.schedule.loading import session_data
from sakura_desktop.core.schedule.model import SessionData, SiteData, VenueData
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import SessionKind, VenueKind
from sakura_desktop.db.models import (
    Delegation,
    Participant,
    ScheduleSession,
    SessionAudience,
    Site,
    Team,
    TravelTime,
    Venue,
)
from sakura_desktop.errors import NotFoundError, UserError

T = TypeVar("T")
KEEP = object()  # "leave as it is" for optional arguments that may also be set to None


@dataclass(frozen=True)
class SessionDraft:
    title: str
    kind: str
    start: dt.datetime  # aware
    end: dt.datetime
    venue_id: int | None = None
    destination_site_id: int | None = None
    capacity: int | None = None
    lecturer_id: int | None = None
    host: str = ""
    description: str = ""
    for_everyone: bool = False
    team_ids: tuple[int, ...] = ()
    delegation_ids: tuple[int, ...] = ()
    participant_ids: tuple[int, ...] = ()
    notebook_id: int | None = None
    uuid: str | None = None  # given when restoring a deleted session (undo)


@dataclass(frozen=True)
class SiteDraft:
    name: str
    address: str = ""


@dataclass(frozen=True)
class VenueDraft:
    site_id: int
    name: str
    capacity: int | None = None
    kind: str = VenueKind.OTHER.value


# --- sessions -----------------------------------------------------------------------------------


def session_problems(session: Session, program_id: int, draft: SessionDraft) -> list[str]:
    """Everything wrong with a draft, as phrases (empty when it can be saved)."""
    problems = []
    if not draft.title.strip():
        problems.append(translate("ScheduleEditing", "the title is empty"))
    if draft.kind not in {k.value for k in SessionKind}:
        kinds = ", ".join(k.value for k in SessionKind)
        problems.append(
            translate("ScheduleEditing", "the kind {kind} is not one of {kinds}").format(
                kind=repr(draft.kind), kinds=kinds
            )
        )
    if draft.start.tzinfo is None or draft.end.tzinfo is None:
        problems.append(translate("ScheduleEditing", "the start and end need a time zone"))
    elif draft.end <= draft.start:
        if draft.end < draft.start:
            problems.append(translate("ScheduleEditing", "it ends before it starts"))
        else:
            problems.append(translate("ScheduleEditing", "it lasts 0 min"))
    if draft.capacity is not None and draft.capacity < 1:
        problems.append(translate("ScheduleEditing", "the capacity must be at least 1 (or empty)"))
    if len(draft.title) > 200:
        problems.append(translate("ScheduleEditing", "the title is longer than 200 characters"))
    problems += _reference_problems(session, program_id, draft)
    return problems


def _reference_problems(session: Session, program_id: int, draft: SessionDraft) -> list[str]:
    problems = []
    if draft.venue_id is not None and _venue_program(session, draft.venue_id) != program_id:
        problems.append(
            translate("ScheduleEditing", "venue {id} is not in this program").format(
                id=draft.venue_id
            )
        )
    site = draft.destination_site_id
    if site is not None and _owner(session, Site, site) != program_id:
        problems.append(
            translate("ScheduleEditing", "site {id} is not in this program").format(id=site)
        )
    if site is not None and draft.kind != SessionKind.TRANSFER.value:
        problems.append(translate("ScheduleEditing", "only a transfer has a destination"))
    if (
        draft.lecturer_id is not None
        and _owner(session, Participant, draft.lecturer_id) != program_id
    ):
        problems.append(
            translate(
                "ScheduleEditing", "the lecturer (participant {id}) is not in this program"
            ).format(id=draft.lecturer_id)
        )
    for model, ids, what in (
        (Team, draft.team_ids, translate("ScheduleEditing", "team {id} is not in this program")),
        (
            Delegation,
            draft.delegation_ids,
            translate("ScheduleEditing", "delegation {id} is not in this program"),
        ),
        (
            Participant,
            draft.participant_ids,
            translate("ScheduleEditing", "participant {id} is not in this program"),
        ),
    ):
        for item in ids:
            if _owner(session, model, item) != program_id:
                problems.append(what.format(id=item))
    if draft.for_everyone and (draft.team_ids or draft.delegation_ids or draft.participant_ids):
        problems.append(
            translate(
                "ScheduleEditing",
                "a session for everyone names no teams, delegations or participants",
            )
        )
    return problems


def _owner(
    session: Session, model: type[Site | Participant | Team | Delegation], row_id: int
) -> int | None:
    return session.scalar(select(model.program_id).where(model.id == row_id))


def _venue_program(session: Session, venue_id: int) -> int | None:
    return session.scalar(
        select(Site.program_id).join(Venue, Venue.site_id == Site.id).where(Venue.id == venue_id)
    )


def _snapshot(row: ScheduleSession) -> tuple[object, ...]:
    """What an edit can change: a difference bumps the row's revision."""
    return (
        row.title, row.kind, row.start_at, row.end_at, row.venue_id, row.destination_site_id,
        row.capacity, row.lecturer_id, row.host, row.description, row.for_everyone,
        row.notebook_id,
        frozenset((a.team_id, a.delegation_id, a.participant_id) for a in row.audience),
    )  # fmt: skip


def apply_draft(row: ScheduleSession, draft: SessionDraft) -> None:
    """Copy a validated draft onto a row, replacing its audience.

    An existing row that changes gets its `revision` bumped (the iCalendar SEQUENCE; its
    `updated_at` follows with the UPDATE); a new row stays at revision 0.
    """
    before = _snapshot(row) if row.id is not None else None
    _copy_draft(row, draft)
    if before is not None and _snapshot(row) != before:
        row.revision = (row.revision or 0) + 1


def _copy_draft(row: ScheduleSession, draft: SessionDraft) -> None:
    row.title = draft.title.strip()
    row.kind = draft.kind
    row.start_at = draft.start
    row.end_at = draft.end
    row.venue_id = draft.venue_id
    row.destination_site_id = draft.destination_site_id
    row.capacity = draft.capacity
    row.lecturer_id = draft.lecturer_id
    row.host = draft.host.strip()
    row.description = draft.description
    row.for_everyone = draft.for_everyone
    row.notebook_id = draft.notebook_id
    # Keep the audience rows that stay: the unit of work inserts before it deletes, so a row
    # replaced by an equal new one would break the (session, team/delegation/participant) keys.
    existing = {(a.team_id, a.delegation_id, a.participant_id): a for a in row.audience}
    wanted = (
        [(t, None, None) for t in dict.fromkeys(draft.team_ids)]
        + [(None, d, None) for d in dict.fromkeys(draft.delegation_ids)]
        + [(None, None, p) for p in dict.fromkeys(draft.participant_ids)]
    )
    row.audience = [
        existing.get(key) or SessionAudience(team_id=key[0], delegation_id=key[1],
                                             participant_id=key[2])
        for key in wanted
    ]  # fmt: skip


def _data(row: ScheduleSession) -> SessionData:
    teams = [a.team_id for a in row.audience if a.team_id is not None]
    delegations = [a.delegation_id for a in row.audience if a.delegation_id is not None]
    people = [a.participant_id for a in row.audience if a.participant_id is not None]
    return session_data(row, (teams, delegations, people))


def create_session(factory: SessionFactory, program_id: int, draft: SessionDraft) -> SessionData:
    with factory.begin() as session:
        program_row(session, program_id)
        return _create_session(session, program_id, draft)


def _create_session(session: Session, program_id: int, draft: SessionDraft) -> SessionData:
    fail("session", session_problems(session, program_id, draft))
    row = ScheduleSession(program_id=program_id)
    if draft.uuid:
        row.uuid = draft.uuid
    apply_draft(row, draft)
    session.add(row)
    session.flush()
    return _data(row)


def _session_row(session: Session, session_id: int) -> ScheduleSession:
    row = session.get(ScheduleSession, session_id)
    if row is None:
        raise NotFoundError(
            translate(
                "ScheduleEditing", "No session with id {id}; it may have been deleted."
            ).format(id=session_id)
        )
    return row


def update_session(factory: SessionFactory, session_id: int, draft: SessionDraft) -> SessionData:
    with factory.begin() as session:
        return _update_session(session, session_id, draft)


def _update_session(session: Session, session_id: int, draft: SessionDraft) -> SessionData:
    row = _session_row(session, session_id)
    fail("session", session_problems(session, row.program_id, draft))
    apply_draft(row, draft)
    session.flush()
    return _data(row)


def apply_session_changes(
    factory: SessionFactory,
    program_id: int,
    delete_ids: Sequence[int],
    writes: Sequence[tuple[int | None, SessionDraft]],
) -> list[SessionData]:
    """Delete some sessions and create or update others, all in ONE transaction.

    An undo or redo of a multi-session edit (a rotation, a batch) must not stop half-way and
    leave the week in a state nobody made. `writes` pairs an existing session id (update) or
    None (create, keeping the draft's uuid) with its draft; results come back in that order.
    """
    with factory.begin() as session:
        program_row(session, program_id)
        for row in [_session_row(session, sid) for sid in delete_ids]:
            session.delete(row)
        session.flush()
        return [
            _update_session(session, sid, draft)
            if sid is not None
            else _create_session(session, program_id, draft)
            for sid, draft in writes
        ]


def session_draft(factory: SessionFactory, session_id: int) -> SessionDraft:
    """A session as a draft (uuid included): what an undo needs to put it back."""
    with factory() as session:
        data = _data(_session_row(session, session_id))
    return draft_of(data)


def draft_of(data: SessionData) -> SessionDraft:
    return SessionDraft(
        title=data.title, kind=data.kind, start=data.start, end=data.end,
        venue_id=data.venue_id, destination_site_id=data.destination_site_id,
        capacity=data.capacity, lecturer_id=data.lecturer_id, host=data.host,
        description=data.description, for_everyone=data.for_everyone, team_ids=data.team_ids,
        delegation_ids=data.delegation_ids, participant_ids=data.participant_ids,
        notebook_id=data.notebook_id, uuid=data.uuid,
    )  # fmt: skip


def move_session(
    factory: SessionFactory,
    session_id: int,
    start: dt.datetime,
    end: dt.datetime,
    venue_id: int | object | None = KEEP,
) -> SessionData:
    """Drag and resize: new times (and venue, when given; None clears it)."""
    with factory.begin() as session:
        row = _session_row(session, session_id)
        data = _data(row)
    draft = draft_of(data)
    new_venue = data.venue_id if venue_id is KEEP else venue_id
    assert new_venue is None or isinstance(new_venue, int)
    changed = replace(draft, start=start, end=end, venue_id=new_venue)
    return update_session(factory, session_id, changed)


def delete_sessions(factory: SessionFactory, session_ids: Sequence[int]) -> list[SessionDraft]:
    """Delete in one transaction; returns their drafts so an undo can recreate them."""
    with factory.begin() as session:
        rows = [_session_row(session, sid) for sid in session_ids]
        drafts = [draft_of(_data(row)) for row in rows]
        for row in rows:
            session.delete(row)
    return drafts


# --- sites, venues, travel times ---------------------------------------------------------------


def create_site(factory: SessionFactory, program_id: int, draft: SiteDraft) -> SiteData:
    with factory.begin() as session:
        program_row(session, program_id)
        fail("site", _site_problems(session, program_id, draft, None))
        row = Site(program_id=program_id, name=draft.name.strip(), address=draft.address.strip())
        session.add(row)
        session.flush()
        return SiteData(row.id, row.name, row.address)


def update_site(factory: SessionFactory, site_id: int, draft: SiteDraft) -> SiteData:
    with factory.begin() as session:
        row = get_row(session, Site, site_id, "site")
        fail("site", _site_problems(session, row.program_id, draft, site_id))
        row.name, row.address = draft.name.strip(), draft.address.strip()
        return SiteData(row.id, row.name, row.address)


def _site_problems(
    session: Session, program_id: int, draft: SiteDraft, own: int | None
) -> list[str]:
    name = draft.name.strip()
    if not name:
        return [translate("ScheduleEditing", "the name is empty")]
    other = session.scalar(select(Site.id).where(Site.program_id == program_id, Site.name == name))
    if other in (None, own):
        return []
    return [
        translate("ScheduleEditing", "another site is already called {name}").format(
            name=repr(name)
        )
    ]


def delete_site(factory: SessionFactory, site_id: int) -> None:
    with factory.begin() as session:
        row = get_row(session, Site, site_id, "site")
        used = session.scalar(
            select(func.count())
            .select_from(ScheduleSession)
            .join(Venue, ScheduleSession.venue_id == Venue.id)
            .where(Venue.site_id == site_id)
        )
        if used:
            raise UserError(
                translate(
                    "ScheduleEditing",
                    "Cannot delete the site {name}: {count} session(s) take place at its "
                    "venues. Move or delete them first.",
                ).format(name=repr(row.name), count=used)
            )
        session.delete(row)


def create_venue(factory: SessionFactory, program_id: int, draft: VenueDraft) -> VenueData:
    with factory.begin() as session:
        fail("venue", _venue_problems(session, program_id, draft, None))
        row = Venue(site_id=draft.site_id, name=draft.name.strip(), capacity=draft.capacity)
        row.kind = draft.kind
        session.add(row)
        session.flush()
        return VenueData(row.id, row.name, row.site_id, row.capacity, row.kind)


def update_venue(factory: SessionFactory, venue_id: int, draft: VenueDraft) -> VenueData:
    with factory.begin() as session:
        row = get_row(session, Venue, venue_id, "venue")
        program_id = _venue_program(session, venue_id)
        assert program_id is not None
        fail("venue", _venue_problems(session, program_id, draft, venue_id))
        row.site_id, row.name, row.capacity, row.kind = (
            draft.site_id, draft.name.strip(), draft.capacity, draft.kind,
        )  # fmt: skip
        return VenueData(row.id, row.name, row.site_id, row.capacity, row.kind)


def _venue_problems(
    session: Session, program_id: int, draft: VenueDraft, own: int | None
) -> list[str]:
    problems = []
    name = draft.name.strip()
    if not name:
        problems.append(translate("ScheduleEditing", "the name is empty"))
    if draft.capacity is not None and draft.capacity < 1:
        problems.append(
            translate(
                "ScheduleEditing", "the capacity must be at least 1 (or empty for open space)"
            )
        )
    if draft.kind not in {k.value for k in VenueKind}:
        problems.append(
            translate("ScheduleEditing", "the kind {kind} is not one of {kinds}").format(
                kind=repr(draft.kind), kinds=", ".join(VenueKind)
            )
        )
    if _owner(session, Site, draft.site_id) != program_id:
        problems.append(
            translate("ScheduleEditing", "site {id} is not in this program").format(
                id=draft.site_id
            )
        )
    other = session.scalar(
        select(Venue.id).where(Venue.site_id == draft.site_id, Venue.name == name)
    )
    if name and other not in (None, own):
        problems.append(
            translate("ScheduleEditing", "this site already has a venue called {name}").format(
                name=repr(name)
            )
        )
    return problems


def delete_venue(factory: SessionFactory, venue_id: int) -> None:
    with factory.begin() as session:
        row = get_row(session, Venue, venue_id, "venue")
        used = session.scalar(
            select(func.count())
            .select_from(ScheduleSession)
            .where(ScheduleSession.venue_id == venue_id)
        )
        if used:
            raise UserError(
                translate(
                    "ScheduleEditing",
                    "Cannot delete the venue {name}: {count} session(s) take place there. "
                    "Move or delete them first.",
                ).format(name=repr(row.name), count=used)
            )
        session.delete(row)


def set_travel_time(
    factory: SessionFactory, program_id: int, from_site: int, to_site: int, minutes: int | None
) -> None:
    """Minutes from one site to another (one direction); None removes it."""
    with factory.begin() as session:
        problems = []
        if from_site == to_site:
            problems.append(translate("ScheduleEditing", "the two sites are the same"))
        if minutes is not None and minutes < 0:
            problems.append(translate("ScheduleEditing", "the minutes cannot be negative"))
        for site in (from_site, to_site):
            if _owner(session, Site, site) != program_id:
                problems.append(
                    translate("ScheduleEditing", "site {id} is not in this program").format(id=site)
                )
        fail("travel time", problems)
        session.execute(
            delete(TravelTime).where(
                TravelTime.from_site_id == from_site, TravelTime.to_site_id == to_site
            )
        )
        if minutes is not None:
            session.add(
                TravelTime(
                    program_id=program_id,
                    from_site_id=from_site,
                    to_site_id=to_site,
                    minutes=minutes,
                )
            )
