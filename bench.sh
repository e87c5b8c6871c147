#!/usr/bin/env bash
# Benchmarks: kubectl processes against the API client, on the real test cluster with the demo and large
# seeds, in the real workbench. Prints the results and writes them to tests/io.kube9.benchmarks/target/bench/
# (results.md, results.csv, chart.png, history.png). Each run's timings are also appended, with the commit id and
# date, to tests/io.kube9.benchmarks/history/results-history.csv (kept across runs; history.png shows the last 5).
# Numbers are reported, never asserted: a slow run does not fail.
#
#   ./bench.sh                               the whole run
#   ./bench.sh -Dkube9.bench.scale=0.2       fewer repetitions (a smoke run; numbers less stable)
set -euo pipefail
cd "$(dirname "$0")"

# Packages, the test cluster's binaries, and the test clusters owned (and stopped) by this script.
source tests/session.sh

# Numbers are only worth comparing on a quiet machine: say so when it is not.
load=$(cut -d' ' -f1 /proc/loadavg)
others=$(pgrep -fa 'surefire|maven|mvn' | grep -v "^$$ " || true)
echo "bench.sh: load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) processors" >&2
if awk -v load="$load" 'BEGIN { exit !(load >= 1.0) }' || [ -n "$others" ]; then
  echo "bench.sh: the machine is busy (load $load${others:+, other builds running}): expect noisy numbers" >&2
fi

out=tests/io.kube9.benchmarks/target/bench
rm -rf "$out"
status=0
# Other modules skip their tests (-DskipTests); the benchmark bundle runs its own (-Dkube9.bench.skip=false).
xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B clean verify -DskipTests -Dkube9.bench.skip=false "$@" || status=$?

if [ -f "$out/results.md" ]; then
  echo
  echo "Benchmark results: $out/results.md, $out/results.csv, $out/chart.png, $out/history.png"
else
  echo "bench.sh: no results were written (see the output above)" >&2
  [ $status -ne 0 ] || status=1
fi
exit $status
