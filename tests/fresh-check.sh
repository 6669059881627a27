#!/usr/bin/env bash
# A fresh Debian 12 machine, as a new user's: a minimal bookworm root made
# with debootstrap from the Debian registry, with only git, make and the Rust
# toolchain (bind-mounted from this machine; its crate download cache comes
# along, as the registry would give the same files). In it, a fresh clone of
# this repository runs the README's two commands: `make run` must bring the
# window up with the demo forum in its title, then `make test` must pass.
# Everything else (the Debian packages, Node.js, the npm packages, the fonts)
# those commands install themselves.
#
# Usage: bash tests/fresh-check.sh   (as root; takes about 45 minutes here)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
root="${FRESH_ROOT:-/var/tmp/forum-desk-fresh}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
display=":${FRESH_DISPLAY:-77}"
[ "$(id -u)" -eq 0 ] || { echo "fresh-check: run as root (debootstrap, chroot)"; exit 1; }
started=$(date +%s)
say() { echo "fresh-check [$(( $(date +%s) - started ))s]: $*"; }

mounts=()
cleanup() {
    set +e
    [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount -l "${mounts[$i]}" 2>/dev/null; done
}
trap cleanup EXIT
bind() { mkdir -p "$root$2"; mount --rbind "$1" "$root$2"; mounts+=("$root$2"); }

command -v debootstrap >/dev/null || { apt-get update -qq && apt-get install -y -qq debootstrap; }
# Never delete through a mount left by an interrupted run (it binds ~/.cargo).
if grep -q " $root" /proc/mounts; then echo "fresh-check: $root still has mounts; unmount them first"; exit 1; fi
rm -rf "$root"
say "debootstrap bookworm into $root"
debootstrap --variant=minbase --include=git,make,ca-certificates bookworm "$root" "$mirror" >/dev/null
cp /etc/resolv.conf "$root/etc/resolv.conf"
# This machine reaches the registries through a proxy with its own
# certificate authority: the fresh root trusts it as this machine does (a
# user's machine needs nothing of the kind).
if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
    cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
    chroot "$root" update-ca-certificates >/dev/null 2>&1
fi
cp /etc/apt/sources.list.d/debian.sources "$root/etc/apt/sources.list.d/" 2>/dev/null || true
rm -f "$root/etc/apt/sources.list"

bind /proc /proc
bind /sys /sys
bind /dev /dev
bind "$HOME/.rustup" /root/.rustup
bind "$HOME/.cargo" /root/.cargo
mkdir -p "$root/tmp/.X11-unix"
bind /tmp/.X11-unix /tmp/.X11-unix

# A display for `make run` (the machine has no screen); `make test` starts
# its own Xvfb, which that run installs.
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!

say "fresh clone of $(git -C "$repo" rev-parse --short HEAD)"
git clone -q "$repo" "$root/home/user/forum-desk"

in_root() {
    chroot "$root" /usr/bin/env -i HOME=/root PATH=/root/.cargo/bin:/usr/local/bin:/usr/bin:/bin \
        LANG=C.UTF-8 TERM=dumb DISPLAY="$display" NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt \
        bash -c "cd /home/user/forum-desk && $1"
}

say "make run (the first time)"
in_root 'make run > /tmp/make-run.log 2>&1 & echo $! > /tmp/make-run.pid' 
deadline=$(( $(date +%s) + 3600 ))
until DISPLAY="$display" xwininfo -root -tree 2>/dev/null | grep -q "— Forum Desk\""; do
    if ! kill -0 "$(cat "$root/tmp/make-run.pid")" 2>/dev/null; then
        tail -40 "$root/tmp/make-run.log"; say "make run stopped before a window came up"; exit 1
    fi
    [ "$(date +%s)" -lt "$deadline" ] || { tail -40 "$root/tmp/make-run.log"; say "no window within an hour"; exit 1; }
    sleep 5
done
title=$(DISPLAY="$display" xwininfo -root -tree | grep -o '"[^"]*— Forum Desk"' | head -1)
say "make run: the window is up: $title"
pkill -f "/home/user/forum-desk/target/debug/forum-desk" || true
sleep 2

say "make test (the first time)"
if ! in_root 'make test > /tmp/make-test.log 2>&1'; then
    tail -60 "$root/tmp/make-test.log"; say "make test failed"; exit 1
fi
grep -E "^test result" "$root/tmp/make-test.log" | awk '{p+=$4; f+=$6} END {print "fresh-check: " p " tests passed, " f " failed"}'
say "both README commands worked the first time"
