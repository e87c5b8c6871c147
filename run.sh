#!/usr/bin/env bash
# Starts the Eclipse workbench with Kube9 installed and the Kubernetes Explorer open.
# Builds the product first when it is missing (or with --rebuild).
set -euo pipefail
cd "$(dirname "$0")"

rebuild=false
for arg in "$@"; do
  case "$arg" in
    --rebuild) rebuild=true ;;
    -h|--help) echo "usage: ./run.sh [--rebuild]"; exit 0 ;;
    *) echo "run.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

product=releng/io.kube9.product/target/products/io.kube9.product/linux/gtk/x86_64
if $rebuild || ! ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar >/dev/null 2>&1; then
  echo "run.sh: building the product" >&2
  ./mvnw -B -q package -DskipTests
fi

if [ -z "${DISPLAY:-}" ]; then
  echo "run.sh: no DISPLAY; run it on a desktop, or under xvfb-run -a ./run.sh" >&2
  exit 1
fi

workspace=${KUBE9_WORKSPACE:-${XDG_DATA_HOME:-$HOME/.local/share}/kube9/workspace}
mkdir -p "$workspace"
launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar | head -1)
exec java -Xmx2g -jar "$launcher" -data "$workspace" -consoleLog
