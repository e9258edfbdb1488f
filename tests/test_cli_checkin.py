"""`tokens`, `checkpoints`, `checkin`, `headcount`, `undo` on the demo database."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from sakura_desktop import cli
from sakura_desktop.cli import checkin as checkin_cli
from sakura_desktop.core.demo import create_demo_database


def test_checkin_commands_are_registered() -> None:
    assert checkin_cli in cli.FEATURE_MODULES


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    create_demo_database(path)
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def tokens(capsys: pytest.CaptureFixture[str], db: Path) -> list[dict[str, str]]:
    code, out, err = run(capsys, "tokens", "--db", str(db))
    assert (code, err) == (0, "")
    return list(csv.DictReader(io.StringIO(out)))


def test_tokens_are_issued_once_and_written_to_csv(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path
) -> None:
    first = tokens(capsys, demo_db)
    assert len(first) == 98 and all(row["token"].startswith("SK1") for row in first)
    assert tokens(capsys, demo_db) == first  # nothing re-issued
    out_file = tmp_path / "tokens.csv"
    code, out, _ = run(capsys, "tokens", "--db", str(demo_db), "--out", str(out_file))
    assert code == 0 and "98 badge tokens" in out
    text = out_file.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == ",".join(checkin_cli.TOKEN_COLUMNS)


def test_checkpoints_lists_id_name_kind_and_expected(
    capsys: pytest.CaptureFixture[str], demo_db: Path
) -> None:
    code, out, _ = run(capsys, "checkpoints", "--db", str(demo_db), "--roll-call", "Dinner 19:00")
    assert code == 0
    lines = [line.split("\t") for line in out.splitlines()]
    assert all(len(line) == 5 for line in lines)
    assert lines[0][1:3] == ["Arrival", "arrival"]
    assert lines[-1][1:3] == ["Dinner 19:00", "roll_call"]
    assert all(int(line[3]) > 0 for line in lines)
    kinds = {line[2] for line in lines}
    assert "transfer" in kinds and not any(" " in kind for kind in kinds)  # the plain kind
    assert {line[4] for line in lines if line[2] == "transfer"} == {"entry+exit"}
    assert lines[0][4] == "entry"


def test_checkin_every_word_then_headcount_and_undo(
    capsys: pytest.CaptureFixture[str], demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = tokens(capsys, demo_db)
    good, other = rows[0]["token"], rows[1]["token"]
    forged = good[:-1] + ("0" if good[-1] != "0" else "1")
    base = ["checkin", "--db", str(demo_db), "--checkpoint", "arrival", "--station", "Door"]
    code, out, err = run(capsys, *base, good, good, forged, "hello")
    assert (code, err) == (0, "")
    words = [line.split()[0] for line in out.splitlines()]
    assert words == ["ACCEPTED", "ALREADY_IN", "FORGED", "UNKNOWN"]
    first_event = out.splitlines()[0].rsplit("event ", 1)[1].rstrip("]")

    monkeypatch.setattr("sys.stdin", io.StringIO(f"{other}\n\n"))
    code, out, _ = run(capsys, *base)
    assert code == 0 and out.startswith("ACCEPTED")

    code, out, _ = run(capsys, "headcount", "--db", str(demo_db), "--checkpoint", "1")
    assert code == 0
    assert "Expected: 97" in out and "Present: 2" in out and "Missing: 95" in out

    code, out, _ = run(capsys, "undo", "--db", str(demo_db), first_event)
    assert code == 0 and out.startswith("VOIDED")
    code, out, _ = run(capsys, "headcount", "--db", str(demo_db), "--checkpoint", "Arrival")
    assert "Present: 1" in out

    code, _, err = run(capsys, "undo", "--db", str(demo_db), first_event)
    assert code == 1 and "already undone" in err


def test_exit_needs_a_checkpoint_with_exit(
    capsys: pytest.CaptureFixture[str], demo_db: Path
) -> None:
    good = tokens(capsys, demo_db)[0]["token"]
    code, _, err = run(
        capsys, "checkin", "--db", str(demo_db), "--checkpoint", "arrival", "--exit", good
    )
    assert code == 1 and "entries only" in err
    code, _, err = run(capsys, "checkin", "--db", str(demo_db), "--checkpoint", "nowhere", good)
    assert code == 1 and "No checkpoint" in err


def test_empty_or_blank_token_arguments_are_skipped(
    capsys: pytest.CaptureFixture[str], demo_db: Path
) -> None:
    good = tokens(capsys, demo_db)[0]["token"]
    base = ["checkin", "--db", str(demo_db), "--checkpoint", "arrival"]
    code, out, err = run(capsys, *base, "", "  ", good)
    assert (code, err) == (0, "")
    assert [line.split()[0] for line in out.splitlines()] == ["ACCEPTED"]
    code, out, _ = run(capsys, *base, "")
    assert (code, out) == (0, "")  # nothing scanned, nothing stored, stdin not read
    code, out, _ = run(capsys, "headcount", "--db", str(demo_db), "--checkpoint", "arrival")
    assert "Present: 1" in out


def test_exit_without_entry_is_not_expected_not_already_in(
    capsys: pytest.CaptureFixture[str], demo_db: Path
) -> None:
    good = tokens(capsys, demo_db)[0]["token"]
    _, out, _ = run(capsys, "checkpoints", "--db", str(demo_db))
    bus = next(line.split("\t")[0] for line in out.splitlines() if "\ttransfer\t" in line)
    code, out, _ = run(capsys, "checkin", "--db", str(demo_db), "--checkpoint", bus, "--exit", good)
    assert code == 0
    assert out.startswith("NOT_EXPECTED") and "nothing to check out" in out


def test_reissue_revokes_the_old_badge_by_database_or_roster_id(
    capsys: pytest.CaptureFixture[str], demo_db: Path
) -> None:
    rows = tokens(capsys, demo_db)
    first, second = rows[0], rows[1]
    from sakura_desktop.db.lifecycle import open_database
    from sakura_desktop.db.models import Participant

    database, _ = open_database(path=demo_db)
    try:
        with database.session_factory() as session:
            person = session.get(Participant, int(second["participant_id"]))
            roster_id = person.external_id if person is not None else None
    finally:
        database.dispose()
    assert roster_id  # the demo roster has its own ids
    code, out, err = run(
        capsys, "tokens", "--db", str(demo_db), "--reissue", first["participant_id"], roster_id
    )
    assert (code, err) == (0, "")
    new = list(csv.DictReader(io.StringIO(out)))
    assert [row["participant_id"] for row in new] == [
        first["participant_id"],
        second["participant_id"],
    ]
    assert [row["serial"] for row in new] == ["2", "2"]
    assert new[0]["token"] != first["token"] and new[1]["token"] != second["token"]
    base = ["checkin", "--db", str(demo_db), "--checkpoint", "arrival"]
    code, out, _ = run(capsys, *base, first["token"], new[0]["token"], new[1]["token"])
    assert [line.split()[0] for line in out.splitlines()] == ["REVOKED", "ACCEPTED", "ACCEPTED"]
    # The full list now shows the new badges.
    live = {row["participant_id"]: row["token"] for row in tokens(capsys, demo_db)}
    assert live[first["participant_id"]] == new[0]["token"]


def test_reissue_of_an_unknown_participant_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], demo_db: Path
) -> None:
    code, out, err = run(capsys, "tokens", "--db", str(demo_db), "--reissue", "NOPE-999")
    assert code == 1 and out == "" and "NOPE-999" in err
