#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start: install what is missing, build, and start the desktop app on its default database
# (~/.local/share/borderlog/borderlog.sqlite, created on first run). Arguments go to the app (e.g. --db FILE).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$root/scripts/build.sh"
exec "$root/build/src/app/borderlog" "$@"
