#!/usr/bin/env bash
# Builds the benchmark jar (running the differential test that keeps the comparison honest), runs
# every benchmark with the settings in its annotations, and writes into benchmarks/results/:
#   <date>-<name>.json          JMH's own JSON (NAME, default ras)
#   <date>-<name>.sidecar.json  date, machine (with the load average before and after), command,
#                               commit measured, and a summary
# Extra arguments go to JMH, e.g. `NAME=whole benchmarks/run.sh WholeCalculation`, or
# `benchmarks/run.sh RasCalculation -p seed=person-no-eligible-needs-no-points.json`.
# MVN_FLAGS="-o" builds offline; SKIP_BUILD=1 reuses benchmarks/target/benchmarks.jar.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${SKIP_BUILD:-}" != "1" ]]; then
  mvn -B -q ${MVN_FLAGS:-} package -pl benchmarks -am \
    -Dtest='ReferenceMatches*,WholeReference*,SameFigures*,JmhSummary*,DesignMatches*' \
    -Dsurefire.failIfNoSpecifiedTests=false
fi

jar=benchmarks/target/benchmarks.jar
date=$(date -u +%Y-%m-%d)
results=benchmarks/results/$date-${NAME:-ras}.json
sidecar=benchmarks/results/$date-${NAME:-ras}.sidecar.json
commit=$(git rev-parse HEAD)
if ! git diff --quiet HEAD -- engine rules seeds benchmarks/src benchmarks/pom.xml pom.xml; then
  commit="$commit-dirty"
fi
mkdir -p benchmarks/results

cmd=(java -jar "$jar" "$@" -rf json -rff "$results")
OPENRAS_LOAD_BEFORE_RUN=$(cat /proc/loadavg)
export OPENRAS_LOAD_BEFORE_RUN
echo "Running: ${cmd[*]}"
"${cmd[@]}"
java -cp "$jar" org.openras.benchmarks.results.RunRecord "$results" "$sidecar" "${cmd[*]}" "$commit"
echo "Wrote $results and $sidecar"
cat "$sidecar"
