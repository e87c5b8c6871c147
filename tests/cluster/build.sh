#!/usr/bin/env bash
# Builds kube-apiserver and etcd from source (Go modules pinned in go.mod/go.sum)
# into a per-version cache directory and prints that directory as the last line
# of stdout. Progress goes to stderr. A second call with the binaries present
# returns at once without invoking the Go tool.
#
#   bin=$(tests/cluster/build.sh | tail -n1)
#   "$bin/etcd" ...; "$bin/kube-apiserver" ...
#
# Cache: ${KUBE9_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/kube9}/cluster/<key>/bin
# where <key> = k8s-<kube version>-etcd-<etcd version>-<checksum of the inputs>.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# Versions come from go.mod, the single source of truth (see update-deps.sh).
kube_version=$(awk '$1 == "k8s.io/kubernetes" {print $2; exit}' "$here/go.mod")
etcd_version=$(awk '$1 == "go.etcd.io/etcd/server/v3" {print $2; exit}' "$here/go.mod")
[[ $kube_version =~ ^v1\.([0-9]+)\.[0-9]+$ ]] || { echo "build.sh: bad k8s.io/kubernetes version '$kube_version' in go.mod" >&2; exit 1; }
kube_minor=${BASH_REMATCH[1]}
[[ $etcd_version =~ ^v3\. ]] || { echo "build.sh: bad etcd version '$etcd_version' in go.mod" >&2; exit 1; }

# What upstream's hack/lib/version.sh stamps, so /version reports the release.
# buildDate is fixed (not "now") to keep the build reproducible.
ldflags="-s -w"
for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
  ldflags+=" -X $pkg.gitVersion=$kube_version -X $pkg.gitMajor=1 -X $pkg.gitMinor=$kube_minor"
  ldflags+=" -X $pkg.gitTreeState=clean -X $pkg.gitCommit= -X $pkg.buildDate=1970-01-01T00:00:00Z"
done
etcd_ldflags="-s -w -X go.etcd.io/etcd/api/v3/version.GitSHA=go-module-$etcd_version"
# -buildvcs=false: VCS stamping fails in some checkouts (no commits yet, "dubious ownership").
build_flags=(-trimpath -buildvcs=false)

sum=$( { cat "$here/go.mod" "$here/go.sum" "$here/cmd/kube-apiserver/main.go"; echo "${build_flags[*]}|$ldflags|$etcd_ldflags"; } | cksum | awk '{print $1}')
key="k8s-${kube_version}-etcd-${etcd_version}-${sum}"
key_dir="${KUBE9_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/kube9}/cluster/$key"
bin="$key_dir/bin"

complete() { [[ -x $bin/kube-apiserver && -x $bin/etcd ]]; }

if complete; then
  echo "$bin"
  exit 0
fi
# Only a build needs Go; cached binaries do not.
command -v go >/dev/null || { echo "build.sh: Go 1.26 is needed to build the test cluster once" >&2; exit 1; }

mkdir -p "$key_dir"
# Serialize concurrent cold builds (each needs GBs of memory) where flock exists.
if command -v flock >/dev/null 2>&1; then
  exec 9>"$key_dir/.lock"
  flock 9
  if complete; then
    echo "$bin"
    exit 0
  fi
  rm -rf "$key_dir"/bin.tmp.* # leftovers of an interrupted build (safe: we hold the lock)
fi
tmp=$(mktemp -d "$key_dir/bin.tmp.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# Static binaries as upstream ships them; no module edits at build time:
# go.mod/go.sum are committed and complete, so the default -mod=readonly works.
export CGO_ENABLED=0 GOWORK=off
cd "$here"
start=$SECONDS
echo "build.sh: building kube-apiserver $kube_version and etcd $etcd_version into $bin (cold: ~90 MB of module downloads, ~8 min on 2 cores)" >&2
go build "${build_flags[@]}" -ldflags "$ldflags" -o "$tmp/kube-apiserver" ./cmd/kube-apiserver
echo "build.sh: kube-apiserver built after $((SECONDS - start))s" >&2
go build "${build_flags[@]}" -ldflags "$etcd_ldflags" -o "$tmp/etcd" go.etcd.io/etcd/server/v3
echo "build.sh: etcd built after $((SECONDS - start))s" >&2

# Each rename is atomic on the same file system; complete() needs both, and
# kube-apiserver goes last, so a reader never sees a half-written binary.
mkdir -p "$bin"
mv -f "$tmp/etcd" "$bin/etcd"
mv -f "$tmp/kube-apiserver" "$bin/kube-apiserver"
echo "$bin"
