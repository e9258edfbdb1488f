"""The application icon in every format each platform wants, made from resources/icons/sakura.svg
by packaging/build.py: Linux hicolor PNGs, a Windows .ico and a macOS .icns, none of them blank."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent


def _build_script() -> ModuleType:
    # Loaded from its file: `packaging` is also the name of a library pip depends on.
    spec = importlib.util.spec_from_file_location("sakura_build", ROOT / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _drawn(image: Image.Image) -> bool:
    """Some opaque pixels, and not every pixel the same: the flower was drawn."""
    alpha = image.convert("RGBA").getchannel("A")
    return (
        alpha.getextrema()[1] > 0
        and len(image.convert("RGB").getcolors(maxcolors=1 << 20) or []) > 8
    )


def test_icons_in_every_format_from_the_svg(tmp_path: Path) -> None:
    build = _build_script()
    build.make_icons(tmp_path)

    for size in build.PNG_SIZES:
        png = Image.open(tmp_path / f"sakura-{size}.png")
        assert png.size == (size, size)
    assert _drawn(Image.open(tmp_path / "sakura-256.png"))

    ico = Image.open(tmp_path / "sakura.ico")
    assert ico.format == "ICO"
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    assert _drawn(ico)

    icns = Image.open(tmp_path / "sakura.icns")
    assert icns.format == "ICNS"
    assert icns.size == (512, 512) or icns.size == (1024, 1024)
    assert _drawn(icns)
