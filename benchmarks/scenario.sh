#!/usr/bin/env bash
# Scenario scaling benchmark (issue 22; not run in CI). Generates a caseload, then in ONE run:
#   1. the reference: JMH WholeCalculationBenchmark.engine on one core (µs per whole calculation);
#   2. the scenario (baseline against +3 % price per point for people aged 65 and over) end to end
#      under -Xmx1g on one core (taskset -c $CORE_ONE) and on two (taskset -c $CORES_TWO), each in a
#      fresh JVM (org.openras.benchmarks.scenario.ScenarioScaling: reading, both sides on every
#      core the JVM sees, people.csv streamed, report.json and report.html written);
#   3. $BIG people (default 1,000,000) on two cores under -Xmx1g: the heap stays flat (streamed).
# and writes one JSON, benchmarks/results/<stamp>-scenario.json: date, machine, the command in
# full, commit, load average before and after, each run (seconds, CPU seconds, people per second
# per core, the rate in each tenth of the run, heap), the speed-up from one core to two (target
# 1.8), and people per second per core against the JMH figure measured in the same run.
#
# Usage: benchmarks/scenario.sh [people] (default 100000). Environment: BIG=1000000 (0 skips it),
# CORE_ONE=0, CORES_TWO=0,1, MVN_FLAGS=-o, SKIP_BUILD=1 (reuse benchmarks.jar).
# Takes about 3-4 minutes on 2 quiet cores (100,000 people: ~10-20 s per run; 1,000,000: ~1-2 min).
set -euo pipefail
cd "$(dirname "$0")/.."
PEOPLE="${1:-100000}" BIG="${BIG:-1000000}" CORE_ONE="${CORE_ONE:-0}" CORES_TWO="${CORES_TWO:-0,1}"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
work=benchmarks/target/scenario-$stamp
out=benchmarks/results/$stamp-scenario.json
mkdir -p "$work" benchmarks/results
if [[ "${SKIP_BUILD:-}" != "1" ]]; then
  mvn -B -q ${MVN_FLAGS:-} package -pl benchmarks -am -DskipTests -Dspotless.check.skip=true
fi
jar=benchmarks/target/benchmarks.jar
commit=$(git rev-parse HEAD)
git diff --quiet HEAD -- engine rules seeds benchmarks/src || commit="$commit-dirty"
caseload() { # people -> file (generated once per size and seed, reused)
  local f="benchmarks/target/caseload-$1.jsonl"
  [[ -s "$f" ]] || java -cp "$jar" org.openras.seeds.cli.OpenRasCli generate --people "$1" --seed 20250401 -o "$f" >&2
  echo "$f"
}
small=$(caseload "$PEOPLE")
load_before=$(cat /proc/loadavg)

echo "Reference: JMH whole calculation on core $CORE_ONE" >&2
taskset -c "$CORE_ONE" java -jar "$jar" 'WholeCalculationBenchmark.engine' -f 1 -wi 3 -w 2s -i 3 -r 2s \
  -rf json -rff "$work/jmh.json" > "$work/jmh.log"
run() { # name cores caseload
  echo "Scenario: $1 on cores $2" >&2
  taskset -c "$2" java -Xmx1g -cp "$jar" org.openras.benchmarks.scenario.ScenarioScaling \
    "$3" "$work/out-$1" "$work/$1.json" > "$work/$1.log"
}
run one "$CORE_ONE" "$small"
run two "$CORES_TWO" "$small"
if [[ "$BIG" != "0" ]]; then
  run big "$CORES_TWO" "$(caseload "$BIG")"
fi
load_after=$(cat /proc/loadavg)

command="BIG=$BIG CORE_ONE=$CORE_ONE CORES_TWO=$CORES_TWO benchmarks/scenario.sh $PEOPLE"
python3 - "$work" "$out" "$command" "$commit" "$load_before" "$load_after" "$PEOPLE" "$small" <<'PY'
import json, os, platform, subprocess, sys, datetime, hashlib
work, out, command, commit, before, after, people, small = sys.argv[1:9]
def load(n):
    p = os.path.join(work, n + ".json")
    return json.load(open(p)) if os.path.exists(p) else None
jmh = json.load(open(os.path.join(work, "jmh.json")))[0]
engine_us = jmh["primaryMetric"]["score"]
one, two, big = load("one"), load("two"), load("big")
def cpu_model():
    for l in open("/proc/cpuinfo"):
        if l.startswith("model name"): return l.split(":", 1)[1].strip()
def per_core_vs_jmh(r):
    # Each person is calculated twice (baseline and candidate): calculations per second per core
    # against what JMH's single thread does per second on the same machine in the same run.
    calcs = 2 * r["calculated"] / r["seconds"] / r["cores"]
    return {"calculationsPerSecondPerCore": round(calcs, 1),
            "jmhCalculationsPerSecondOneThread": round(1e6 / engine_us, 1),
            "shareOfJmhRate": round(calcs / (1e6 / engine_us), 3),
            "cpuMicrosPerCalculation": round(r["cpuSeconds"] * 1e6 / (2 * r["calculated"]), 1)}
result = {
  "benchmark": "scenario end to end: %s people, baseline against candidate, one core against two, and %s people under -Xmx1g" % (people, big and big["people"]),
  "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
  "machine": {"processors": os.cpu_count(), "cpuModel": cpu_model(),
              "memory": open("/proc/meminfo").readline().split(":")[1].strip(),
              "os": platform.platform(),
              "java": subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0],
              "loadAverageBefore": before.strip(), "loadAverageAfter": after.strip()},
  "command": command,
  "commit": commit,
  "caseloadSha256": hashlib.sha256(open(small, "rb").read()).hexdigest(),
  "reference": {"benchmark": jmh["benchmark"], "microsPerWholeCalculation": round(engine_us, 2),
                "error": round(jmh["primaryMetric"]["scoreError"], 2),
                "settings": "taskset one core, 1 fork, 3 x 2 s warm-up, 3 x 2 s measured",
                "note": "seed people's whole requests (eligibility, RAS, adjustments, contributions); the generated caseload's requests differ, so the share is indicative"},
  "oneCore": one, "twoCores": two, "big": big,
  "speedUpOneToTwoCores": round(one["seconds"] / two["seconds"], 2),
  "targetSpeedUp": 1.8,
  "speedUpMet": one["seconds"] / two["seconds"] >= 1.8,
  "sameTotalsOneAndTwoCores": one["weeklyNetChange"] == two["weeklyNetChange"] and one["calculated"] == two["calculated"],
  "perCoreAgainstJmh": {"oneCore": per_core_vs_jmh(one), "twoCores": per_core_vs_jmh(two),
                        **({"big": per_core_vs_jmh(big)} if big else {})},
  "steadyFromStart": {name: (r["ratePerTenthPeoplePerSecond"][0] / (r["people"] / r["seconds"])) if r and r["ratePerTenthPeoplePerSecond"] else None
                      for name, r in (("oneCore", one), ("twoCores", two), ("big", big))},
  "note": "steadyFromStart: the first tenth's rate over the whole run's; 1.0 means no warm-up visible. Absolute figures hold only for this machine and load average; compare the ratios.",
}
json.dump(result, open(out, "w"), indent=2)
open(out, "a").write("\n")
print(json.dumps(result, indent=2))
PY
echo "Wrote $out" >&2
