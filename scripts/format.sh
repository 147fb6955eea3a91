#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks (or with --fix, applies) the house format (.clang-format) on every C++ file, and checks that each
# names its licence (an SPDX-License-Identifier line).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if [ "${1:-}" = --fix ]; then
  clang-format -i "${files[@]}"
else
  clang-format --dry-run --Werror "${files[@]}"
  # Every source file names its licence (SPDX) in its first lines.
  missing=$(for f in "${files[@]}"; do head -n 3 "$f" | grep -q 'SPDX-License-Identifier: GPL-3.0-or-later' || echo "$f"; done)
  if [ -n "$missing" ]; then
    echo "without an SPDX-License-Identifier line:" >&2
    echo "$missing" >&2
    exit 1
  fi
fi
