"""iCalendar (RFC 5545) export of a program's week, one team's or one participant's.

Events carry the program's time zone (a VTIMEZONE, DTSTART/DTEND with TZID), the location (venue,
site, address; a transfer also its destination), a description (kind, host, lecturer, audience,
notes) and a UID derived from the session's uuid: importing a later export into a phone's
calendar updates the events instead of adding them twice. Each event's SEQUENCE is the session's
revision (bumped by every edit) and its LAST-MODIFIED the time of the last edit, so a phone takes
a moved session instead of keeping the copy it already has.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar, Event

from sakura_desktop import __version__
from sakura_desktop.core.i18n import translate
from sakura_desktop.core.schedule.loading import load_week
from sakura_desktop.core.schedule.model import SessionData, WeekData
from sakura_desktop.core.timeutil import local
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import SessionKind
from sakura_desktop.errors import NotFoundError, UserError

UID_DOMAIN = "sakura-desktop"
PRODID = f"-//Sakura Desktop//Sakura Desktop {__version__}//EN"


def session_uid(session: SessionData) -> str:
    """Stable across exports as long as the session exists (its uuid never changes)."""
    return f"{session.uuid}@{UID_DOMAIN}"


def calendar_sessions(
    week: WeekData, *, team_id: int | None = None, participant_id: int | None = None
) -> tuple[str, list[SessionData]]:
    """(calendar name, sessions) of the program, a team or a participant."""
    if team_id is not None and participant_id is not None:
        raise UserError(
            translate(
                "ScheduleCalendar", "Export the calendar of a team or of a participant, not both."
            )
        )
    if team_id is not None:
        team = week.team_by_id.get(team_id)
        if team is None:
            raise NotFoundError(
                translate("ScheduleCalendar", "No team with id {id} in this program.").format(
                    id=team_id
                )
            )
        return f"{week.title} — {team.name}", week.sessions_for_team(team_id)
    if participant_id is not None:
        person = week.person_by_id.get(participant_id)
        if person is None:
            raise NotFoundError(
                translate(
                    "ScheduleCalendar", "No participant with id {id} in this program."
                ).format(id=participant_id)
            )
        return f"{week.title} — {person.name}", week.sessions_for_participant(participant_id)
    return week.title, list(week.sessions)


def build_calendar(
    week: WeekData,
    *,
    team_id: int | None = None,
    participant_id: int | None = None,
    stamp: dt.datetime | None = None,
) -> Calendar:
    name, sessions = calendar_sessions(week, team_id=team_id, participant_id=participant_id)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", week.timezone)
    now = stamp or dt.datetime.now(dt.UTC)
    for session in sorted(sessions, key=lambda s: (s.start, s.id)):
        calendar.add_component(_event(week, session, now))
    first = dt.date(week.start_date.year - 1, 1, 1)
    calendar.add_missing_timezones(
        first_date=first, last_date=dt.date(week.end_date.year + 2, 1, 1)
    )
    return calendar


def _event(week: WeekData, session: SessionData, stamp: dt.datetime) -> Event:
    event = Event()
    event.add("uid", session_uid(session))
    event.add("dtstamp", stamp)
    # SEQUENCE and LAST-MODIFIED tell a calendar that an event it holds (same UID) has changed.
    event.add("sequence", session.revision)
    if session.updated_at is not None:
        event.add("last-modified", session.updated_at.astimezone(dt.UTC))
    event.add("dtstart", local(session.start, week.timezone))
    event.add("dtend", local(session.end, week.timezone))
    event.add("summary", session.title)
    location = _location(week, session)
    if location:
        event.add("location", location)
    event.add("description", _description(week, session))
    event.add("categories", [SessionKind(session.kind).label])
    return event


def _location(week: WeekData, session: SessionData) -> str:
    venue = week.venue_by_id.get(session.venue_id) if session.venue_id is not None else None
    if venue is None:
        return ""
    site = week.site_by_id.get(venue.site_id)
    parts = [venue.name] + ([site.name, site.address] if site is not None else [])
    text = ", ".join(part for part in parts if part)
    destination = week.site_by_id.get(session.destination_site_id or -1)
    if session.is_transfer and destination is not None:
        text += f" → {destination.name}" + (
            f", {destination.address}" if destination.address else ""
        )
    return text


def _description(week: WeekData, session: SessionData) -> str:
    lines = [SessionKind(session.kind).label]
    if session.host:
        lines.append(f"Host: {session.host}")
    lecturer = week.person_by_id.get(session.lecturer_id or -1)
    if lecturer is not None:
        lines.append(f"Lecturer: {lecturer.name}")
    # the calendar file stays English whatever the window's language, like its other lines
    audience = "Everyone" if session.for_everyone else week.audience_label(session)
    if audience:
        lines.append(f"For: {audience}")
    if session.description:
        lines += ["", session.description]
    return "\n".join(lines)


def export_ics(
    factory: SessionFactory,
    program_id: int,
    path: Path,
    *,
    team_id: int | None = None,
    participant_id: int | None = None,
) -> int:
    """Write the calendar to `path`; returns the number of events."""
    week = load_week(factory, program_id)
    calendar = build_calendar(week, team_id=team_id, participant_id=participant_id)
    path.write_bytes(calendar.to_ical())
    return len(calendar.events)
