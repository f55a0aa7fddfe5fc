#!/usr/bin/env bash
# Scenario benchmark (issue 7): generate a caseload, run baseline against candidate end to end with
# the openras CLI under -Xmx1g, and record the figures as JSON in benchmarks/results/.
# Not a test: run by hand. Usage: benchmarks/scenario.sh [people] (default 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
PEOPLE="${1:-100000}"
WORK="${TMPDIR:-/tmp}/openras-scenario-bench"
mkdir -p "$WORK" benchmarks/results
mvn -q -B -o package dependency:build-classpath -Dmdep.outputFile=target/cp.txt \
  -DskipTests -Dspotless.check.skip=true -pl seeds -am
CP="seeds/target/classes:$(cat seeds/target/cp.txt)"
CASELOAD="$WORK/caseload-$PEOPLE.jsonl"
java -cp "$CP" org.openras.seeds.cli.OpenRasCli generate --people "$PEOPLE" --seed 20250401 -o "$CASELOAD" 2>/dev/null
CMD=(java -Xmx1g -cp "$CP" org.openras.seeds.cli.OpenRasCli scenario --caseload "$CASELOAD"
  --title "Benchmark: 2025/26 RAS against +3% price per point for people aged 65 and over"
  --baseline-date 2025-06-01 --override 'ras:pricePerPoint*1.03@age>=65' -o "$WORK/out-$PEOPLE")
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -v "${CMD[@]}" 2> "$WORK/time-$PEOPLE.txt" || { cat "$WORK/time-$PEOPLE.txt"; exit 1; }
WALL="$(grep 'Elapsed (wall clock)' "$WORK/time-$PEOPLE.txt" | awk '{print $NF}')"
RSS_KB="$(grep 'Maximum resident set size' "$WORK/time-$PEOPLE.txt" | awk '{print $NF}')"
CPU="$(grep 'Percent of CPU' "$WORK/time-$PEOPLE.txt" | awk '{print $NF}')"
USER_S="$(grep 'User time' "$WORK/time-$PEOPLE.txt" | awk '{print $NF}')"
SCEN_S="$(tr '\r' '\n' < "$WORK/time-$PEOPLE.txt" | grep 'scenario done' | sed -E 's/.* in ([0-9.]+) s.*/\1/')"
OUT="benchmarks/results/scenario-$PEOPLE-$(date -u +%Y%m%dT%H%M%SZ).json"
cat > "$OUT" <<JSON
{
  "benchmark": "scenario end to end (CLI): $PEOPLE people, baseline against candidate",
  "date": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "commit": "$(git rev-parse HEAD)",
  "machine": {"cpus": $(nproc), "model": "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)", "memoryKb": $(grep MemTotal /proc/meminfo | awk '{print $2}'), "java": "$(java -version 2>&1 | head -1 | tr -d '"')", "loadAverageBefore": "$LOAD_BEFORE"},
  "command": "$(printf '%q ' "${CMD[@]}" | sed 's/"/\\"/g' | sed "s#$CP#<classpath>#" | sed "s#$WORK#<work>#g")",
  "work": "<work> is \$TMPDIR/openras-scenario-bench (default /tmp)",
  "caseloadSha256": "$(sha256sum "$CASELOAD" | cut -d' ' -f1)",
  "figures": {"wallClock": "$WALL", "scenarioSecondsIncludingRuleCompilation": "$SCEN_S", "maxResidentSetKb": $RSS_KB, "cpuPercent": "$CPU", "userCpuSeconds": "$USER_S", "heapLimit": "-Xmx1g"},
  "targets": {"seconds": 10, "heap": "1 GiB"}
}
JSON
echo "$OUT"; cat "$OUT"
