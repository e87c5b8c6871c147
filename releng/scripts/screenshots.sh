#!/usr/bin/env bash
# Makes the README's screenshots (docs/explorer.png, docs/preferences.png, docs/live-restarts-1.png and -2.png,
# docs/live-created.png, docs/apply-compare.png from ScreenshotsTest; docs/logs-console.png, docs/shell-terminal.png,
# docs/forward-browser.png from ActScreenshotsTest) from the real workbench on the demo cluster, under a virtual
# display; docs/forward-browser-page.png is Debian's Chromium (installed here if missing) asking for the page
# through that forward, headless. Run by hand after a build; commit the PNGs. Arguments go to Maven: -Dtest=ActScreenshotsTest makes only
# that class's pictures.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
source tests/session.sh
if ! command -v chromium >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
modules=releng/io.kube9.target,bundles/io.kube9.gson.exports,bundles/io.kube9.jose4j.exports,bundles/io.kube9.core
modules=$modules,bundles/io.kube9.preferences,bundles/io.kube9.ui,tests/io.kube9.tests.cluster,tests/io.kube9.ui.tests
xvfb-run -a -s "-screen 0 1280x800x24" ./mvnw -B -o -q verify -pl "$modules" -Dtest=ScreenshotsTest,ActScreenshotsTest \
  -Dkube9.failIfNoTests=false -Dkube9.screenshots=true -Dkube9.screenshots.dir="$root/docs" \
  -Dkube9.screenshots.browser="$(command -v chromium)" "$@"
ls -l docs/*.png
