#!/usr/bin/env bash
# Updates translations/*.ts from the sources the build reads (app/CMakeLists.txt: app, views, models,
# engine, rest), then lists what is left to translate. Qt 6's lupdate, not /usr/bin's Qt 5 one.
# slipway_en.ts holds only plural forms (-pluralonly). Usage: tools/update-translations.sh [--list]
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=/usr/lib/qt6/bin/lupdate
[ -x "$lupdate" ] || { echo "update-translations: $lupdate is missing (Debian: qt6-l10n-tools)" >&2; exit 1; }
sources=(app views models engine rest)
options=(-extensions cpp,h -locations relative -no-obsolete -silent)
"$lupdate" "${options[@]}" "${sources[@]}" -ts translations/slipway_de.ts translations/slipway_fr.ts
"$lupdate" "${options[@]}" -pluralonly "${sources[@]}" -ts translations/slipway_en.ts
# What a translator has to do now: every message without a finished translation, per file.
for ts in translations/slipway_*.ts; do
  left=$(grep -c 'type="unfinished"' "$ts" || true)
  echo "$ts: $left unfinished"
  if [ "${1:-}" = "--list" ] && [ "$left" != 0 ]; then
    python3 - "$ts" <<'PY'
import sys, xml.etree.ElementTree as ET
for context in ET.parse(sys.argv[1]).getroot().iter("context"):
    for message in context.iter("message"):
        if message.find("translation").get("type") == "unfinished":
            print("  [%s] %s" % (context.findtext("name"), message.findtext("source")))
PY
  fi
done
