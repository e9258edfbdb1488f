"""The print use cases and CLI on the demo week: audiences, printed badges, certificates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from printing_support import page_count, pdf_text, unembedded_fonts
from sqlalchemy import select

from sakura_desktop import cli
from sakura_desktop.cli import printing as printing_cli
from sakura_desktop.core.checkin.checkpoints import ensure_checkpoints
from sakura_desktop.core.demo import create_demo_database
from sakura_desktop.core.documents import Audience, DocumentKind, PrintRequest, generate
from sakura_desktop.db.engine import Database
from sakura_desktop.db.lifecycle import open_database
from sakura_desktop.db.models import BadgeToken, CheckinEvent, Participant, Station
from sakura_desktop.errors import UserError


@pytest.fixture
def demo(tmp_path: Path) -> tuple[Database, int, Path]:
    path = tmp_path / "demo.db"
    summary = create_demo_database(path)
    db, _ = open_database(path=path)
    yield db, summary.id, path  # type: ignore[misc]
    db.dispose()


def request(program: int, kind: DocumentKind, out: Path, **kw: object) -> PrintRequest:
    return PrintRequest(kind, program, out, **kw)  # type: ignore[arg-type]


def test_badges_for_a_delegation_are_recorded_as_printed(demo, tmp_path: Path) -> None:
    db, program, _ = demo
    out = tmp_path / "kr.pdf"
    result = generate(db.session_factory, request(program, DocumentKind.BADGES, out,
                      audience=Audience(delegation="KR"), back=True))  # fmt: skip
    assert result.documents == 11 and result.marked_printed == 11
    assert page_count(out) == result.pages == 4
    # The back carries the program's 24-hour number.
    assert "+81 29-000-0110" in pdf_text(out)
    assert unembedded_fonts(out) == set()
    with db.session_factory() as session:
        printed = session.scalar(select(BadgeToken).where(BadgeToken.printed_at.is_not(None)))
        assert printed is not None
    rest = generate(db.session_factory, request(program, DocumentKind.BADGES, tmp_path / "r.pdf",
                    audience=Audience(unprinted=True)))  # fmt: skip
    assert rest.documents == 97 - 11
    with pytest.raises(UserError, match="Nobody"):
        generate(db.session_factory, request(program, DocumentKind.BADGES, tmp_path / "x.pdf",
                 audience=Audience(unprinted=True)))  # fmt: skip


def test_every_kind_prints_from_the_demo(demo, tmp_path: Path) -> None:
    db, program, _ = demo
    for kind in DocumentKind:
        out = tmp_path / f"{kind.value}.pdf"
        result = generate(db.session_factory, request(program, kind, out, threshold=0.0,
                          audience=Audience(team="Team 3")))  # fmt: skip
        assert page_count(out) == result.pages > 0, kind
        assert unembedded_fonts(out) == set(), kind


def _attend(db: Database, program: int, people: list[int], share: float) -> None:
    checkpoints = [c for c in ensure_checkpoints(db.session_factory, program) if c.session_id]
    with db.session_factory.begin() as session:
        station = Station(name="test")
        session.add(station)
        session.flush()
        for pid in people:
            for n, checkpoint in enumerate(checkpoints):
                if n < share * len(checkpoints):
                    session.add(CheckinEvent(program_id=program, participant_id=pid,
                                checkpoint_id=checkpoint.id, station_id=station.id,
                                occurred_at=dt.datetime.now(dt.UTC), method="manual",
                                decision="accepted"))  # fmt: skip


def test_certificates_only_above_the_threshold(demo, tmp_path: Path) -> None:
    db, program, _ = demo
    with db.session_factory() as session:
        query = select(Participant.id).where(
            Participant.delegation_id.is_not(None), Participant.status != "withdrawn"
        )
        ids = list(session.scalars(query))
    _attend(db, program, ids[:3], 1.0)
    _attend(db, program, ids[3:5], 0.5)
    out = tmp_path / "c.pdf"
    result = generate(db.session_factory, request(program, DocumentKind.CERTIFICATES, out,
                      threshold=0.8))  # fmt: skip
    assert result.documents == 3 == page_count(out)
    assert len(result.skipped) == len(ids) - 3


def test_cli_prints_and_round_trips_a_notebook(
    demo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, _, path = demo
    assert printing_cli in cli.FEATURE_MODULES
    out = tmp_path / "b.pdf"
    code = cli.main(["print", "badges", "--db", str(path), "--out", str(out), "--layout", "a6",
                     "--participant", "1", "2", "--no-mark"])  # fmt: skip
    assert code == 0 and page_count(out) == 2
    assert "Wrote 2 badges" in capsys.readouterr().out
    text_file = tmp_path / "nb.txt"
    assert cli.main(["notebook", "export", str(text_file), "--db", str(path)]) == 0
    text_file.write_text(text_file.read_text(encoding="utf-8") + "\n## Extra\n[lines: 3]\n",
                         encoding="utf-8")  # fmt: skip
    assert cli.main(["notebook", "import", str(text_file), "--db", str(path)]) == 0
    code = cli.main(["print", "notebooks", "--db", str(path), "--out", str(tmp_path / "n.pdf"),
                     "--team", "Team 1", "--booklet"])  # fmt: skip
    assert code == 0
    assert "Colours of Life" in pdf_text(tmp_path / "n.pdf")
    bad = tmp_path / "bad.txt"
    bad.write_text("no title here\n", encoding="utf-8")
    capsys.readouterr()
    assert cli.main(["notebook", "import", str(bad), "--db", str(path)]) == 1
    assert "line 1" in capsys.readouterr().err
