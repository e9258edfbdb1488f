"""The notebook markup: structured text → a document model, and back.

One construct per line::

    # Title                 the notebook's title (first non-blank line)
    Lecturer: Prof. X       optional, before the first section: overrides the lecturer's name
    ## Heading              starts a section; "Safety" and "Questions" sections get their own look
    - text                  a bullet
    1. text                 a numbered step (numbers as written); in "Questions", a question
                            followed by ruled answer lines
    [image: FILE | caption] an image for the step above (or a figure), PNG or JPEG; FILE is
                            absolute or relative to the text file's folder. Importing the
                            file reads every image it names and stores it with the notebook
                            (under FILE as written), so it prints on any laptop; exporting
                            writes the images back next to the text file
    | a | b | c |           a table row; the first row of a table is its header; empty cells are
                            left blank for the participant to fill in
    [graph: X / Y]          a graph-paper page with axis labels X and Y
    [lines: N]              N ruled lines for notes
    [autograph]             the page the lecturer signs
    [survey]                the post-visit questionnaire, a page of its own
    [page]                  start a new page
    anything else           paragraph text; consecutive lines join, a blank line ends it
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sakura_desktop.errors import UserError


@dataclass(frozen=True)
class Heading:
    text: str

    @property
    def kind(self) -> str:
        word = self.text.strip().casefold()
        if word.startswith("safety"):
            return "safety"
        if word.startswith("question"):
            return "questions"
        return "plain"


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Bullet:
    text: str
    safety: bool = False


@dataclass(frozen=True)
class Figure:
    path: str
    caption: str = ""


@dataclass(frozen=True)
class Step:
    number: str
    text: str
    question: bool = False
    image: Figure | None = None


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Graph:
    x_label: str
    y_label: str


@dataclass(frozen=True)
class Lines:
    count: int


@dataclass(frozen=True)
class Autograph:
    pass


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Survey:
    pass


Block = (
    Heading
    | Paragraph
    | Bullet
    | Figure
    | Step
    | Table
    | Graph
    | Lines
    | Autograph
    | PageBreak
    | Survey
)


@dataclass(frozen=True)
class NotebookDoc:
    title: str
    blocks: tuple[Block, ...]
    lecturer: str = ""  # from a "Lecturer:" line; else the notebook's lecturer in the database


class NotebookSyntaxError(UserError):
    def __init__(self, problems: list[tuple[int, str]]) -> None:
        self.problems = problems
        shown = "; ".join(f"line {line}: {message}" for line, message in problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        super().__init__(f"The notebook text has {len(problems)} problem(s): {shown}{more}.")


_STEP = re.compile(r"^(\d{1,3})[.)]\s+(.*)$")
_DIRECTIVE = re.compile(r"^\[(\w+)(?::\s*(.*))?\]$")
MAX_LINES = 200


@dataclass
class _Parser:
    title: str = ""
    lecturer: str = ""
    blocks: list[Block] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)
    paragraph: list[str] = field(default_factory=list)
    table: list[tuple[str, ...]] = field(default_factory=list)
    table_line: int = 0
    section: str = "plain"

    def flush(self) -> None:
        if self.paragraph:
            self.blocks.append(Paragraph(" ".join(self.paragraph)))
            self.paragraph = []
        if self.table:
            self._end_table()

    def _end_table(self) -> None:
        header, *rows = self.table
        widths = {len(row) for row in self.table}
        if len(widths) > 1:
            self.problems.append((self.table_line, "the rows of this table have different "
                                  "numbers of cells"))  # fmt: skip
        self.blocks.append(Table(header, tuple(rows)))
        self.table = []

    def line(self, number: int, raw: str) -> None:
        line = raw.strip()
        if line.startswith("|"):
            self._table_row(number, line)
            return
        if self.table:
            self._end_table()
        if not line:
            self.flush()
        elif line.startswith("## "):
            self._heading(line[3:].strip())
        elif line.startswith("# "):
            self._title(number, line[2:].strip())
        elif line.startswith("- "):
            self.flush()
            self.blocks.append(Bullet(line[2:].strip(), self.section == "safety"))
        elif line.startswith("["):
            self.flush()
            self._directive(number, line)
        elif (match := _STEP.match(line)) is not None:
            self.flush()
            question = self.section == "questions"
            self.blocks.append(Step(match.group(1), match.group(2).strip(), question))
        elif line.casefold().startswith("lecturer:") and not self.blocks:
            self.lecturer = line.split(":", 1)[1].strip()
        else:
            self.paragraph.append(line)

    def _title(self, number: int, title: str) -> None:
        if self.title:
            self.problems.append((number, "a second title ('# ...'); use '## ' for a section"))
        self.title = title

    def _heading(self, text: str) -> None:
        self.flush()
        heading = Heading(text)
        self.section = heading.kind
        self.blocks.append(heading)

    def _table_row(self, number: int, line: str) -> None:
        if self.paragraph:
            self.flush()
        if not self.table:
            self.table_line = number
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        self.table.append(tuple(cells))

    def _directive(self, number: int, line: str) -> None:
        match = _DIRECTIVE.match(line)
        if match is None:
            self.problems.append((number, f"cannot read {line!r}"))
            return
        name, argument = match.group(1).casefold(), (match.group(2) or "").strip()
        handler = {
            "graph": self._graph,
            "lines": self._lines,
            "autograph": lambda n, a: self.blocks.append(Autograph()),
            "page": lambda n, a: self.blocks.append(PageBreak()),
            "image": self._image,
            "survey": self._survey,
        }.get(name)
        if handler is None:
            self.problems.append((number, f"unknown [{name}]; known: graph, lines, autograph, "
                                  "page, image, survey"))  # fmt: skip
            return
        handler(number, argument)

    def _survey(self, number: int, argument: str) -> None:
        self.blocks.append(Survey())

    def _graph(self, number: int, argument: str) -> None:
        x_label, _, y_label = argument.partition("/")
        self.blocks.append(Graph(x_label.strip(), y_label.strip()))

    def _lines(self, number: int, argument: str) -> None:
        if not argument.isdigit() or not 1 <= int(argument) <= MAX_LINES:
            self.problems.append((number, f"[lines: N] needs N between 1 and {MAX_LINES}"))
            return
        self.blocks.append(Lines(int(argument)))

    def _image(self, number: int, argument: str) -> None:
        path, _, caption = argument.partition("|")
        if not path.strip():
            self.problems.append((number, "[image: FILE | caption] needs a file"))
            return
        figure = Figure(path.strip(), caption.strip())
        last = self.blocks[-1] if self.blocks else None
        if isinstance(last, Step) and last.image is None:
            self.blocks[-1] = Step(last.number, last.text, last.question, figure)
        else:
            self.blocks.append(figure)


def parse(source: str) -> NotebookDoc:
    """The document model of a notebook's text; NotebookSyntaxError lists every problem."""
    parser = _Parser()
    for number, raw in enumerate(source.replace("\r\n", "\n").split("\n"), start=1):
        parser.line(number, raw)
    parser.flush()
    if not parser.title:
        parser.problems.insert(0, (1, "the first line must be the title: '# Title'"))
    if parser.problems:
        raise NotebookSyntaxError(parser.problems)
    return NotebookDoc(parser.title, tuple(parser.blocks), parser.lecturer)


def image_references(source: str) -> list[tuple[int, str]]:
    """(line number, FILE as written) of every `[image: FILE | caption]` in the text."""
    found = []
    for number, raw in enumerate(source.replace("\r\n", "\n").split("\n"), start=1):
        match = _DIRECTIVE.match(raw.strip())
        if match is not None and match.group(1).casefold() == "image":
            name = (match.group(2) or "").partition("|")[0].strip()
            if name:
                found.append((number, name))
    return found


def _block_text(block: Block) -> list[str]:
    if isinstance(block, Heading):
        return ["", f"## {block.text}"]
    if isinstance(block, Paragraph):
        return [block.text, ""]
    if isinstance(block, Bullet):
        return [f"- {block.text}"]
    if isinstance(block, Figure):
        return [_figure_text(block)]
    if isinstance(block, Step):
        image = [_figure_text(block.image)] if block.image else []
        return [f"{block.number}. {block.text}", *image]
    if isinstance(block, Table):
        rows = (block.header, *block.rows)
        return ["", *("| " + " | ".join(row) + " |" for row in rows), ""]
    if isinstance(block, Graph):
        return [f"[graph: {block.x_label} / {block.y_label}]"]
    if isinstance(block, Lines):
        return [f"[lines: {block.count}]"]
    if isinstance(block, Autograph):
        return ["[autograph]"]
    if isinstance(block, Survey):
        return ["[survey]"]
    return ["[page]"]


def _figure_text(figure: Figure) -> str:
    caption = f" | {figure.caption}" if figure.caption else ""
    return f"[image: {figure.path}{caption}]"


def to_markup(doc: NotebookDoc) -> str:
    """Markup that parses back to `doc` (canonical form: what a form editor would save)."""
    lines = [f"# {doc.title}"]
    if doc.lecturer:
        lines.append(f"Lecturer: {doc.lecturer}")
    for block in doc.blocks:
        lines.extend(_block_text(block))
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip() + "\n"
