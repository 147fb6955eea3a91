#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer (build-asan/) and runs the
# whole test suite there (beside a throwaway PostgreSQL server, as scripts/test.sh); any sanitizer report
# fails the run.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$root/scripts/install-deps.sh" --with server
cmake -S "$root" -B "$root/build-asan" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DBORDERLOG_SANITIZE=ON -DBORDERLOG_BENCHMARKS=OFF \
  -DBORDERLOG_WARNINGS_AS_ERRORS=ON >/dev/null
cmake --build "$root/build-asan" --parallel "$(nproc)"
export ASAN_OPTIONS=halt_on_error=1:detect_stack_use_after_return=1:strict_string_checks=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS=suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0
bash "$root/scripts/with-test-server.sh" ctest --test-dir "$root/build-asan" --output-on-failure --parallel "$(nproc)"
