"""Door signs as a reader at the door sees them: the title in balanced lines, the kind said once."""

from __future__ import annotations

import subprocess
from pathlib import Path

from sakura_desktop.printing.doorsigns import DoorSign, render_doorsigns

WHEN = "Tuesday 14 July, 09:15–10:00"


def _sign(kind: str, title: str) -> DoorSign:
    where = "Plant Genomics Laboratory, Tsukuba Research Park"
    return DoorSign(kind, title, WHEN, where, "For Team 2, Team 6", "Prof. Takeshi Ogawa",
                    "Sakura Science Exchange Week")  # fmt: skip


def _title_lines(pdf: Path, page: int, kind: str) -> list[str]:
    """The lines pdftotext -layout reads between the kind band and the time of the session."""
    out = subprocess.run(
        ["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    lines = [line.strip() for line in out.splitlines() if line.strip()]
    start = lines.index(kind.upper()) + 1
    end = next(n for n, line in enumerate(lines) if WHEN in line)
    return lines[start:end]


def test_titles_break_into_balanced_lines_and_never_repeat_the_kind(tmp_path: Path) -> None:
    signs = [
        _sign("Lab tour", "Lab tour: Plant Genomics Laboratory"),
        _sign("Lecture", "Orientation: the week, safety and house rules"),
        _sign("Transfer", "Bus: Hotel Sakura Tsukuba (city centre) → TIST Main Campus"),
        _sign("Workshop", "Hands-on introduction to single-molecule fluorescence microscopy"),
        _sign("Ceremony", "Welcome ceremony"),
    ]
    pdf = tmp_path / "signs.pdf"
    render_doorsigns(signs, pdf)

    lab = _title_lines(pdf, 1, "Lab tour")
    assert " ".join(lab) == "Plant Genomics Laboratory"  # the band already says "Lab tour"
    for page, sign in enumerate(signs, start=1):
        lines = _title_lines(pdf, page, sign.kind)
        assert lines, sign.title
        words = " ".join(lines).split()
        if len(words) >= 4:
            # no word left alone on a line, and no line less than half as long as the longest
            assert all(len(line.split()) >= 2 for line in lines), lines
            longest = max(len(line) for line in lines)
            assert min(len(line) for line in lines) >= 0.5 * longest, lines
    assert _title_lines(pdf, 5, "Ceremony") == ["Welcome ceremony"]


def test_a_title_that_is_only_the_kind_is_kept(tmp_path: Path) -> None:
    pdf = tmp_path / "sign.pdf"
    render_doorsigns([_sign("Lab tour", "Lab tour")], pdf)
    assert _title_lines(pdf, 1, "Lab tour") == ["Lab tour"]
