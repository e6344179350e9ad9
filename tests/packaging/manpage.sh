#!/usr/bin/env bash
# Usage: manpage.sh MANPAGE_GZ COMMANDLINE_CPP. The manual page lists every command of the command table
# (packaging/slipway.h2m is written by hand; the options come from --help by themselves) and man finds no
# formatting problem in it.
set -euo pipefail
page=$1
table=$2
[ -s "$page" ] || { echo "no manual page at $page: build the slipway_manpage target"; exit 1; }
text=$(zcat "$page")
commands=$(grep -o '{{QStringLiteral("[a-z-]*")\(, QStringLiteral("[a-z-]*")\)\?}' "$table" |
  sed 's/QStringLiteral("\([a-z-]*\)")/\1/g; s/[{}]//g; s/, / /')
[ -n "$commands" ] || { echo "no commands found in $table"; exit 1; }
missing=0
while read -r command; do
  roff="\\fB${command//-/\\-}\\fR"
  grep -qF -- "$roff" <<<"$text" || { echo "slipway(1) does not describe \"$command\""; missing=1; }
done <<<"$commands"
warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 "$page" 2>&1 >/dev/null || true)
[ -z "$warnings" ] || { echo "man reports: $warnings"; missing=1; }
[ "$missing" -eq 0 ] && echo "slipway(1) describes all $(wc -l <<<"$commands") commands"
exit "$missing"
