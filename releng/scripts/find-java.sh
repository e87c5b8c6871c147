#!/usr/bin/env bash
# Prints the java executable of the newest Java runtime of at least the given feature release (e.g. 21) found
# on this machine: JAVA_HOME, KUBE9_JAVA_HOMES (paths separated by ':'), java on PATH, then /usr/lib/jvm/*.
# Fails, saying where it looked, when there is none.
set -euo pipefail
minimum=${1:?usage: find-java.sh MINIMUM_FEATURE_RELEASE}

candidates=()
[ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
if [ -n "${KUBE9_JAVA_HOMES:-}" ]; then
  IFS=: read -r -a homes <<<"$KUBE9_JAVA_HOMES"
  for home in "${homes[@]}"; do candidates+=("$home/bin/java"); done
fi
command -v java >/dev/null 2>&1 && candidates+=("$(readlink -f "$(command -v java)")")
for home in /usr/lib/jvm/*/; do candidates+=("${home%/}/bin/java"); done

best="" best_release=0
for java in "${candidates[@]}"; do
  [ -x "$java" ] || continue
  # "openjdk version "25.0.1" ..." or "1.8.0_412": the feature release is the first number (or the second after 1.).
  version=$("$java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/^ *java.specification.version =/ { print $2 }')
  release=${version#1.}
  release=${release%%.*}
  [[ "$release" =~ ^[0-9]+$ ]] || continue
  if [ "$release" -ge "$minimum" ] && [ "$release" -gt "$best_release" ]; then
    best=$java best_release=$release
  fi
done
if [ -z "$best" ]; then
  echo "find-java.sh: no Java $minimum or newer; looked at: ${candidates[*]:-nothing}" >&2
  echo "find-java.sh: install one (e.g. a Temurin JDK under /usr/lib/jvm) or set KUBE9_JAVA_HOMES" >&2
  exit 1
fi
echo "$best"
