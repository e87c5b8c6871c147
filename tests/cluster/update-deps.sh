#!/usr/bin/env bash
# Re-pin go.mod/go.sum to another Kubernetes / etcd release.
#
#   ./update-deps.sh v1.36.3 v3.6.8
#
# Use the etcd version the Kubernetes release itself pins (build/dependencies.yaml,
# hack/lib/etcd.sh): a newer etcd would raise shared dependencies (grpc, otel,
# x/net, ...) above what that Kubernetes release was tested with.
#
# k8s.io/kubernetes requires its staging modules (k8s.io/api, client-go, ...)
# at v0.0.0 with "replace => ./staging/...", which a consumer cannot resolve.
# The replace list is derived from the release's own go.mod: every staging
# module that release requires is replaced with its published v0.Y.Z tag.
# Afterwards update KUBE_VERSION / ETCD_VERSION in build.sh to match.
set -euo pipefail

kube_version=${1:?usage: $0 KUBE_VERSION ETCD_VERSION (e.g. v1.36.3 v3.6.8)}
etcd_version=${2:?usage: $0 KUBE_VERSION ETCD_VERSION (e.g. v1.36.3 v3.6.8)}
staging_version="v0.${kube_version#v1.}"

cd "$(dirname "${BASH_SOURCE[0]}")"
export GOFLAGS=-mod=mod

kube_gomod=$(go mod download -json "k8s.io/kubernetes@${kube_version}" |
  sed -n 's/^[[:space:]]*"GoMod": "\(.*\)",$/\1/p')
[[ -f $kube_gomod ]] || { echo "no go.mod for k8s.io/kubernetes@${kube_version}" >&2; exit 1; }

# Start from an empty go.mod so no stale requirement or replacement survives:
# the result is exactly Kubernetes' own dependency selection plus etcd.
module_path=kube9/tests/cluster
go_line=$(awk '$1 == "go" {print $2; exit}' "$kube_gomod")
rm -f go.mod go.sum
go mod init "$module_path" 2>/dev/null
go mod edit -go="$go_line"

# Staging modules = "k8s.io/NAME => ./staging/..." lines; keep those the release
# actually requires (e.g. k8s.io/sample-cli-plugin is not required and not
# necessarily published for every tag).
required=$(awk '/^require[[:space:]]*\(/{r=1;next} r&&/^\)/{r=0} r{print $1} /^require [^(]/{print $2}' "$kube_gomod")
count=0
while read -r mod; do
  if grep -qxF "$mod" <<<"$required"; then
    go mod edit -replace="${mod}=${mod}@${staging_version}"
    count=$((count + 1))
  fi
done < <(awk '$2 == "=>" && $3 ~ /^\.\/staging\// {print $1}' "$kube_gomod")
echo "replaced ${count} staging modules with ${staging_version}" >&2

go get "k8s.io/kubernetes@${kube_version}"
go get -tool "go.etcd.io/etcd/server/v3@${etcd_version}"
go mod tidy
go mod verify
