#!/usr/bin/env bash
# Launch-day surge benchmark (issue 9, scenarios 1 to 4). Not part of `mvn verify` (not a module of the root pom).
#
#   benchmarks/surge/run.sh
#
# Starts its own devstack (the five API deployables, not web; ports +500: gateway 8580, PostgreSQL 15932,
# Kafka 19592; work dir /tmp/devstack-surge) in the background from a copy of the service jars, waits for the
# gateway, then in one run:
#   2. the machine's limits: bcrypt hashes/s (Spring Security's delegating encoder, strength 10, the services' JVM
#      flags, 2 threads, 15 s) and PostgreSQL commits/s (1 account-like + 1 outbox-like row per transaction, 4 JDBC
#      threads, 15 s, scratch database `bench` on the devstack's PostgreSQL);
#   1. + 4. Gatling (Java DSL, open workload) registration surge through the gateway, with a verifier claiming and
#      approving prepared cases during it (and on the idle platform before it), consumer lag sampled every second;
#   3. (SURGE_BROWSING=1, the default) Gatling vacancy search, BROWSE_RATE (1000) searches/s offered for 60 s, on
#      20,000 generated vacancies.
# Stops the devstack by PID and writes benchmarks/results/surge-<timestamp>.json, .md, .html (SVG plots of accepted/s
# and consumer lag over time) and surge-<timestamp>-browsing.json/.md; Gatling's HTML reports stay under
# benchmarks/surge/target/gatling/. Bounded: about 10 minutes, at most ~1,410 surge registrations + 100 prepared,
# 60,000 searches.
# Default profile: 1 -> 16 registrations/s over 60 s, then 15/s for 60 s: up to the limit measured on the 2-core
# development VM (~16/s) and held just under it. Above the knee, e.g. SURGE_OPTS="-Dsurge.rampTo=24
# -Dsurge.rampSeconds=90 -Dsurge.holdRate=16"; on a busy machine "-Dsurge.rampTo=8 -Dsurge.holdRate=6".
# Other knobs: SURGE_BROWSING=0 (skip 3), BROWSE_RATE, SURGE_RESULTS (a directory instead of benchmarks/results),
# SURGE_DEVSTACK_OFFSET=<offset> (drive a devstack that is already running there, with the five API deployables at
# least, instead of starting one; it is left running: benchmarks/memory/run.sh does so to measure memory at this load).
#
# Needs the service jars: flock /tmp/infoloker-mvn.lock mvn -B -o package -DskipTests (the five services + devstack).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$root/benchmarks/surge"
attached="${SURGE_DEVSTACK_OFFSET:-}"
offset="${attached:-500}"
gateway="http://127.0.0.1:$((8080 + offset))"
postgres_port=$((15432 + offset))
kafka="127.0.0.1:$((19092 + offset))"
work_dir="${SURGE_WORK_DIR:-/tmp/devstack-surge}"
timestamp="$(date -u +%Y%m%dT%H%M%SZ)"
limits="$here/target/limits-$timestamp"
results="${SURGE_RESULTS:-$root/benchmarks/results}"
service_jvm=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx384m)
# The five API deployables only: web (the portal's pages) is not on the measured path, and one JVM fewer on the two
# cores keeps the figures comparable with the earlier runs.
modules="account-service verification-service notification-service vacancy-service gateway"

cd "$root"
source "$root/benchmarks/lib/maven.sh"
source "$root/benchmarks/lib/devstack.sh"
[[ -n "$attached" ]] || devstack_copy_jars "$work_dir-jars" $modules

echo "== compiling the benchmark (under the shared Maven lock)"
benchmark_compile benchmarks/surge
classpath="$here/target/test-classes:$(cat "$here/target/classpath.txt")"

if [[ -n "$attached" ]]; then
  echo "== driving the devstack already running at ports +$offset (gateway $gateway)"
else
  devstack_start "$work_dir-jars" "$work_dir" "$offset" --services "${modules// /,}"
  trap devstack_stop EXIT
  devstack_wait "$work_dir" "$offset" 240
fi

echo "== 2. limits: bcrypt (service JVM flags, $(nproc) threads, 15 s)"
java "${service_jvm[@]}" -cp "$classpath" id.infoloker.benchmarks.surge.Limits hash 15 "$(nproc)" "$limits/hash.properties"
echo "== 2. limits: PostgreSQL commits (4 threads, 15 s)"
java -cp "$classpath" id.infoloker.benchmarks.surge.Limits commits "$postgres_port" 15 4 "$limits/commits.properties"

echo "== 1 + 4. Gatling: registration surge + verifier"
# Gatling needs java.lang opened to it (its Maven plugin passes the same flag).
set +e
java -Xmx768m --add-opens=java.base/java.lang=ALL-UNNAMED -Djava.awt.headless=true -Dsurge.gateway="$gateway" -Dsurge.postgresPort="$postgres_port" \
  -Dsurge.kafka="$kafka" -Dsurge.results="$results" -Dsurge.limits="$limits" -Dsurge.timestamp="$timestamp" \
  ${SURGE_OPTS:-} -cp "$classpath" io.gatling.app.Gatling \
  -s id.infoloker.benchmarks.surge.SurgeSimulation -rf "$here/target/gatling"
gatling_rc=$?
surge_report="$(ls -dt "$here"/target/gatling/surgesimulation-*/ 2>/dev/null | head -1)"

browse_rc=0
if [[ "${SURGE_BROWSING:-1}" == 1 ]]; then
  echo "== 3. Gatling: vacancy search at ${BROWSE_RATE:-1000}/s offered for 60 s (SURGE_BROWSING=0 skips it)"
  java -Xmx768m --add-opens=java.base/java.lang=ALL-UNNAMED -Dsurge.gateway="$gateway" -Dsurge.postgresPort="$postgres_port" -Dsurge.results="$results" \
    -Dsurge.timestamp="$timestamp" -Dbrowse.rate="${BROWSE_RATE:-1000}" ${SURGE_OPTS:-} -cp "$classpath" \
    io.gatling.app.Gatling -s id.infoloker.benchmarks.surge.BrowsingSimulation -rf "$here/target/gatling"
  browse_rc=$?
fi
browse_report="$(ls -dt "$here"/target/gatling/browsingsimulation-*/ 2>/dev/null | head -1)"
set -e

if [[ -z "$attached" ]]; then
  devstack_stop
  trap - EXIT
fi

# Repository-relative paths in the committed results: they must not name this machine's checkout.
surge_report="${surge_report%/}"
surge_report="${surge_report#"$root"/}"
browse_report="${browse_report%/}"
browse_report="${browse_report#"$root"/}"
for file in "$results/surge-$timestamp.json" "$results/surge-$timestamp.md"; do
  [[ -f "$file" ]] && sed -i "s#@GATLING_REPORT@#${surge_report:-none}/index.html#" "$file"
done
for file in "$results/surge-$timestamp-browsing.json" "$results/surge-$timestamp-browsing.md"; do
  [[ -f "$file" ]] && sed -i "s#@GATLING_REPORT@#${browse_report:-none}/index.html#" "$file"
done
for file in "$results"/surge-"$timestamp"*; do sed -i "s#$root/##g" "$file"; done
echo "== results: $(ls "$results"/surge-"$timestamp"* 2>/dev/null | tr '\n' ' ')"
echo "   Gatling reports: ${surge_report:-none}/index.html ${browse_report:-none}/index.html"
[[ "$gatling_rc" == 0 && "$browse_rc" == 0 ]]
