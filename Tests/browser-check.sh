#!/bin/sh
# Opens a report in headless Chromium: saves a screenshot and fails when the page logs a console error.
# Usage: Tests/browser-check.sh path/to/report.html screenshot.png
# Needs the `chromium` binary (Debian: apt-get install -y chromium).
set -eu
if [ "$#" -ne 2 ]; then
    echo "usage: $0 REPORT.html SCREENSHOT.png" >&2
    exit 2
fi
html=$(realpath "$1")
shot=$2
log=$(mktemp)
trap 'rm -f "$log"' EXIT
flags="--headless --no-sandbox --disable-gpu --disable-extensions --no-first-run"
# shellcheck disable=SC2086  # flags are separate words on purpose
chromium $flags --window-size=1280,4000 --screenshot="$shot" "file://$html" >/dev/null 2>&1
# shellcheck disable=SC2086
chromium $flags --enable-logging=stderr --v=0 --dump-dom "file://$html" >/dev/null 2>"$log" || true
if grep -E "Uncaught|CONSOLE\(|Console" "$log" | grep -v "dbus" >&2; then
    echo "$0: console errors in $html" >&2
    exit 1
fi
[ -s "$shot" ] || { echo "$0: no screenshot written to $shot" >&2; exit 1; }
echo "ok: $html (screenshot $shot)"
