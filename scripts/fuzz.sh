#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang, AddressSanitizer and UndefinedBehaviorSanitizer, and runs each
# for a bounded time (default 60 s) from the committed seed corpus. A crash is saved under
# build-fuzz/crashes/; copy it into tests/fuzz/regressions/ so that every test run replays it.
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-60}
bash "$root/scripts/install-deps.sh" --with ci
build="$root/build-fuzz"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBORDERLOG_FUZZ=ON \
  -DBUILD_TESTING=ON -DBORDERLOG_BENCHMARKS=OFF >/dev/null
cmake --build "$build" --target fuzz_csvreader fuzz_import
mkdir -p "$build/crashes"
status=0
for target in csvreader import; do
  work="$build/corpus-$target"
  mkdir -p "$work"
  echo "fuzz_$target: ${seconds}s"
  # Run from the build folder: whatever a target leaves in its working directory stays out of the work tree.
  # The committed corpus is read, new inputs go to the work folder; memory and input size are bounded.
  (cd "$build" && ASAN_OPTIONS=detect_leaks=0 "$build/tests/fuzz/fuzz_$target" "$work" "$root/tests/fuzz/corpus" \
    -max_total_time="$seconds" -max_len=262144 -rss_limit_mb=2048 -timeout=20 \
    -artifact_prefix="$build/crashes/$target-" -print_final_stats=1 2>&1 | tail -n 12) || status=1
done
exit $status
