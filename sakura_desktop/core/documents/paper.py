"""Notebooks, itineraries, sign-in sheets, certificates and door signs from the database."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image
from sqlalchemy import select
from sqlalchemy.orm import Session

from sakura_desktop.core.checkin.journal import moves_person
from sakura_desktop.core.documents.certificate_style import (
    CertificateStyle,
    load_certificate_style,
    read_seal,
    save_certificate_style,
)
from sakura_desktop.core.documents.content import lang_of, uncovered_by_person
from sakura_desktop.core.documents.data import (
    PersonFacts,
    ProgramFacts,
    SessionFacts,
    choose,
    load_people,
    load_program,
    load_sessions,
    require_someone,
)
from sakura_desktop.core.documents.notebook_store import load_notebook
from sakura_desktop.core.i18n import translate
from sakura_desktop.core.tokens import issue_missing_tokens
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.enums import Direction, Role, SessionKind
from sakura_desktop.db.models import CheckinEvent, Checkpoint
from sakura_desktop.errors import UserError
from sakura_desktop.printing import certificates, doorsigns, itineraries, notebooks, signin
from sakura_desktop.printing.common import CancelFn, ProgressFn, RenderResult
from sakura_desktop.printing.fonts import CjkLang

if TYPE_CHECKING:
    from sakura_desktop.core.documents.jobs import PrintRequest

# (what was written, who was left out and why, uncovered characters by person)
Rendered = tuple[RenderResult, tuple[str, ...], dict[str, str]]
# Sessions that get a sign-in sheet or a door sign unless the user picks sessions.
PAPER_SKIP = frozenset({SessionKind.MEAL, SessionKind.FREE_TIME})


def _lang(person: PersonFacts) -> CjkLang:
    return CjkLang(lang_of(person) or CjkLang.JAPANESE.value)


def _load(
    factory: SessionFactory, request: PrintRequest
) -> tuple[ProgramFacts, list[PersonFacts], list[PersonFacts], list[SessionFacts]]:
    """(program, chosen people, everyone, sessions)."""
    with factory() as session:
        program = load_program(session, request.program_id)
        everyone = load_people(session, program.id)
        chosen = choose(session, program.id, everyone, request.audience)
        sessions = load_sessions(session, program)
    return program, chosen, everyone, sessions


# --- notebooks --------------------------------------------------------------------------------


def _notebook_person(person: PersonFacts, token: str) -> notebooks.NotebookPerson:
    return notebooks.NotebookPerson(
        person.id, person.shown_given, person.family_name, person.native_name,
        person.delegation, person.country, person.team_label, token, _lang(person),
    )  # fmt: skip


def notebooks_job(
    factory: SessionFactory, request: PrintRequest, progress: ProgressFn | None,
    is_cancelled: CancelFn | None,
) -> Rendered:  # fmt: skip
    program, chosen, everyone, _ = _load(factory, request)
    people, skipped = notebook_readers(chosen, request)
    require_someone(people, request.audience)
    stored = load_notebook(factory, program.id, request.notebook)
    lecturer = next((p for p in everyone if p.id == stored.lecturer_id), None)
    lecturer_name = stored.doc.lecturer or (_lecturer_label(lecturer) if lecturer else "")
    event = notebooks.NotebookEvent(
        program.title, program.dates_label, program.host_institution, lecturer_name,
        _lang(lecturer) if lecturer else None, stored.images,
    )  # fmt: skip
    tokens = {t.participant_id: t.token for t in issue_missing_tokens(factory, program.id)}
    rendered = notebooks.render_notebooks(
        stored.doc, [_notebook_person(p, tokens[p.id]) for p in people], request.out, event,
        paper=request.paper, booklet=request.booklet, per_participant=request.per_participant,
        progress=progress, is_cancelled=is_cancelled,
    )  # fmt: skip
    return rendered, skipped, uncovered_by_person(people)


NOTEBOOK_ROLES = frozenset({Role.STUDENT.value, Role.TEACHER.value})


def notebook_readers(
    chosen: Sequence[PersonFacts], request: PrintRequest
) -> tuple[list[PersonFacts], tuple[str, ...]]:
    """(who gets a notebook, who was left out and why): students and teachers do; lecturers,
    staff, interpreters and guests only with include_staff or when picked by hand (the
    laureate does not get a notebook addressed to himself unless someone asks for it)."""
    picked = bool(request.audience.participant_ids or request.audience.participants)
    if request.include_staff or picked:
        return list(chosen), ()
    readers = [p for p in chosen if p.role in NOTEBOOK_ROLES]
    skipped = tuple(
        f"{p.full_name} ({p.delegation or 'host'}): {p.role} (to include: 'Lecturers and staff "
        "too', or --include-staff)"
        for p in chosen
        if p.role not in NOTEBOOK_ROLES
    )
    return readers, skipped


def _lecturer_label(person: PersonFacts) -> str:
    name = " ".join(p for p in (person.title, person.full_name) if p)
    return f"{name} ({person.native_name})" if person.native_name else name


# --- itineraries ------------------------------------------------------------------------------


def _entry(item: SessionFacts) -> itineraries.Entry:
    note = f"host: {item.host}" if item.host and item.kind is not SessionKind.MEAL else ""
    return itineraries.Entry(f"{item.start:%H:%M}–{item.end:%H:%M}", item.title, item.where,
                             note)  # fmt: skip


def _days(sessions: Sequence[SessionFacts]) -> tuple[itineraries.DayPlan, ...]:
    days: dict[str, list[itineraries.Entry]] = {}
    for item in sessions:
        days.setdefault(f"{item.start:%A %-d %B}", []).append(_entry(item))
    return tuple(itineraries.DayPlan(label, tuple(entries)) for label, entries in days.items())


def _tz_note(program: ProgramFacts) -> str:
    return f"All times are local time ({program.timezone})"


def _personal(program: ProgramFacts, person: PersonFacts, sessions: Sequence[SessionFacts]
              ) -> itineraries.Itinerary:  # fmt: skip
    sub = "  ·  ".join(p for p in (person.native_name, person.delegation, person.team_label) if p)
    mine = [s for s in sessions if s.includes(person)]
    return itineraries.Itinerary(person.full_name, sub, program.title, _tz_note(program),
                                 _days(mine), _lang(person))  # fmt: skip


def _team_itineraries(
    program: ProgramFacts, people: Sequence[PersonFacts], sessions: Sequence[SessionFacts]
) -> list[itineraries.Itinerary]:
    teams = {t.id: t for p in people for t in p.teams}
    result = []
    for team in sorted(teams.values(), key=lambda t: t.name):
        members = [p for p in people if team in p.teams]
        mine = [s for s in sessions if s.for_everyone or team.id in s.team_ids]
        sub = f"{len(members)} members: " + ", ".join(p.full_name for p in members)
        result.append(itineraries.Itinerary(team.name, sub, program.title, _tz_note(program),
                                            _days(mine)))  # fmt: skip
    return result


def itineraries_job(
    factory: SessionFactory, request: PrintRequest, progress: ProgressFn | None,
    is_cancelled: CancelFn | None,
) -> Rendered:  # fmt: skip
    program, people, _, sessions = _load(factory, request)
    require_someone(people, request.audience)
    if request.by_team:
        items = _team_itineraries(program, people, sessions)
        if not items:
            raise UserError(translate("PrintDocuments", "None of the chosen people is in a team."))
    else:
        items = [_personal(program, p, sessions) for p in people]
    rendered = itineraries.render_itineraries(items, request.out, progress=progress,
                                              is_cancelled=is_cancelled)  # fmt: skip
    return rendered, (), uncovered_by_person(people)


# --- sessions: sign-in sheets and door signs --------------------------------------------------


def _chosen_sessions(request: PrintRequest, sessions: list[SessionFacts]) -> list[SessionFacts]:
    if not request.session_ids:
        return [s for s in sessions if s.kind not in PAPER_SKIP]
    by_id = {s.id: s for s in sessions}
    missing = [str(i) for i in request.session_ids if i not in by_id]
    if missing:
        raise UserError(
            translate("PrintDocuments", "No session with id {ids} in this program.").format(
                ids=", ".join(missing)
            )
        )
    return [by_id[i] for i in request.session_ids]


def _when(item: SessionFacts) -> str:
    return f"{item.start:%A %-d %B}, {item.start:%H:%M}–{item.end:%H:%M}"


def _sheet(item: SessionFacts, people: Sequence[PersonFacts]) -> signin.SigninSheet:
    rows = tuple(
        signin.SigninRow(p.full_name, p.native_name, p.delegation or "Host", _lang(p))
        for p in people
        if item.includes(p)
    )
    return signin.SigninSheet(item.title, _when(item), item.where, rows)


def signin_job(
    factory: SessionFactory, request: PrintRequest, progress: ProgressFn | None,
    is_cancelled: CancelFn | None,
) -> Rendered:  # fmt: skip
    _, people, _, sessions = _load(factory, request)
    chosen = _chosen_sessions(request, sessions)
    sheets = [_sheet(s, people) for s in chosen]
    if not sheets:
        raise UserError(translate("PrintDocuments", "No session to print a sign-in sheet for."))
    listed = [p for p in people if any(s.includes(p) for s in chosen)]
    rendered = signin.render_signin(sheets, request.out, progress=progress,
                                    is_cancelled=is_cancelled)  # fmt: skip
    return rendered, (), uncovered_by_person(listed)


def _audience_label(item: SessionFacts, names: dict[tuple[str, int], str]) -> str:
    if item.for_everyone:
        return "For everyone"
    parts = [names.get(("team", i), "") for i in sorted(item.team_ids)]
    parts += [names.get(("delegation", i), "") for i in sorted(item.delegation_ids)]
    if item.participant_ids:
        parts.append(f"{len(item.participant_ids)} invited participants")
    return "For " + ", ".join(p for p in parts if p)


def doorsigns_job(
    factory: SessionFactory, request: PrintRequest, progress: ProgressFn | None,
    is_cancelled: CancelFn | None,
) -> Rendered:  # fmt: skip
    program, _, everyone, sessions = _load(factory, request)
    names: dict[tuple[str, int], str] = {}
    for p in everyone:
        names.update({("team", t.id): t.name for t in p.teams})
        if p.delegation_id is not None:
            names[("delegation", p.delegation_id)] = p.delegation
    signs = [
        doorsigns.DoorSign(
            s.kind.label,
            s.title,
            _when(s),
            s.where,
            _audience_label(s, names),
            s.host,
            program.title,
        )
        for s in _chosen_sessions(request, sessions)
    ]
    if not signs:
        raise UserError(translate("PrintDocuments", "No session to print a door sign for."))
    return doorsigns.render_doorsigns(signs, request.out, progress=progress,
                                      is_cancelled=is_cancelled), (), {}  # fmt: skip


# --- certificates -----------------------------------------------------------------------------


def attended(session: Session, program_id: int) -> tuple[dict[int, set[int]], set[int]]:
    """(sessions each person was scanned into, sessions where attendance was taken)."""
    rows = session.execute(
        select(CheckinEvent.participant_id, Checkpoint.session_id)
        .join(Checkpoint, Checkpoint.id == CheckinEvent.checkpoint_id)
        .where(
            CheckinEvent.program_id == program_id,
            Checkpoint.session_id.is_not(None),
            CheckinEvent.direction == Direction.IN.value,
            moves_person(),
        )
    ).all()
    per_person: dict[int, set[int]] = {}
    taken: set[int] = set()
    for pid, sid in rows:
        if sid is None:
            continue
        taken.add(sid)
        if pid is not None:
            per_person.setdefault(pid, set()).add(sid)
    return per_person, taken


def attendance_rates(
    factory: SessionFactory, program_id: int, people: Sequence[PersonFacts],
    sessions: Sequence[SessionFacts],
) -> dict[int, float | None]:  # fmt: skip
    """Share of the sessions (where attendance was taken) each person attended; None: no data."""
    with factory() as session:
        per_person, taken = attended(session, program_id)
    rates: dict[int, float | None] = {}
    for person in people:
        expected = {s.id for s in sessions if s.id in taken and s.includes(person)}
        rates[person.id] = (
            len(per_person.get(person.id, set()) & expected) / len(expected) if expected else None
        )
    return rates


def certificates_job(
    factory: SessionFactory, request: PrintRequest, progress: ProgressFn | None,
    is_cancelled: CancelFn | None,
) -> Rendered:  # fmt: skip
    if request.signature_image is not None:
        check_signature(request.signature_image)
    new_seal = read_seal(request.seal_image) if request.seal_image is not None else None
    program, people, _, sessions = _load(factory, request)
    people = [p for p in people if p.delegation_id is not None]  # visitors, not host staff
    rates = attendance_rates(factory, program.id, people, sessions)
    qualified, skipped = _qualify(people, rates, request.threshold)
    if not qualified:
        raise UserError(
            translate(
                "PrintDocuments",
                "Nobody reaches the attendance threshold of {threshold} ({count} below it).",
            ).format(threshold=f"{request.threshold:.0%}", count=len(skipped))
        )
    stored = load_certificate_style(factory, program.id)
    style = _style(stored, request, new_seal)
    issued = request.issued or program.end_date
    certs = [certificates.Certificate(
        p.full_name, p.native_name, p.delegation, program.title, program.dates_label,
        program.host_institution, style.signer_name, _lang(p), style.signer_title,
        f"{issued.day} {issued:%B %Y}") for p in qualified]  # fmt: skip
    rendered = certificates.render_certificates(
        certs, request.out, signature=request.signature_image, seal=style.seal or None,
        progress=progress, is_cancelled=is_cancelled,
    )  # fmt: skip
    if style != stored:
        save_certificate_style(factory, program.id, style)  # the next print, anywhere, is alike
    return rendered, tuple(skipped), uncovered_by_person(qualified)


def _style(
    stored: CertificateStyle, request: PrintRequest, new_seal: bytes | None
) -> CertificateStyle:
    """The stored style with what the request sets (None: keep; a seal given replaces it)."""
    seal, seal_name = stored.seal, stored.seal_name
    if new_seal is not None and request.seal_image is not None:
        seal, seal_name = new_seal, request.seal_image.name
    elif request.no_seal:
        seal, seal_name = b"", ""
    return CertificateStyle(
        stored.signer_name if request.signer is None else request.signer.strip(),
        stored.signer_title if request.signer_title is None else request.signer_title.strip(),
        seal,
        seal_name,
    )


def check_signature(path: Path) -> None:
    """Refuse a signature that is missing or not a PNG or JPEG image, before anything is done."""
    if not path.is_file():
        raise UserError(
            translate("PrintDocuments", "The signature image {path} does not exist.").format(
                path=path
            )
        )
    try:
        with Image.open(path) as image:
            kind = image.format
            image.verify()
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        kind = None
    if kind not in ("PNG", "JPEG"):
        raise UserError(
            translate(
                "PrintDocuments", "The signature {path} is not an image (PNG or JPEG)."
            ).format(path=path)
        )


def _qualify(
    people: Sequence[PersonFacts], rates: dict[int, float | None], threshold: float
) -> tuple[list[PersonFacts], list[str]]:
    qualified, skipped = [], []
    for person in people:
        rate = rates[person.id]
        if (rate if rate is not None else 0.0) >= threshold or threshold == 0:
            qualified.append(person)
        else:
            shown = (
                translate("PrintDocuments", "no attendance recorded")
                if rate is None
                else f"{rate:.0%}"
            )
            skipped.append(f"{person.full_name} ({person.delegation}): {shown}")
    return qualified, skipped


PaperJob = Callable[[SessionFactory, "PrintRequest", ProgressFn | None, CancelFn | None], Rendered]
PAPER_JOBS: dict[str, PaperJob] = {
    "notebooks": notebooks_job,
    "itineraries": itineraries_job,
    "signin-sheets": signin_job,
    "certificates": certificates_job,
    "door-signs": doorsigns_job,
}
