#!/usr/bin/env bash
# Audit write path, both ways (docs/adr/0026-service-overhead.md; not run in CI): the real AuditLog
# on PostgreSQL writing the seed people's records with the full result text, and with only its
# SHA-256 (what a "request, versions and digest" record would hold), in alternating rounds; plus
# what proving one record costs each way, and the engine's whole calculation as the reference
# measured in the same run. Runs service/src/test/java/org/openras/service/audit/AuditWriteBenchmark.
#
# Writes benchmarks/results/<stamp>-audit-write.json (date, machine, load average before and after,
# command, commit, figures). Settings (environment): RECORDS=6000 (per way), PGHOST=127.0.0.1
# PGPORT=5432 PGSUPERUSER=postgres (psql reachable without a password prompt), MVN_FLAGS=-o,
# SKIP_BUILD=1 (reuse the compiled classes and classpath), KEEP_DB=1.
# Takes about 1-2 minutes on 2 quiet cores.
set -euo pipefail
cd "$(dirname "$0")/.."
RECORDS=${RECORDS:-6000} PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432}
PGSUPERUSER=${PGSUPERUSER:-postgres}
stamp=$(date -u +%Y%m%dT%H%M%SZ)
db=openras_auditbench_$(date -u +%Y%m%d%H%M%S)_$$
out=benchmarks/results/$stamp-audit-write.json
mkdir -p benchmarks/results
if [[ "${SKIP_BUILD:-}" != "1" ]]; then
  mvn -B -q ${MVN_FLAGS:-} test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt \
    -Dmdep.includeScope=test -Dspotless.check.skip=true -pl service -am
fi
commit=$(git rev-parse HEAD)
git diff --quiet HEAD -- engine rules seeds service/src benchmarks || commit="$commit-dirty"
psql_admin() { psql -h "$PGHOST" -p "$PGPORT" -U "$PGSUPERUSER" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
psql_admin -c "DO \$\$ BEGIN CREATE ROLE openras_owner LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END \$\$" \
  -c "DO \$\$ BEGIN CREATE ROLE openras_app LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END \$\$" \
  -c "CREATE DATABASE $db OWNER openras_owner"
cleanup() { [[ "${KEEP_DB:-}" == "1" ]] || psql_admin -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true; }
trap cleanup EXIT
command="RECORDS=$RECORDS benchmarks/audit-write.sh"
java -Xmx1g -cp "service/target/test-classes:service/target/classes:$(cat service/target/cp.txt)" \
  org.openras.service.audit.AuditWriteBenchmark "jdbc:postgresql://$PGHOST:$PGPORT/$db" \
  openras_owner openras_app "$RECORDS" "$out" "$command" "$commit"
echo "Wrote $out"
