#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Install what is missing, build with warnings as errors, and run the whole test suite (ctest) beside a
# throwaway PostgreSQL server for the national register's tests (scripts/with-test-server.sh).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$root/scripts/install-deps.sh" --with server
bash "$root/scripts/build.sh" -DBORDERLOG_WARNINGS_AS_ERRORS=ON
bash "$root/scripts/with-test-server.sh" ctest --test-dir "$root/build" --output-on-failure --parallel "$(nproc)"
