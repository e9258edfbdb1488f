"""Notebook photos are embedded at print resolution (300 dpi at their placed size), once a run."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from sakura_desktop.printing import notebook_types
from sakura_desktop.printing.notebook_markup import parse
from sakura_desktop.printing.notebooks import NotebookEvent, NotebookPerson, render_notebooks

NOTEBOOK = """# Leaf Pigments
## Procedure
1. Photograph the leaf before grinding.
[image: leaf.jpg | The leaf, whole]
2. Photograph the ground leaf.
[image: ground.jpg | The leaf, ground]
3. Compare with the first photograph.
[image: leaf.jpg | The leaf again, for comparison]
## Line art
[image: diagram.png | A diagram with a transparent background]
"""

LIMIT = 1_000_000  # bytes per per-person notebook


def _photo(seed: int) -> bytes:
    """A 4000×3000 camera-like JPEG: smooth gradients with sensor noise (about 3-4 MB)."""
    gradient = Image.linear_gradient("L").resize((4000, 3000))
    noise = Image.effect_noise((4000, 3000), 12 + seed)
    rgb = Image.merge("RGB", (gradient, Image.blend(gradient, noise, 0.5), gradient.rotate(180)))
    buffer = io.BytesIO()
    rgb.save(buffer, format="JPEG", quality=95)
    return buffer.getvalue()


def _line_art() -> bytes:
    image = Image.new("RGBA", (3000, 2000), (0, 0, 0, 0))
    for x in range(0, 3000, 100):
        image.paste((20, 60, 160, 255), (x, 0, x + 8, 2000))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _people(count: int) -> list[NotebookPerson]:
    return [NotebookPerson(n, f"Given{n}", f"Family{n}", "", "Korea", "Korea", "Team 1",
                           f"TOKEN{n}") for n in range(1, count + 1)]  # fmt: skip


def _placed_images(pdf: Path) -> list[tuple[float, float, int, int, str]]:
    """(placed width pt, placed height pt, pixel width, pixel height, filters) of every image
    drawn in the notebook's body forms."""
    found = []
    for page in PdfReader(pdf).pages:
        for form in (page["/Resources"].get("/XObject") or {}).values():
            form = form.get_object()
            if form.get("/Subtype") != "/Form":
                continue
            content = form.get_data().decode("latin-1")
            images = (form.get("/Resources") or {}).get("/XObject") or {}
            pattern = r"([\d.]+) 0 0 ([\d.]+) [\d.-]+ [\d.-]+ cm\s*/(\S+) Do"
            for width, height, name in re.findall(pattern, content):
                image = images["/" + name].get_object()
                filters = f"{image.get('/Filter')} mask={'/SMask' in image}"
                found.append((float(width), float(height), int(image["/Width"]),
                              int(image["/Height"]), str(filters)))  # fmt: skip
    return found


def test_photos_are_downsampled_once_and_each_notebook_stays_small(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    images = {"leaf.jpg": _photo(1), "ground.jpg": _photo(2), "diagram.png": _line_art()}
    assert sum(map(len, images.values())) > 5_000_000
    calls: list[tuple[int, int]] = []
    real = notebook_types.downsample

    def counted(data: bytes, pixels: tuple[int, int]) -> bytes:
        calls.append(pixels)
        return real(data, pixels)

    monkeypatch.setattr(notebook_types, "downsample", counted)
    event = NotebookEvent("Week", "13–17 July 2026", "TIST", "Prof. Tanabe", images=images)
    result = render_notebooks(parse(NOTEBOOK), _people(3), tmp_path / "nb", event,
                              per_participant=True)  # fmt: skip

    assert len(result.paths) == 3
    for path in result.paths:
        assert path.stat().st_size < LIMIT, (path.name, path.stat().st_size)
    # Three different pictures (leaf.jpg twice at the same size): three downsamplings a run,
    # not one per file or per use.
    assert len(calls) == 3
    placed = _placed_images(result.paths[0])
    assert len(placed) == 4
    for width, height, px_w, px_h, _ in placed:
        assert px_w == pytest.approx(width * 300 / 72, rel=0.02)
        assert px_h == pytest.approx(height * 300 / 72, rel=0.02)
    kinds = [kind for *_, kind in placed]
    assert sum("/DCTDecode" in kind for kind in kinds) == 3  # photos stay JPEG
    assert "/FlateDecode" in kinds[3] and "mask=True" in kinds[3]  # line art: lossless, clear
