"""Badge backs read back from the printed PDF: legible sizes, the labs by name, the leader's phone.

The demo week's Tuesday holds four lab tours per team; a back names each lab (not "Lab tour"
four times), prints no text below 6.5 pt (it says less instead: "…and 2 more"), and gives a
student the delegation leader's phone number.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from badge_paper_support import Demo, font_sizes, open_demo, page_count, print_badges
from sqlalchemy import select

from sakura_desktop.db.enums import SessionKind
from sakura_desktop.db.models import Delegation, Participant, ScheduleSession
from sakura_desktop.printing import badge_layouts, badges

MIN_POINTS = 6.5


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    return open_demo(tmp_path_factory.mktemp("backs"))


def _chinese_students_and_leader_phone(demo: Demo) -> tuple[tuple[int, ...], str]:
    with demo.factory() as session:
        china = session.scalar(select(Delegation.id).where(Delegation.country_name == "China"))
        students = session.scalars(
            select(Participant.id).where(Participant.delegation_id == china,
                                         Participant.role == "student")
        )  # fmt: skip
        phone = session.scalar(
            select(Participant.phone).where(Participant.delegation_id == china,
                                            Participant.is_leader)
        )  # fmt: skip
        return tuple(students), str(phone)


def _lab_names(demo: Demo) -> set[str]:
    with demo.factory() as session:
        titles = session.scalars(
            select(ScheduleSession.title).where(ScheduleSession.kind == SessionKind.LAB_TOUR.value)
        )
        return {title.partition(": ")[2] for title in titles}


def _text(pdf: Path, page: int) -> str:
    import subprocess

    return subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout  # fmt: skip


@pytest.mark.parametrize("name", sorted(badge_layouts.LAYOUTS))
def test_backs_name_the_labs_and_the_leaders_phone_at_legible_sizes(
    name: str, demo: Demo, tmp_path: Path
) -> None:
    students, phone = _chinese_students_and_leader_phone(demo)
    assert phone
    layout = badge_layouts.LAYOUTS[name]
    chosen = students[: max(layout.per_page, 2)]
    pdf = print_badges(demo, tmp_path / "b.pdf", name, chosen, back=True)
    labs = _lab_names(demo)
    for page in range(2, page_count(pdf) + 1, 2):
        text = " ".join(_text(pdf, page).split())
        backs = min(layout.per_page, len(chosen))
        assert text.count(phone) == backs, (name, page)
        assert any(lab in text for lab in labs), (name, page)
        # the kind is said at most once a day, never once per lab
        assert text.count("Lab tour") <= backs, (name, page)
        if layout.badge[1] >= 100 * badges.MM:  # A6-sized backs have room for every lab
            assert all(text.count(lab) == backs for lab in labs), (name, page, text)
        if name == "id1":  # a card says less rather than print smaller
            assert "…and" in text and "more" in text, text
        sizes = font_sizes(pdf, page)
        assert sizes
        small = [(t, round(s, 2)) for t, s in sizes if s < MIN_POINTS - 0.01]
        assert not small, (name, page, small[:5])
