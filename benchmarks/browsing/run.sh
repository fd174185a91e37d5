#!/usr/bin/env bash
# Launch-day browsing benchmark (issue 17). Not part of `mvn verify` (not a module of the root pom).
#
#   benchmarks/browsing/run.sh
#
# Starts its own devstack (account-service, vacancy-service, web and the gateway; ports +600: gateway 8680,
# vacancy-service 8682, PostgreSQL 16032; work dir /tmp/devstack-browsing) from a copy of the jars, then in one run:
#   1. Gatling, open model: the browsing mix (portal home, vacancy pages, /api/vacancies with the 13 common queries and
#      20 % unique long-tail ones, vacancy detail) at BROWSE_RATE (1000) requests/s + 10 registrations/s through the
#      gateway, 300 s warm-up (240 s ramping up from a tenth, 60 s at the full rate) + 60 s measured, on 20,000
#      generated vacancies;
#   2. wrk, the same uncached authenticated GET (a verifier's token) directly on vacancy-service, through the gateway,
#      through nginx as a plain proxy (Debian nginx, started here on port 8690, stopped at the end) and through a bare
#      Spring Cloud Gateway (benchmarks/bare-gateway: one route, none of our filters; port 8692), ROUNDS alternating
#      rounds;
#   3. wrk, the cached anonymous GET through the gateway vs the same GET directly on vacancy-service (uncached), and
#      the cached GET with Accept-Encoding: gzip (the gateway compresses each answer: gzip's CPU cost as throughput).
# Stops nginx and the devstack by PID and writes benchmarks/results/browsing-<timestamp>.json, .md and .html (charts).
# Bounded: about 14 minutes after start-up; at most 360 s x BROWSE_RATE Gatling requests, wrk runs of DURATION each.
# Needs: the jars (`mvn -B package -DskipTests`, online the first time), wrk and nginx (apt-get install -y wrk
# nginx-light); without nginx step 2 runs without it. Run it under the build lock on a shared machine:
#   flock /tmp/infoloker-mvn.lock env BENCHMARK_NO_LOCK=1 benchmarks/browsing/run.sh    (the compile step would
#   otherwise wait for the lock this very command holds). JIT=c1: service JVMs C1 only (default: --full-jit).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$root/benchmarks/browsing"
offset="${OFFSET:-600}"
gateway="http://127.0.0.1:$((8080 + offset))"
direct="http://127.0.0.1:$((8082 + offset))"
nginx_port=$((8090 + offset))
bare_port=$((8092 + offset))
postgres_port=$((15432 + offset))
work_dir="${BROWSE_WORK_DIR:-/tmp/devstack-browsing}"
jars="$work_dir-jars"
timestamp="$(date -u +%Y%m%dT%H%M%SZ)"
results="$root/benchmarks/results"
duration="${DURATION:-10s}"
rounds="${ROUNDS:-2}"
path="${PATH_UNDER_TEST:-/api/vacancies?q=operator}"
modules="account-service vacancy-service web gateway"

cd "$root"
source "$root/benchmarks/lib/maven.sh"
source "$root/benchmarks/lib/devstack.sh"
devstack_copy_jars "$jars" $modules
command -v wrk > /dev/null || { echo "wrk not found: apt-get install -y wrk" >&2; exit 1; }

echo "== compiling the benchmark"
benchmark_compile benchmarks/browsing
classpath="$here/target/test-classes:$(cat "$here/target/classpath.txt")"
benchmark_compile benchmarks/bare-gateway
bare_classpath="$root/benchmarks/bare-gateway/target/classes:$(cat "$root/benchmarks/bare-gateway/target/classpath.txt")"

# The issue's targets assume production's compiled code: service JVMs with C2 unless JIT=c1 (the devstack's default).
jit=(--full-jit)
jvm_flags="-Xmx384m -XX:+UseSerialGC, full JIT"
if [[ "${JIT:-full}" == c1 ]]; then
  jit=()
  jvm_flags="-Xmx384m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC, C1 only"
fi
# The load generators (Gatling, wrk) stand in for visitors' phones, which are not on this machine: the system under
# test (the devstack, nginx and the bare gateway) runs at niceness SUT_NICE (5), so a load generator waiting for a
# core is not counted as the portal's latency. SUT_NICE=0 runs everything alike.
sut_nice="${SUT_NICE:-5}"
DEVSTACK_NICE="$sut_nice" devstack_start "$jars" "$work_dir" "$offset" --services "${modules// /,}" "${jit[@]}"
nginx_dir="$work_dir-nginx"
bare_pid=""
stop() {
  if [[ -f "$nginx_dir/nginx.pid" ]]; then kill "$(cat "$nginx_dir/nginx.pid")" 2>/dev/null || true; fi
  if [[ -n "$bare_pid" ]]; then kill "$bare_pid" 2>/dev/null || true; fi
  devstack_stop
}
trap stop EXIT
devstack_wait "$work_dir" "$offset" 300
devstack_settle 60

echo "== 1. Gatling: browsing mix at ${BROWSE_RATE:-1000}/s + 10 registrations/s"
set +e
java -Xmx768m --add-opens=java.base/java.lang=ALL-UNNAMED -Djava.awt.headless=true -Dbrowse.gateway="$gateway" \
  -Dbrowse.postgresPort="$postgres_port" -Dbrowse.rate="${BROWSE_RATE:-1000}" \
  -Dbrowse.output="$here/target/browsing-mix-$timestamp.json" ${BROWSE_OPTS:-} -cp "$classpath" \
  io.gatling.app.Gatling -s id.infoloker.benchmarks.browsing.BrowsingMixSimulation -rf "$here/target/gatling"
gatling_rc=$?
set -e
report="$(ls -dt "$here"/target/gatling/browsingmixsimulation-*/ 2>/dev/null | head -1)"

echo "== 2 + 3. wrk: direct / gateway / nginx (authenticated, uncached) and cached anonymous"
token=$(curl -fsS -X POST "$gateway/api/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"verifier@infoloker.local","password":"Devstack-Verifier-2026"}' \
  | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
[[ -n "$token" ]] || { echo "no token for the verifier" >&2; exit 1; }
have_nginx=0
if command -v nginx > /dev/null || [[ -x /usr/sbin/nginx ]]; then
  mkdir -p "$nginx_dir/logs"
  cat > "$nginx_dir/nginx.conf" <<NGINX
worker_processes 1;
pid $nginx_dir/nginx.pid;
error_log $nginx_dir/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  upstream vacancy { server 127.0.0.1:$((8082 + offset)); keepalive 32; }
  server {
    listen 127.0.0.1:$nginx_port;
    location / {
      proxy_pass http://vacancy;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
    }
  }
}
NGINX
  nice -n "$sut_nice" "$(command -v nginx || echo /usr/sbin/nginx)" -p "$nginx_dir" -c "$nginx_dir/nginx.conf"
  have_nginx=1
fi
# The second reference: Spring Cloud Gateway itself, one route, none of our edge features, the devstack's JVM flags.
bare="http://127.0.0.1:$bare_port"
bare_jvm=(-Xmx384m -XX:+UseSerialGC)
[[ "${JIT:-full}" == c1 ]] && bare_jvm+=(-XX:TieredStopAtLevel=1)
nice -n "$sut_nice" java "${bare_jvm[@]}" -cp "$bare_classpath" id.infoloker.benchmarks.baregateway.BareGateway \
  --bare.port="$bare_port" --bare.target="$direct" > "$here/target/bare-gateway.log" 2>&1 &
bare_pid=$!
for _ in $(seq 60); do
  curl -fsS -o /dev/null "$bare$path" 2> /dev/null && break
  sleep 1
done
curl -fsS -o /dev/null "$bare$path" || { echo "the bare gateway did not start: $here/target/bare-gateway.log" >&2; exit 1; }
wrk_run() { # name url [header] -> "name req/s p50 p99" on stdout, raw output kept
  local name=$1 url=$2; shift 2
  local threads=${WRK_THREADS:-2} connections=${WRK_CONNECTIONS:-16}
  wrk -t"$threads" -c"$connections" -d5s "$@" "$url" > /dev/null   # warm-up
  wrk -t"$threads" -c"$connections" -d"$duration" --latency "$@" "$url" > "$here/target/wrk-$name.txt"
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$here/target/wrk-$name.txt")
  p50=$(awk '$1=="50%" {print $2}' "$here/target/wrk-$name.txt")
  p99=$(awk '$1=="99%" {print $2}' "$here/target/wrk-$name.txt")
  local non2xx; non2xx=$(awk '/Non-2xx/ {print $5}' "$here/target/wrk-$name.txt")
  echo "$name $rps $p50 $p99 ${non2xx:-0}"
}
auth=(-H "Authorization: Bearer $token")
# Once per target before the rounds (WRK_WARMUP, 30 s): the Gatling mix was anonymous, so the gateway's authenticated
# path is still interpreted or C1 code; measured here it took a minute of load to settle (C2).
echo "   warming each target for ${WRK_WARMUP:-30s}"
for url in "$direct$path" "$gateway$path" "$bare$path"; do
  wrk -t2 -c16 -d"${WRK_WARMUP:-30s}" "${auth[@]}" "$url" > /dev/null
done
[[ $have_nginx == 1 ]] && wrk -t2 -c16 -d"${WRK_WARMUP:-30s}" "${auth[@]}" "http://127.0.0.1:$nginx_port$path" > /dev/null
: > "$here/target/wrk-$timestamp.txt"
for round in $(seq "$rounds"); do
  wrk_run "auth-direct-$round" "$direct$path" "${auth[@]}" | tee -a "$here/target/wrk-$timestamp.txt"
  wrk_run "auth-gateway-$round" "$gateway$path" "${auth[@]}" | tee -a "$here/target/wrk-$timestamp.txt"
  [[ $have_nginx == 1 ]] && wrk_run "auth-nginx-$round" "http://127.0.0.1:$nginx_port$path" "${auth[@]}" \
    | tee -a "$here/target/wrk-$timestamp.txt"
  wrk_run "auth-bare-gateway-$round" "$bare$path" "${auth[@]}" | tee -a "$here/target/wrk-$timestamp.txt"
  # One connection: the latency the gateway adds (p50 overhead), without queueing on the shared cores.
  WRK_THREADS=1 WRK_CONNECTIONS=1 wrk_run "auth-direct-c1-$round" "$direct$path" "${auth[@]}" \
    | tee -a "$here/target/wrk-$timestamp.txt"
  WRK_THREADS=1 WRK_CONNECTIONS=1 wrk_run "auth-gateway-c1-$round" "$gateway$path" "${auth[@]}" \
    | tee -a "$here/target/wrk-$timestamp.txt"
  # The framework's own share of that latency: the bare Spring Cloud Gateway, one connection.
  WRK_THREADS=1 WRK_CONNECTIONS=1 wrk_run "auth-bare-gateway-c1-$round" "$bare$path" "${auth[@]}" \
    | tee -a "$here/target/wrk-$timestamp.txt"
  wrk_run "anon-direct-$round" "$direct$path" | tee -a "$here/target/wrk-$timestamp.txt"
  wrk_run "anon-gateway-cached-$round" "$gateway$path" | tee -a "$here/target/wrk-$timestamp.txt"
  # The same cached GET as a phone asks for it: the gateway gzips every answer it sends (issue 21's CPU cost).
  wrk_run "anon-gateway-cached-gzip-$round" "$gateway$path" -H "Accept-Encoding: gzip" \
    | tee -a "$here/target/wrk-$timestamp.txt"
done
edge=$(curl -s -o /dev/null -D - "$gateway$path" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-edge-cache" {print $2}')
echo "   X-Edge-Cache of the anonymous GET: ${edge:-none}"

stop
trap - EXIT

report="${report%/}"
report="${report#"$root"/}"
java -cp "$classpath" id.infoloker.benchmarks.browsing.Report "$here/target/browsing-mix-$timestamp.json" \
  "$here/target/wrk-$timestamp.txt" "$results/browsing-$timestamp" "${report:-none}/index.html" \
  "$(nproc) cores, $(java -version 2>&1 | head -1), devstack JVMs ($jvm_flags), wrk -t2 -c16 -d$duration x $rounds rounds on $path, load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== results: $results/browsing-$timestamp.json .md .html"
[[ "$gatling_rc" == 0 ]]
