"""Badge fronts name the sending institution and the country, never the same word twice.

Read back from the printed PDF of the demo week: a Chinese student's badge says "Hangzhou Xinghai
Senior High School" and "China" (not "China (Hangzhou) / China"); a delegation named after its
institution or its country prints that name once.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from badge_paper_support import Demo, open_demo, print_badges
from sqlalchemy import select, update

from sakura_desktop.db.models import Delegation, Participant
from sakura_desktop.printing import badge_layouts


@pytest.fixture
def demo(tmp_path: Path) -> Demo:
    """A demo week of its own (the test renames a delegation)."""
    return open_demo(tmp_path)


@pytest.fixture(scope="module")
def shared_demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    return open_demo(tmp_path_factory.mktemp("institution"))


def _front_text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout  # fmt: skip
    return " ".join(out.split())


def _one_chinese_student(demo: Demo) -> tuple[int, int]:
    with demo.factory() as session:
        row = session.execute(
            select(Participant.id, Delegation.id)
            .join(Delegation, Delegation.id == Participant.delegation_id)
            .where(Delegation.country_name == "China", Participant.role == "student")
        ).first()
        assert row is not None
        return row[0], row[1]


@pytest.mark.parametrize("name", sorted(badge_layouts.LAYOUTS))
def test_front_shows_institution_and_country_once_each(
    name: str, shared_demo: Demo, tmp_path: Path
) -> None:
    student, _ = _one_chinese_student(shared_demo)
    pdf = print_badges(shared_demo, tmp_path / "f.pdf", name, (student,), back=False)
    text = _front_text(pdf)
    assert "Hangzhou Xinghai Senior High School" in text
    assert text.count("China") == 1, text
    assert "Hangzhou" in text and text.count("Hangzhou") == 1, text


@pytest.mark.parametrize(
    ("delegation_name", "institution"),
    [("China", ""), ("Hangzhou Xinghai Senior High School", "Hangzhou Xinghai Senior High School"),
     ("Beijing No. 4 High School China", "")],
)  # fmt: skip
def test_a_name_that_holds_the_country_prints_it_once(
    delegation_name: str, institution: str, demo: Demo, tmp_path: Path
) -> None:
    student, delegation = _one_chinese_student(demo)
    with demo.factory.begin() as session:
        session.execute(update(Delegation).where(Delegation.id == delegation)
                        .values(name=delegation_name, institution=institution))  # fmt: skip
    text = _front_text(print_badges(demo, tmp_path / "f.pdf", "a4-8up", (student,), back=False))
    assert delegation_name in text
    assert text.count("China") == 1, text


def test_host_staff_and_lecturers_name_the_host_institution(
    shared_demo: Demo, tmp_path: Path
) -> None:
    """A lecturer belongs to no delegation: the badge names the program's host, not only Japan."""
    with shared_demo.factory() as session:
        lecturer = session.scalar(
            select(Participant.id).where(
                Participant.delegation_id.is_(None), Participant.role == "lecturer"
            )
        )
    assert lecturer is not None
    pdf = print_badges(shared_demo, tmp_path / "l.pdf", "a4-8up", (lecturer,), back=False)
    text = _front_text(pdf)
    assert "Tsukuba Institute of Science and Technology" in text, text
    assert text.count("Japan") == 1, text
