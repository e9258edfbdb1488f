"""`sakura-desktop report KIND --out FILE`: exit codes, messages and the files written."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from printing_support import page_count, pdf_text
from reports_world import build_report_world

from sakura_desktop import cli
from sakura_desktop.cli import reports as reports_cli


@pytest.fixture(scope="module")
def week(tmp_path_factory: pytest.TempPathFactory) -> Path:
    world = build_report_world(tmp_path_factory.mktemp("cli-reports"))
    world.db.dispose()
    return world.path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_report_command_is_registered() -> None:
    assert reports_cli in cli.FEATURE_MODULES


@pytest.mark.parametrize("kind", reports_cli.KINDS)
def test_every_kind_writes_xlsx(
    capsys: pytest.CaptureFixture[str], week: Path, tmp_path: Path, kind: str
) -> None:
    out = tmp_path / f"{kind}.xlsx"
    code, stdout, err = run(capsys, "report", kind, "--db", str(week), "--out", str(out))
    assert (code, err) == (0, "")
    assert stdout.startswith(f"Wrote {out} (")
    assert load_workbook(out).sheetnames


@pytest.mark.parametrize("kind", reports_cli.KINDS)
def test_every_kind_writes_pdf(
    capsys: pytest.CaptureFixture[str], week: Path, tmp_path: Path, kind: str
) -> None:
    out = tmp_path / f"{kind}.pdf"
    code, stdout, err = run(capsys, "report", kind, "--db", str(week), "--out", str(out))
    assert (code, err) == (0, "")
    pages = page_count(out)
    assert f"{pages} page" in stdout


def test_catering_for_one_day(capsys: pytest.CaptureFixture[str], week: Path, tmp_path: Path):
    out = tmp_path / "tuesday.pdf"
    code, _, err = run(capsys, "report", "catering", "--day", "2026-07-14", "--db", str(week),
                       "--out", str(out))  # fmt: skip
    assert (code, err) == (0, "")
    assert page_count(out) == 1 and "Breakfast" in pdf_text(out)


def test_summary_as_csv_names_every_file(
    capsys: pytest.CaptureFixture[str], week: Path, tmp_path: Path
) -> None:
    out = tmp_path / "summary.csv"
    code, stdout, _ = run(capsys, "report", "summary", "--db", str(week), "--out", str(out))
    assert code == 0
    assert (tmp_path / "summary-by_country.csv").exists()
    assert str(tmp_path / "summary-participants.csv") in stdout


def test_bad_requests_say_what_to_do(
    capsys: pytest.CaptureFixture[str], week: Path, tmp_path: Path
) -> None:
    code, _, err = run(capsys, "report", "rooming", "--db", str(week), "--out",
                       str(tmp_path / "rooms.docx"))  # fmt: skip
    assert code == 1 and "name the file .xlsx, .csv or .pdf" in err
    code, _, err = run(capsys, "report", "rooming", "--db", str(week), "--out",
                       str(tmp_path / "no" / "rooms.xlsx"))  # fmt: skip
    assert code == 1 and "does not exist" in err
    code, _, err = run(capsys, "report", "catering", "--day", "2026-07-16", "--db", str(week),
                       "--out", str(tmp_path / "thu.pdf"))  # fmt: skip
    assert code == 1 and "No meal is scheduled on Thu 16 Jul 2026" in err
    assert not (tmp_path / "thu.pdf").exists()
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["report", "catering", "--day", "14/07", "--db", str(week), "--out", "x.pdf"])
    assert exit_info.value.code == 2
    assert "is not a date; write it as 2026-07-14" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.main(["report", "payroll", "--db", str(week), "--out", "x.pdf"])


def test_report_runs_as_a_process(week: Path, tmp_path: Path) -> None:
    out = tmp_path / "summary.xlsx"
    result = subprocess.run(
        [sys.executable, "-m", "sakura_desktop", "report", "summary", "--db", str(week),
         "--out", str(out)],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Post-visit summary: 12 table(s)" in result.stdout


def test_an_empty_program_gives_empty_tables_not_errors(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    for kind in ("summary", "attendance", "rooming", "manifests"):
        for suffix in (".xlsx", ".pdf"):
            out = tmp_path / f"{kind}{suffix}"
            code, _, err = run(capsys, "report", kind, "--db", str(db), "--out", str(out))
            if kind == "manifests" and suffix == ".pdf":
                assert code == 1 and "The schedule has no transfer; nothing was written." in err
                assert not out.exists()
            else:
                assert (code, err) == (0, ""), (kind, suffix)
