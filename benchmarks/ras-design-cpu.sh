#!/usr/bin/env bash
# The RAS design comparison (docs/adr/0033) as thread CPU time, every variant in turn in short
# blocks on one thread, so each sees the same neighbours on a shared machine. Reuses
# benchmarks/target/benchmarks.jar (build it with benchmarks/run.sh or
# `mvn -B -q package -pl benchmarks -am -DskipTests`). Writes results/<stamp>-ras-design-cpu.json.
# WARMUP and ROUNDS: rounds of 200 calculations per variant (default 150 each).
set -euo pipefail
cd "$(dirname "$0")/.."
commit=$(git rev-parse HEAD)
if ! git diff --quiet HEAD -- engine rules seeds benchmarks/src benchmarks/pom.xml pom.xml; then
  commit="$commit-dirty"
fi
out=benchmarks/results/$(date -u +%Y%m%dT%H%M%SZ)-ras-design-cpu.json
java -cp benchmarks/target/benchmarks.jar org.openras.benchmarks.design.RasDesignCpuTime \
  "$out" "$commit" "${WARMUP:-150}" "${ROUNDS:-150}"
echo "Wrote $out"
