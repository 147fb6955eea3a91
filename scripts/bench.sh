#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The benchmark suite: installs what is missing, builds, and measures this program against baselines
# measured in the same run (the sqlite3 shell, a bare sqlite3 C API loop, plain inserts on the server). Prints a
# table of medians.
# The 1 M and 10 M incident files and databases are built once in build/bench-data and reused.
# Arguments go to borderlog-bench (see --help), e.g. --sizes 10000,100000 --import-size 100000 for a quick run.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$root/scripts/install-deps.sh" --with server
bash "$root/scripts/build.sh"
# The national register's measurements run beside a throwaway PostgreSQL server.
exec bash "$root/scripts/with-test-server.sh" "$root/build/bench/borderlog-bench" --data "$root/build/bench-data" "$@"
