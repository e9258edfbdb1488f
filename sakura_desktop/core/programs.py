"""Programs (exchange weeks): create, list, pick one, and the overview of one."""

from __future__ import annotations

import datetime as dt
import re
import secrets
from collections import Counter

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from sakura_desktop.core.i18n import translate

# The dataclasses live apart (no SQLAlchemy there); they are this module's API as well.
from sakura_desktop.core.program_views import (
    DelegationCount as DelegationCount,
)
from sakura_desktop.core.program_views import ProgramDraft as ProgramDraft
from sakura_desktop.core.program_views import ProgramOverview as ProgramOverview
from sakura_desktop.core.program_views import ProgramSummary as ProgramSummary
from sakura_desktop.core.program_views import SessionLine as SessionLine
from sakura_desktop.core.timeutil import local, local_day_bounds, zone
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import ParticipantStatus, Role, SessionKind
from sakura_desktop.db.models import (
    SECRET_BYTES,
    Delegation,
    Participant,
    Program,
    ScheduleSession,
    Site,
    Team,
    Venue,
)
from sakura_desktop.errors import NotFoundError, UserError

PROGRAM_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")


SITE_NAME_MAX = 200


def validate_draft(draft: ProgramDraft) -> None:
    problems = []
    if not PROGRAM_CODE.match(draft.code):
        problems.append(
            "the code must be 1-40 letters, digits, '.', '_' or '-' (for example SSP-2026-07)"
        )
    if not draft.title.strip():
        problems.append(translate("Programs", "the title is empty"))
    if draft.end_date < draft.start_date:
        problems.append(translate("Programs", "the program ends before it starts"))
    seen: set[str] = set()
    for name in draft.site_names():
        if len(name) > SITE_NAME_MAX:
            problems.append(
                translate(
                    "Programs", "the site name {name}… is longer than {limit} characters"
                ).format(name=repr(name[:40]), limit=SITE_NAME_MAX)
            )
        elif name.casefold() in seen:
            problems.append(
                translate("Programs", "the site {name} is listed twice").format(name=repr(name))
            )
        seen.add(name.casefold())
    if problems:
        joined = translate("Programs", "; ").join(problems)
        raise UserError(
            translate("Programs", "Cannot create the program: {problems}.").format(problems=joined)
        )
    zone(draft.timezone)


def create_program(factory: SessionFactory, draft: ProgramDraft) -> ProgramSummary:
    validate_draft(draft)
    with factory.begin() as session:
        program = Program(
            code=draft.code,
            title=draft.title.strip(),
            host_institution=draft.host_institution.strip(),
            start_date=draft.start_date,
            end_date=draft.end_date,
            timezone=draft.timezone,
            emergency_phone=draft.emergency_phone.strip(),
            secret=secrets.token_bytes(SECRET_BYTES),
        )
        session.add(program)
        program.sites = [Site(name=name) for name in draft.site_names()]
        try:
            session.flush()
        except IntegrityError as exc:
            raise UserError(
                translate(
                    "Programs",
                    "A program with the code {code} already exists; choose another code.",
                ).format(code=repr(draft.code))
            ) from exc
        program_id = program.id
    return get_program(factory, program_id)


def count_rows(session: Session, model: type, program_id: int) -> int:
    """How many rows of `model` (a table with `program_id`) belong to the program."""
    column = model.program_id  # type: ignore[attr-defined]
    return session.scalar(select(func.count()).select_from(model).where(column == program_id)) or 0


def _summary(session: Session, program: Program) -> ProgramSummary:
    return ProgramSummary(
        id=program.id,
        uuid=program.uuid,
        code=program.code,
        title=program.title,
        host_institution=program.host_institution,
        start_date=program.start_date,
        end_date=program.end_date,
        timezone=program.timezone,
        delegations=count_rows(session, Delegation, program.id),
        participants=count_rows(session, Participant, program.id),
        teams=count_rows(session, Team, program.id),
        sessions=count_rows(session, ScheduleSession, program.id),
    )


def list_programs(factory: SessionFactory) -> list[ProgramSummary]:
    with factory() as session:
        programs = session.scalars(select(Program).order_by(Program.start_date, Program.id))
        return [_summary(session, program) for program in programs]


def get_program(factory: SessionFactory, program_id: int) -> ProgramSummary:
    with factory() as session:
        program = session.get(Program, program_id)
        if program is None:
            raise NotFoundError(
                translate("Programs", "No program with id {id}.").format(id=program_id)
            )
        return _summary(session, program)


def program_metadata_key(factory: SessionFactory, program_id: int, prefix: str) -> str:
    """The `app_metadata` key of something kept per program (`prefix` + the program's uuid:
    stable across station packages and merges, unlike the row id)."""
    with factory() as session:
        uuid = session.scalar(select(Program.uuid).where(Program.id == program_id))
    if uuid is None:
        raise NotFoundError(translate("Programs", "No program with id {id}.").format(id=program_id))
    return prefix + uuid


def resolve_program(factory: SessionFactory, id_or_code: str | None) -> ProgramSummary:
    """The program the user named by id or code; with no name, the only program there is."""
    programs = list_programs(factory)
    if id_or_code is None:
        if len(programs) == 1:
            return programs[0]
        if not programs:
            raise NotFoundError(
                translate("Programs", "The database holds no program yet; create one first.")
            )
        codes = ", ".join(p.code for p in programs)
        raise UserError(
            translate(
                "Programs",
                "The database holds several programs ({codes}); choose one with --program.",
            ).format(codes=codes)
        )
    for program in programs:
        if program.code.casefold() == id_or_code.casefold() or str(program.id) == id_or_code:
            return program
    codes = ", ".join(p.code for p in programs) or translate("Programs", "none")
    raise NotFoundError(
        translate("Programs", "No program {name} in this database (programs: {codes}).").format(
            name=repr(id_or_code), codes=codes
        )
    )


def _audience_label(session_row: ScheduleSession, names: dict[tuple[str, int], str]) -> str:
    if session_row.for_everyone:
        return "Everyone"  # the Overview translates it (line.for_everyone), as it shows it
    parts = []
    for target in session_row.audience:
        if target.team_id is not None:
            parts.append(names[("team", target.team_id)])
        elif target.delegation_id is not None:
            parts.append(names[("delegation", target.delegation_id)])
        elif target.participant_id is not None:
            parts.append(names[("participant", target.participant_id)])
    return ", ".join(parts)


def sessions_on_day(factory: SessionFactory, program_id: int, day: dt.date) -> list[SessionLine]:
    """Sessions that start on `day` (in the program's time zone), in time order."""
    with factory() as session:
        program = session.get(Program, program_id)
        if program is None:
            raise NotFoundError(
                translate("Programs", "No program with id {id}.").format(id=program_id)
            )
        start, end = local_day_bounds(day, program.timezone)
        rows = session.scalars(
            select(ScheduleSession)
            .where(
                ScheduleSession.program_id == program_id,
                ScheduleSession.start_at >= start,
                ScheduleSession.start_at < end,
            )
            .options(
                selectinload(ScheduleSession.audience),
                selectinload(ScheduleSession.venue).selectinload(Venue.site),
            )
            .order_by(ScheduleSession.start_at, ScheduleSession.title)
        ).all()
        names = _audience_names(session, program_id)
        return [
            SessionLine(
                id=row.id,
                title=row.title,
                kind=SessionKind(row.kind),
                start=local(row.start_at, program.timezone),
                end=local(row.end_at, program.timezone),
                venue=f"{row.venue.name}, {row.venue.site.name}" if row.venue else "",
                audience=_audience_label(row, names),
                for_everyone=row.for_everyone,
            )
            for row in rows
        ]


def _audience_names(session: Session, program_id: int) -> dict[tuple[str, int], str]:
    names: dict[tuple[str, int], str] = {}
    for team_id, name in session.execute(
        select(Team.id, Team.name).where(Team.program_id == program_id)
    ):
        names[("team", team_id)] = name
    for delegation_id, name in session.execute(
        select(Delegation.id, Delegation.name).where(Delegation.program_id == program_id)
    ):
        names[("delegation", delegation_id)] = name
    for pid, given, family in session.execute(
        select(Participant.id, Participant.given_name, Participant.family_name).where(
            Participant.program_id == program_id
        )
    ):
        names[("participant", pid)] = f"{given} {family}".strip()
    return names


def overview_day(program: ProgramSummary, today: dt.date) -> tuple[dt.date, bool]:
    """Today when the program runs today; otherwise its first day (or last, once it is over)."""
    if program.start_date <= today <= program.end_date:
        return today, True
    return (program.start_date if today < program.start_date else program.end_date), False


def program_overview(factory: SessionFactory, program_id: int, today: dt.date) -> ProgramOverview:
    program = get_program(factory, program_id)
    with factory() as session:
        rows = session.execute(
            select(Participant.role, Participant.status, Delegation.id)
            .outerjoin(Delegation, Participant.delegation_id == Delegation.id)
            .where(Participant.program_id == program_id)
        ).all()
        delegations = session.scalars(
            select(Delegation).where(Delegation.program_id == program_id).order_by(Delegation.name)
        ).all()
        by_role: Counter[str] = Counter({role.value: 0 for role in Role})
        per_delegation: dict[int, Counter[str]] = {d.id: Counter() for d in delegations}
        withdrawn = 0
        for role, status, delegation_id in rows:
            if status == ParticipantStatus.WITHDRAWN:
                withdrawn += 1
                continue
            by_role[role] += 1
            if delegation_id is not None:
                per_delegation[delegation_id][role] += 1
        delegation_counts = [
            DelegationCount(d.name, d.country_code, d.country_name, dict(per_delegation[d.id]))
            for d in delegations
        ]
    day, is_today = overview_day(program, today)
    return ProgramOverview(
        program=program,
        by_role=dict(by_role),
        withdrawn=withdrawn,
        delegations=delegation_counts,
        day=day,
        day_is_today=is_today,
        sessions=sessions_on_day(factory, program_id, day),
    )
