#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a GUI test executable in a real X server (Xvfb, a 1366×768 screen) under a window manager (openbox),
# where windows get frames, focus and a place from the window manager as on a station laptop.
# Usage: under-x-server.sh TEST_EXECUTABLE [Catch2 arguments...]
set -euo pipefail
inner=$(cat <<'INNER'
set -u
ready=$(mktemp -u)
openbox --startup "touch $ready" >/dev/null 2>&1 &
wm=$!
for _ in $(seq 100); do [ -e "$ready" ] && break; sleep 0.1; done
if [ ! -e "$ready" ]; then echo "the window manager did not start" >&2; kill "$wm"; exit 1; fi
rm -f "$ready"
QT_QPA_PLATFORM=xcb "$@"
status=$?
kill "$wm" 2>/dev/null
exit "$status"
INNER
)
exec xvfb-run --auto-servernum --server-args="-screen 0 1366x768x24" bash -c "$inner" bash "$@"
