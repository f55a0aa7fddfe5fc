#!/usr/bin/env bash
# Load test (not run in CI): the service on loopback with PostgreSQL, in a fresh database made for
# this run, driven at a fixed rate by the JVM load generator (org.openras.benchmarks.load), then the
# audit trail checked: records == answered calculations, chain intact. A JFR profile of the service
# is recorded for the whole run, with a summary of its hottest methods.
#
# Writes into benchmarks/results/:
#   <stamp>-load.json           date, machine, command, commit, settings, throughput, latency
#                               percentiles, load average, the service's own timer, audit check
#   <stamp>-load-profile.txt    the service's hottest frames (JFR execution samples)
# Settings (environment): RATE=500 DURATION=60 (seconds measured) WARMUP=20 WORKERS=64 PORT=18080
#   PGHOST=127.0.0.1 PGPORT=5432 PGSUPERUSER=postgres (PostgreSQL with the superuser reachable by
#   psql without a password prompt, e.g. trust on loopback or ~/.pgpass), MVN_FLAGS=-o,
#   READY_WAIT=600 (seconds to wait for readiness), SKIP_BUILD=1 (reuse the jars), KEEP_DB=1 (keep the database), NOTE="..." (stored in the JSON),
#   SERVICE_ARGS="--some.property=value" (more arguments for the service), SERVICE_JVM_ARGS="-X..."
#   (JVM options for the service only), SERVICE_JAR=path (another
#   build of the service, for an A/B run on the same machine), SERVICE_JAVA=path/to/bin/java (the
#   service on another JDK; docs/adr/0034), RESULTS_DIR=dir (instead of benchmarks/results; the
#   AOT cache's training run, benchmarks/aot-cache.sh, writes its figures under target/).
# The JSON's results.perAnswer sets the service's CPU per answer against the engine's own CPU per
# calculation (the service's openras.engine.cpu meter), with their ratio (issue 22: at most 5).
# Exit status: 0 when the audit check holds (whether or not the speed target is met), 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

RATE=${RATE:-500} DURATION=${DURATION:-60} WARMUP=${WARMUP:-20} WORKERS=${WORKERS:-64}
PORT=${PORT:-18080} PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432}
PGSUPERUSER=${PGSUPERUSER:-postgres}
stamp=$(date -u +%Y%m%dT%H%M%SZ)
db=openras_load_$(date -u +%Y%m%d%H%M%S)
results=${RESULTS_DIR:-benchmarks/results}
out=$results/$stamp-load.json
profile=$results/$stamp-load-profile.txt
work=benchmarks/target/load-$stamp
mkdir -p "$work" "$results"

if [[ "${SKIP_BUILD:-}" != "1" ]]; then
  mvn -B -q ${MVN_FLAGS:-} package -pl service,benchmarks -am -DskipTests
fi
commit=$(git rev-parse HEAD)
git diff --quiet HEAD -- engine rules seeds service/src benchmarks/src || commit="$commit-dirty"

# The service's JVM: SERVICE_JAVA=path/to/bin/java runs it on another JDK (its jfr reads the profile).
service_java=${SERVICE_JAVA:-java}
jfr_tool=jfr
[[ -n "${SERVICE_JAVA:-}" ]] && jfr_tool="$(dirname "$SERVICE_JAVA")/jfr"
load_before_service=$(cat /proc/loadavg)
psql_admin() { psql -h "$PGHOST" -p "$PGPORT" -U "$PGSUPERUSER" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
psql_admin -c "DO \$\$ BEGIN CREATE ROLE openras_owner LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END \$\$" \
  -c "DO \$\$ BEGIN CREATE ROLE openras_app LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END \$\$" \
  -c "CREATE DATABASE $db OWNER openras_owner"
echo "Fresh database $db"

# A data folder of its own (the audit checkpoints and their key): one left by an earlier run signs
# a tree of that run's fresh database, and verification then reports the checkpoint diverging.
service_pid=
cleanup() {
  if [[ -n "$service_pid" ]] && kill -0 "$service_pid" 2>/dev/null; then
    kill "$service_pid"; wait "$service_pid" || true
  fi
  [[ "${KEEP_DB:-}" == "1" ]] || psql_admin -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true
}
trap cleanup EXIT

OPENRAS_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" OPENRAS_DB_PASSWORD="${OPENRAS_DB_PASSWORD:-}" \
OPENRAS_DB_OWNER_PASSWORD="${OPENRAS_DB_OWNER_PASSWORD:-}" \
  "$service_java" ${SERVICE_JVM_ARGS:-} -XX:StartFlightRecording=filename="$work/service.jfr",settings=profile,dumponexit=true \
    -jar "${SERVICE_JAR:-service/target/openras-service.jar}" --spring.profiles.active=postgres,demo \
    --server.port="$PORT" --openras.data.dir="$work/data" ${SERVICE_ARGS:-} > "$work/service.log" 2>&1 &
service_pid=$!
launched=$(date +%s%N)
ready=
for _ in $(seq 1 "$(( ${READY_WAIT:-600} * 2 ))"); do
  curl -sf -m 5 "http://127.0.0.1:$PORT/actuator/health/readiness" > /dev/null && { ready=1; break; }
  kill -0 "$service_pid" 2>/dev/null || { cat "$work/service.log"; exit 1; }
  sleep 0.5
done
[[ -n "$ready" ]] || { echo "Not ready in ${READY_WAIT:-600} s; log in $work/service.log"; exit 1; }
ready_ms=$(( ($(date +%s%N) - launched) / 1000000 ))
ready_at=$(date +%H:%M:%S) # JFR prints local time: the request path's profile starts here
warm_up=$(grep -o 'Warmed up the calculation path.*' "$work/service.log" | head -1 || true)
echo "Service ready on port $PORT (pid $service_pid) in $ready_ms ms; log in $work/service.log"
echo "${warm_up:-no warm-up logged}"

command="${SERVICE_JAVA:+SERVICE_JAVA=$SERVICE_JAVA }${SERVICE_JAR:+SERVICE_JAR=$SERVICE_JAR }${SERVICE_JVM_ARGS:+SERVICE_JVM_ARGS='$SERVICE_JVM_ARGS' }${SERVICE_ARGS:+SERVICE_ARGS='$SERVICE_ARGS' }RATE=$RATE DURATION=$DURATION WARMUP=$WARMUP WORKERS=$WORKERS benchmarks/load.sh"
status=0
java -cp benchmarks/target/benchmarks.jar org.openras.benchmarks.load.LoadGenerator \
  --url="http://127.0.0.1:$PORT" --rate="$RATE" --seconds="$DURATION" --warmup="$WARMUP" \
  --workers="$WORKERS" --out="$out" --command="$command" --commit="$commit" \
  --database="PostgreSQL $(psql_admin -c 'SHOW server_version'), fresh database on loopback" \
  --loadBeforeService="$load_before_service" --servicePid="$service_pid" --dbName="$db" \
  --serviceReadyMillis="$ready_ms" ${warm_up:+--serviceWarmUp="$warm_up"} \
  ${NOTE:+--note="$NOTE"} || status=$?

kill "$service_pid"; wait "$service_pid" || true; service_pid=
if [[ ! -s "$work/service.jfr" ]]; then # a JVM writing an AOT cache records no JFR
  echo "Wrote $out (no JFR recording)"; exit $status
fi
"$jfr_tool" print --stack-depth 96 --events jdk.ExecutionSample "$work/service.jfr" > "$work/samples.txt"
benchmarks/load/profile-summary.awk "$work/samples.txt" > "$profile"
{ echo; echo "Calculation requests by step (benchmarks/profile/request-path.py: request threads only, from $ready_at, when the service was ready)"
  FROM="$ready_at" python3 benchmarks/profile/request-path.py "$work/samples.txt"
  echo; "$jfr_tool" print --json --events jdk.ThreadCPULoad,jdk.CompilerStatistics,jdk.CPULoad,jdk.GarbageCollection "$work/service.jfr" \
    | python3 benchmarks/profile/threads.py "$(nproc)"; } >> "$profile" || true
echo "Wrote $out and $profile (JFR recording: $work/service.jfr)"
exit $status
