#!/usr/bin/env bash
# JVM memory of each deployable at load, under full JIT (issue 18). Not part of `mvn verify`.
#
#   benchmarks/memory/run.sh
#
# Starts its own devstack (all six deployables; ports +700: gateway 8780; work dir /tmp/devstack-memory) from a copy
# of the jars with --full-jit (C1 and C2 as in production, Serial GC as the JVM picks it in a container under 2 CPUs
# or 1792 MB, -Xmx384m) and, through JAVA_TOOL_OPTIONS, Native Memory Tracking and -Xms32m: otherwise the initial
# heap (1/64 of this host's RAM) is the whole 384 MB from the start and committed heap says nothing about need; from
# 32 MB, Serial GC grows the heap only as the live data and allocation rate ask (keeping 40 % free after a full
# collection), so its peak is what the service needed under this load. Then, for LOAD_SECONDS (240),
# through the gateway: job-seeker registrations (bcrypt, outbox, Kafka to verification- and notification-service,
# e-mail), every fifth one signing in and uploading a 1 MB document, vacancy searches, and the portal's pages, each
# 4 at a time; while a sampler reads every service's `jcmd <pid> VM.native_memory summary` and resident set size every
# NMT_INTERVAL (5) seconds. Stops the devstack by its PID and writes benchmarks/results/memory-<timestamp>.md: per
# deployable the peak committed memory by NMT category (heap, metaspace, class space, code cache, thread stacks with
# the thread count, GC, the rest) and the peak RSS. deployment-tests' MemoryBudgetTest reads the newest such file.
# Knobs: LOAD_SECONDS, NMT_INTERVAL.
#
# Needs the jars: flock /tmp/infoloker-mvn.lock mvn -B -o package -DskipTests
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
seconds="${LOAD_SECONDS:-240}"
tool_options="-XX:NativeMemoryTracking=summary -Xms32m"
jvm="--full-jit (-Xmx384m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError), JAVA_TOOL_OPTIONS=$tool_options"
modules="account-service verification-service notification-service vacancy-service gateway web"

cd "$root"
for module in $modules; do
  [[ -f "$module/target/$module.jar" ]] || { echo "missing $module/target/$module.jar: build the jars first" >&2; exit 1; }
done
[[ -f devstack/target/devstack-launcher.jar ]] || { echo "missing devstack/target/devstack-launcher.jar" >&2; exit 1; }
mkdir -p "$samples" "$root/benchmarks/results" "$work_dir"

# A copy of the jars: a jar rebuilt under a running JVM breaks lazy class loading.
rm -rf "$jars"
for module in $modules; do
  mkdir -p "$jars/$module/target"
  cp "$module/target/$module.jar" "$jars/$module/target/"
done

echo "== starting the devstack (ports +$offset, service JVMs: $jvm; log $work_dir.log)"
# The service JVMs inherit JAVA_TOOL_OPTIONS (so do the launcher's and the broker's: the sampler reads services only).
JAVA_TOOL_OPTIONS="$tool_options" \
  java -jar "$root/devstack/target/devstack-launcher.jar" --root "$jars" --work-dir "$work_dir" \
  --port-offset "$offset" --full-jit > "$work_dir.log" 2>&1 &
devstack=$!
pids=()
stop() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  if kill -0 "$devstack" 2>/dev/null; then
    echo "== stopping the devstack (pid $devstack)"
    kill -TERM "$devstack"
    for _ in $(seq 60); do kill -0 "$devstack" 2>/dev/null || break; sleep 1; done
  fi
}
trap stop EXIT
for _ in $(seq 300); do
  grep -q "Infoloker is up" "$work_dir.log" 2>/dev/null && break
  kill -0 "$devstack" 2>/dev/null || { echo "devstack died:"; tail -30 "$work_dir.log"; exit 1; }
  sleep 1
done
grep -q "Infoloker is up" "$work_dir.log" || { echo "devstack not up after 300 s"; tail -30 "$work_dir.log"; exit 1; }

# The module a JVM runs: its command line names <module>/target/<module>.jar.
module_of() {
  tr '\0' '\n' < "/proc/$1/cmdline" | grep -o '[a-z-]*/target/[a-z-]*\.jar' | head -1 | cut -d/ -f1
}
sample() {
  while true; do
    for proc in /proc/[0-9]*; do
      pid="${proc#/proc/}"
      grep -qa -- "$jars/" "$proc/cmdline" 2>/dev/null || continue
      module="$(module_of "$pid" 2>/dev/null || true)"
      [[ " $modules " == *" $module "* ]] || continue
      file="$samples/$module.$(date +%s%N).txt"
      if jcmd "$pid" VM.native_memory summary > "$file" 2>/dev/null; then
        grep VmRSS "/proc/$pid/status" >> "$file" 2>/dev/null || true
      else
        rm -f "$file"
      fi
    done
    sleep "$interval"
  done
}

register() {
  local n="$1" unique nik email phone password body code token
  (( $(date +%s) < deadline )) || return 0
  unique="$(( $(date +%s%N) % 100000000 ))"
  nik="$(printf '321501450698%04d' $(( (n + unique) % 10000 )))"
  email="mem.$n.$unique@example.id"
  phone="$(printf '0813%08d' $(( (n * 7919 + unique) % 100000000 )))"
  password="Rahasia-Kerja-$n-$unique"
  body="{\"fullName\":\"Dewi Lestari $n\",\"nik\":\"$nik\",\"birthPlace\":\"Karawang\",\"birthDate\":\"1998-06-05\","
  body+="\"sex\":\"F\",\"email\":\"$email\",\"phone\":\"$phone\",\"password\":\"$password\","
  body+="\"address\":\"Jl. Tuparev No. $n\",\"kecamatanCode\":\"321501\",\"education\":\"SMK\",\"consent\":true}"
  code="$(curl -s -o /dev/null -w '%{http_code}' -m 30 -H 'Content-Type: application/json' -d "$body" \
    "$gateway/api/accounts/job-seekers")"
  echo "register $code"
  if [[ "$code" == 202 && $(( n % 5 )) == 0 ]]; then
    token="$(curl -s -m 30 -H 'Content-Type: application/json' \
      -d "{\"username\":\"$email\",\"password\":\"$password\"}" "$gateway/api/auth/token" \
      | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')"
    [[ -n "$token" ]] || { echo "login failed"; return; }
    echo "upload $(curl -s -o /dev/null -w '%{http_code}' -m 60 -H "Authorization: Bearer $token" \
      -F "file=@$document;type=application/pdf;filename=ktp.pdf" "$gateway/api/accounts/me/documents/KTP")"
  fi
}
export -f register
export gateway
document="$here/target/ktp-$timestamp.pdf"
{ printf '%%PDF-1.7\n'; head -c 1048576 /dev/urandom; printf '\n%%%%EOF\n'; } > "$document"
export document

sample & pids+=($!)
deadline=$(( $(date +%s) + seconds ))
export deadline
echo "== load for $seconds s: registrations (+ sign-in and a 1 MB upload every fifth), searches, portal pages"
( n=0; while (( $(date +%s) < deadline )); do seq $((n + 1)) $((n + 8)); n=$((n + 8)); done \
    | xargs -P 4 -I{} bash -c 'register {}' > "$samples/registrations.log" 2>&1 ) & pids+=($!)
( while (( $(date +%s) < deadline )); do
    printf '%s\n' "/api/vacancies?q=operator" "/api/vacancies?q=admin" "/api/vacancies?kecamatan=321501" \
      "/api/vacancies" | xargs -P 4 -I{} curl -s -o /dev/null -w 'search %{http_code}\n' -m 30 "$gateway{}"
  done > "$samples/searches.log" 2>&1 ) & pids+=($!)
( while (( $(date +%s) < deadline )); do
    printf '%s\n' / "/?q=operator" /masuk /daftar /daftar/perusahaan /sitemap.xml \
      | xargs -P 4 -I{} curl -s -o /dev/null -w 'page %{http_code}\n' -m 30 "$gateway{}"
  done > "$samples/pages.log" 2>&1 ) & pids+=($!)
sleep "$seconds"
sleep $(( interval * 3 ))   # the consumers finish what the load left behind, still sampled
stop
trap - EXIT

answers="$(cat "$samples"/registrations.log "$samples"/searches.log "$samples"/pages.log | sort | uniq -c \
  | awk '{printf "%s%s %s: %s", sep, $2, $3, $1; sep="; "}')"
{
  echo "# JVM memory at load, full JIT (benchmarks/memory/run.sh, $timestamp)"
  echo
  echo "Service JVMs: $jvm. Load: $seconds s through the gateway, 4 at a time"
  echo "each: registrations (every fifth signs in and uploads a 1 MB PDF), vacancy searches, portal pages. Answers:"
  echo "$answers. One sample every ${interval} s. Peaks in MiB of *committed* memory per Native Memory Tracking"
  echo "category (each category's own peak; the total is the peak of the sum; class space is NMT's \"Class\") and"
  echo "the peak resident set size. Host: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo),"
  echo "shared with other engineers' builds while measuring (load average at the end: $(cut -d' ' -f1-3 /proc/loadavg))."
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
  echo "Raw samples and answers: benchmarks/memory/target/samples-$timestamp/ (not committed)."
} > "$report"
echo "== memory report: ${report#"$root"/}"
cat "$report"
