#!/usr/bin/env bash
# Builds the test cluster's binaries from source (Go modules pinned in go.mod/go.sum files) and prints the
# directory that holds all of them as the last line of stdout. Progress goes to stderr. A second call with
# the binaries present returns at once without invoking the Go tool.
#
#   bin=$(tests/cluster/build.sh | tail -n1)
#   "$bin/etcd" ...; "$bin/kube-apiserver" ...; "$bin/kwok" ...
#
# From tests/cluster (k8s.io/kubernetes and etcd): kube-apiserver, kube-controller-manager, kube-scheduler,
# etcd. From tests/kwok (sigs.k8s.io/kwok, a module of its own so its Kubernetes libraries do not lift
# ours): kwok, and kube9-pod-backend (the log writer and port-forward target of the simulated pods).
#
# Cache: ${KUBE9_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/kube9}/cluster/
#   parts/<binary>-<version>-<checksum of its inputs>/<binary>   each binary once, built only when missing
#   <versions>-<checksum of the parts>/bin/                       hard links to the parts: what is printed
# so a change to one input (a main.go, the kwok version) rebuilds only the binaries it feeds.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
kwok_module=$(cd "$here/../kwok" && pwd)

# Versions come from the go.mod files, the single source of truth (see update-deps.sh).
version_of() { awk -v module="$1" '$1 == module {print $2; exit}' "$2"; }
kube_version=$(version_of k8s.io/kubernetes "$here/go.mod")
etcd_version=$(version_of go.etcd.io/etcd/server/v3 "$here/go.mod")
kwok_version=$(version_of sigs.k8s.io/kwok "$kwok_module/go.mod")
[[ $kube_version =~ ^v1\.([0-9]+)\.[0-9]+$ ]] || { echo "build.sh: bad k8s.io/kubernetes version '$kube_version' in go.mod" >&2; exit 1; }
kube_minor=${BASH_REMATCH[1]}
[[ $etcd_version =~ ^v3\. ]] || { echo "build.sh: bad etcd version '$etcd_version' in go.mod" >&2; exit 1; }
[[ $kwok_version =~ ^v0\. ]] || { echo "build.sh: bad sigs.k8s.io/kwok version '$kwok_version' in ../kwok/go.mod" >&2; exit 1; }

# What upstream's hack/lib/version.sh stamps, so /version reports the release.
# buildDate is fixed (not "now") to keep the build reproducible.
kube_ldflags="-s -w"
for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
  kube_ldflags+=" -X $pkg.gitVersion=$kube_version -X $pkg.gitMajor=1 -X $pkg.gitMinor=$kube_minor"
  kube_ldflags+=" -X $pkg.gitTreeState=clean -X $pkg.gitCommit= -X $pkg.buildDate=1970-01-01T00:00:00Z"
done
etcd_ldflags="-s -w -X go.etcd.io/etcd/api/v3/version.GitSHA=go-module-$etcd_version"
# kwok's version is a constant in its own source; nothing to stamp.
plain_ldflags="-s -w"
# -buildvcs=false: VCS stamping fails in some checkouts (no commits yet, "dubious ownership").
build_flags=(-trimpath -buildvcs=false)

# One line per binary: name, version, module dir, package, ldflags variable, inputs (relative to the module).
parts=(
  "kube-apiserver|$kube_version|$here|./cmd/kube-apiserver|kube_ldflags|go.mod go.sum cmd/kube-apiserver/main.go"
  "kube-controller-manager|$kube_version|$here|./cmd/kube-controller-manager|kube_ldflags|go.mod go.sum cmd/kube-controller-manager/main.go"
  "kube-scheduler|$kube_version|$here|./cmd/kube-scheduler|kube_ldflags|go.mod go.sum cmd/kube-scheduler/main.go"
  "etcd|$etcd_version|$here|go.etcd.io/etcd/server/v3|etcd_ldflags|go.mod go.sum"
  "kwok|$kwok_version|$kwok_module|sigs.k8s.io/kwok/cmd/kwok|plain_ldflags|go.mod go.sum"
  "kube9-pod-backend|$kwok_version|$kwok_module|./cmd/kube9-pod-backend|plain_ldflags|go.mod cmd/kube9-pod-backend/main.go"
)

root="${KUBE9_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/kube9}/cluster"
part_dirs=()
all_sums=""
for part in "${parts[@]}"; do
  IFS='|' read -r name version module package flags_var inputs <<<"$part"
  sum=$( { (cd "$module" && cat $inputs); echo "${build_flags[*]}|$package|${!flags_var}"; } | cksum | awk '{print $1}')
  part_dirs+=("$root/parts/$name-$version-$sum")
  all_sums+="$name-$sum "
done
key="k8s-${kube_version}-etcd-${etcd_version}-kwok-${kwok_version}-$(echo "$all_sums" | cksum | awk '{print $1}')"
bin="$root/$key/bin"

complete() {
  local part name
  for part in "${parts[@]}"; do
    name=${part%%|*}
    [[ -x $bin/$name ]] || return 1
  done
}

if complete; then
  echo "$bin"
  exit 0
fi
# Only a build needs Go; cached binaries do not.
command -v go >/dev/null || { echo "build.sh: Go 1.26 is needed to build the test cluster once" >&2; exit 1; }

mkdir -p "$root/parts" "$root/$key"
# Serialize concurrent builds (each needs GBs of memory) where flock exists.
if command -v flock >/dev/null 2>&1; then
  exec 9>"$root/.lock"
  flock 9
  if complete; then
    echo "$bin"
    exit 0
  fi
  # Leftovers of an interrupted build (safe: we hold the lock).
  rm -rf "$root"/parts/.tmp.* "$root/$key"/bin.tmp.*
fi
tmp=$(mktemp -d "$root/parts/.tmp.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# Static binaries as upstream ships them; no module edits at build time:
# go.mod/go.sum are committed and complete, so the default -mod=readonly works.
export CGO_ENABLED=0 GOWORK=off
start=$SECONDS
# Binaries of one module with the same flags are built by one go command: it compiles shared packages once.
declare -A batches=()
declare -A batch_parts=()
for i in "${!parts[@]}"; do
  [[ -x ${part_dirs[$i]}/${parts[$i]%%|*} ]] && continue
  IFS='|' read -r name version module package flags_var inputs <<<"${parts[$i]}"
  batches["$module|$flags_var"]+=" $package"
  batch_parts["$module|$flags_var"]+=" $i"
done
for batch in "${!batches[@]}"; do
  module=${batch%%|*}
  flags_var=${batch#*|}
  read -r -a packages <<<"${batches[$batch]}"
  names=""
  for i in ${batch_parts[$batch]}; do names+=" ${parts[$i]%%|*}"; done
  echo "build.sh: building$names in $module (cold: several minutes on 2 cores)" >&2
  mkdir -p "$tmp/out"
  (cd "$module" && go build "${build_flags[@]}" -ldflags "${!flags_var}" -o "$tmp/out/" "${packages[@]}")
  for i in ${batch_parts[$batch]}; do
    name=${parts[$i]%%|*}
    # go build -o DIR/ names a binary after its package path's last element, skipping a major-version
    # suffix (go.etcd.io/etcd/server/v3 -> server).
    IFS='|' read -r _ _ _ package _ _ <<<"${parts[$i]}"
    built=$(basename "$package")
    [[ $built =~ ^v[0-9]+$ ]] && built=$(basename "$(dirname "$package")")
    mkdir -p "$tmp/$name"
    mv "$tmp/out/$built" "$tmp/$name/$name"
    # A directory rename is atomic: a part is there complete or not at all.
    rm -rf "${part_dirs[$i]}"
    mv "$tmp/$name" "${part_dirs[$i]}"
    echo "build.sh: $name built after $((SECONDS - start))s" >&2
  done
  rm -rf "$tmp/out"
done

# The printed directory: hard links to the parts (same file system), renamed into place at once.
assembly=$(mktemp -d "$root/$key/bin.tmp.XXXXXX")
for i in "${!parts[@]}"; do
  name=${parts[$i]%%|*}
  ln "${part_dirs[$i]}/$name" "$assembly/$name" 2>/dev/null || cp -p "${part_dirs[$i]}/$name" "$assembly/$name"
done
rm -rf "$bin"
mv "$assembly" "$bin"
echo "$bin"
