#!/usr/bin/env bash
# Installs the .deb that `make release` built, as a user would, and checks
# it: the installed forum-desk opens a .forum file given to it (its name in
# the window title, under Xvfb), the MIME type of *.forum is ours, the
# desktop entry speaks three languages; then the package is removed.
set -euo pipefail
deb="${1:?usage: release-check.sh PACKAGE.deb}"
sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
work="$(mktemp -d)"
cleanup() {
    $sudo dpkg -r forum-desk >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

echo "release-check: installing $deb"
$sudo dpkg -i "$deb" >/dev/null
size=$(stat -c %s /usr/bin/forum-desk)
echo "release-check: /usr/bin/forum-desk is $((size / 1024 / 1024)) MiB"
max=${MAX_MIB:-45}
[ "$size" -le $((max * 1024 * 1024)) ] || { echo "release-check: binary over $max MiB"; exit 1; }
depends=$(dpkg-query -W -f='${Depends}' forum-desk)
echo "release-check: Depends: $depends"
grep -q fonts-noto-cjk <<<"$depends" \
    || { echo "release-check: the package does not depend on fonts-noto-cjk"; exit 1; }

files=$(dpkg -L forum-desk)
desktop=$(grep '\.desktop$' <<<"$files" | head -1 || true)
[ -n "$desktop" ] || { echo "release-check: the package has no desktop entry"; exit 1; }
for key in 'Name=' 'GenericName\[ru\]=' 'GenericName\[zh_CN\]=' 'Comment\[ru\]=' 'Comment\[zh_CN\]=' \
        'MimeType=application/x-forum-desk;' 'Exec=forum-desk %f'; do
    grep -q "^$key" "$desktop" || { echo "release-check: $desktop lacks $key"; exit 1; }
done
for s in 16 32 48 64 128 256 512; do
    grep -q "icons/hicolor/${s}x${s}/apps/" <<<"$files" \
        || { echo "release-check: no ${s}x${s} icon"; exit 1; }
done

forum-desk-cli demo "$work/demo.forum" >/dev/null
type=$(xdg-mime query filetype "$work/demo.forum")
[ "$type" = "application/x-forum-desk" ] \
    || { echo "release-check: demo.forum is $type, not application/x-forum-desk"; exit 1; }
default=$(xdg-mime query default application/x-forum-desk)
[ "$default" = "$(basename "$desktop")" ] \
    || { echo "release-check: default application is '$default', not $(basename "$desktop")"; exit 1; }

# The installed app, on the file as a double-click would give it.
LANG=ru_RU.UTF-8 xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    forum-desk --data-dir "$1/data" "$1/demo.forum" & pid=$!
    for _ in $(seq 1 60); do
        if LC_ALL=C.UTF-8 xwininfo -root -tree | grep -q "Российско-китайский форум"; then
            echo "release-check: the window shows the forum: $(LC_ALL=C.UTF-8 xwininfo -root -tree | grep -o "\"Российско-китайский[^\"]*\"" | head -1)"
            kill $pid; exit 0
        fi
        sleep 0.5
    done
    echo "release-check: no window titled with the forum after 30 s"; LC_ALL=C.UTF-8 xwininfo -root -tree | grep "\"" | head; kill $pid; exit 1
' _ "$work"
echo "release-check: passed"
