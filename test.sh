#!/usr/bin/env bash
# Everything the tests need, then the whole build and every test.
set -euo pipefail
cd "$(dirname "$0")"

# The real workbench runs on a virtual display: Xvfb and GTK 3 for SWT.
missing=()
for package in xvfb xauth libgtk-3-0; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing ${missing[*]}" >&2
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

exec xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B verify "$@"
