# Sourced by ./test.sh and ./bench.sh: what a run on the real workbench and the real test cluster needs.
# Installs the Debian packages the workbench needs, builds the test cluster's binaries (exports
# KUBE9_CLUSTER_BIN_DIR), makes the calling script the owner of the test clusters (KUBE9_TEST_SESSION_PID)
# and stops them when it exits.

# The real workbench runs on a virtual display: Xvfb and GTK 3 for SWT.
missing=()
for package in xvfb xauth libgtk-3-0; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "$(basename "$0"): installing ${missing[*]}" >&2
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The test cluster's binaries (kube-apiserver, -controller-manager, -scheduler, etcd, kwok), built from source
# once and cached outside the work tree (tests/cluster/README.md: the first build's time and downloads).
KUBE9_CLUSTER_BIN_DIR=$(tests/cluster/build.sh | tail -n 1)
export KUBE9_CLUSTER_BIN_DIR
# The Java 21+ runtime the 4.39 installation checks run on (releng/toolchains.xml reads it); fails, saying where
# it looked, when this machine has none.
KUBE9_JAVA21_HOME=$(dirname "$(dirname "$(releng/scripts/find-java.sh 21)")")
export KUBE9_JAVA21_HOME
# The test cluster lives as long as the calling script: its watchdog stops it when this process is gone.
export KUBE9_TEST_SESSION_PID=$$

stop_test_clusters() {
  local jar
  jar=$(ls tests/io.kube9.tests.cluster/target/io.kube9.tests.cluster-*.jar 2>/dev/null | head -n 1 || true)
  if [ -n "$jar" ]; then
    java -cp "$jar" io.kube9.tests.cluster.StopTestCluster || true
  fi
}
trap stop_test_clusters EXIT
