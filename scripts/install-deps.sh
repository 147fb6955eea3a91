#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian packages listed in scripts/packages.txt that are not installed yet: the packages
# before the first [group] line always, a group's packages with --with GROUP (e.g. --with ci).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
groups=("")
while [ $# -gt 0 ]; do
  case "$1" in
    --with) groups+=("$2"); shift 2 ;;
    *) echo "usage: install-deps.sh [--with GROUP]" >&2; exit 2 ;;
  esac
done
wanted=()
group=""
while IFS= read -r line; do
  line=${line%%#*}
  line=$(echo "$line" | xargs)
  [ -z "$line" ] && continue
  if [[ $line =~ ^\[(.*)\]$ ]]; then group=${BASH_REMATCH[1]}; continue; fi
  for g in "${groups[@]}"; do [ "$g" = "$group" ] && wanted+=("$line"); done
done < "$here/packages.txt"
missing=()
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
