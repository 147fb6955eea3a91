#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Updates translations/borderlog_lt.ts from the sources (Qt's lupdate): new strings are added as unfinished,
# strings no longer in the code are dropped. translations/borderlog_en.ts holds only the English plural forms
# ("1 incident", "2 incidents" for "%n incident(s)"). Translate them in Qt Linguist (linguist translations/borderlog_lt.ts)
# or any editor; the build turns the file into the .qm the programs load. The test suite fails while a
# string is untranslated (scripts/check-translations.sh).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
cd "$root"
"$lupdate" -silent -no-obsolete -locations relative -source-language en -target-language lt_LT \
    src ui -ts translations/borderlog_lt.ts "$@"
"$lupdate" -silent -no-obsolete -pluralonly -locations relative -source-language en -target-language en \
    src ui -ts translations/borderlog_en.ts "$@"
