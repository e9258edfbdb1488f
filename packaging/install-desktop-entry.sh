#!/bin/sh
# Put Sakura Desktop in the desktop's application menu (for this user only), from the folder
# unpacked from the tarball, wherever it is. Run it again after moving the folder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications"
for icon in "$here"/share/icons/hicolor/*/apps/sakura-desktop.png; do
    size=$(basename "$(dirname "$(dirname "$icon")")")
    mkdir -p "$data/icons/hicolor/$size/apps"
    cp "$icon" "$data/icons/hicolor/$size/apps/sakura-desktop.png"
done
sed "s|^Exec=sakura-desktop|Exec=\"$here/sakura-desktop\"|" "$here/sakura-desktop.desktop" \
    > "$data/applications/sakura-desktop.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
echo "Sakura Desktop is in the application menu (it runs $here/sakura-desktop)."
