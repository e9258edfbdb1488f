#!/usr/bin/env bash
# Build a self-contained folder in dist/sakura-desktop with PyInstaller.
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pip install -q "pyinstaller>=6.10"
pyinstaller --noconfirm --clean packaging/sakura-desktop.spec
echo "built: dist/sakura-desktop/"
