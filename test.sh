#!/usr/bin/env bash
# Everything the tests need, then the whole build and every test.
set -euo pipefail
cd "$(dirname "$0")"

# Packages, the test cluster's binaries, and the test clusters owned (and stopped) by this script.
source tests/session.sh

status=0
xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B -t releng/toolchains.xml clean verify "$@" || status=$?

echo
echo "Test results per bundle:"
for report in tests/*/target/surefire-reports; do
  [ -d "$report" ] || continue
  cat "$report"/TEST-*.xml 2>/dev/null | awk -v bundle="$(basename "$(dirname "$(dirname "$report")")")" '
    /<testsuite / {
      match($0, /tests="[0-9]+"/); t += substr($0, RSTART + 7, RLENGTH - 8)
      match($0, /failures="[0-9]+"/); f += substr($0, RSTART + 10, RLENGTH - 11)
      match($0, /errors="[0-9]+"/); e += substr($0, RSTART + 8, RLENGTH - 9)
      match($0, /skipped="[0-9]+"/); s += substr($0, RSTART + 9, RLENGTH - 10)
    }
    END { printf "  %-32s tests %4d  failures %d  errors %d  skipped %d\n", bundle, t, f, e, s }'
done
exit $status
