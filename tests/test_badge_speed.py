"""What keeps badge printing fast, checked as behaviour: no font search on disk, QR codes made
without the qrcode library's slow path yet identical to its symbols and decodable.

The figures themselves are in docs/benchmarks-printing.md (benchmarks/bench_printing.py).
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from printing_support import decode_qr, render_png

from sakura_desktop.core import qr
from sakura_desktop.core.tokens import ProgramKey, make_token

KEY = ProgramKey(1, "0b9d5e2c-5555-4c1e-9a55-5a8e2d1f0c05", b"w" * 32, "Test week")
ROOT = Path(__file__).resolve().parent.parent

# Runs in a fresh interpreter: fonts register once per process, and the first registration is
# where the search used to happen.
CHILD = """
import json, sys
from pathlib import Path
from reportlab.pdfbase import pdfmetrics
searched = []
original = pdfmetrics.parseAFMFile
def counting(path):
    searched.append(path)
    return original(path)
pdfmetrics.parseAFMFile = counting
from sakura_desktop.core.tokens import ProgramKey, make_token
from sakura_desktop.printing import badge_layouts, badges
from sakura_desktop.printing.fonts import CjkLang
key = ProgramKey(1, "0b9d5e2c-5555-4c1e-9a55-5a8e2d1f0c05", b"w" * 32, "Test week")
names = [("王晓梅", CjkLang.CHINESE), ("許淑芬", CjkLang.TRADITIONAL_CHINESE),
         ("김서연", CjkLang.KOREAN), ("田辺春樹", CjkLang.JAPANESE), ("สมชาย ใจดี", None),
         ("अनन्या शर्मा", None), ("Nguyễn Thị Minh Anh", None)]
people = [badges.BadgePerson(n + 1, "Given", "Family", native, "student", make_token(key, n + 1, 1),
                             delegation="Delegation", country="Country", lang=lang)
          for n, (native, lang) in enumerate(names * 3)]
layout = badge_layouts.LAYOUTS["a4-8up"]
badges.render_badges(people, Path(sys.argv[1]), layout=layout, event="Week")
print(json.dumps(searched))
"""


def test_printing_badges_never_searches_the_disk_for_fonts(tmp_path: Path) -> None:
    out = tmp_path / "badges.pdf"
    proc = subprocess.run([sys.executable, "-c", CHILD, str(out)], cwd=ROOT, capture_output=True,
                          text=True, check=True)  # fmt: skip
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == []
    assert out.stat().st_size > 0


def tokens(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    found = [make_token(KEY, n, 1) for n in range(1, 60)]
    for _ in range(count):  # every length of both fast versions, any alphanumeric character
        length = rng.randint(1, 38)
        found.append("".join(rng.choice(qr.ALPHANUMERIC) for _ in range(length)))
    return found


def qrcode_library_matrix(token: str) -> list[list[bool]]:
    return [[bool(cell) for cell in row] for row in qr._build(token, qr.QUIET_ZONE).get_matrix()]


def test_qr_symbols_are_exactly_the_qrcode_librarys() -> None:
    for token in tokens(400):
        assert qr.qr_matrix(token) == qrcode_library_matrix(token), token
        assert qr.qr_version(token) == qr._build(token, 0).version


def test_other_payloads_still_encode_through_the_library() -> None:
    for payload in ("X" * 39, "SAKURA SCIENCE " * 5):  # beyond version 2-M
        matrix = qr.qr_matrix(payload)
        assert matrix == qrcode_library_matrix(payload)


@pytest.mark.parametrize("token", [*tokens(0)[:3], "A", "HELLO WORLD $%*+-./:", "9" * 38])
def test_fast_symbols_decode_with_two_decoders(tmp_path: Path, token: str) -> None:
    png = tmp_path / "code.png"
    qr.save_qr_png(token, png, module_px=4)
    assert [text for text, _, _ in decode_qr(png)] == [token]
    zbar = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True)
    assert zbar.stdout.strip() == token
    assert Image.open(png).size[0] == len(qr.qr_matrix(token)) * 4


def test_badge_codes_decode_from_the_printed_page(tmp_path: Path) -> None:
    from sakura_desktop.printing import badge_layouts, badges

    people = [badges.BadgePerson(n, "Given", "Family", "", "student", make_token(KEY, n, 1))
              for n in range(1, 9)]  # fmt: skip
    out = tmp_path / "badges.pdf"
    badges.render_badges(people, out, layout=badge_layouts.LAYOUTS["a4-8up"], event="Week")
    png = render_png(out, 1, 150, tmp_path / "page")
    assert sorted(text for text, _, _ in decode_qr(png)) == sorted(p.token for p in people)


def face_tables(face: object) -> dict[str, object]:
    names = ("name", "ascent", "descent", "capHeight", "bbox", "flags", "stemV", "italicAngle",
             "defaultWidth", "unitsPerEm", "numGlyphs", "charToGlyph", "charWidths", "hmetrics",
             "glyphPos", "glyphToChar")  # fmt: skip
    tables = {name: getattr(face, name) for name in names}
    tables["hmetrics"] = list(tables["hmetrics"])  # type: ignore[call-overload]
    tables["glyphPos"] = list(tables["glyphPos"])  # type: ignore[call-overload]
    tables["order"] = list(getattr(face, "charToGlyph"))  # noqa: B009
    tables["scale"] = getattr(face, "_pdfScale")(333)  # noqa: B009
    return tables


@pytest.mark.parametrize("face", ["THAI", "CJK_TC"])
def test_parsed_fonts_are_kept_and_read_back_identical(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, face: str
) -> None:
    from reportlab.pdfbase.ttfonts import TTFontFace

    from sakura_desktop.paths import DATA_DIR_ENV
    from sakura_desktop.printing import fonts

    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path))
    path = str(fonts.font_path(fonts.Face[face]))
    parsed_by_reportlab = face_tables(TTFontFace(path))
    first = fonts.CachedFace(path)  # parses, and keeps what it read
    [kept] = list(fonts.font_cache_dir().iterdir())
    assert kept.stat().st_mode & 0o777 == 0o600
    second = fonts.CachedFace(path)  # reads the kept tables
    assert face_tables(first) == parsed_by_reportlab
    assert face_tables(second) == parsed_by_reportlab


def test_a_damaged_font_cache_is_parsed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportlab.pdfbase.ttfonts import TTFontFace

    from sakura_desktop.paths import DATA_DIR_ENV
    from sakura_desktop.printing import fonts

    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path))
    path = str(fonts.font_path(fonts.Face.THAI))
    fonts.CachedFace(path)
    [kept] = list(fonts.font_cache_dir().iterdir())
    kept.write_bytes(kept.read_bytes()[:100])  # torn
    assert face_tables(fonts.CachedFace(path)) == face_tables(TTFontFace(path))
    assert face_tables(fonts.CachedFace(path)) == face_tables(TTFontFace(path))  # rewritten
