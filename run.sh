#!/usr/bin/env bash
# Starts the Eclipse workbench with Kube9 installed and the Kubernetes Explorer open, on your kubeconfig.
# With --demo, or when you have no kubeconfig, on a local demo cluster (a real control plane with demo data,
# kwok as the kubelet of its nodes: pods run, log, crash-loop, open shells and forward ports) whose
# kubeconfig is the only one the product sees; your own kubeconfig is never touched.
set -euo pipefail
cd "$(dirname "$0")"

demo=false
rebuild=false
for arg in "$@"; do
  case "$arg" in
    --demo) demo=true ;;
    --rebuild) rebuild=true ;;
    -h|--help) echo "usage: ./run.sh [--demo] [--rebuild]"; exit 0 ;;
    *) echo "run.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

has_kubeconfig() {
  local file
  if [ -n "${KUBECONFIG:-}" ]; then
    IFS=: read -r -a files <<<"$KUBECONFIG"
    for file in "${files[@]}"; do [ -n "$file" ] && [ -f "$file" ] && return 0; done
    return 1
  fi
  [ -f "$HOME/.kube/config" ]
}
if ! $demo && ! has_kubeconfig; then
  echo "run.sh: no kubeconfig found; starting the demo cluster" >&2
  demo=true
fi

if [ -z "${DISPLAY:-}" ]; then
  echo "run.sh: no DISPLAY; run it on a desktop, or under xvfb-run -a ./run.sh" >&2
  exit 1
fi

product=releng/io.kube9.product/target/products/io.kube9.product/linux/gtk/x86_64
cluster_jar() { ls tests/io.kube9.tests.cluster/target/io.kube9.tests.cluster-*.jar 2>/dev/null | head -n 1; }
if $rebuild || ! ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar >/dev/null 2>&1 \
    || { $demo && [ -z "$(cluster_jar)" ]; }; then
  echo "run.sh: building the product" >&2
  ./mvnw -B -q package -DskipTests
fi
launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
data=${XDG_DATA_HOME:-$HOME/.local/share}/kube9

if ! $demo; then
  mkdir -p "$data/workspace"
  exec java -Xmx2g -jar "$launcher" -data "${KUBE9_WORKSPACE:-$data/workspace}" -consoleLog
fi

# The demo cluster runs on a plain classpath: the test-cluster jar and the client's jars from the product,
# one (the newest) of each bundle.
KUBE9_CLUSTER_BIN_DIR=$(tests/cluster/build.sh | tail -n 1)
export KUBE9_CLUSTER_BIN_DIR
classpath=$(cluster_jar)
while read -r jar; do
  classpath="$classpath:$jar"
done < <(ls "$product"/plugins/*.jar | grep -v '/org\.eclipse\.' \
  | awk -F/ '{ name = $NF; sub(/_[0-9].*$/, "", name); print name "\t" $0 }' \
  | sort -t $'\t' -k1,1 -k2,2V | awk -F'\t' '{ newest[$1] = $2 } END { for (n in newest) print newest[n] }')

demo_dir=$(mktemp -d "${TMPDIR:-/tmp}/kube9-demo.XXXXXX")
mkfifo "$demo_dir/control"
# Its stdin is the control pipe: when this script ends, the pipe closes and the cluster stops.
java -cp "$classpath" io.kube9.tests.cluster.DemoCluster --out "$demo_dir" --seed demo \
  <"$demo_dir/control" >"$demo_dir/ready" &
demo_pid=$!
exec 3>"$demo_dir/control"
product_pid=""
cleanup() {
  [ -n "$product_pid" ] && kill "$product_pid" 2>/dev/null || true
  exec 3>&- || true
  wait "$demo_pid" 2>/dev/null || true
  rm -rf "$demo_dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "run.sh: starting the demo cluster (a few seconds)" >&2
until grep -q '^KUBECONFIG=' "$demo_dir/ready" 2>/dev/null; do
  kill -0 "$demo_pid" 2>/dev/null || { echo "run.sh: the demo cluster did not start" >&2; exit 1; }
  sleep 0.2
done
KUBECONFIG=$(sed -n 's/^KUBECONFIG=//p' "$demo_dir/ready")
export KUBECONFIG
echo "run.sh: demo cluster ready; KUBECONFIG=$KUBECONFIG" >&2
cat >&2 <<EOF
run.sh: try it with kubectl too (KUBECONFIG=$KUBECONFIG):
run.sh:   kubectl logs -f -n default deploy/web         a new line every 100 ms
run.sh:   kubectl logs -n team-a deploy/worker --previous
run.sh:   kubectl exec -it -n team-a deploy/api -- sh   a shell on this machine, in the demo's sandbox folder
run.sh:   kubectl get pods -n team-a -w                 the worker crash-loops
EOF

mkdir -p "$data/demo-workspace"
java -Xmx2g -jar "$launcher" -data "${KUBE9_WORKSPACE:-$data/demo-workspace}" -consoleLog &
product_pid=$!
wait "$product_pid"
