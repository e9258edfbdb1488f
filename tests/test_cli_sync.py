"""`sync export`, `sync import` and `sync folder` end to end: exit codes and printed counts."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from checkin_world import World
from sync_world import Laptop, two_doors

from sakura_desktop import cli
from sakura_desktop.cli import sync as sync_cli
from sakura_desktop.core.sync.folder import journal_name


@pytest.fixture
def doors(tmp_path: Path) -> Iterator[tuple[World, Laptop, Laptop]]:
    with two_doors(tmp_path) as doors:
        yield doors


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _scan_both(world: World, door1: Laptop, door2: Laptop) -> None:
    door1.desk().scan(door1.checkpoint_id("Welcome"), world.tokens["anong"])
    door1.desk().scan(door1.checkpoint_id("Welcome"), world.tokens["duc"])
    door2.clock.advance(minutes=5)
    door2.desk().scan(door2.checkpoint_id("Welcome"), world.tokens["anong"])


def test_sync_commands_are_registered() -> None:
    assert sync_cli in cli.FEATURE_MODULES


def test_export_then_import_prints_counts_and_a_second_import_finds_nothing_new(
    capsys: pytest.CaptureFixture[str], doors: tuple[World, Laptop, Laptop], tmp_path: Path
) -> None:
    world, door1, door2 = doors
    _scan_both(world, door1, door2)
    journal = tmp_path / "door1.sakura-journal"
    code, out, err = run(
        capsys, "sync", "export", "--db", str(door1.path), "--program", "SSP-TEST", "--out",
        str(journal),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out == f"Wrote 2 scans of SSP-TEST (Door 1) to {journal}.\n"
    assert journal.stat().st_mode & 0o777 == 0o600

    argv = ("sync", "import", "--db", str(door2.path), "--program", "SSP-TEST", str(journal))
    code, out, _ = run(capsys, *argv)
    assert code == 0
    assert out.splitlines() == [
        "door1.sakura-journal: 2 new, 0 already known, 1 duplicates",
        "Total: 2 new, 0 already known, 1 duplicates, 0 refused.",
    ]
    code, out, _ = run(capsys, *argv)
    assert code == 0
    assert out.splitlines()[-1] == "Total: 0 new, 2 already known, 0 duplicates, 0 refused."


def test_import_reports_a_refused_file_exits_1_and_still_merges_the_others(
    capsys: pytest.CaptureFixture[str], doors: tuple[World, Laptop, Laptop], tmp_path: Path
) -> None:
    world, door1, door2 = doors
    _scan_both(world, door1, door2)
    good = door1.export(tmp_path / "good.sakura-journal")
    torn = tmp_path / "torn.sakura-journal"
    torn.write_bytes(good.read_bytes()[:-40])
    not_one = tmp_path / "notes.txt"
    not_one.write_text("shopping list\n", encoding="utf-8")

    code, out, err = run(
        capsys, "sync", "import", "--db", str(door2.path), "--program", "SSP-TEST",
        str(torn), str(not_one), str(good),
    )  # fmt: skip
    lines = out.splitlines()
    assert code == 1 and err == ""
    assert lines[0].startswith("torn.sakura-journal: REFUSED: torn.sakura-journal is incomplete")
    assert lines[1].startswith("notes.txt: REFUSED: notes.txt is not a Sakura Desktop journal")
    assert lines[2] == "good.sakura-journal: 2 new, 0 already known, 1 duplicates"
    assert lines[-1] == "Total: 2 new, 0 already known, 1 duplicates, 2 refused."


def test_folder_once_writes_our_journal_and_merges_the_others(
    capsys: pytest.CaptureFixture[str], doors: tuple[World, Laptop, Laptop], tmp_path: Path
) -> None:
    world, door1, door2 = doors
    _scan_both(world, door1, door2)
    folder = tmp_path / "stick"
    folder.mkdir()
    base = ("sync", "folder", "--program", "SSP-TEST", "--once")

    code, out, _ = run(capsys, *base, "--db", str(door1.path), str(folder))
    assert code == 0
    assert out.splitlines()[-1] == _summary(folder, 1, 0, 0)
    code, out, _ = run(capsys, *base, "--db", str(door2.path), str(folder))
    assert code == 0
    assert "2 new, 0 already known, 1 duplicates" in out
    assert out.splitlines()[-1] == _summary(folder, 1, 1, 2)
    code, out, _ = run(capsys, *base, "--db", str(door1.path), str(folder))
    assert "1 new, 0 already known, 1 duplicates" in out
    assert out.splitlines()[-1] == _summary(folder, 0, 1, 1)
    assert door1.event_uuids() == door2.event_uuids()
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        journal_name("SSP-TEST", uuid) for uuid in _station_uuids(door1)
    )


def _summary(folder: Path, wrote: int, read: int, new: int) -> str:
    return f"Folder {folder}: wrote {wrote} journals, read {read}: {new} new scans, 0 refused."


def _station_uuids(laptop: Laptop) -> set[str]:
    from sqlalchemy import select

    from sakura_desktop.db.models import Station

    with laptop.db.session() as session:
        return set(session.scalars(select(Station.uuid)))


def test_folder_without_the_folder_is_a_user_error(
    capsys: pytest.CaptureFixture[str], doors: tuple[World, Laptop, Laptop], tmp_path: Path
) -> None:
    _, door1, _ = doors
    code, _, err = run(
        capsys, "sync", "folder", "--db", str(door1.path), "--program", "SSP-TEST", "--once",
        str(tmp_path / "unplugged"),
    )  # fmt: skip
    assert code == 1 and "plug the stick in" in err


def test_import_as_a_process_exits_1_on_a_refused_file(
    doors: tuple[World, Laptop, Laptop], tmp_path: Path
) -> None:
    _, _, door2 = doors
    bogus = tmp_path / "bogus.sakura-journal"
    bogus.write_text('{"format": "sakura-desktop-journal", "version": 9}\n', encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "sakura_desktop", "sync", "import", "--db", str(door2.path),
         "--program", "SSP-TEST", str(bogus)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 1
    assert "written by a newer Sakura Desktop" in done.stdout
    assert done.stdout.splitlines()[-1] == "Total: 0 new, 0 already known, 0 duplicates, 1 refused."
