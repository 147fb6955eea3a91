#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the package scripts/package.sh made (or the .deb given) on a fresh, minimal Debian 12 and runs what it
# installed there: borderlog-cli --version, --help and a record, tally and check on a new database; borderlog
# --version and a start of the window without a display (--measure-startup); and looks for the desktop entry, the
# icon, the metainfo, the manual pages and the user guide. Needs root (debootstrap, chroot) and Debian's archive.
# The minimal system is made once with debootstrap into build-package/bookworm-minbase; each check installs into
# a fresh copy of it, build-package/bookworm-check.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
deb=${1:-$(ls "$root"/build-package/borderlog_*.deb)}
base="$root/build-package/bookworm-minbase"
system="$root/build-package/bookworm-check"
if [ "$(id -u)" -ne 0 ]; then
  echo "check-package.sh needs root (debootstrap and chroot)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
command -v debootstrap >/dev/null || apt-get install -y -qq --no-install-recommends debootstrap
if [ ! -x "$base/usr/bin/apt-get" ]; then
  rm -rf "$base"
  debootstrap --variant=minbase bookworm "$base"
fi
rm -rf "$system"
cp -a "$base" "$system"
mount -t proc proc "$system/proc"
trap 'umount "$system/proc"' EXIT
in_system() { chroot "$system" env LANG=C.UTF-8 "$@"; }

cp "$deb" "$system/tmp/"
in_system apt-get update -qq
in_system apt-get install -y -qq "/tmp/$(basename "$deb")" >"$system/tmp/install.log" 2>&1 || {
  cat "$system/tmp/install.log" >&2
  exit 1
}
echo "installed $(basename "$deb"): $(in_system dpkg-query -W -f='${Version}, ${Installed-Size} KiB' borderlog)"
in_system borderlog-cli --version
in_system borderlog-cli --help >/dev/null
in_system env QT_QPA_PLATFORM=offscreen borderlog --version
db=/tmp/check.sqlite
in_system borderlog-cli --db $db add --date 2021-08-02 --location Druskininkai --persons IRQ:280 --persons SY:7 \
  --outcome detained >/dev/null
in_system borderlog-cli --db $db tally --by day --from 2021-08-02 --to 2021-08-02
in_system borderlog-cli --db $db check
in_system env QT_QPA_PLATFORM=offscreen borderlog --db $db --measure-startup
for file in /usr/share/applications/lt.borderlog.BorderIncidentLog.desktop \
  /usr/share/icons/hicolor/scalable/apps/lt.borderlog.BorderIncidentLog.svg \
  /usr/share/metainfo/lt.borderlog.BorderIncidentLog.metainfo.xml \
  /usr/share/man/man1/borderlog.1.gz /usr/share/man/man1/borderlog-cli.1.gz \
  /usr/share/doc/borderlog/docs/user-guide.md /usr/share/doc/borderlog/copyright; do
  [ -f "$system$file" ] || { echo "missing after the install: $file" >&2; exit 1; }
done
echo "the package installs and runs on a minimal Debian 12"
