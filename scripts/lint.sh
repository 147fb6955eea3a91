#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs clang-tidy (the checks in .clang-tidy) on every C++ source file in src/, two at a time, with the
# compile commands of the build folder (default build/, configured here if it is not yet). Tests,
# benchmarks and generated files (moc, uic, rcc) are not linted. Any finding fails the run.
# Usage: scripts/lint.sh [BUILD_DIR]        (LINT_JOBS=N to run N files at a time)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(realpath -m "${1:-$root/build}")
jobs=${LINT_JOBS:-2}
bash "$root/scripts/install-deps.sh" --with ci
if [ ! -f "$build/compile_commands.json" ]; then
  # The same configuration as scripts/test.sh, so that the test run after it reuses the folder.
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBORDERLOG_WARNINGS_AS_ERRORS=ON >/dev/null
fi
# The sources include headers that moc and uic generate: make those, not the whole build.
mapfile -t autogen < <(cmake --build "$build" --target help 2>/dev/null | sed -n 's/^\(borderlog[A-Za-z_-]*_autogen\):.*/\1/p')
if [ ${#autogen[@]} -gt 0 ]; then
  cmake --build "$build" --target "${autogen[@]}" >/dev/null
else
  cmake --build "$build" --parallel "$jobs" >/dev/null
fi

cd "$root"
mapfile -t files < <(git ls-files 'src/*.cpp')
log=$(mktemp)
trap 'rm -f "$log" "$log.findings"' EXIT
start=$(date +%s)
status=0
if command -v run-clang-tidy-14 >/dev/null; then
  # run-clang-tidy takes regular expressions: match each file's whole path exactly.
  patterns=()
  for f in "${files[@]}"; do patterns+=("^$(printf '%s' "$root/$f" | sed 's/[.[\*^$()+?{|]/\\&/g')\$"); done
  run-clang-tidy-14 -clang-tidy-binary "$(command -v clang-tidy)" -p "$build" -j "$jobs" -quiet "${patterns[@]}" \
    >"$log" 2>&1 || status=1
else
  printf '%s\n' "${files[@]}" | xargs -P "$jobs" -n 1 clang-tidy -p "$build" --quiet >"$log" 2>&1 || status=1
fi
elapsed=$(($(date +%s) - start))
# Only the findings (without colours), not the commands run or the counts of suppressed warnings.
sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^[^ ]+:[0-9]+:[0-9]+: (warning|error):' | sed "s|^$root/||" | sort -u \
  >"$log.findings" || true
count=$(wc -l <"$log.findings")
if [ "$count" -gt 0 ]; then
  cat "$log.findings"
  echo
  echo "findings by check:"
  sed -n 's/.*\[\([a-z0-9.-]*\)[],].*/\1/p' "$log.findings" | sort | uniq -c | sort -rn
  status=1
elif [ $status -ne 0 ]; then
  # clang-tidy failed without a finding (a file that does not compile, say): show what it said.
  sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -v 'warnings generated\|^Suppressed\|^Use -header-filter\|NOLINT\|clang-tidy .*-p=' \
    | sed -n '1,40p' || true
fi
echo "lint: ${#files[@]} files, $count findings, ${elapsed}s"
exit $status
