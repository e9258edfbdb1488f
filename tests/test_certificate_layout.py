"""Certificates worth framing: the host's seal, the date of issue, a signer with name and title,
the participant's name large in both scripts. Read back from the printed PDF."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader

from sakura_desktop import cli
from sakura_desktop.core.demo import create_demo_database
from sakura_desktop.core.documents import Audience, DocumentKind, PrintRequest, generate
from sakura_desktop.db.engine import Database
from sakura_desktop.db.lifecycle import open_database

SIGNER = "Prof. Aiko Tanaka"
TITLE = "Director, Sakura Science Programme"


@pytest.fixture
def demo(tmp_path: Path) -> tuple[Database, int, Path]:
    path = tmp_path / "demo.db"
    summary = create_demo_database(path)
    db, _ = open_database(path=path)
    yield db, summary.id, path  # type: ignore[misc]
    db.dispose()


def _seal(path: Path) -> Path:
    """A 2400 px round red seal with a transparent background."""
    image = Image.new("RGBA", (2400, 2400), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((40, 40, 2360, 2360), outline=(179, 18, 63, 255), width=120)
    draw.ellipse((500, 500, 1900, 1900), fill=(179, 18, 63, 255))
    image.save(path, format="PNG")
    return path


def _words(pdf: Path, page: int = 1) -> list[tuple[str, float]]:
    """(word, height in pt) of every word on a page, from pdftotext -bbox."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout  # fmt: skip
    pattern = r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>'
    return [(word, float(y1) - float(y0)) for y0, y1, word in re.findall(pattern, html)]


def _images(pdf: Path) -> list[tuple[int, int]]:
    """(width, height) in pixels of the images on the first certificate."""
    found = []
    page = PdfReader(pdf).pages[0]
    for xobject in (page["/Resources"].get("/XObject") or {}).values():
        xobject = xobject.get_object()
        if xobject.get("/Subtype") == "/Image":
            found.append((int(xobject["/Width"]), int(xobject["/Height"])))
    return found


def _request(program: int, out: Path, **kw: object) -> PrintRequest:
    return PrintRequest(DocumentKind.CERTIFICATES, program, out, threshold=0.0,  # type: ignore[arg-type]
                        audience=Audience(delegation="CN"), **kw)  # fmt: skip


def test_a_certificate_carries_seal_date_and_signer_and_a_large_name(demo, tmp_path: Path) -> None:
    db, program, _ = demo
    seal = _seal(tmp_path / "seal.png")
    out = tmp_path / "cert.pdf"
    generate(db.session_factory, _request(program, out, seal_image=seal, signer=SIGNER,
             signer_title=TITLE, issued=dt.date(2026, 7, 17)))  # fmt: skip

    text = PdfReader(out).pages[0].extract_text() or ""
    assert SIGNER in text and TITLE in text
    assert "17 July 2026" in text and "Date of issue" in text
    # the signer is a person, not the institution (the host is named once, as the host)
    assert text.count("Tsukuba Institute of Science and Technology") == 1
    # the seal is printed, resampled to about 300 dpi at its size (not its 2400 px)
    (size,) = _images(out)
    assert 250 < size[0] < 700
    # the name is the largest thing on the page, in both scripts
    words = dict(_words(out))
    name_h = words["Grace"]
    assert name_h == max(words.values())
    assert name_h > 2.5 * words["certify"]
    native = [h for w, h in _words(out) if "陈" in w]
    assert native and native[0] > 1.5 * words["certify"]


def test_the_seal_and_signer_are_kept_with_the_program_for_a_reprint_elsewhere(
    demo, tmp_path: Path
) -> None:
    db, program, _ = demo
    seal = _seal(tmp_path / "seal.png")
    generate(db.session_factory, _request(program, tmp_path / "a.pdf", seal_image=seal,
             signer=SIGNER, signer_title=TITLE))  # fmt: skip
    seal.unlink()  # another laptop: the image file is not there, the database is
    again = tmp_path / "b.pdf"
    generate(db.session_factory, _request(program, again))
    text = PdfReader(again).pages[0].extract_text() or ""
    assert len(_images(again)) == 1 and SIGNER in text and TITLE in text
    # issued by default on the program's last day
    assert "17 July 2026" in text

    generate(db.session_factory, _request(program, again, no_seal=True))
    assert _images(again) == []


def test_cli_sets_seal_signer_title_and_date(
    demo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, _, path = demo
    seal = _seal(tmp_path / "seal.png")
    out = tmp_path / "c.pdf"
    code = cli.main(["print", "certificates", "--db", str(path), "--out", str(out),
                     "--threshold", "0", "--delegation", "CN", "--seal", str(seal),
                     "--signer", SIGNER, "--signer-title", TITLE,
                     "--issued", "2026-07-20"])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    text = PdfReader(out).pages[0].extract_text() or ""
    assert "20 July 2026" in text and TITLE in text and len(_images(out)) == 1
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"not an image")
    code = cli.main(["print", "certificates", "--db", str(path), "--out", str(out),
                     "--threshold", "0", "--seal", str(bad)])  # fmt: skip
    assert code == 1
    assert "not an image" in capsys.readouterr().err


def test_a_stored_seal_is_small(demo, tmp_path: Path) -> None:
    """Kept as bytes in the database: scaled to what a certificate can use, never 10 MB."""
    from sakura_desktop.core.documents.certificate_style import load_certificate_style

    db, program, _ = demo
    big = Image.effect_noise((5000, 5000), 60).convert("RGB")
    buffer = io.BytesIO()
    big.save(buffer, format="JPEG", quality=95)
    photo = tmp_path / "logo.jpg"
    photo.write_bytes(buffer.getvalue())
    generate(db.session_factory, _request(program, tmp_path / "x.pdf", seal_image=photo))
    stored = load_certificate_style(db.session_factory, program)
    assert 0 < len(stored.seal) < 1_000_000 < photo.stat().st_size
    assert stored.seal_name == "logo.jpg"


@pytest.mark.gui
def test_print_screen_shows_and_sets_the_programs_seal_signer_and_date(
    demo, tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sakura_desktop.tasks import ProgressReporter
    from sakura_desktop.ui.print import options as print_options
    from sakura_desktop.ui.print import seal_picker
    from sakura_desktop.ui.print.jobs import load_screen

    db, program, _ = demo
    seal = _seal(tmp_path / "seal.png")
    generate(db.session_factory, _request(program, tmp_path / "a.pdf", seal_image=seal,
             signer=SIGNER, signer_title=TITLE))  # fmt: skip
    panel = print_options.PrintOptionsPanel()
    qtbot.addWidget(panel)
    panel.set_data(load_screen(db.session_factory, program, ProgressReporter()))
    panel.set_kind(DocumentKind.CERTIFICATES)
    panel.threshold_spin.setValue(0)
    assert panel.signer_edit.text() == SIGNER and panel.signer_title_edit.text() == TITLE
    assert "seal.png" in panel.seal.edit.text()
    kept = panel.request(program, tmp_path / "b.pdf")
    assert kept.issued == dt.date(2026, 7, 17) and kept.seal_image is None and not kept.no_seal

    other = _seal(tmp_path / "other.png")
    monkeypatch.setattr(seal_picker, "choose_seal", lambda parent: other)
    panel.seal.choose_button.click()
    assert panel.request(program, tmp_path / "b.pdf").seal_image == other
    panel.seal.remove_button.click()
    removed = panel.request(program, tmp_path / "b.pdf")
    assert removed.no_seal and removed.seal_image is None
    generate(db.session_factory, removed)
    assert _images(tmp_path / "b.pdf") == []
