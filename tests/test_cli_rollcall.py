"""`rollcall` on the demo week: start, scan people in, refuse to close without a reason, close."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from sakura_desktop import cli
from sakura_desktop.cli import rollcall as rollcall_cli
from sakura_desktop.core.demo import create_demo_database


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_roll_call_from_start_to_close(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert rollcall_cli in cli.FEATURE_MODULES
    db = tmp_path / "demo.db"
    create_demo_database(db)
    code, out, err = run(capsys, "rollcall", "--db", str(db), "--station", "Door 1")
    assert (code, err) == (0, "")
    first, second, third = out.splitlines()[:3]
    assert first.startswith("Started Roll call ")
    name = first.split("Started ")[1].split(".")[0]
    assert "at Door 1" in second
    # Everyone but the demo's one withdrawn student (a drill outside the week's dates).
    assert third == "Expected: 97  Accounted for: 0  Unaccounted for: 97"
    people = out.splitlines()[3:]
    minors = [line for line in people if line.startswith("  MINOR ")]
    assert 30 < len(minors) < 80 and people[: len(minors)] == minors  # minors come first
    assert all("; call " in line and "+81 90-" in line for line in minors)

    code, out, _ = run(capsys, "tokens", "--db", str(db))
    tokens = [row["token"] for row in csv.DictReader(io.StringIO(out))]
    code, out, _ = run(capsys, "checkin", "--db", str(db), "--checkpoint", name, *tokens[:10])
    assert code == 0 and out.count("ACCEPTED") == 10

    code, out, _ = run(capsys, "rollcall", "--db", str(db))
    assert out.startswith(f"{name} is already open")
    assert "Accounted for: 10  Unaccounted for: 87" in out

    code, _, err = run(capsys, "rollcall", "--db", str(db), "--close")
    assert code == 1 and "87 people are still unaccounted for" in err
    code, out, _ = run(
        capsys, "rollcall", "--db", str(db), "--close", "--reason", "Drill: the others are at lunch"
    )
    assert code == 0
    assert out.startswith(f"CLOSED  {name} at ")
    assert out.rstrip().endswith("Reason kept: Drill: the others are at lunch")
    code, _, err = run(capsys, "rollcall", "--db", str(db), "--close", "--reason", "x")
    assert code == 1 and "No roll call is open" in err
