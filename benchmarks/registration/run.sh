#!/usr/bin/env bash
# Registrations per second through the gateway at the production password-encoder settings, and the encoder's own
# hashes per second, measured in the same run on the same machine. Starts its own devstack (account-service and
# gateway only, ports +200, its own work dir), stops it by PID at the end. Not part of `mvn verify`.
#
#   benchmarks/registration/run.sh [measure-seconds] [concurrency] [max-requests]
#
# Needs the jars: mvn -B -o -DskipTests -pl account-service,gateway,devstack -am package (from the repository root)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$root/benchmarks/registration"
seconds="${1:-30}"
concurrency="${2:-8}"
max_requests="${3:-5000}"
offset=200
gateway="http://127.0.0.1:$((8080 + offset))"
gateway_management="http://127.0.0.1:$((9080 + offset))"
work_dir="${TMPDIR:-/tmp}/infoloker-benchmark-registration"
m2="${HOME}/.m2/repository"
crypto="$(ls "$m2"/org/springframework/security/spring-security-crypto/7.*/spring-security-crypto-7.*.jar | grep -v sources | tail -1)"
logging="$(ls "$m2"/commons-logging/commons-logging/1.3.*/commons-logging-1.3.*.jar | grep -v sources | tail -1)"
classpath="$crypto:$logging"
# The service JVMs of the devstack run C1-only with the serial GC; the encoder is measured with the same flags, so the
# two figures compare like with like (and once with the full JIT, for reference).
service_jvm=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx384m)

for jar in account-service/target/account-service.jar gateway/target/gateway.jar devstack/target/devstack-launcher.jar; do
  [[ -f "$root/$jar" ]] || { echo "missing $jar: build the jars first (see the header of this script)" >&2; exit 1; }
done

echo "== encoder alone, before (service JVM flags, 2 threads = the machine's cores)"
java "${service_jvm[@]}" -cp "$classpath" "$here/RegistrationBenchmark.java" hash 15 "$(nproc)"

mkdir -p "$work_dir"
java -jar "$root/devstack/target/devstack-launcher.jar" --root "$root" --work-dir "$work_dir" --port-offset "$offset" \
  --services account-service,gateway > "$work_dir.log" 2>&1 &
devstack_pid=$!
stop() {
  if kill -0 "$devstack_pid" 2>/dev/null; then
    kill -TERM "$devstack_pid"
    for _ in $(seq 60); do kill -0 "$devstack_pid" 2>/dev/null || break; sleep 1; done
  fi
}
trap stop EXIT

echo "== waiting for the gateway (devstack pid $devstack_pid, log $work_dir.log)"
for _ in $(seq 300); do
  if curl -fsS "$gateway_management/actuator/health/readiness" > /dev/null 2>&1 \
     && curl -fsS "$gateway/.well-known/jwks.json" > /dev/null 2>&1; then
    break
  fi
  kill -0 "$devstack_pid" 2>/dev/null || { echo "devstack died:"; tail -30 "$work_dir.log"; exit 1; }
  sleep 1
done

echo "== registrations through the gateway (warm-up 15 s, then ${seconds} s, ${concurrency} in flight, at most ${max_requests})"
java -cp "$classpath" "$here/RegistrationBenchmark.java" register "$gateway" 15 "$seconds" "$concurrency" "$max_requests"

echo "== encoder alone, after (devstack idle but running)"
java "${service_jvm[@]}" -cp "$classpath" "$here/RegistrationBenchmark.java" hash 15 "$(nproc)"
echo "== encoder alone, full JIT (C2), for reference"
java -cp "$classpath" "$here/RegistrationBenchmark.java" hash 15 "$(nproc)"
