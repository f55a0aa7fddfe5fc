#!/usr/bin/env bash
# Scenario scaling benchmark (issue 22; not run in CI). Generates a caseload, then in ONE run:
#   1. the reference: JMH WholeCalculationBenchmark.engine on one core (µs per whole calculation);
#   2. the scenario (baseline against +3 % price per point for people aged 65 and over) end to end
#      under -Xmx1g on one core (taskset -c $CORE_ONE) and on two (taskset -c $CORES_TWO), each in a
#      fresh JVM (org.openras.benchmarks.scenario.ScenarioScaling: reading, both sides on every
#      core the JVM sees, people.csv streamed, report.json and report.html written), in two ways:
#        cold: the fresh JVM runs the scenario at once (as the CLI does; the JIT's warm-up included);
#        warm: the same JVM first runs the scenario over $WARM_PEOPLE other people (another seed),
#              then the measured run (as the service runs scenarios: after its own warm-up);
#      each of the four $REPEAT times (default 3), in turn, and the median of each is reported;
#   3. $BIG people (default 1,000,000) on two cores under -Xmx1g: the heap stays flat (streamed).
# Every scenario JVM and both JMH references run with the same $JVM_FLAGS (default -XX:+UseParallelGC): left alone, the
# JVM picks the serial collector on one core and G1 on two, and the ratio would compare collectors
# as well as cores.
# Writes one JSON, benchmarks/results/<stamp>-scenario.json: date, machine, the command in full,
# commit, load average before and after, each run (seconds, CPU seconds, people per second per
# core, the rate in each tenth of the run, heap), the speed-up from one core to two, cold and warm
# (target 1.8), and people per second per core against the JMH figure measured in the same run.
#
# Usage: benchmarks/scenario.sh [people] (default 100000). Environment: BIG=1000000 (0 skips it),
# REPEAT=3, WARM_PEOPLE=20000, JVM_FLAGS=-XX:+UseParallelGC, CORE_ONE=0, CORES_TWO=0,1,
# MVN_FLAGS=-o, SKIP_BUILD=1 (reuse benchmarks.jar), JAVA=path/to/bin/java (the JDK of every measured
# JVM: the JMH references and the scenarios; default java on the PATH).
# Takes about 8-10 minutes on 2 quiet cores (100,000 people: ~10-30 s per run; 1,000,000: ~1 min).
set -euo pipefail
cd "$(dirname "$0")/.."
PEOPLE="${1:-100000}" BIG="${BIG:-1000000}" CORE_ONE="${CORE_ONE:-0}" CORES_TWO="${CORES_TWO:-0,1}"
REPEAT="${REPEAT:-3}" WARM_PEOPLE="${WARM_PEOPLE:-20000}" JVM_FLAGS="${JVM_FLAGS:--XX:+UseParallelGC}"
export JAVA="${JAVA:-java}"
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
caseload() { # people [seed] -> file (generated once per size and seed, reused)
  local seed="${2:-20250401}"
  local f="benchmarks/target/caseload-$1-$seed.jsonl"
  [[ -s "$f" ]] || java -cp "$jar" org.openras.seeds.cli.OpenRasCli generate --people "$1" --seed "$seed" -o "$f" >&2
  echo "$f"
}
small=$(caseload "$PEOPLE")
warm=$(caseload "$WARM_PEOPLE" 20240401)
load_before=$(cat /proc/loadavg)

echo "Reference: JMH whole calculation, one thread on core $CORE_ONE, two threads on cores $CORES_TWO" >&2
taskset -c "$CORE_ONE" "$JAVA" -jar "$jar" 'WholeCalculationBenchmark.engine' -f 1 -wi 12 -w 2s -i 5 -r 2s \
  -jvmArgsAppend "$JVM_FLAGS" -rf json -rff "$work/jmh.json" > "$work/jmh.log"
# The engine alone on two cores (two threads, nothing shared but the rule bases): what this machine
# gives this code from a second core, the reference for the scenario's own speed-up.
taskset -c "$CORES_TWO" "$JAVA" -jar "$jar" 'WholeCalculationBenchmark.engine' -f 1 -t 2 -wi 12 -w 2s -i 5 -r 2s \
  -jvmArgsAppend "$JVM_FLAGS" -rf json -rff "$work/jmh2.json" > "$work/jmh2.log"
run() { # name cores caseload [warm-up caseload]
  echo "Scenario: $1 on cores $2" >&2
  # shellcheck disable=SC2086 # JVM_FLAGS is a list of options
  taskset -c "$2" "$JAVA" -Xmx1g $JVM_FLAGS -cp "$jar" org.openras.benchmarks.scenario.ScenarioScaling \
    "$3" "$work/out-$1" "$work/$1.json" ${4:-} > "$work/$1.log"
  rm -rf "$work/out-$1"
}
for i in $(seq 1 "$REPEAT"); do
  run "one-cold-$i" "$CORE_ONE" "$small"
  run "two-cold-$i" "$CORES_TWO" "$small"
  run "one-warm-$i" "$CORE_ONE" "$small" "$warm"
  run "two-warm-$i" "$CORES_TWO" "$small" "$warm"
done
if [[ "$BIG" != "0" ]]; then
  run big "$CORES_TWO" "$(caseload "$BIG")"
fi
load_after=$(cat /proc/loadavg)

jdk=""
if [[ "$JAVA" != java ]]; then jdk="JAVA=$JAVA "; fi
command="${jdk}BIG=$BIG REPEAT=$REPEAT WARM_PEOPLE=$WARM_PEOPLE JVM_FLAGS='$JVM_FLAGS' CORE_ONE=$CORE_ONE CORES_TWO=$CORES_TWO benchmarks/scenario.sh $PEOPLE"
python3 - "$work" "$out" "$command" "$commit" "$load_before" "$load_after" "$PEOPLE" "$small" "$REPEAT" "$JVM_FLAGS" <<'PY'
import json, os, platform, subprocess, sys, datetime, hashlib, statistics
work, out, command, commit, before, after, people, small, repeat, jvm_flags = sys.argv[1:11]
repeat = int(repeat)
def load(n):
    p = os.path.join(work, n + ".json")
    return json.load(open(p)) if os.path.exists(p) else None
jmh = json.load(open(os.path.join(work, "jmh.json")))[0]
engine_us = jmh["primaryMetric"]["score"]
jmh2 = json.load(open(os.path.join(work, "jmh2.json")))[0]
engine_two_us = jmh2["primaryMetric"]["score"]  # average time per calculation on each of two threads
engine_alone_speed_up = 2 * engine_us / engine_two_us
def warm_up_iterations(log):
    # JMH's warm-up iterations (µs per calculation, 2 s each): how long the engine takes to warm.
    out = []
    for line in open(os.path.join(work, log)):
        if line.startswith("# Warmup Iteration"):
            try: out.append(round(float(line.split(":")[1].split()[0]), 1))
            except (IndexError, ValueError): pass
    return out
big = load("big")
def median_run(name):
    # The run whose time is the median of the repeats (the middle one; the lower middle of an even
    # number), with every repeat's seconds beside it.
    runs = [load("%s-%d" % (name, i)) for i in range(1, repeat + 1)]
    runs = [r for r in runs if r]
    ranked = sorted(runs, key=lambda r: r["seconds"])
    chosen = dict(ranked[(len(ranked) - 1) // 2])
    chosen["secondsOfEachRepeat"] = [r["seconds"] for r in runs]
    chosen["medianSeconds"] = statistics.median(r["seconds"] for r in runs)
    return chosen
runs = {k: median_run(k) for k in ("one-cold", "two-cold", "one-warm", "two-warm")}
def steady(r):
    # The first tenth's rate over the whole run's; 1.0 means no warm-up visible.
    rates = r["ratePerTenthPeoplePerSecond"] if r else None
    return round(rates[0] / (r["people"] / r["seconds"]), 2) if rates else None
def way(one, two):
    speed_up = one["medianSeconds"] / two["medianSeconds"]
    return {"oneCore": one, "twoCores": two,
            "speedUpOneToTwoCores": round(speed_up, 2), "targetSpeedUp": 1.8,
            "speedUpMet": speed_up >= 1.8,
            "againstEngineAloneSpeedUp": round(speed_up / engine_alone_speed_up, 2),
            "sameTotalsOneAndTwoCores": one["weeklyNetChange"] == two["weeklyNetChange"] and one["calculated"] == two["calculated"],
            "steadyFromStart": {"oneCore": steady(one), "twoCores": steady(two)},
            "perCoreAgainstJmh": {"oneCore": per_core_vs_jmh(one), "twoCores": per_core_vs_jmh(two)}}
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
  "benchmark": "scenario end to end: %s people, baseline against candidate, one core against two, cold and warm, median of %d; and %s people under -Xmx1g" % (people, repeat, big and big["people"]),
  "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
  "machine": {"processors": os.cpu_count(), "cpuModel": cpu_model(),
              "memory": open("/proc/meminfo").readline().split(":")[1].strip(),
              "os": platform.platform(),
              "java": subprocess.run([os.environ.get("JAVA", "java"), "-version"], capture_output=True, text=True).stderr.splitlines()[0],
              "loadAverageBefore": before.strip(), "loadAverageAfter": after.strip()},
  "command": command,
  "commit": commit,
  "jvmFlags": "-Xmx1g " + jvm_flags,
  "caseloadSha256": hashlib.sha256(open(small, "rb").read()).hexdigest(),
  "reference": {"benchmark": jmh["benchmark"], "microsPerWholeCalculation": round(engine_us, 2),
                "error": round(jmh["primaryMetric"]["scoreError"], 2),
                "settings": "taskset one core, 1 fork, 12 x 2 s warm-up (the engine takes about 20 s to warm on one core), 5 x 2 s measured",
                "warmUpIterationsMicros": warm_up_iterations("jmh.log"),
                "note": "seed people's whole requests (eligibility, RAS, adjustments, contributions); the generated caseload's requests differ, so the share is indicative"},
  "referenceTwoCores": {"benchmark": jmh2["benchmark"], "threads": 2,
                "microsPerWholeCalculationEachThread": round(engine_two_us, 2),
                "error": round(jmh2["primaryMetric"]["scoreError"], 2),
                "engineAloneSpeedUpOneToTwoCores": round(engine_alone_speed_up, 2),
                "warmUpIterationsMicros": warm_up_iterations("jmh2.log"),
                "note": "the engine alone, two threads on the two cores against one on one: what a second core gives this code on this machine, with no reading, writing or ordering; the scenario's speed-up is also given against it (againstEngineAloneSpeedUp)"},
  "cold": way(runs["one-cold"], runs["two-cold"]),
  "warm": way(runs["one-warm"], runs["two-warm"]),
  "big": big,
  "bigAgainstJmh": per_core_vs_jmh(big) if big else None,
  "bigSteadyFromStart": steady(big),
  "note": "cold: a fresh JVM runs the scenario at once, as the CLI does (the JIT's warm-up is in the time); warm: the same JVM first ran the scenario over other people, as the service's engine is warm before it takes a job (warmUp gives that run's own time). Median of the repeats. steadyFromStart: the first tenth's rate over the whole run's; 1.0 means no warm-up visible. Absolute figures hold only for this machine and load average; compare the ratios.",
}
json.dump(result, open(out, "w"), indent=2)
open(out, "a").write("\n")
print(json.dumps(result, indent=2))
PY
echo "Wrote $out" >&2
