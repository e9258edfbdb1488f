"""The print jobs: what each document needs from the database, then the renderer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from sqlalchemy import update

from sakura_desktop.core.documents import content
from sakura_desktop.core.documents.data import (
    Audience,
    PersonFacts,
    ProgramFacts,
    choose,
    load_people,
    load_program,
    require_someone,
)
from sakura_desktop.core.documents.paper import PAPER_JOBS
from sakura_desktop.core.i18n import translate
from sakura_desktop.core.tokens import issue_missing_tokens
from sakura_desktop.db.base import utc_now
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.models import BadgeToken
from sakura_desktop.errors import UserError
from sakura_desktop.printing import badges
from sakura_desktop.printing.badge_layouts import DEFAULT_LAYOUT, LAYOUTS, get_layout
from sakura_desktop.printing.common import CancelFn, ProgressFn

ProgressCallback = ProgressFn
CancelCallback = CancelFn


class DocumentKind(StrEnum):
    BADGES = "badges"
    NOTEBOOKS = "notebooks"
    ITINERARIES = "itineraries"
    SIGNIN_SHEETS = "signin-sheets"
    CERTIFICATES = "certificates"
    DOOR_SIGNS = "door-signs"


@dataclass(frozen=True)
class KindInfo:
    kind: DocumentKind
    label: str
    per_person: bool  # whether the audience chooses people (else sessions are chosen)
    options: tuple[str, ...]  # PrintRequest fields that matter for this kind


DOCUMENT_KINDS: tuple[KindInfo, ...] = (
    KindInfo(DocumentKind.BADGES, "Badges", True, ("layout", "back", "mark_printed")),
    KindInfo(DocumentKind.NOTEBOOKS, "Experiment notebooks", True,
             ("notebook", "paper", "booklet", "per_participant", "include_staff")),
    KindInfo(DocumentKind.ITINERARIES, "Itineraries", True, ("by_team",)),
    KindInfo(DocumentKind.SIGNIN_SHEETS, "Sign-in sheets", False, ("session_ids",)),
    KindInfo(DocumentKind.CERTIFICATES, "Certificates of completion", True,
             ("threshold", "signer", "signer_title", "seal_image", "issued", "signature_image")),
    KindInfo(DocumentKind.DOOR_SIGNS, "Door signs", False, ("session_ids",)),
)  # fmt: skip


def badge_layouts() -> list[tuple[str, str]]:
    """(name, label) of every badge layout, the default first."""
    first = LAYOUTS[DEFAULT_LAYOUT]
    rest = [layout for name, layout in LAYOUTS.items() if name != first.name]
    return [(layout.name, layout.label) for layout in (first, *rest)]


@dataclass(frozen=True)
class PrintRequest:
    kind: DocumentKind
    program_id: int
    out: Path  # the PDF; with per_participant, the folder (or FILE.pdf: FILE-<id>-<name>.pdf)
    audience: Audience = field(default_factory=Audience)
    layout: str = DEFAULT_LAYOUT
    back: bool = False
    mark_printed: bool = True
    notebook: str | None = None  # title or id; default: the program's only notebook
    paper: str = "A4"
    booklet: bool = False
    per_participant: bool = False
    # notebooks: also lecturers, staff, interpreters and guests (else students and teachers;
    # people picked by hand always get theirs)
    include_staff: bool = False
    by_team: bool = False
    session_ids: tuple[int, ...] = ()  # sign-in sheets and door signs; default: see content
    threshold: float = 0.8
    signature_image: Path | None = None
    # Certificates: None keeps what the program has stored (core.documents.certificate_style);
    # a value given is printed and stored for the next print, on any laptop.
    signer: str | None = None  # a person's name under the signature line
    signer_title: str | None = None  # "Director, Sakura Science Programme"
    seal_image: Path | None = None  # a new seal or logo (PNG or JPEG) for the program
    no_seal: bool = False  # remove the program's seal
    issued: dt.date | None = None  # the date of issue; default: the program's last day


@dataclass(frozen=True)
class PrintResult:
    kind: DocumentKind
    paths: tuple[Path, ...]
    pages: int
    documents: int  # badges, notebooks, itineraries, sheets, certificates or signs
    skipped: tuple[str, ...] = ()  # who was left out and why (certificates below threshold)
    marked_printed: int = 0
    # people whose names hold characters no shipped font covers (printed as empty boxes):
    # "Given FAMILY (delegation)" -> those characters
    uncovered: dict[str, str] = field(default_factory=dict)

    def uncovered_warning(self) -> str:
        """One line per person whose name prints with empty boxes; "" when there is none."""
        if not self.uncovered:
            return ""
        lines = [
            translate(
                "PrintDocuments",
                "{count} people have characters no font covers; they print as "
                "empty boxes (fix the name or print it by hand):",
            ).format(count=len(self.uncovered))
        ]
        lines += [f"  {who}: {' '.join(chars)}" for who, chars in self.uncovered.items()]
        return "\n".join(lines)


Job = Callable[[SessionFactory, PrintRequest, ProgressFn | None, CancelFn | None], PrintResult]


def _people(
    factory: SessionFactory, request: PrintRequest
) -> tuple[ProgramFacts, list[PersonFacts]]:
    with factory() as session:
        program = load_program(session, request.program_id)
        people = choose(session, program.id, load_people(session, program.id), request.audience)
    require_someone(people, request.audience)
    return program, people


def mark_badges_printed(factory: SessionFactory, participant_ids: Sequence[int]) -> int:
    """Record the live badges of these people as printed (the Print screen calls this once the
    previewed PDF was printed or saved); how many badges were marked."""
    return _mark_printed(factory, list(participant_ids))


def _mark_printed(factory: SessionFactory, ids: list[int]) -> int:
    now = utc_now()
    with factory.begin() as session:
        result = session.execute(
            update(BadgeToken)
            .where(BadgeToken.participant_id.in_(ids), BadgeToken.revoked_at.is_(None))
            .values(printed_at=now)
        )
        return int(getattr(result, "rowcount", 0) or 0)


def _badges(
    factory: SessionFactory,
    request: PrintRequest,
    progress: ProgressFn | None,
    is_cancelled: CancelFn | None,
) -> PrintResult:
    layout = get_layout(request.layout)
    program, people = _people(factory, request)
    tokens = {t.participant_id: t.token for t in issue_missing_tokens(factory, program.id)}
    backs = content.badge_backs(factory, program, people) if request.back else {}
    host = program.host_institution
    cards = [content.badge_person(p, tokens[p.id], backs.get(p.id), host) for p in people]
    result = badges.render_badges(
        cards, request.out, layout=layout, event=program.title, back=request.back,
        progress=progress, is_cancelled=is_cancelled,
    )  # fmt: skip
    marked = _mark_printed(factory, [p.id for p in people]) if request.mark_printed else 0
    return PrintResult(
        DocumentKind.BADGES, (request.out,), result.pages, len(cards), marked_printed=marked,
        uncovered=content.uncovered_by_person(people),
    )  # fmt: skip


def _from_content(kind: DocumentKind) -> Job:
    def job(
        factory: SessionFactory,
        request: PrintRequest,
        progress: ProgressFn | None,
        is_cancelled: CancelFn | None,
    ) -> PrintResult:
        rendered, skipped, uncovered = PAPER_JOBS[kind.value](
            factory, request, progress, is_cancelled
        )
        return PrintResult(kind, rendered.paths, rendered.pages, rendered.documents, skipped,
                           uncovered=uncovered)  # fmt: skip

    return job


JOBS: dict[DocumentKind, Job] = {
    DocumentKind.BADGES: _badges,
    **{kind: _from_content(kind) for kind in DocumentKind if kind is not DocumentKind.BADGES},
}


def generate(
    factory: SessionFactory,
    request: PrintRequest,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> PrintResult:
    """Write the requested document; see the package docstring."""
    if request.paper not in ("A4", "A5"):
        raise UserError(
            translate("PrintDocuments", "Paper {paper} is not offered; choose A4 or A5.").format(
                paper=repr(request.paper)
            )
        )
    if not 0.0 <= request.threshold <= 1.0:
        raise UserError(
            translate(
                "PrintDocuments",
                "The attendance threshold is a share between 0 and 1 (0.8 is 80 %).",
            )
        )
    return JOBS[DocumentKind(request.kind)](factory, request, progress, is_cancelled)


def today() -> dt.date:
    return dt.date.today()
