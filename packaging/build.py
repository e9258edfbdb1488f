"""Build the one-folder bundle for the platform this runs on, self-test it, and package it.

    python packaging/build.py [--archive xz|gz|none] [--skip-selftest]

Steps: install PyInstaller into this environment when it is missing; make the application icon
in every format (PNG sizes for Linux, .ico for Windows, .icns for macOS) from
resources/icons/sakura.svg with QtSvg; compile resources/translations/*.ts with
pyside6-lrelease; run PyInstaller on packaging/sakura-desktop.spec; run the bundle's own
`--selftest` headless and stop if it fails; then package:

- Linux: dist/sakura-desktop-VERSION-linux-ARCH.tar.xz (the folder, its .desktop entry, icons
  and install-desktop-entry.sh); an AppImage too when `appimagetool` is on the PATH.
- macOS: dist/Sakura-Desktop-VERSION.dmg made with hdiutil (see packaging/README.md for
  signing and notarising before it is handed out).
- Windows: the Inno Setup installer when `iscc` is on the PATH (packaging/sakura-desktop.iss),
  else a .zip of the folder.

Prints the bundle's unpacked size and the size of each file it packaged.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "sakura-desktop.spec"
GENERATED = ROOT / "build" / "packaging"  # icons and .qm files the spec picks up
DIST = ROOT / "dist"
APP_ID = "sakura-desktop"
APP_NAME = "Sakura Desktop"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
PYINSTALLER = "pyinstaller>=6.10,<7"
SELFTEST_SECONDS = 300


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from sakura_desktop import __version__

    return __version__


def step(text: str) -> None:
    print(f"==> {text}", flush=True)


def ensure_pyinstaller() -> None:
    try:
        import PyInstaller  # type: ignore[import-untyped]  # noqa: F401
    except ImportError:
        step(f"installing {PYINSTALLER} into {sys.prefix}")
        subprocess.run([sys.executable, "-m", "pip", "install", PYINSTALLER], check=True)


def make_icons(folder: Path) -> None:
    """PNGs in every size from the SVG (QtSvg), then .ico and .icns from them (Pillow)."""
    step("icons from resources/icons/sakura.svg")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "sakura.svg"))
    if not renderer.isValid():
        raise SystemExit("resources/icons/sakura.svg is not a valid SVG file")
    folder.mkdir(parents=True, exist_ok=True)
    pngs: dict[int, Path] = {}
    for size in (*PNG_SIZES, 1024):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        pngs[size] = folder / f"sakura-{size}.png"
        image.save(str(pngs[size]))
    largest = Image.open(pngs[1024])
    largest.save(folder / "sakura.ico", sizes=ICO_SIZES)
    largest.save(folder / "sakura.icns")  # Pillow writes every size the format wants


def compile_translations(folder: Path) -> None:
    sources = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    if not sources:
        return
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    folder.mkdir(parents=True, exist_ok=True)
    for source in sources:
        step(f"compiling {source.name}")
        subprocess.run(
            [lrelease, str(source), "-qm", str(folder / f"{source.stem}.qm")], check=True
        )


def run_pyinstaller() -> None:
    step("PyInstaller")
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
         "--workpath", str(ROOT / "build" / "pyinstaller"), "--distpath", str(DIST), str(SPEC)],
        check=True,
    )  # fmt: skip


def bundle_folder() -> Path:
    if sys.platform == "darwin":
        return DIST / f"{APP_NAME}.app"
    return DIST / APP_ID


def bundle_executable() -> Path:
    """The executable that prints (on Windows the console twin of the windowed .exe)."""
    if sys.platform == "darwin":
        return bundle_folder() / "Contents" / "MacOS" / APP_ID
    if sys.platform == "win32":
        return bundle_folder() / f"{APP_ID}-cli.exe"
    return bundle_folder() / APP_ID


def selftest() -> None:
    step("self-test of the bundle")
    env = dict(os.environ)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)  # headless, as on a build server: the flag picks offscreen itself
    env["SAKURA_DESKTOP_DATA_DIR"] = str(ROOT / "build" / "selftest-data")
    started = time.perf_counter()
    done = subprocess.run([str(bundle_executable()), "--selftest"], env=env,
                          timeout=SELFTEST_SECONDS, check=False)  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(f"the bundle's self-test failed (exit {done.returncode}): not packaged")
    print(f"    self-test passed, {time.perf_counter() - started:.1f} s as a whole process")


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def mib(size: int) -> str:
    return f"{size / 2**20:.1f} MiB"


def linux_extras(folder: Path, icons: Path) -> None:
    """The desktop entry, the icons in the hicolor layout and a script that installs both."""
    shutil.copy2(ROOT / "packaging" / f"{APP_ID}.desktop", folder / f"{APP_ID}.desktop")
    for size in PNG_SIZES:
        target = folder / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(icons / f"sakura-{size}.png", target / f"{APP_ID}.png")
    script = folder / "install-desktop-entry.sh"
    shutil.copy2(ROOT / "packaging" / "install-desktop-entry.sh", script)
    script.chmod(0o755)


def write_tarball(folder: Path, out: Path, top: str, archive: str) -> Path:
    """The folder as `top/` in a compressed tarball; xz uses every core when the xz tool is
    there (Python's lzma uses one: minutes for 370 MB)."""
    xz = shutil.which("xz")
    if archive == "xz" and xz:
        with out.open("wb") as sink:
            packer = subprocess.Popen([xz, "-T0", "-6", "-c"], stdin=subprocess.PIPE, stdout=sink)
            assert packer.stdin is not None
            with tarfile.open(fileobj=packer.stdin, mode="w|") as tar:
                tar.add(folder, arcname=top)
            packer.stdin.close()
            if packer.wait() != 0:
                raise SystemExit(f"xz failed writing {out}")
        return out
    mode = "w:xz" if archive == "xz" else "w:gz"
    with tarfile.open(out, mode) as tar:  # type: ignore[call-overload]
        tar.add(folder, arcname=top)
    return out


def linux_packages(version_text: str, archive: str) -> list[Path]:
    folder = bundle_folder()
    linux_extras(folder, GENERATED / "icons")
    made: list[Path] = []
    if archive != "none":
        name = f"{APP_ID}-{version_text}-linux-{platform.machine()}.tar.{archive}"
        step(f"archive {name}")
        made.append(write_tarball(folder, DIST / name, f"{APP_ID}-{version_text}", archive))
    tool = shutil.which("appimagetool")
    if tool:
        made.append(appimage(tool, folder, version_text))
    else:
        print("    appimagetool is not on the PATH: no AppImage (the tarball is the download)")
    return made


def appimage(tool: str, folder: Path, version_text: str) -> Path:
    step("AppImage")
    app_dir = GENERATED / "AppDir"
    shutil.rmtree(app_dir, ignore_errors=True)
    shutil.copytree(folder, app_dir / "usr" / "lib" / APP_ID, symlinks=True)
    (app_dir / "AppRun").symlink_to(f"usr/lib/{APP_ID}/{APP_ID}")
    shutil.copy2(ROOT / "packaging" / f"{APP_ID}.desktop", app_dir / f"{APP_ID}.desktop")
    shutil.copy2(GENERATED / "icons" / "sakura-256.png", app_dir / f"{APP_ID}.png")
    out = DIST / f"Sakura_Desktop-{version_text}-{platform.machine()}.AppImage"
    subprocess.run([tool, str(app_dir), str(out)], check=True,
                   env={**os.environ, "ARCH": platform.machine()})  # fmt: skip
    return out


def macos_dmg(version_text: str) -> list[Path]:
    """A compressed disk image holding the .app and a link to /Applications (ULMO: LZMA, the
    smallest format; macOS 10.15 and later open it, the bundle needs 12 anyway)."""
    step("disk image (hdiutil)")
    stage = GENERATED / "dmg"
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    subprocess.run(["ditto", str(bundle_folder()), str(stage / f"{APP_NAME}.app")], check=True)
    (stage / "Applications").symlink_to("/Applications")
    out = DIST / f"Sakura-Desktop-{version_text}.dmg"
    out.unlink(missing_ok=True)
    command = ["hdiutil", "create", "-volname", APP_NAME, "-srcfolder", str(stage),
               "-fs", "HFS+", "-format", "ULMO", "-ov", str(out)]  # fmt: skip
    for attempt in range(3):  # hdiutil now and then reports "Resource busy" on build servers
        if subprocess.run(command, check=False).returncode == 0:
            return [out]
        time.sleep(5 * (attempt + 1))
    raise SystemExit("hdiutil could not create the disk image (three attempts)")


def windows_installer(version_text: str) -> list[Path]:
    iscc = shutil.which("iscc") or shutil.which(r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe")
    if iscc:
        step("Inno Setup installer")
        subprocess.run([iscc, f"/DAppVersion={version_text}", f"/DSourceDir={bundle_folder()}",
                        f"/DIconFile={GENERATED / 'icons' / 'sakura.ico'}", f"/O{DIST}",
                        str(ROOT / "packaging" / "sakura-desktop.iss")], check=True)  # fmt: skip
        return [DIST / f"sakura-desktop-{version_text}-setup.exe"]
    print("    Inno Setup (iscc) is not installed: a .zip of the folder instead")
    base = DIST / f"{APP_ID}-{version_text}-windows"
    return [Path(shutil.make_archive(str(base), "zip", DIST, APP_ID))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archive", choices=("xz", "gz", "none"), default="xz",
                        help="Linux: how the tarball is compressed (default xz)")  # fmt: skip
    parser.add_argument("--skip-selftest", action="store_true",
                        help="do not run the bundle's --selftest (not for a release)")  # fmt: skip
    args = parser.parse_args()
    version_text = version()
    ensure_pyinstaller()
    shutil.rmtree(GENERATED, ignore_errors=True)
    make_icons(GENERATED / "icons")
    compile_translations(GENERATED / "translations")
    run_pyinstaller()
    if not args.skip_selftest:
        selftest()
    if sys.platform == "darwin":
        made = macos_dmg(version_text)
    elif sys.platform == "win32":
        made = windows_installer(version_text)
    else:
        made = linux_packages(version_text, args.archive)
    print(f"bundle: {bundle_folder()} ({mib(folder_size(bundle_folder()))} unpacked)")
    for path in made:
        print(f"package: {path} ({mib(path.stat().st_size)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
