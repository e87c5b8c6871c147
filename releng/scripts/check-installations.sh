#!/usr/bin/env bash
# Checks installations into which the build installed the feature from the update site:
#   check-installations.sh NAME INSTALLATION JAVA [NAME INSTALLATION JAVA]...
# JAVA is a java executable, or java:N for the newest Java N or newer on this machine (find-java.sh).
# Starts one demo cluster (the real test cluster with the demo seed) from the first installation's client jars,
# then runs each installation once, on its Java, with the installation checker (io.kube9.installcheck): every
# bundle resolves, no uses-constraint violation, the Kubernetes perspective and the Explorer open in the real
# workbench (needs a DISPLAY: the build runs under xvfb-run), core lists the demo's pods. Each workspace starts
# with a preference node in an older format (keys this version does not know, values it cannot read).
# Prints the time each check took; fails on the first installation that does not pass.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
[ $(( $# % 3 )) -eq 0 ] && [ $# -gt 0 ] || { echo "usage: $0 NAME INSTALLATION JAVA..." >&2; exit 2; }
if [ -z "${DISPLAY:-}" ]; then
  echo "check-installations.sh: no DISPLAY; run the build under xvfb-run" >&2
  exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/kube9-installcheck.XXXXXX")
demo_pid=""
cleanup() {
  exec 3>&- 2>/dev/null || true
  [ -n "$demo_pid" ] && wait "$demo_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# The demo cluster on a plain classpath: the test-cluster jar and the newest of each client jar installed. Not
# in a subshell: the cluster runs as long as this shell holds its control pipe open. Sets kubeconfig.
start_demo_cluster() {
  local plugins=$1 classpath jar
  classpath=$(ls "$root"/tests/io.kube9.tests.cluster/target/io.kube9.tests.cluster-*.jar | head -n 1)
  while read -r jar; do classpath="$classpath:$jar"; done < <(ls "$plugins"/*.jar | grep -v '/org\.eclipse\.' \
    | awk -F/ '{ name = $NF; sub(/_[0-9].*$/, "", name); print name "\t" $0 }' \
    | sort -t $'\t' -k1,1 -k2,2V | awk -F'\t' '{ newest[$1] = $2 } END { for (n in newest) print newest[n] }')
  mkfifo "$work/control"
  KUBE9_CLUSTER_BIN_DIR=${KUBE9_CLUSTER_BIN_DIR:-$("$root"/tests/cluster/build.sh | tail -n 1)} \
    java -cp "$classpath" io.kube9.tests.cluster.DemoCluster --out "$work/demo" --seed demo \
    <"$work/control" >"$work/demo.out" 2>"$work/demo.log" &
  demo_pid=$!
  exec 3>"$work/control"
  local deadline=$((SECONDS + 180))
  until grep -q '^KUBECONFIG=' "$work/demo.out" 2>/dev/null; do
    if ! kill -0 "$demo_pid" 2>/dev/null || [ $SECONDS -gt $deadline ]; then
      echo "check-installations.sh: the demo cluster did not start:" >&2
      cat "$work/demo.log" >&2
      exit 1
    fi
    sleep 0.5
  done
  kubeconfig=$(sed -n 's/^KUBECONFIG=//p' "$work/demo.out" | head -n 1)
}

# An older preference node: what OlderPreferencesTest checks in the test workbench, here in a real start.
seed_older_preferences() {
  local settings="$1/.metadata/.plugins/org.eclipse.core.runtime/.settings"
  mkdir -p "$settings"
  cat >"$settings/io.kube9.preferences.prefs" <<'PREFS'
eclipse.preferences.version=1
backend=fabric8
kubeconfigPath=/home/someone/.kube/old-config
requestTimeoutMillis=30000
connectTimeoutSeconds=10s
pageSize=0
namespaceMode=per-window
cacheTtlSeconds.pods=five
PREFS
}

started=$SECONDS
start_demo_cluster "$2/plugins"
echo "check-installations.sh: demo cluster up in $((SECONDS - started)) s ($kubeconfig)"
# What kubectl lists now, less the two pods a completing Job or the crash loop may take away meanwhile.
listed=$(KUBECONFIG=$kubeconfig kubectl get pods -A --no-headers 2>"$work/kubectl.err" | wc -l) \
  || { echo "check-installations.sh: kubectl cannot list the demo's pods:" >&2; cat "$work/kubectl.err" >&2; exit 1; }
pods=$(( listed > 3 ? listed - 2 : 1 ))
echo "check-installations.sh: kubectl lists $listed pods; each installation's core must list at least $pods"

while [ $# -gt 0 ]; do
  name=$1 installation=$(cd "$2" && pwd) java=$3
  shift 3
  if [[ "$java" == java:* ]]; then
    java=$("$here/find-java.sh" "${java#java:}")
  fi
  launcher=$(ls "$installation"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
  workspace="$work/workspace-$name"
  seed_older_preferences "$workspace"
  log="$installation/../installcheck-$name.log"
  started=$SECONDS
  status=0
  (cd "$installation" && KUBECONFIG=$kubeconfig timeout 300 "$java" -Xmx1g -jar "$launcher" -clean -nosplash \
      -consoleLog -data "$workspace" -application io.kube9.installcheck.app -minimumPods "$pods") >"$log" 2>&1 \
    || status=$?
  grep '^INSTALL CHECK' "$log" || true
  if grep -q 'Uses constraint violation' "$log"; then
    echo "check-installations.sh: $name: a bundle reports a uses-constraint violation (see $log)" >&2
    status=1
  fi
  echo "check-installations.sh: $name on $("$java" -XshowSettings:properties -version 2>&1 \
    | awk -F' = ' '/java.runtime.version/ { print $2 }'): exit $status in $((SECONDS - started)) s"
  if [ $status -ne 0 ]; then
    echo "check-installations.sh: $name failed; its log ($log):" >&2
    tail -n 80 "$log" >&2
    exit 1
  fi
done
