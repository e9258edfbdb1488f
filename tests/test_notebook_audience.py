"""Who gets an experiment notebook: students and teachers; lecturers and staff only when chosen."""

from __future__ import annotations

from pathlib import Path

import pytest
from printing_support import page_count
from sqlalchemy import select

from sakura_desktop import cli
from sakura_desktop.core.demo import create_demo_database
from sakura_desktop.core.documents import Audience, DocumentKind, PrintRequest, generate
from sakura_desktop.db.engine import Database
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.db.models import Participant


@pytest.fixture
def demo(tmp_path: Path) -> tuple[Database, int, Path]:
    path = tmp_path / "demo.db"
    summary = create_demo_database(path)
    db, _ = open_database(path=path)
    yield db, summary.id, path  # type: ignore[misc]
    db.dispose()


def _ids_by_role(db: Database) -> dict[str, set[int]]:
    found: dict[str, set[int]] = {}
    with db.session_factory() as session:
        for pid, role, status in session.execute(
            select(Participant.id, Participant.role, Participant.status)
        ):
            if status != "withdrawn":
                found.setdefault(role, set()).add(pid)
    return found


def _addressees(paths: tuple[Path, ...]) -> set[int]:
    """The participant ids in per-participant file names (notebook-0042-Family-Given.pdf)."""
    return {int(path.name.split("-")[1]) for path in paths}


def test_notebooks_go_to_students_and_teachers_unless_staff_are_chosen(
    demo, tmp_path: Path
) -> None:
    db, program, _ = demo
    roles = _ids_by_role(db)
    learners = roles["student"] | roles["teacher"]
    others = roles["lecturer"] | roles["staff"] | roles["interpreter"]
    assert roles["lecturer"] and roles["staff"]  # the demo has a laureate and host staff

    plain = generate(db.session_factory, PrintRequest(
        DocumentKind.NOTEBOOKS, program, tmp_path / "all", per_participant=True))  # fmt: skip
    assert _addressees(plain.paths) == learners
    assert len(plain.skipped) == len(others)
    assert any("lecturer" in line for line in plain.skipped)

    chosen = generate(db.session_factory, PrintRequest(
        DocumentKind.NOTEBOOKS, program, tmp_path / "staff", per_participant=True,
        include_staff=True))  # fmt: skip
    assert _addressees(chosen.paths) == learners | others

    # Someone picked by hand is chosen: the laureate asked for a copy.
    (laureate,) = roles["lecturer"]
    picked = generate(db.session_factory, PrintRequest(
        DocumentKind.NOTEBOOKS, program, tmp_path / "one.pdf",
        audience=Audience(participant_ids=(laureate,))))  # fmt: skip
    assert picked.documents == 1 and page_count(tmp_path / "one.pdf") == picked.pages


def test_cli_leaves_staff_out_and_includes_them_when_asked(
    demo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _, path = demo
    roles = _ids_by_role(db)
    learners = len(roles["student"] | roles["teacher"])
    everyone = sum(len(ids) for ids in roles.values())

    out = tmp_path / "n.pdf"
    assert cli.main(["print", "notebooks", "--db", str(path), "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert f"Wrote {learners} notebooks" in said
    assert "--include-staff" in said  # the left-out are named with the way to include them

    assert cli.main(["print", "notebooks", "--db", str(path), "--out", str(out),
                     "--include-staff"]) == 0  # fmt: skip
    assert f"Wrote {everyone} notebooks" in capsys.readouterr().out
