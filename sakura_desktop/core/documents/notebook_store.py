"""Experiment notebooks' authored content: list, read, export and import (create or update).

The images a notebook's markup names (`[image: FILE | caption]`) are stored with it
(`NotebookImage`, under FILE as written): importing a text file reads them from beside the file
(or from an absolute FILE), exporting writes them back beside the exported file.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath

from PIL import Image
from sqlalchemy import delete, select

from sakura_desktop.core.i18n import translate
from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.models import Notebook, NotebookImage
from sakura_desktop.errors import NotFoundError, UserError
from sakura_desktop.printing.notebook_markup import NotebookDoc, image_references, parse

MAX_NAME = 200  # NotebookImage.name


@dataclass(frozen=True)
class NotebookInfo:
    id: int
    title: str
    lecturer_id: int | None
    source: str


@dataclass(frozen=True)
class StoredNotebook:
    info: NotebookInfo
    doc: NotebookDoc
    images: Mapping[str, bytes] = field(default_factory=dict)  # FILE as written -> bytes

    @property
    def lecturer_id(self) -> int | None:
        return self.info.lecturer_id


def list_notebooks(factory: SessionFactory, program_id: int) -> list[NotebookInfo]:
    with factory() as session:
        rows = session.scalars(
            select(Notebook).where(Notebook.program_id == program_id).order_by(Notebook.title)
        )
        return [NotebookInfo(n.id, n.title, n.lecturer_id, n.source) for n in rows]


def find_notebook(factory: SessionFactory, program_id: int, wanted: str | None) -> NotebookInfo:
    """The notebook named by title or id; with no name, the program's only notebook."""
    books = list_notebooks(factory, program_id)
    if wanted is None:
        if len(books) == 1:
            return books[0]
        if not books:
            raise NotFoundError(
                translate(
                    "PrintDocuments",
                    "This program has no experiment notebook yet; import one first.",
                )
            )
        titles = "; ".join(b.title for b in books)
        raise UserError(
            translate(
                "PrintDocuments",
                "The program has several notebooks ({titles}); choose one by title.",
            ).format(titles=titles)
        )
    for book in books:
        if wanted.casefold() in (book.title.casefold(), str(book.id)):
            return book
    raise NotFoundError(
        translate("PrintDocuments", "No notebook {name} in this program.").format(name=repr(wanted))
    )


def notebook_images(factory: SessionFactory, notebook_id: int) -> dict[str, bytes]:
    """The images stored with a notebook, by the name its markup uses."""
    with factory() as session:
        rows = session.execute(
            select(NotebookImage.name, NotebookImage.data).where(
                NotebookImage.notebook_id == notebook_id
            )
        )
        return {name: bytes(data) for name, data in rows}


def load_notebook(factory: SessionFactory, program_id: int, wanted: str | None) -> StoredNotebook:
    info = find_notebook(factory, program_id, wanted)
    return StoredNotebook(info, parse(info.source), notebook_images(factory, info.id))


def _relative_target(folder: Path, name: str) -> Path | None:
    """Where an exported image goes: beside the text file, or None for a name that is absolute
    or climbs out of the folder (that file is left where the markup says it is)."""
    for flavour in (PurePosixPath(name), PureWindowsPath(name)):
        if flavour.is_absolute() or flavour.anchor or ".." in flavour.parts:
            return None
    return folder / Path(*PureWindowsPath(name).parts)


def write_images(folder: Path, images: Mapping[str, bytes]) -> int:
    """Write stored images under their (relative) names in `folder`; how many were written."""
    written = 0
    for name, data in sorted(images.items()):
        target = _relative_target(folder, name)
        if target is None:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written += 1
    return written


def export_notebook(factory: SessionFactory, program_id: int, wanted: str | None, path: Path
                    ) -> NotebookInfo:  # fmt: skip
    """Write the notebook's text to `path` and its images beside it, under their names."""
    info = find_notebook(factory, program_id, wanted)
    images = notebook_images(factory, info.id)
    try:
        path.write_text(info.source, encoding="utf-8")
        write_images(path.parent, images)
    except OSError as exc:
        raise UserError(
            translate("PrintDocuments", "Cannot write {path}: {reason}.").format(
                path=exc.filename or path, reason=exc.strerror or exc
            )
        ) from exc
    return info


def read_images(source: str, folder: Path) -> dict[str, bytes]:
    """Every image the markup names, read from `folder` (or absolute); a UserError names the
    line and the file of the first one missing or not a PNG or JPEG image."""
    images: dict[str, bytes] = {}
    for line, name in image_references(source):
        if name in images:
            continue
        if len(name) > MAX_NAME:
            raise UserError(
                translate(
                    "PrintDocuments",
                    "Line {line}: the image name is longer than {limit} characters.",
                ).format(line=line, limit=MAX_NAME)
            )
        file = Path(name).expanduser()
        if not file.is_absolute():
            file = folder / file
        try:
            data = file.read_bytes()
        except OSError as exc:
            if isinstance(exc, FileNotFoundError):
                reason: object = translate("PrintDocuments", "not found")
            else:
                reason = exc.strerror or exc
            raise UserError(
                translate(
                    "PrintDocuments",
                    "Line {line}: cannot read the image {name} ({file}): {reason}.",
                ).format(line=line, name=repr(name), file=file, reason=reason)
            ) from exc
        if not _is_image(data):
            raise UserError(
                translate(
                    "PrintDocuments",
                    "Line {line}: the image {name} ({file}) is not a PNG or JPEG image.",
                ).format(line=line, name=repr(name), file=file)
            )
        images[name] = data
    return images


def _is_image(data: bytes) -> bool:
    try:
        with Image.open(io.BytesIO(data)) as image:
            kind = image.format
            image.verify()
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return False
    return kind in ("PNG", "JPEG")


def import_notebook(
    factory: SessionFactory, program_id: int, path: Path, title: str | None = None
) -> NotebookInfo:
    """Create or replace a notebook from a text file; the file's '# Title' names it. The images
    it names are read first (nothing is written if one is missing) and replace the stored ones."""
    try:
        source = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(
            translate("PrintDocuments", "Cannot read {path} as UTF-8 text: {reason}.").format(
                path=path, reason=exc
            )
        ) from exc
    doc = parse(source)
    images = read_images(source, path.parent)
    return save_notebook(factory, program_id, title or doc.title, source, images)


def save_notebook(
    factory: SessionFactory,
    program_id: int,
    title: str,
    source: str,
    images: Mapping[str, bytes] | None = None,
) -> NotebookInfo:
    """Create or update a notebook's text; with `images`, they replace the stored ones (else
    the stored images are kept)."""
    parse(source)  # refuse what would not print
    with factory.begin() as session:
        row = session.scalar(
            select(Notebook).where(Notebook.program_id == program_id, Notebook.title == title)
        )
        if row is None:
            row = Notebook(program_id=program_id, title=title, source=source)
            session.add(row)
        else:
            row.source = source
        session.flush()
        if images is not None:
            session.execute(delete(NotebookImage).where(NotebookImage.notebook_id == row.id))
            session.add_all(
                NotebookImage(notebook_id=row.id, name=name, data=data)
                for name, data in images.items()
            )
            session.flush()
        return NotebookInfo(row.id, row.title, row.lecturer_id, row.source)
