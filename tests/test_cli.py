"""The `sakura-desktop` command: output, exit codes and one-line errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sakura_desktop import __version__
from sakura_desktop.cli import build_parser, main
from sakura_desktop.db.lifecycle import head_revision


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version_and_module_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "sakura_desktop", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"sakura-desktop {__version__}"


def test_every_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert {"demo", "info"} <= set(commands)
    invocations: list[list[str]] = [[]]
    for name, sub in commands.items():
        nested = sub._subparsers  # `sync export`, `sync import` ...: each its own help
        if nested is None:
            invocations.append([name])
        else:
            invocations += [[name, child] for child in nested._group_actions[0].choices]
    assert ["sync", "import"] in invocations
    for argv in invocations:
        with pytest.raises(SystemExit) as exit_info:
            main([*argv, "--help"])
        assert exit_info.value.code == 0
        out = capsys.readouterr().out
        assert "--db" in out, argv
        # station-init makes a database from a package: there is no program to choose yet.
        assert "--program" in out or argv == ["station-init"], argv


def test_demo_then_info(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    code, out, err = run(capsys, "demo", "--db", str(db))
    assert (code, err) == (0, "")
    assert "Created the demo program SSP-2026-07" in out
    assert db.exists()

    code, out, err = run(capsys, "info", "--db", str(db))
    assert (code, err) == (0, "")
    assert f"Schema revision: {head_revision()} (up to date)" in out
    assert "Programs: 1" in out
    assert "SSP-2026-07" in out
    assert "delegations 8" in out
    assert "student 8" in out or "student " in out


def test_database_options_work_before_or_after_the_command(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "x.db"
    assert run(capsys, "--db", str(db), "demo")[0] == 0
    code, out, _ = run(capsys, "--db", str(db), "--program", "SSP-2026-07", "info")
    assert code == 0 and "SSP-2026-07" in out
    code, out, _ = run(capsys, "info", "--db", str(db))
    assert code == 0 and "SSP-2026-07" in out


def test_demo_refuses_to_overwrite(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "keep.db"
    db.write_bytes(b"precious")
    code, out, err = run(capsys, "demo", "--db", str(db))
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1 and "already exists" in err
    assert db.read_bytes() == b"precious"


def test_info_on_missing_file_is_a_user_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "missing.db"
    code, _, err = run(capsys, "info", "--db", str(missing))
    assert code == 1
    assert err.startswith("sakura-desktop: No database at")
    assert err.count("\n") == 1
    assert not missing.exists()


def test_program_selection(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    run(capsys, "demo", "--db", str(db))
    code, out, _ = run(capsys, "info", "--db", str(db), "--program", "ssp-2026-07")
    assert code == 0 and "SSP-2026-07" in out
    code, _, err = run(capsys, "info", "--db", str(db), "--program", "NOPE")
    assert code == 1
    assert "No program 'NOPE'" in err and "SSP-2026-07" in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["info", "--db", str(tmp_path / "a.db"), "--db-url", "sqlite://"])
    assert exit_info.value.code == 2
    with pytest.raises(SystemExit) as exit_info:
        main(["frobnicate"])
    assert exit_info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_demo_into_a_database_url(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    code, out, _ = run(capsys, "demo", "--db-url", url)
    assert code == 0
    code, out, err = run(capsys, "info", "--db-url", url)
    assert code == 0 and "SSP-2026-07" in out
    # A second demo program with the same code is refused, not duplicated.
    code, _, err = run(capsys, "demo", "--db-url", url)
    assert code == 1 and "already holds a program SSP-2026-07" in err


def test_console_script_runs_demo_and_info(tmp_path: Path) -> None:
    """What the README promises, through the installed `sakura-desktop` command."""
    script = Path(sys.executable).with_name("sakura-desktop")
    db = tmp_path / "x.db"
    created = subprocess.run(
        [str(script), "demo", "--db", str(db)], capture_output=True, text=True, check=False
    )
    assert created.returncode == 0, created.stderr
    info = subprocess.run(
        [str(script), "info", "--db", str(db)], capture_output=True, text=True, check=False
    )
    assert info.returncode == 0, info.stderr
    assert "SSP-2026-07" in info.stdout


def test_output_cut_short_by_a_pipe_is_not_an_error(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("sakura-desktop")
    db = tmp_path / "x.db"
    subprocess.run([str(script), "demo", "--db", str(db)], check=True, capture_output=True)
    # `true` exits without reading, so every write of ours meets a closed pipe.
    result = subprocess.run(
        ["bash", "-c", f"'{script}' headcount --db '{db}' --checkpoint Arrival | true; "
         "echo ${PIPESTATUS[0]}"],
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip
    assert result.stdout.strip() == "0"
    assert result.stderr == ""
