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
        seq = 0
        for pid in people:
            for n, checkpoint in enumerate(checkpoints):
                if n < share * len(checkpoints):
                    seq += 1
                    session.add(CheckinEvent(program_id=program, participant_id=pid,
                                checkpoint_id=checkpoint.id, station_id=station.id,
                                station_seq=seq,
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


# -- notebook images stored with the notebook --------------------------------------------------

LEAF_NOTEBOOK = """# Leaf Pigments
## Procedure
1. Grind the leaf.
[image: pics/leaf.png | The ground leaf]
[image: missing.png | A figure with no stored image]
"""


def _png(path: Path, colour: tuple[int, int, int] = (40, 140, 60)) -> bytes:
    from PIL import Image

    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (24, 16), colour).save(path, format="PNG")
    return path.read_bytes()


def _images_in(path: Path) -> int:
    from pypdf import PdfReader

    return sum(len(page.images) for page in PdfReader(path).pages)


def _stored_images(db: Database) -> dict[str, bytes]:
    from sakura_desktop.db.models import NotebookImage

    with db.session_factory() as session:
        return {i.name: i.data for i in session.scalars(select(NotebookImage))}


def test_notebook_images_are_stored_printed_and_exported(demo, tmp_path: Path) -> None:
    from sakura_desktop.core.documents.notebook_store import export_notebook, import_notebook

    db, program, _ = demo
    source = tmp_path / "src" / "leaf.txt"
    source.parent.mkdir()
    source.write_text(LEAF_NOTEBOOK.replace("[image: missing.png | A figure with no stored "
                                            "image]\n", ""), encoding="utf-8")  # fmt: skip
    png = _png(source.parent / "pics" / "leaf.png")
    import_notebook(db.session_factory, program, source)
    (source.parent / "pics" / "leaf.png").unlink()  # the notebook no longer needs the file

    out = tmp_path / "nb.pdf"
    generate(db.session_factory, request(program, DocumentKind.NOTEBOOKS, out,
             notebook="Leaf Pigments", audience=Audience(participant_ids=(1,))))  # fmt: skip
    assert _images_in(out) > 0
    assert "image not found" not in pdf_text(out)

    exported = tmp_path / "out" / "leaf.txt"
    exported.parent.mkdir()
    export_notebook(db.session_factory, program, "Leaf Pigments", exported)
    assert (exported.parent / "pics" / "leaf.png").read_bytes() == png
    # ... so the exported file imports again, and a re-import replaces the stored image.
    newer = _png(exported.parent / "pics" / "leaf.png", (200, 30, 30))
    import_notebook(db.session_factory, program, exported)
    assert _stored_images(db) == {"pics/leaf.png": newer}


def test_a_missing_notebook_image_refuses_the_import(demo, tmp_path: Path) -> None:
    from sakura_desktop.core.documents.notebook_store import import_notebook, list_notebooks

    db, program, _ = demo
    source = tmp_path / "leaf.txt"
    source.write_text(LEAF_NOTEBOOK, encoding="utf-8")
    _png(tmp_path / "pics" / "leaf.png")
    before = list_notebooks(db.session_factory, program)
    with pytest.raises(UserError, match=r"Line 5: .*'missing\.png'"):
        import_notebook(db.session_factory, program, source)
    (tmp_path / "missing.png").write_text("not a picture", encoding="utf-8")
    with pytest.raises(UserError, match=r"Line 5: .*'missing\.png'.* not a PNG or JPEG"):
        import_notebook(db.session_factory, program, source)
    assert list_notebooks(db.session_factory, program) == before
    assert _stored_images(db) == {}


def test_a_figure_without_a_stored_image_prints_its_placeholder(demo, tmp_path: Path) -> None:
    from sakura_desktop.core.documents.notebook_store import save_notebook

    db, program, _ = demo
    save_notebook(db.session_factory, program, "Leaf Pigments", LEAF_NOTEBOOK)
    out = tmp_path / "nb.pdf"
    generate(db.session_factory, request(program, DocumentKind.NOTEBOOKS, out,
             notebook="Leaf Pigments", audience=Audience(participant_ids=(1,))))  # fmt: skip
    content = pdf_text(out)
    assert "image not found: pics/leaf.png" in content
    assert "image not found: missing.png" in content


# -- characters no font covers -----------------------------------------------------------------


def _rename(db: Database, pid: int, native: str) -> str:
    with db.session_factory.begin() as session:
        person = session.get(Participant, pid)
        assert person is not None
        person.native_name = native
        return f"{person.preferred_name or person.given_name} {person.family_name}"


def test_uncovered_characters_are_reported_per_person(
    demo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, program, path = demo
    name = _rename(db, 1, "أحمد 🌸 罗博文")
    result = generate(db.session_factory, request(program, DocumentKind.BADGES,
                      tmp_path / "b.pdf", audience=Audience(participant_ids=(1, 2)),
                      mark_printed=False))  # fmt: skip
    [(who, chars)] = result.uncovered.items()
    assert who.startswith(name) and chars == "أحمد🌸"
    for kind in (DocumentKind.ITINERARIES, DocumentKind.CERTIFICATES):
        other = generate(db.session_factory, request(program, kind, tmp_path / f"{kind}.pdf",
                         threshold=0.0, audience=Audience(participant_ids=(1,))))  # fmt: skip
        assert other.uncovered == result.uncovered, kind

    capsys.readouterr()
    code = cli.main(["print", "badges", "--db", str(path), "--out", str(tmp_path / "c.pdf"),
                     "--participant", "CN-001", "CN-002", "--no-mark"])  # fmt: skip
    captured = capsys.readouterr()
    assert code == 0 and "Wrote 2 badges" in captured.out
    assert "Warning" in captured.err and name in captured.err
    assert "أ ح م د 🌸" in captured.err and "罗" not in captured.err


# -- naming people and the signature -----------------------------------------------------------


def test_print_names_participants_by_roster_id_or_database_id(
    demo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, _, path = demo
    out = tmp_path / "b.pdf"
    code = cli.main(["print", "badges", "--db", str(path), "--out", str(out), "--layout", "a6",
                     "--participant", "CN-001", "cn-002", "3", "--no-mark"])  # fmt: skip
    assert code == 0 and page_count(out) == 3
    assert "Wrote 3 badges" in capsys.readouterr().out
    code = cli.main(["print", "badges", "--db", str(path), "--out", str(tmp_path / "x.pdf"),
                     "--participant", "CN-001", "XX-999", "--no-mark"])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1 and "'XX-999'" in err and "CN-001" not in err
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("signature", ["/etc/passwd", "not-an-image.png", "missing.png"])
def test_a_signature_that_is_not_an_image_is_refused_up_front(
    demo, tmp_path: Path, capsys: pytest.CaptureFixture[str], signature: str
) -> None:
    _, _, path = demo
    file = Path(signature) if signature.startswith("/") else tmp_path / signature
    if signature == "not-an-image.png":
        file.write_text("hello", encoding="utf-8")
    out = tmp_path / "c.pdf"
    code = cli.main(["print", "certificates", "--db", str(path), "--out", str(out),
                     "--threshold", "0", "--signature", str(file)])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1, err
    expected = "does not exist" if signature == "missing.png" else "is not an image (PNG or JPEG)"
    assert expected in err and "unexpected" not in err
    assert not out.exists()
    # A real PNG signs.
    good = tmp_path / "sig.png"
    _png(good)
    assert cli.main(["print", "certificates", "--db", str(path), "--out", str(out),
                     "--threshold", "0", "--signature", str(good)]) == 0  # fmt: skip
    assert _images_in(out) > 0
