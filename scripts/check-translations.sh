#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a user-visible string of the sources is not translated: runs lupdate on a copy of each
# translations/*.ts and counts what it finds new or unfinished. Run by the test suite (ctest).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
mkdir -p "$work/translations"
for ts in "$root"/translations/*.ts; do
  copy="$work/translations/$(basename "$ts")"
  cp "$ts" "$copy"
  # Relative locations as in the repository's file, so that only real differences count.
  # English is the sources' language: its file holds only the plural forms.
  only=()
  [ "$(basename "$ts")" = borderlog_en.ts ] && only=(-pluralonly)
  (cd "$root" && "$lupdate" -silent -no-obsolete "${only[@]}" -locations relative src ui -ts "$copy" >/dev/null 2>&1)
  unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
  if [ "$unfinished" -gt 0 ]; then
    echo "$(basename "$ts"): $unfinished string(s) not translated:"
    python3 - "$copy" <<'PY'
import sys, xml.etree.ElementTree as ET
for ctx in ET.parse(sys.argv[1]).getroot().iter('context'):
    for m in ctx.iter('message'):
        t = m.find('translation')
        if t is not None and t.get('type') == 'unfinished':
            print('  %s: %s' % (ctx.findtext('name'), m.findtext('source')))
PY
    status=1
  fi
done
[ $status -eq 0 ] && echo "every string is translated"
exit $status
