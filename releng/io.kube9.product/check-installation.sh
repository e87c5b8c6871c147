#!/usr/bin/env bash
# Starts an installation headless with the installation checker (io.kube9.installcheck) and fails
# when any bundle does not resolve, our bundles cannot reach the client, or logging has no provider.
set -euo pipefail
installation=$1
launcher=$(ls "$installation"/plugins/org.eclipse.equinox.launcher_*.jar | head -1)
workspace=$(mktemp -d)
trap 'rm -rf "$workspace"' EXIT
cd "$installation"
timeout 300 java -jar "$launcher" -nosplash -consoleLog -application io.kube9.installcheck.app -data "$workspace"
