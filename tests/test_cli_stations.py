"""`station-package` and `station-init`: real processes for the door's round trip, `cli.main`
for the refusals (exit 1 with one sentence, 2 for wrong usage)."""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from sakura_desktop import cli
from sakura_desktop.cli import stations as stations_cli
from sakura_desktop.core.demo import create_demo_database

PASSPHRASE = "plum blossom 2026"


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "coordinator.db"
    create_demo_database(path)
    return path


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def sakura(*argv: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sakura_desktop", *argv],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def package_argv(db: Path, out: Path, passphrase: Path | str) -> list[str]:
    return [
        "station-package",
        "--db",
        str(db),
        "--out",
        str(out),
        "--passphrase-file",
        str(passphrase),
    ]


def init_argv(package: Path, db: Path, passphrase: Path | str) -> list[str]:
    argv = ["station-init", "--package", str(package), "--db", str(db)]
    return [*argv, "--passphrase-file", str(passphrase), "--station", "Door 2"]


def test_station_commands_are_registered() -> None:
    assert stations_cli in cli.FEATURE_MODULES


@pytest.mark.slow  # four real processes: the way a coordinator and a door run it
def test_a_door_is_set_up_and_scans_with_the_command_it_is_given(
    demo_db: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    tokens = sakura("tokens", "--db", str(demo_db))
    assert tokens.returncode == 0, tokens.stderr
    first_token = tokens.stdout.splitlines()[1].split(",")[-1]
    package = tmp_path / "door.sakura-station"

    exported = sakura(*package_argv(demo_db, package, passphrase_file))
    assert exported.returncode == 0, exported.stderr
    assert "Wrote the station package of SSP-2026-07" in exported.stdout
    assert "98 participants" in exported.stdout and str(package) in exported.stdout
    assert package.stat().st_mode & 0o777 == 0o600

    door = tmp_path / "door 2.db"
    init = sakura(*init_argv(package, door, "-"), stdin=PASSPHRASE + "\n")
    assert init.returncode == 0, init.stderr
    assert "Set up station 'Door 2' for SSP-2026-07" in init.stdout
    next_line = init.stdout.splitlines()[-1].strip()
    assert next_line.startswith("sakura-desktop checkin --db ")
    assert door.stat().st_mode & 0o777 == 0o600

    command = shlex.split(next_line)[1:]  # as a user would paste it
    scanned = sakura(*command, first_token)
    assert scanned.returncode == 0, scanned.stderr
    assert scanned.stdout.startswith("ACCEPTED")


def test_a_wrong_passphrase_exits_1_and_leaves_no_database(
    capsys: pytest.CaptureFixture[str], demo_db: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    package = tmp_path / "door.sakura-station"
    assert run(capsys, *package_argv(demo_db, package, passphrase_file))[0] == 0
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("cherry blossom 2026\n", encoding="utf-8")
    door = tmp_path / "door.db"
    code, out, err = run(capsys, *init_argv(package, door, wrong))
    assert (code, out) == (1, "")
    assert "The passphrase does not open this station package" in err
    assert len(err.strip().splitlines()) == 1 and not door.exists()


def test_a_short_passphrase_is_refused_when_exporting(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path
) -> None:
    short = tmp_path / "short.txt"
    short.write_text("sakura\n", encoding="utf-8")
    out_file = tmp_path / "door.sakura-station"
    code, _, err = run(capsys, *package_argv(demo_db, out_file, short))
    assert code == 1 and "at least 8" in err and not out_file.exists()


@pytest.mark.parametrize("content", [None, "", "\n\n"], ids=["missing", "empty", "blank"])
def test_a_missing_or_empty_passphrase_file_is_refused(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path, content: str | None
) -> None:
    source = tmp_path / "passphrase.txt"
    if content is not None:
        source.write_text(content, encoding="utf-8")
    code, _, err = run(capsys, *package_argv(demo_db, tmp_path / "p", source))
    words = "There is no passphrase file" if content is None else "is empty"
    assert code == 1 and words in err


def test_an_existing_database_is_never_overwritten(
    capsys: pytest.CaptureFixture[str], demo_db: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    package = tmp_path / "door.sakura-station"
    assert run(capsys, *package_argv(demo_db, package, passphrase_file))[0] == 0
    before = demo_db.read_bytes()
    code, _, err = run(capsys, *init_argv(package, demo_db, passphrase_file))
    assert code == 1 and "already exists and holds data" in err
    assert demo_db.read_bytes() == before


def test_station_init_needs_a_target_and_a_station_name_for_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    passphrase = tmp_path / "pass.txt"
    passphrase.write_text("correct horse battery\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exited:  # neither --db nor --db-url
        cli.main(["station-init", "--package", "p", "--passphrase-file", str(passphrase)])
    assert exited.value.code == 2
    code = cli.main(
        ["station-init", "--package", "p", "--db", str(tmp_path / "d.db"),
         "--passphrase-file", str(passphrase)]
    )  # fmt: skip
    assert code == 1 and "--station" in capsys.readouterr().err
    assert not (tmp_path / "d.db").exists()


def test_the_first_line_is_the_passphrase(tmp_path: Path) -> None:
    source = tmp_path / "passphrase.txt"
    source.write_bytes("\ufeffsakura  sakura \r\nsecond line\n".encode())
    assert stations_cli.read_passphrase(str(source)) == "sakura  sakura "
