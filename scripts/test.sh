#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Install what is missing, build with warnings as errors, and run the whole test suite (ctest).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$root/scripts/build.sh" -DBORDERLOG_WARNINGS_AS_ERRORS=ON
ctest --test-dir "$root/build" --output-on-failure --parallel "$(nproc)"
