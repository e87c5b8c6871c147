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

# A real kube-apiserver and etcd, built from source once and cached outside the work tree.
command -v go >/dev/null || { echo "test.sh: Go 1.26 is needed to build the test cluster" >&2; exit 1; }
KUBE9_CLUSTER_BIN_DIR=$(tests/cluster/build.sh | tail -n 1)
export KUBE9_CLUSTER_BIN_DIR
# The test cluster lives as long as this script: its watchdog stops it when this process is gone.
export KUBE9_TEST_SESSION_PID=$$

stop_test_clusters() {
  local jar
  jar=$(ls tests/io.kube9.tests.cluster/target/io.kube9.tests.cluster-*.jar 2>/dev/null | head -n 1 || true)
  if [ -n "$jar" ]; then
    java -cp "$jar" io.kube9.tests.cluster.StopTestCluster || true
  fi
}
trap stop_test_clusters EXIT

status=0
xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B clean verify "$@" || status=$?

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
