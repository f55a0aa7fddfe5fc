#!/usr/bin/env bash
# Builds an ahead-of-time cache of the service for a JDK 25 or later (JEP 483 class loading and
# linking, JEP 514 one-step creation, JEP 515 method profiles; docs/adr/0034), by a training run:
#   1. the service jar is extracted (Spring Boot's `-Djarmode=tools extract`: a plain class path,
#      which the cache needs; classes read from jars nested in the boot jar cannot be cached);
#   2. the extracted service runs on PostgreSQL under benchmarks/load.sh with
#      -XX:AOTCacheOutput: its own warm-up, then TRAIN_SECONDS (default 30) of calculations at
#      RATE (default 500) a second through HTTP, security, JSON and the audit writer;
#   3. on its shutdown the JVM writes the cache (about 130 MB, a minute).
# The cache holds only for the same JDK build and the same extracted files (the JVM checks both and
# runs without it, with a warning, when they differ): rebuild it with every release of either.
#
# Writes benchmarks/target/aot/app/ (the extracted service) and benchmarks/target/aot/app.aot; the
# training run's own figures go to benchmarks/target/aot/training/ (not results: a JVM writing a
# cache runs without JFR and is slower). Then measure with it:
#   SKIP_BUILD=1 SERVICE_JAVA=$SERVICE_JAVA SERVICE_JAR=benchmarks/target/aot/app/openras-service.jar \
#     SERVICE_JVM_ARGS=-XX:AOTCache=benchmarks/target/aot/app.aot benchmarks/load.sh
#
# Usage: SERVICE_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java benchmarks/aot-cache.sh
# Environment: SKIP_BUILD=1 (reuse service/target/openras-service.jar), TRAIN_SECONDS=30, RATE=500,
# and load.sh's PostgreSQL settings (PGHOST, PGPORT, PGSUPERUSER).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${SERVICE_JAVA:?a JDK 25 or later: SERVICE_JAVA=/path/to/jdk-25/bin/java}"
aot=benchmarks/target/aot
if [[ "${SKIP_BUILD:-}" != "1" ]]; then
  mvn -B -q ${MVN_FLAGS:-} package -pl service,benchmarks -am -DskipTests
fi
rm -rf "$aot"
mkdir -p "$aot"
"$SERVICE_JAVA" -Djarmode=tools -jar service/target/openras-service.jar extract --destination "$aot/app"
SKIP_BUILD=1 SERVICE_JAVA="$SERVICE_JAVA" SERVICE_JAR="$aot/app/openras-service.jar" \
  SERVICE_JVM_ARGS="-XX:AOTCacheOutput=$aot/app.aot" RESULTS_DIR="$aot/training" \
  DURATION="${TRAIN_SECONDS:-30}" WARMUP=10 RATE="${RATE:-500}" NOTE="AOT cache training run" \
  benchmarks/load.sh
[[ -s "$aot/app.aot" ]] || { echo "No cache written: see the service log under benchmarks/target/load-*"; exit 1; }
echo "Wrote $aot/app.aot ($(du -h "$aot/app.aot" | cut -f1)) for $("$SERVICE_JAVA" -version 2>&1 | head -1)"
