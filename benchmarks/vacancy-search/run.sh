#!/usr/bin/env bash
# Vacancy search benchmark: starts a devstack (vacancy-service + gateway, ports +OFFSET, own work dir), generates ROWS
# vacancies straight into its vacancy_service database, measures GET /api/vacancies through the gateway at CLIENTS
# concurrent clients, then stops the devstack by its PID. Loopback only; bounded by WARMUP + SECONDS and MAX_REQUESTS.
#
#   benchmarks/vacancy-search/run.sh      # from anywhere; needs the jars: mvn -B -q package -DskipTests
#
# Environment: OFFSET (400), ROWS (100000), CLIENTS (50), WARMUP (15 s), SECONDS_MEASURED (60), MAX_REQUESTS (2000000),
# WORK_DIR (/tmp/devstack-vac), JIT (full: service JVMs with C2 as in production; c1: the devstack's default, C1 only),
# GATEWAY_BULKHEAD (200), TARGET (gateway | direct: straight to vacancy-service, which
# caches nothing, so every search is computed — issue 17's "unique queries directly on vacancy-service").
#
# GATEWAY_BULKHEAD: the gateway's circuit breaker comes with Resilience4j's semaphore bulkhead, 25 concurrent calls per
# route by default. 50 clients would then mostly measure the bulkhead's rejections (fallback 500, then the open
# breaker's 503s), so this run raises it through the environment the devstack passes on to the gateway
# (RESILIENCE4J_BULKHEAD_CONFIGS_DEFAULT_MAXCONCURRENTCALLS). GATEWAY_BULKHEAD=25 measures the gateway as configured.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OFFSET="${OFFSET:-400}"
WORK_DIR="${WORK_DIR:-/tmp/devstack-vac}"
PG_JAR="$(ls "$HOME"/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | sort -V | tail -1)"

[ -f "$ROOT/devstack/target/devstack-launcher.jar" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 1; }
cd "$ROOT"
RESILIENCE4J_BULKHEAD_CONFIGS_DEFAULT_MAXCONCURRENTCALLS="${GATEWAY_BULKHEAD:-200}" \
    java -jar devstack/target/devstack-launcher.jar --root "$ROOT" --port-offset "$OFFSET" --work-dir "$WORK_DIR" \
    --services vacancy-service,gateway $([ "${JIT:-full}" = c1 ] || echo --full-jit) > "$WORK_DIR.log" 2>&1 &
DEVSTACK_PID=$!
trap 'kill "$DEVSTACK_PID" 2>/dev/null || true; wait "$DEVSTACK_PID" 2>/dev/null || true' EXIT

for _ in $(seq 1 180); do
    grep -q "gateway ready" "$WORK_DIR.log" 2>/dev/null && break
    kill -0 "$DEVSTACK_PID" 2>/dev/null || { cat "$WORK_DIR.log"; exit 1; }
    sleep 1
done

PORT=8080
[ "${TARGET:-gateway}" = direct ] && PORT=8082
java -cp "$PG_JAR" \
    -Djdbc="jdbc:postgresql://127.0.0.1:$((15432 + OFFSET))/vacancy_service" \
    -Dgateway="http://127.0.0.1:$((PORT + OFFSET))" \
    -Drows="${ROWS:-100000}" -Dclients="${CLIENTS:-50}" -Dwarmup="${WARMUP:-15}" -Dseconds="${SECONDS_MEASURED:-60}" \
    -DmaxRequests="${MAX_REQUESTS:-2000000}" \
    "$ROOT/benchmarks/vacancy-search/VacancySearchBenchmark.java"
