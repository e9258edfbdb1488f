"""The Print screen's units of work, run by the task runner off the GUI thread.

Each takes plain values (a session factory, a request, paths), calls core use cases or the
printing package, and returns plain frozen dataclasses. No widgets here: the one Qt object a job
touches is the `QPrinter` it paints on (QPainter may paint on a printer from a worker thread) and
a `QPdfDocument` it creates and drops itself.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

from sakura_desktop.core.documents import (
    DocumentKind,
    PrintRequest,
    PrintResult,
    generate,
    mark_badges_printed,
)
from sakura_desktop.core.documents.certificate_style import (
    CertificateStyle,
    load_certificate_style,
)
from sakura_desktop.core.documents.content import lang_of
from sakura_desktop.core.documents.data import (
    PersonFacts,
    ProgramFacts,
    audience_ids,
    print_facts,
)
from sakura_desktop.core.documents.notebook_store import (
    NotebookInfo,
    list_notebooks,
    notebook_images,
    read_images,
    save_notebook,
)
from sakura_desktop.core.documents.paper import PAPER_SKIP
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.errors import UserError
from sakura_desktop.printing import notebooks
from sakura_desktop.printing.fonts import CjkLang
from sakura_desktop.printing.notebook_markup import parse
from sakura_desktop.tasks import ProgressReporter
from sakura_desktop.ui.i18n import translate
from sakura_desktop.ui.locale_format import day_time

# --- what the screen offers to choose from ----------------------------------------------------


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str  # "Given FAMILY"
    native_name: str
    delegation: str
    team: str
    role: str
    badge_printed: bool

    @property
    def label(self) -> str:
        native = f"  {self.native_name}" if self.native_name else ""
        where = self.delegation or translate("PrintJobs", "Host")
        return f"{self.name}{native} — {where}"


@dataclass(frozen=True)
class Group:
    """A delegation or a team: what the audience combo shows and what `Audience` is given."""

    key: str  # the id, as `Audience` takes it
    name: str
    members: int

    @property
    def label(self) -> str:
        return f"{self.name} ({self.members})"


@dataclass(frozen=True)
class SessionRow:
    id: int
    label: str  # "Mon 13 Jul 09:30  Title — Venue"
    usual: bool  # printed by default (not a meal or free time)


@dataclass(frozen=True)
class ScreenData:
    program: ProgramFacts
    people: tuple[PersonRow, ...]
    delegations: tuple[Group, ...]
    teams: tuple[Group, ...]
    sessions: tuple[SessionRow, ...]
    notebooks: tuple[NotebookInfo, ...]
    certificate: CertificateStyle = field(default_factory=CertificateStyle)  # signer and seal


def _person_row(person: PersonFacts, unprinted: set[int]) -> PersonRow:
    return PersonRow(
        person.id,
        f"{person.shown_given} {person.family_name.upper()}".strip(),
        person.native_name,
        person.delegation,
        person.team_label,
        person.role,
        person.id not in unprinted,
    )


def _groups(people: Sequence[PersonFacts]) -> tuple[tuple[Group, ...], tuple[Group, ...]]:
    names: dict[tuple[str, int], str] = {}
    counts: Counter[tuple[str, int]] = Counter()
    for person in people:
        if person.delegation_id is not None:
            names[("delegation", person.delegation_id)] = person.delegation
            counts[("delegation", person.delegation_id)] += 1
        for team in person.teams:
            names[("team", team.id)] = team.name
            counts[("team", team.id)] += 1

    def rows(kind: str) -> tuple[Group, ...]:
        made = [Group(str(key[1]), name, counts[key]) for key, name in names.items()
                if key[0] == kind]  # fmt: skip
        return tuple(sorted(made, key=lambda g: g.name.casefold()))

    return rows("delegation"), rows("team")


def load_screen(factory: SessionFactory, program_id: int, progress: ProgressReporter) -> ScreenData:
    progress.report(0, 0, translate("PrintJobs", "Loading participants and sessions…"))
    facts = print_facts(factory, program_id)
    program, people, unprinted, sessions = (
        facts.program,
        facts.people,
        facts.unprinted,
        facts.sessions,
    )
    delegations, teams = _groups(people)
    session_rows = tuple(
        SessionRow(
            s.id,
            f"{day_time(s.start)}  {s.title}" + (f" — {s.where}" if s.where else ""),
            s.kind not in PAPER_SKIP,
        )
        for s in sessions
    )
    return ScreenData(
        program,
        tuple(_person_row(p, unprinted) for p in people),
        delegations,
        teams,
        session_rows,
        tuple(list_notebooks(factory, program_id)),
        load_certificate_style(factory, program_id),
    )


# --- generating the preview -------------------------------------------------------------------


@dataclass(frozen=True)
class Generated:
    request: PrintRequest
    result: PrintResult
    # Badges only: whose badges these are, recorded as printed once they are printed or saved.
    to_mark: tuple[int, ...] = ()


def generate_preview(
    factory: SessionFactory, request: PrintRequest, progress: ProgressReporter
) -> Generated:
    """Write the document for the preview. Badges are never marked as printed here: the screen
    marks them when the preview is printed or saved (`to_mark`)."""
    to_mark: tuple[int, ...] = ()
    if request.kind == DocumentKind.BADGES and request.mark_printed:
        to_mark = audience_ids(factory, request.program_id, request.audience)
    progress.report(0, 0, translate("PrintJobs", "Gathering names and sessions…"))

    def report(done: int, total: int) -> None:
        progress.report(
            done, total, translate("PrintJobs", "Preparing {0} of {1}…").format(done, total)
        )

    result = generate(
        factory,
        replace(request, mark_printed=False),
        progress=report,
        is_cancelled=lambda: progress.cancelled,
    )
    return Generated(request, result, to_mark)


def mark_printed(
    factory: SessionFactory, participant_ids: Sequence[int], _progress: ProgressReporter
) -> int:
    return mark_badges_printed(factory, participant_ids)


# --- saving and printing ----------------------------------------------------------------------


def save_copies(
    sources: Sequence[Path], target: Path, progress: ProgressReporter
) -> tuple[Path, ...]:
    """One file: copied to `target`. Several: copied into the folder `target` (created)."""
    if len(sources) == 1:
        _copy(sources[0], target)
        return (target,)
    target.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    try:
        for done, source in enumerate(sources):
            saving = translate("PrintJobs", "Saving {0}…").format(source.name)
            progress.report(done, len(sources), saving)
            written.append(_copy(source, target / source.name))
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return tuple(written)


def _copy(source: Path, target: Path) -> Path:
    partial = target.with_name(target.name + ".part")
    try:
        shutil.copyfile(source, partial)
        partial.replace(target)
    except OSError as exc:
        reason = exc.strerror or exc
        raise UserError(
            translate("PrintJobs", "Cannot write {0}: {1}.").format(target, reason)
        ) from exc
    finally:
        partial.unlink(missing_ok=True)
    return target


MAX_BAND_BYTES = 48 * 1024 * 1024  # render a page in horizontal bands of at most this size
MAX_DPI = 1200


def page_layout_for(pdf: Path) -> QPageLayout | None:
    """The paper and orientation of the PDF's first page, to preset the print dialog."""
    document = QPdfDocument()
    try:
        document.load(str(pdf))
        if document.pageCount() < 1:
            return None
        size = document.pagePointSize(0)
    finally:
        document.close()
    short, long = sorted((size.width(), size.height()))
    page_size = QPageSize(
        QSizeF(short, long), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch
    )
    orientation = (
        QPageLayout.Orientation.Landscape
        if size.width() > size.height()
        else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(page_size, orientation, QMarginsF(0, 0, 0, 0))


def print_pages(
    pdf: Path, printer: QPrinter, pages: Sequence[int], progress: ProgressReporter
) -> int:
    """Paint `pages` (0-based) of `pdf` on `printer`, each rendered at the printer's resolution
    and scaled to fit the paper (1:1 when the paper is the PDF's size). Pages printed."""
    document = QPdfDocument()
    document.load(str(pdf))
    if document.status() != QPdfDocument.Status.Ready:
        raise UserError(
            translate(
                "PrintJobs", "Cannot read the preview {0} for printing; generate it again."
            ).format(pdf.name)
        )
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(
            translate(
                "PrintJobs", "The printer could not be started. Check that it is on and connected."
            )
        )
    done = 0
    try:
        for done, index in enumerate(pages):
            printing = translate("PrintJobs", "Printing page {0}…").format(index + 1)
            progress.report(done, len(pages), printing)
            if done and not printer.newPage():
                raise UserError(translate("PrintJobs", "The printer stopped accepting pages."))
            _draw_page(painter, printer, document, index)
        progress.report(len(pages), len(pages), translate("PrintJobs", "Sending to the printer…"))
    except BaseException:
        printer.abort()
        raise
    finally:
        painter.end()
        document.close()
    return len(pages)


def _draw_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, index: int) -> None:
    dpi = min(printer.resolution(), MAX_DPI)
    device_scale = printer.resolution() / dpi  # 1 unless the printer's dpi is above MAX_DPI
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    origin = (
        printer.pageRect(QPrinter.Unit.DevicePixel).topLeft()
        if not printer.fullPage()
        else (paper.topLeft())
    )
    points = document.pagePointSize(index)
    natural_w = points.width() / 72 * printer.resolution()
    natural_h = points.height() / 72 * printer.resolution()
    fit = min(1.0, paper.width() / natural_w, paper.height() / natural_h) if natural_w else 1.0
    width = max(1, round(natural_w * fit / device_scale))
    height = max(1, round(natural_h * fit / device_scale))
    left = (paper.width() - width * device_scale) / 2 - origin.x() + paper.x()
    top = (paper.height() - height * device_scale) / 2 - origin.y() + paper.y()
    band = max(1, MAX_BAND_BYTES // (width * 4))
    options = QPdfDocumentRenderOptions()
    options.setScaledSize(QSize(width, height))
    for y in range(0, height, band):
        rows = min(band, height - y)
        options.setScaledClipRect(QRect(0, y, width, rows))
        image = document.render(index, QSize(width, rows), options)
        target = QRectF(left, top + y * device_scale, width * device_scale, rows * device_scale)
        painter.drawImage(target, image)


# --- the notebook editor ----------------------------------------------------------------------


@dataclass(frozen=True)
class NotebookSample:
    """Who and what the editor's preview prints a notebook for."""

    event: notebooks.NotebookEvent
    person: notebooks.NotebookPerson
    lecturers: dict[int, str]  # participant id -> "Prof. Given FAMILY (native)"


@dataclass(frozen=True)
class EditorData:
    program_id: int
    notebooks: tuple[NotebookInfo, ...]
    sample: NotebookSample


def _lecturer_label(person: PersonFacts) -> str:
    name = " ".join(p for p in (person.title, person.full_name) if p)
    return f"{name} ({person.native_name})" if person.native_name else name


def _sample_person(people: Sequence[PersonFacts]) -> notebooks.NotebookPerson:
    person = next((p for p in people if p.role == "student"), people[0] if people else None)
    if person is None:
        return notebooks.NotebookPerson(
            0, "Sample", "PARTICIPANT", "", "Delegation", "Country", "", "PREVIEW"
        )
    return notebooks.NotebookPerson(
        person.id, person.shown_given, person.family_name, person.native_name,
        person.delegation, person.country, person.team_label, "PREVIEW-NOT-A-BADGE",
        CjkLang(lang_of(person) or CjkLang.JAPANESE.value),
    )  # fmt: skip


def load_editor(factory: SessionFactory, program_id: int, progress: ProgressReporter) -> EditorData:
    progress.report(0, 0, translate("PrintJobs", "Loading notebooks…"))
    facts = print_facts(factory, program_id)
    program, people = facts.program, facts.people
    event = notebooks.NotebookEvent(
        program.title, program.dates_label, program.host_institution, ""
    )
    lecturers = {p.id: _lecturer_label(p) for p in people}
    sample = NotebookSample(event, _sample_person(people), lecturers)
    return EditorData(program_id, tuple(list_notebooks(factory, program_id)), sample)


@dataclass(frozen=True)
class SampleRendered:
    path: Path
    pages: int
    when: dt.datetime


@dataclass(frozen=True)
class SampleImages:
    """Where the preview finds pictures: the stored notebook's, then the imported file's folder."""

    factory: SessionFactory | None = None
    notebook_id: int | None = None
    folder: Path | None = None


def render_sample(
    source: str,
    sample: NotebookSample,
    lecturer_id: int | None,
    out: Path,
    progress: ProgressReporter,
    images: SampleImages | None = None,
) -> SampleRendered:
    """The notebook as one participant gets it (cover, then every page), for the live preview."""
    doc = parse(source)
    progress.check()
    lecturer = doc.lecturer or (sample.lecturers.get(lecturer_id, "") if lecturer_id else "")
    stored: dict[str, bytes] = {}
    if images is not None and images.factory is not None and images.notebook_id is not None:
        stored = notebook_images(images.factory, images.notebook_id)
    folder = images.folder if images is not None else None
    if folder is not None:  # a text just imported: its files, not what the notebook had
        stored = {}
    event = replace(sample.event, lecturer=lecturer, images=stored, image_folder=folder)
    result = notebooks.render_notebooks(
        doc, [sample.person], out, event, is_cancelled=lambda: progress.cancelled
    )
    return SampleRendered(out, result.pages, dt.datetime.now())


def store_notebook(
    factory: SessionFactory,
    program_id: int,
    title: str,
    source: str,
    _progress: ProgressReporter,
    image_folder: Path | None = None,
) -> NotebookInfo:
    """Save the text; for a text imported from a file, the images it names (read from the
    file's folder) replace the stored ones."""
    images = read_images(source, image_folder) if image_folder is not None else None
    return save_notebook(factory, program_id, title, source, images)


def list_program_notebooks(
    factory: SessionFactory, program_id: int, _progress: ProgressReporter
) -> tuple[NotebookInfo, ...]:
    return tuple(list_notebooks(factory, program_id))
