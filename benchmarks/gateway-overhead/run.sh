#!/usr/bin/env bash
# Gateway overhead: the same GET directly against vacancy-service and through the gateway, in one run, with wrk.
# Starts its own devstack (ports +OFFSET, own work dir), measures, stops the devstack (by PID). Loopback only, bounded
# in time: about 2 minutes of load plus the devstack's start-up.
#
#   benchmarks/gateway-overhead/run.sh            # from the repository root; needs `wrk` (apt-get install -y wrk)
#
# Environment: OFFSET (300), DURATION per measurement (10s), WARMUP per target (10s), CONNECTIONS for the loaded run (16),
# THREADS (2), ROUNDS (2: direct and gateway alternate, so drift from other load on the machine hits both),
# SERVICES (vacancy-service,gateway: only what the request touches, so other JVMs do not steal the cores),
# PATH_UNDER_TEST (/api/vacancies),
# JIT: "devstack" (default: the devstack starts both JVMs with its own options, C1 only) or "full": the devstack runs only
# PostgreSQL and Kafka and this script starts vacancy-service and the gateway with the devstack's arguments but
# JVM_OPTS (default "-Xmx384m -XX:+UseSerialGC", full tiered JIT), closer to production.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OFFSET="${OFFSET:-300}"
DURATION="${DURATION:-10s}"
ROUNDS="${ROUNDS:-2}"
WARMUP="${WARMUP:-10s}"
CONNECTIONS="${CONNECTIONS:-16}"
THREADS="${THREADS:-2}"
SERVICES="${SERVICES:-vacancy-service,gateway}"
PATH_UNDER_TEST="${PATH_UNDER_TEST:-/api/vacancies}"
WORK_DIR="${WORK_DIR:-/tmp/devstack-gw}"
DIRECT="http://127.0.0.1:$((8082 + OFFSET))${PATH_UNDER_TEST}"
GATEWAY="http://127.0.0.1:$((8080 + OFFSET))${PATH_UNDER_TEST}"
LOG="${WORK_DIR}.log"
JIT="${JIT:-devstack}"
JVM_OPTS="${JVM_OPTS:--Xmx384m -XX:+UseSerialGC}"
CHILD_PIDS=()

command -v wrk >/dev/null || { echo "wrk not found: apt-get install -y wrk" >&2; exit 1; }
[ -f "$ROOT/devstack/target/devstack-launcher.jar" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 1; }

cd "$ROOT"
DEVSTACK_SERVICES="$SERVICES"
[ "$JIT" = full ] && DEVSTACK_SERVICES=none
java -jar devstack/target/devstack-launcher.jar --root "$ROOT" --port-offset "$OFFSET" --work-dir "$WORK_DIR" \
    --services "$DEVSTACK_SERVICES" > "$LOG" 2>&1 &
DEVSTACK_PID=$!
stop_devstack() {
    for pid in "${CHILD_PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    if kill -0 "$DEVSTACK_PID" 2>/dev/null; then
        kill "$DEVSTACK_PID"          # SIGTERM: the devstack stops its services, the broker and PostgreSQL
        wait "$DEVSTACK_PID" 2>/dev/null || true
    fi
}
trap stop_devstack EXIT

echo "devstack pid $DEVSTACK_PID starting (log $LOG) ..."
if [ "$JIT" = full ]; then
    for _ in $(seq 1 120); do grep -q "Infoloker is up" "$LOG" && break; sleep 1; done
    grep -q "Infoloker is up" "$LOG" || { echo "PostgreSQL/Kafka not up:" >&2; tail -20 "$LOG" >&2; exit 1; }
    # The same arguments the devstack gives these two (devstack ServiceCommandLine), other JVM options.
    # shellcheck disable=SC2086
    java $JVM_OPTS -jar vacancy-service/target/vacancy-service.jar --spring.profiles.active=devstack \
        --server.port=$((8082 + OFFSET)) \
        --infoloker.security.jwks-uri=http://localhost:$((8081 + OFFSET))/.well-known/jwks.json \
        --spring.datasource.url=jdbc:postgresql://localhost:$((15432 + OFFSET))/vacancy_service \
        --spring.datasource.username=infoloker --spring.datasource.password=infoloker \
        --spring.kafka.bootstrap-servers=127.0.0.1:$((19092 + OFFSET)) > "${WORK_DIR}-vacancy.log" 2>&1 &
    CHILD_PIDS+=($!)
    # shellcheck disable=SC2086
    java $JVM_OPTS -jar gateway/target/gateway.jar --spring.profiles.active=devstack \
        --server.port=$((8080 + OFFSET)) --management.server.port=$((9080 + OFFSET)) \
        --infoloker.security.jwks-uri=http://localhost:$((8081 + OFFSET))/.well-known/jwks.json \
        --infoloker.services.account=http://localhost:$((8081 + OFFSET)) \
        --infoloker.services.vacancy=http://localhost:$((8082 + OFFSET)) \
        --infoloker.services.verification=http://localhost:$((8083 + OFFSET)) \
        --infoloker.services.notification=http://localhost:$((8084 + OFFSET)) > "${WORK_DIR}-gateway.log" 2>&1 &
    CHILD_PIDS+=($!)
    echo "vacancy-service and gateway started with $JVM_OPTS (pids ${CHILD_PIDS[*]})"
fi
for _ in $(seq 1 300); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$GATEWAY" || true)" = "200" ] \
        && [ "$(curl -s -o /dev/null -w '%{http_code}' "$DIRECT" || true)" = "200" ]; then
        break
    fi
    kill -0 "$DEVSTACK_PID" 2>/dev/null || { echo "devstack died:" >&2; tail -30 "$LOG" >&2; exit 1; }
    sleep 1
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "$GATEWAY")" = "200" ] || { echo "not ready in 300 s" >&2; exit 1; }

echo "response bytes: direct $(curl -s "$DIRECT" | wc -c), gateway $(curl -s "$GATEWAY" | wc -c)"
echo "warming up both targets ($WARMUP each, $CONNECTIONS connections) ..."
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$DIRECT" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$GATEWAY" >/dev/null

# wrk --latency prints "Requests/sec:" and the percentile lines "50%" / "99%" (units as printed: us, ms, s).
measure() { # url threads connections name
    local out rps p50 p99 errors
    out="$(wrk -t"$2" -c"$3" -d"$DURATION" --latency "$1")"
    rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
    p50="$(awk '$1 == "50%" {print $2}' <<<"$out")"
    p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
    errors="$(grep -E 'Non-2xx|Socket errors' <<<"$out" | tr '\n' ' ' || true)"
    printf '%-8s %-12s %5s %12s %10s %10s  %s\n' "$4" "c=$3" "t=$2" "$rps" "$p50" "$p99" "$errors"
}

echo
echo "GET $PATH_UNDER_TEST, $DURATION per line, wrk closed loop (each connection sends the next request on the answer)"
printf '%-8s %-12s %5s %12s %10s %10s\n' target load threads req/s p50 p99
for round in $(seq 1 "$ROUNDS"); do
    measure "$DIRECT" 1 1 direct
    measure "$GATEWAY" 1 1 gateway
done
for round in $(seq 1 "$ROUNDS"); do
    measure "$DIRECT" "$THREADS" "$CONNECTIONS" direct
    measure "$GATEWAY" "$THREADS" "$CONNECTIONS" gateway
done
echo
if [ "$JIT" = full ]; then
    echo "service JVMs: $JVM_OPTS (full tiered JIT)"
else
    echo "service JVMs as the devstack starts them: -Xmx384m -XX:TieredStopAtLevel=1 (C1 only) -XX:+UseSerialGC"
fi
echo "machine: $(nproc) cores, $(uname -sr); load average before stop: $(cut -d' ' -f1-3 /proc/loadavg)"
