"""`schedule import|export`, `conflicts`, `rotate`, `ics` from the command line."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from sakura_desktop.cli import FEATURE_MODULES, build_parser, main
from sakura_desktop.cli import schedule as schedule_cli


def test_schedule_commands_are_registered() -> None:
    assert schedule_cli in FEATURE_MODULES


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "demo.db"
    assert run(capsys, "demo", "--db", str(path))[0] == 0
    return path


def test_commands_have_help() -> None:
    parser = build_parser()
    choices = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert {"schedule", "conflicts", "rotate", "ics"} <= set(choices)
    assert isinstance(choices["rotate"], argparse.ArgumentParser)


def test_conflicts_clean_then_broken(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "conflicts", "--db", str(demo_db)) == (0, "No conflicts.\n", "")
    clash = tmp_path / "clash.csv"
    clash.write_text(
        "title,kind,start,end,venue,audience\n"
        "Extra lab,lab_tour,2026-07-14 09:30,2026-07-14 10:30,Plant Genomics Laboratory,Team 1\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "schedule", "import", "--db", str(demo_db), str(clash))
    assert (code, err) == (0, "")
    assert out.startswith("Imported clash.csv: 1 created, 0 updated, 0 unchanged.\n")
    code, out, _ = run(capsys, "conflicts", "--db", str(demo_db))
    assert code == 1
    lines = out.splitlines()
    assert lines and all(line.split(":")[0].isupper() for line in lines)
    assert any(
        line.startswith("TEAM_DOUBLE_BOOKED: Team 1 is in two places at once") for line in lines
    )
    assert any(line.startswith("VENUE_DOUBLE_BOOKED: Plant Genomics Laboratory") for line in lines)


def test_export_and_reimport(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("week.csv", "week.xlsx"):
        out_file = tmp_path / name
        assert run(capsys, "schedule", "export", "--db", str(demo_db), "--out", str(out_file)) == (
            0, f"Wrote 58 sessions to {out_file}.\n", "")  # fmt: skip
        code, out, _ = run(capsys, "schedule", "import", "--db", str(demo_db), str(out_file))
        assert code == 0
        assert out == f"Imported {name}: 0 created, 0 updated, 58 unchanged.\nNo conflicts.\n"


def test_import_error_is_one_message_and_exit_1(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("title,kind,start,end\nX,meal,soon,later\n", encoding="utf-8")
    code, out, err = run(capsys, "schedule", "import", "--db", str(demo_db), str(bad))
    assert (code, out) == (1, "")
    assert "row 2, column start (C)" in err and "nothing was changed" in err


def test_rotate_dry_run_then_write(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["rotate", "--db", str(demo_db), "--teams", "Team 1,Team 2,Team 3,Team 4",
            "--stations", "Seminar Room B201,Seminar Room B202", "--capacity", "2",
            "--slots", "2026-07-17T13:30/40,2026-07-17T14:15/40"]  # fmt: skip
    code, out, err = run(capsys, *args, "--dry-run")
    assert (code, err) == (0, "")
    assert out.splitlines()[:3] == [
        "Slot 1: Fri 17 Jul 13:30–14:10",
        "  Seminar Room B201: Team 1, Team 3",
        "  Seminar Room B202: Team 2, Team 4",
    ]
    assert out.endswith("The plan creates no conflicts with the rest of the week.\n"
                        "Dry run: nothing was written.\n")  # fmt: skip
    slots_file = tmp_path / "slots.txt"
    slots_file.write_text("2026-07-17T13:30/40\n2026-07-17T14:15/40\n", encoding="utf-8")
    args[-2:] = ["--slots-file", str(slots_file)]
    code, out, _ = run(capsys, *args)
    assert code == 0 and out.endswith("Added 4 sessions to the schedule.\n")
    code, _, err = run(capsys, *args[:-2], "--slots", "2026-07-17T13:30/40")
    assert code == 1 and "No rotation is possible: Each team must visit 2 stations but there " \
        "is only 1 slot;" in err  # fmt: skip
    code, _, err = run(capsys, *args[:-4], "--capacity", "1", "--slots",
                       "2026-07-17T13:30/40,2026-07-17T14:15/40")  # fmt: skip
    assert code == 1 and "No rotation is possible: 4 teams × 2 stations need 8 visits" in err


def test_rotate_lists_the_conflicts_it_creates_with_the_week(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Tuesday morning: Teams 1 and 2 are already on their lab tours elsewhere.
    args = ["rotate", "--db", str(demo_db), "--teams", "Team 1,Team 2",
            "--stations", "Seminar Room B201,Seminar Room B202",
            "--slots", "2026-07-14T09:30/40,2026-07-14T10:15/40"]  # fmt: skip
    code, dry, err = run(capsys, *args, "--dry-run")
    assert (code, err) == (0, "")
    lines = dry.splitlines()
    listed = [line for line in lines if line.split(":")[0].isupper()]
    assert len(listed) == 8
    assert any(line.startswith("TEAM_DOUBLE_BOOKED: Team 1 is in two places at once")
               for line in listed)  # fmt: skip
    assert any(line.startswith("TRAVEL_TIME: Team 2: only 0 min") for line in listed)
    assert lines[-2:] == ["The plan creates 8 conflicts with the rest of the week.",
                          "Dry run: nothing was written."]  # fmt: skip
    assert run(capsys, "conflicts", "--db", str(demo_db))[:2] == (0, "No conflicts.\n")
    code, out, err = run(capsys, *args)
    assert (code, err) == (0, "")  # written despite the conflicts, and it says so
    assert out.splitlines()[-1] == (
        "Added 4 sessions to the schedule, with the 8 conflicts above: fix them in the week "
        "view (or see `sakura-desktop conflicts`)."
    )
    code, out, _ = run(capsys, "conflicts", "--db", str(demo_db))
    assert code == 1 and sorted(out.splitlines()) == sorted(listed)


def test_conflicts_cut_short_by_a_pipe_still_exit_1(demo_db: Path, tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("sakura-desktop")
    pipe = "bash", "-c", f"'{script}' conflicts --db '{demo_db}' | true; echo ${{PIPESTATUS[0]}}"
    clean = subprocess.run(pipe, capture_output=True, text=True, check=False)
    assert clean.stdout.strip() == "0", clean.stderr
    clash = tmp_path / "clash.csv"
    clash.write_text(
        "title,kind,start,end,venue,audience\n"
        "Extra lab,lab_tour,2026-07-14 09:30,2026-07-14 10:30,Plant Genomics Laboratory,Team 1\n",
        encoding="utf-8",
    )
    subprocess.run([str(script), "schedule", "import", "--db", str(demo_db), str(clash)],
                   check=True, capture_output=True)  # fmt: skip
    # `true` exits without reading, so the output meets a closed pipe: the status must stay 1.
    broken = subprocess.run(pipe, capture_output=True, text=True, check=False)
    assert broken.stdout.strip() == "1", broken.stderr
    assert "Traceback" not in broken.stderr


def test_ics_filters(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "t.ics"
    code, out, _ = run(
        capsys, "ics", "--db", str(demo_db), "--out", str(out_file), "--team", "Team 2"
    )
    assert (
        code == 0
        and out.startswith("Wrote ")
        and out_file.read_bytes().startswith(b"BEGIN:VCALENDAR")
    )
    code, out, _ = run(capsys, "ics", "--db", str(demo_db), "--out", str(out_file),
                       "--participant", "LECT-01")  # fmt: skip
    assert code == 0
    code, _, err = run(
        capsys, "ics", "--db", str(demo_db), "--out", str(out_file), "--team", "Nope"
    )
    assert code == 1 and "No team 'Nope'" in err
