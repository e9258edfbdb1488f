"""Experiment notebooks' authored content: list, read, export and import (create or update)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from sakura_desktop.db.engine import SessionFactory
from sakura_desktop.db.models import Notebook
from sakura_desktop.errors import NotFoundError, UserError
from sakura_desktop.printing.notebook_markup import NotebookDoc, parse


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
    image_folder: Path | None = None

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
            raise NotFoundError("This program has no experiment notebook yet; import one first.")
        titles = "; ".join(b.title for b in books)
        raise UserError(f"The program has several notebooks ({titles}); choose one by title.")
    for book in books:
        if wanted.casefold() in (book.title.casefold(), str(book.id)):
            return book
    raise NotFoundError(f"No notebook {wanted!r} in this program.")


def load_notebook(factory: SessionFactory, program_id: int, wanted: str | None) -> StoredNotebook:
    info = find_notebook(factory, program_id, wanted)
    return StoredNotebook(info, parse(info.source))


def export_notebook(factory: SessionFactory, program_id: int, wanted: str | None, path: Path
                    ) -> NotebookInfo:  # fmt: skip
    info = find_notebook(factory, program_id, wanted)
    path.write_text(info.source, encoding="utf-8")
    return info


def import_notebook(
    factory: SessionFactory, program_id: int, path: Path, title: str | None = None
) -> NotebookInfo:
    """Create or replace a notebook from a text file; the file's '# Title' names it."""
    try:
        source = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"Cannot read {path} as UTF-8 text: {exc}.") from exc
    doc = parse(source)
    return save_notebook(factory, program_id, title or doc.title, source)


def save_notebook(factory: SessionFactory, program_id: int, title: str, source: str
                  ) -> NotebookInfo:  # fmt: skip
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
        return NotebookInfo(row.id, row.title, row.lecturer_id, row.source)
