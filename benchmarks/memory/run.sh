#!/usr/bin/env bash
# JVM memory of each deployable at the surge benchmark's load, under full JIT (issue 18). Not part of `mvn verify`.
#
#   benchmarks/memory/run.sh
#
# Starts its own devstack (all six deployables; ports +700: gateway 8780; work dir /tmp/devstack-memory) from a copy
# of the jars with --full-jit (C1 and C2 as in production, Serial GC as the JVM picks it in a container under 2 CPUs
# or 1792 MB, -Xmx384m) and, through JAVA_TOOL_OPTIONS, Native Memory Tracking and -Xms32m: otherwise the initial
# heap (1/64 of this host's RAM) is the whole 384 MB from the start and committed heap says nothing about need; from
# 32 MB, Serial GC grows the heap only as the live data and allocation rate ask (keeping 40 % free after a full
# collection), so its peak is what the service needed under this load.
# The load is the surge benchmark's own, run against this devstack (benchmarks/surge/run.sh with
# SURGE_DEVSTACK_OFFSET=700): its machine limits, 100 prepared job seekers with documents, the open-model registration
# surge (1 -> 16/s over 60 s, then 15/s for 60 s) with a verifier claiming and approving, then vacancy search at
# BROWSE_RATE (1000) searches/s offered for 60 s; its knobs (SURGE_OPTS, SURGE_BROWSING, BROWSE_RATE) pass through.
# Alongside it, for the same time, what the surge does not exercise: the portal's pages (web), PAGE_CLIENTS (2) at a
# time, and 1 MB document uploads (a KTP replaced again and again), UPLOAD_CLIENTS (2) job seekers, one upload a
# second each (the gateway's per-account upload limit lifted for it). A sampler reads every deployable's `VM.native_memory summary` and resident set size every NMT_INTERVAL
# (5) seconds (NmtSampler.java: one attached JVM, not a jcmd per sample). Stops everything by PID and writes
# benchmarks/results/memory-<timestamp>.md: the load offered and answered, and per deployable the peak committed
# memory by NMT category (heap, metaspace, class space, code cache, thread stacks with the thread count, GC, the rest)
# and the peak RSS. deployment-tests' MemoryBudgetTest reads the newest such file.
#
# Needs the jars (flock /tmp/infoloker-mvn.lock mvn -B -o package -DskipTests) and jq. On a shared machine run it under
# both locks: flock /tmp/infoloker-mvn.lock flock /tmp/infoloker-bench.lock env BENCHMARK_NO_LOCK=1 benchmarks/memory/run.sh
# (the surge benchmark's compile step would otherwise wait for the lock this very command holds).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$root/benchmarks/memory"
offset=700
gateway="http://127.0.0.1:$((8080 + offset))"
work_dir="${MEMORY_WORK_DIR:-/tmp/devstack-memory}"
jars="$work_dir-jars"
timestamp="$(date -u +%Y%m%dT%H%M%SZ)"
samples="$here/target/samples-$timestamp"
report="$root/benchmarks/results/memory-$timestamp.md"
interval="${NMT_INTERVAL:-5}"
page_clients="${PAGE_CLIENTS:-2}"
upload_clients="${UPLOAD_CLIENTS:-2}"
tool_options="-XX:NativeMemoryTracking=summary -Xms32m"
jvm="--full-jit (-Xmx384m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError), JAVA_TOOL_OPTIONS=$tool_options"
modules="account-service verification-service notification-service vacancy-service gateway web"

cd "$root"
command -v jq > /dev/null || { echo "jq not found: apt-get install -y jq" >&2; exit 1; }
source "$root/benchmarks/lib/maven.sh"
source "$root/benchmarks/lib/devstack.sh"
devstack_copy_jars "$jars" $modules
mkdir -p "$samples" "$root/benchmarks/results"
# Compiled now, so that nothing is built while the devstack is measured.
echo "== compiling the surge benchmark"
benchmark_compile benchmarks/surge

# The service JVMs inherit JAVA_TOOL_OPTIONS (so do the launcher's and the broker's: the sampler reads services only).
# The gateway's per-account upload limit (10, then one per 30 s) would answer the uploaders 429 after a few seconds:
# lifted here as the devstack profile lifts the registration and sign-in limits for the benchmarks.
JAVA_TOOL_OPTIONS="$tool_options" INFOLOKER_RATELIMIT_POLICIES_UPLOAD_CAPACITY=100000 \
  INFOLOKER_RATELIMIT_POLICIES_UPLOAD_REFILLINTERVAL=1ms devstack_start "$jars" "$work_dir" "$offset" --full-jit
pids=()
running="$samples/running"
stop() {
  rm -f "$running"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  devstack_stop
}
trap stop EXIT
devstack_wait "$work_dir" "$offset" 300
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

java -Xmx64m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC --add-exports jdk.attach/sun.tools.attach=ALL-UNNAMED \
  "$here/NmtSampler.java" "$jars" "$samples" "$interval" > "$samples/sampler.log" 2>&1 &
sampler=$!
pids+=("$sampler")

# Side load, until $running disappears: the portal's pages, and 1 MB uploads by a few job seekers.
document="$here/target/ktp-$timestamp.pdf"
{ printf '%%PDF-1.7\n'; head -c 1048576 /dev/urandom; printf '\n%%%%EOF\n'; } > "$document"
pages() {
  while [[ -f "$running" ]]; do
    printf '%s\n' / "/?q=operator" /masuk /daftar /daftar/perusahaan /sitemap.xml \
      | xargs -P "$page_clients" -I{} curl -s -o /dev/null -w 'page %{http_code}\n' -m 30 "$gateway{}"
  done
}
uploader() { # n: registers its own job seeker, then replaces its KTP once a second, signing in again when told to
  local n="$1" unique email password body token="" code
  unique="$(( $(date +%s%N) % 100000000 ))"
  email="mem.$n.$unique@example.id"
  password="Rahasia-Kerja-$n-$unique"
  body="{\"fullName\":\"Dewi Lestari $n\",\"nik\":\"$(printf '321501450698%04d' $(( (n + unique) % 10000 )))\","
  body+="\"birthPlace\":\"Karawang\",\"birthDate\":\"1998-06-05\",\"sex\":\"F\",\"email\":\"$email\","
  body+="\"phone\":\"$(printf '0813%08d' $(( (n * 7919 + unique) % 100000000 )))\",\"password\":\"$password\","
  body+="\"address\":\"Jl. Tuparev No. $n\",\"kecamatanCode\":\"321501\",\"education\":\"SMK\",\"consent\":true}"
  echo "register $(curl -s -o /dev/null -w '%{http_code}' -m 30 -H 'Content-Type: application/json' -d "$body" \
    "$gateway/api/accounts/job-seekers")"
  while [[ -f "$running" ]]; do
    if [[ -z "$token" ]]; then
      token="$(curl -s -m 30 -H 'Content-Type: application/json' \
        -d "{\"username\":\"$email\",\"password\":\"$password\"}" "$gateway/api/auth/token" \
        | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')"
      [[ -n "$token" ]] || { echo "login failed"; sleep 1; continue; }
    fi
    code="$(curl -s -o /dev/null -w '%{http_code}' -m 60 -H "Authorization: Bearer $token" \
      -F "file=@$document;type=application/pdf;filename=ktp.pdf" "$gateway/api/accounts/me/documents/KTP")"
    echo "upload $code"
    [[ "$code" != 401 ]] || token=""
    sleep 1
  done
}
touch "$running"
pages > "$samples/pages.log" 2>&1 &
pids+=($!)
for n in $(seq "$upload_clients"); do
  uploader "$n" > "$samples/uploads-$n.log" 2>&1 &
  pids+=($!)
done

echo "== the surge benchmark's load (benchmarks/surge/run.sh against this devstack), with the side load"
started=$(date +%s)
set +e
SURGE_DEVSTACK_OFFSET="$offset" SURGE_RESULTS="$samples/surge" "$root/benchmarks/surge/run.sh" \
  2>&1 | tee "$samples/surge.log"
surge_rc=${PIPESTATUS[0]}
set -e
rm -f "$running"
for pid in "${pids[@]}"; do [[ "$pid" == "$sampler" ]] || wait "$pid" 2>/dev/null || true; done
seconds=$(( $(date +%s) - started ))
sleep $(( interval * 3 ))   # the consumers finish what the load left behind, still sampled
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
stop
trap - EXIT

surge_json="$(ls "$samples"/surge/surge-*Z.json 2>/dev/null | head -1)"
browse_json="$(ls "$samples"/surge/surge-*-browsing.json 2>/dev/null | head -1)"
count() { grep -h "^$1 " "$samples"/$2 2>/dev/null | sort | uniq -c | awk '{printf "%s%s × %s", sep, $1, $3; sep=", "}'; }
{
  echo "# JVM memory at the surge benchmark's load, full JIT (benchmarks/memory/run.sh, $timestamp)"
  echo
  echo "Service JVMs: $jvm. One sample of every deployable every ${interval} s. Host: $(nproc) cores,"
  echo "$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), shared with other engineers' work: load average"
  echo "$load_before when the devstack was up, $load_after at the end."
  echo
  echo "## Load offered and answered (${seconds} s, through the gateway)"
  echo
  echo "| load | offered | sent | answered | reached |"
  echo "|---|---|---|---|---|"
  if [[ -f "$surge_json" ]]; then
    jq -r '.registrationSurge | "| registration surge (benchmarks/surge, Gatling) | \(.workload) | \(.requests) | "
      + (.byStatus | to_entries | map("\(.value) × \(.key)") | join(", "))
      + " | \(.acceptedPerSecondDuringHold) accepted/s in the hold, \(.acceptedPerSecondPeak10s) best 10 s |"' \
      "$surge_json"
    jq -r '.staff | "| verifier (same run) | 25 rounds idle, then one every 1.5 s | \(.idle.rounds) + \(.duringSurge.rounds) claimed and approved | errors \(.idle.errors) + \(.duringSurge.errors), nothing to claim \(.duringSurge.nothingToClaim) | |"' \
      "$surge_json"
  else
    echo "| registration surge | (no result: see $(basename "$samples")/surge.log) | | | |"
  fi
  if [[ -f "$browse_json" ]]; then
    jq -r '"| vacancy search (benchmarks/surge, Gatling) | \(.workload) | \(.requests) | "
      + (.byStatus | to_entries | map("\(.value) × \(.key)") | join(", "))
      + " | \(.achieved200PerSecond | floor) answered 200/s |"' "$browse_json"
  fi
  pages_answered="$(count page pages.log)"
  uploads_answered="$(count upload 'uploads-*.log')"
  echo "| portal pages (web) | $page_clients clients, back to back | $(grep -c '^page ' "$samples/pages.log" || true) | $pages_answered | $(( $(grep -c '^page 200' "$samples/pages.log" || true) / (seconds > 0 ? seconds : 1) ))/s |"
  echo "| 1 MB KTP uploads | $upload_clients job seekers, one a second each | $(cat "$samples"/uploads-*.log | grep -c '^upload ' || true) | $uploads_answered | |"
  echo
  echo "## Peaks per deployable"
  echo
  echo "MiB of *committed* memory per Native Memory Tracking category (each category's own peak; the total is the peak"
  echo "of the sum; class space is NMT's \"Class\"), and the peak resident set size."
  echo
  echo "| service | samples | NMT total | heap | metaspace | class space | code cache | threads (stacks) | GC | other | RSS |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  for module in $modules; do
    ls "$samples/$module".*.txt > /dev/null 2>&1 || continue
    cat "$samples/$module".*.txt | awk -v module="$module" -v n="$(ls "$samples/$module".*.txt | wc -l)" '
      function kb(text) { match(text, /committed=[0-9]+KB/); return substr(text, RSTART + 10, RLENGTH - 12) + 0 }
      function mib(k) { return sprintf("%.0f", k / 1024) }
      /^Total:/ { t = kb($0); if (t > total) total = t }
      /^-/ {
        name = $0; sub(/^- +/, "", name); sub(/ \(.*/, "", name)
        c = kb($0); if (c > peak[name]) peak[name] = c
      }
      /\(thread #/ { match($0, /#[0-9]+/); th = substr($0, RSTART + 1, RLENGTH - 1) + 0; if (th > threads) threads = th }
      /^VmRSS:/ { if ($2 > rss) rss = $2 }
      END {
        known = peak["Java Heap"] + peak["Metaspace"] + peak["Class"] + peak["Code"] + peak["Thread"] + peak["GC"]
        printf "| %s | %d | %s | %s | %s | %s | %s | %s (%d threads) | %s | %s | %s |\n", module, n, mib(total),
          mib(peak["Java Heap"]), mib(peak["Metaspace"]), mib(peak["Class"]), mib(peak["Code"]), mib(peak["Thread"]),
          threads, mib(peak["GC"]), mib(total - known > 0 ? total - known : 0), mib(rss)
      }'
  done
  echo
  echo "Raw samples, the surge benchmark's own reports and the side load's answers:"
  echo "benchmarks/memory/target/samples-$timestamp/ (not committed)."
} > "$report"
echo "== memory report: ${report#"$root"/}"
cat "$report"
[[ "$surge_rc" == 0 ]]
