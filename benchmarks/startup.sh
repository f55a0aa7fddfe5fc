#!/usr/bin/env bash
# Time to ready (not run in CI): starts the service jar with its shipped rules, and an empty Spring
# Boot application (benchmarks/startup/empty-app: the same Boot release, web server and readiness
# route, nothing else), RUNS times each, alternately, in the same run on the same machine. Each start
# is a fresh JVM in a fresh temporary folder (so a fresh H2 database under it for the service); time
# to ready is from launching `java -jar` to the first 200 from /actuator/health/readiness (polled
# every 50 ms). Optionally (COMPILE_RUNS, default 1) the service is also started with
# -Dopenras.rules.precompiled=false, compiling every version at start as it did before ADR 0017.
#
# Writes benchmarks/results/startup-<stamp>.json: date, machine, command, commit, load average
# before and after, each start's milliseconds, the medians, and the ratio service / empty
# application (medians); also how many versions each service start compiled (from its log).
# Settings (environment): RUNS=5 COMPILE_RUNS=1 PORT=18090 JAVA_OPTS="" MVN_FLAGS=-o
#   SKIP_BUILD=1 (reuse service/target/openras-service.jar and the empty app's jar) NOTE="..."
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5} COMPILE_RUNS=${COMPILE_RUNS:-1} PORT=${PORT:-18090} JAVA_OPTS=${JAVA_OPTS:-}
stamp=$(date -u +%Y%m%dT%H%M%SZ)
out=benchmarks/results/startup-$stamp.json
work=$(pwd)/benchmarks/target/startup-$stamp
service_jar=$(pwd)/service/target/openras-service.jar
empty_jar=$(pwd)/benchmarks/startup/empty-app/target/empty-boot-app.jar
mkdir -p "$work" benchmarks/results

if [[ "${SKIP_BUILD:-}" != "1" ]]; then
  mvn -B -q ${MVN_FLAGS:-} package -pl service -am -DskipTests
  mvn -B -q ${MVN_FLAGS:-} -f benchmarks/startup/empty-app/pom.xml package -DskipTests
fi
commit=$(git rev-parse HEAD)
git diff --quiet HEAD -- engine rules service/src service/pom.xml benchmarks/startup pom.xml \
  || commit="$commit-dirty"

pid=
cleanup() {
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"; wait "$pid" || true
  fi
}
trap cleanup EXIT

# ready_ms <label> <jar> [java options before -jar...] -- [application arguments...]
# Prints the milliseconds from launch to the first 200 from the readiness route.
ready_ms() {
  local label=$1 jar=$2; shift 2
  local opts=() args=()
  while [[ $# -gt 0 && $1 != "--" ]]; do opts+=("$1"); shift; done
  [[ $# -gt 0 ]] && shift
  args=("$@")
  local dir; dir=$(mktemp -d "$work/$label-XXXX")
  if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
    echo "Port $PORT is in use" >&2; exit 1
  fi
  local start end code
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  (cd "$dir" && exec java $JAVA_OPTS "${opts[@]}" -jar "$jar" --server.port="$PORT" "${args[@]}") \
    > "$dir/app.log" 2>&1 &
  pid=$!
  while true; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health/readiness" || true)
    [[ "$code" == "200" ]] && break
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$label exited before it was ready; its log:" >&2; cat "$dir/app.log" >&2; exit 1
    fi
    if (( ($(date +%s%N) - start) / 1000000 > 900000 )); then
      echo "$label not ready after 900 s; its log: $dir/app.log" >&2; exit 1
    fi
    sleep 0.05
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" || true; pid=
  echo "$(( (end - start) / 1000000 )) $dir/app.log"
}

# The number of versions a service start compiled, from its log line (EngineConfiguration).
compiled_in() {
  grep -o 'ready in [0-9]* ms ([0-9]* compiled' "$1" | head -1 | sed 's/.*(\([0-9]*\) compiled/\1/'
}

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
json_list() { local IFS=,; echo "[$*]"; }

load_before=$(cat /proc/loadavg)
empty=() service=() service_compiled=() compiling=() compiling_compiled=()
for i in $(seq 1 "$RUNS"); do
  read -r ms _ < <(ready_ms empty "$empty_jar" --)
  empty+=("$ms")
  read -r ms log < <(ready_ms service "$service_jar" --)
  service+=("$ms"); service_compiled+=("$(compiled_in "$log")")
  echo "run $i/$RUNS: empty Spring Boot ${empty[-1]} ms, OpenRAS ${service[-1]} ms (compiled ${service_compiled[-1]})"
done
for i in $(seq 1 "$COMPILE_RUNS"); do
  read -r ms log < <(ready_ms compiling "$service_jar" -Dopenras.rules.precompiled=false --)
  compiling+=("$ms"); compiling_compiled+=("$(compiled_in "$log")")
  echo "compiling run $i/$COMPILE_RUNS: OpenRAS ${compiling[-1]} ms (compiled ${compiling_compiled[-1]})"
done
load_after=$(cat /proc/loadavg)

empty_median=$(echo "${empty[*]}" | median)
service_median=$(echo "${service[*]}" | median)
ratio=$(awk -v s="$service_median" -v e="$empty_median" 'BEGIN {printf "%.2f", s / e}')
compiling_json=null
if (( COMPILE_RUNS > 0 )); then
  compiling_median=$(echo "${compiling[*]}" | median)
  compiling_json=$(cat <<EOF
{
    "note" : "the service jar with -Dopenras.rules.precompiled=false: every version compiled at start",
    "millis" : $(json_list "${compiling[@]}"),
    "versionsCompiledAtStart" : $(json_list "${compiling_compiled[@]}"),
    "medianMillis" : $compiling_median,
    "ratioToEmptyApplication" : $(awk -v s="$compiling_median" -v e="$empty_median" 'BEGIN {printf "%.2f", s / e}')
  }
EOF
)
fi
command="RUNS=$RUNS COMPILE_RUNS=$COMPILE_RUNS${JAVA_OPTS:+ JAVA_OPTS='$JAVA_OPTS'} benchmarks/startup.sh"
cat > "$out" <<EOF
{
  "date" : "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "machine" : {
    "processors" : $(nproc),
    "cpuModel" : "$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')",
    "memory" : "$(grep MemTotal /proc/meminfo | sed 's/MemTotal: *//')",
    "loadAverageBefore" : "$load_before",
    "loadAverageAfter" : "$load_after",
    "os" : "$(uname -sr)",
    "java" : "$(java -version 2>&1 | tail -1)"
  },
  "command" : "$command",
  "commit" : "$commit",
  "measure" : "milliseconds from launching java -jar (fresh JVM, fresh temporary folder) to the first 200 from /actuator/health/readiness, polled every 50 ms; the two applications alternate",
  "emptySpringBoot" : {
    "jar" : "benchmarks/startup/empty-app (spring-boot-starter-webmvc and -actuator, no beans of its own)",
    "millis" : $(json_list "${empty[@]}"),
    "medianMillis" : $empty_median
  },
  "openras" : {
    "jar" : "service/target/openras-service.jar, shipped rules (rules jar), H2 in the temporary folder",
    "millis" : $(json_list "${service[@]}"),
    "versionsCompiledAtStart" : $(json_list "${service_compiled[@]}"),
    "medianMillis" : $service_median,
    "ratioToEmptyApplication" : $ratio
  },
  "openrasCompilingAtStart" : $compiling_json${NOTE:+,
  \"note\" : \"$NOTE\"}
}
EOF
echo "Wrote $out"
cat "$out"
