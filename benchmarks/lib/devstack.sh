# Sourced by the benchmarks' run.sh scripts: one way to run a devstack for a benchmark, in the background, from a copy
# of the jars, and to stop it again by its PID.
#
#   source "$root/benchmarks/lib/devstack.sh"
#   devstack_copy_jars "$work_dir-jars" account-service gateway         # checks the jars are built, then copies them
#   devstack_start "$work_dir-jars" "$work_dir" "$offset" --services account-service,gateway [--full-jit ...]
#   trap devstack_stop EXIT
#   devstack_wait "$work_dir" "$offset" 300
#   devstack_settle 60                                                   # optional: until the start-up is over
#
# devstack_start sets devstack_pid and logs to "$work_dir.log"; environment given on its command line
# (JAVA_TOOL_OPTIONS=... devstack_start ...) reaches the launcher and, through it, the service JVMs. DEVSTACK_NICE=n
# starts the launcher, and so every process of the devstack, at that niceness (`nice -n n`).

devstack_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
devstack_launcher="$devstack_root/devstack/target/devstack-launcher.jar"
devstack_pid=""

# A copy of the jars: a jar rebuilt under a running JVM (another build in this checkout) breaks lazy class loading.
# (The launcher itself stays where it is: its manifest class path points next to it.)
devstack_copy_jars() { # jars-dir module...
  local jars="$1" module
  shift
  for module in "$@"; do
    [[ -f "$devstack_root/$module/target/$module.jar" ]] \
      || { echo "missing $module/target/$module.jar: build the jars first (mvn -B -o package -DskipTests)" >&2; return 1; }
  done
  [[ -f "$devstack_launcher" ]] \
    || { echo "missing devstack/target/devstack-launcher.jar: build the jars first" >&2; return 1; }
  rm -rf "$jars"
  for module in "$@"; do
    mkdir -p "$jars/$module/target"
    cp "$devstack_root/$module/target/$module.jar" "$jars/$module/target/"
  done
}

devstack_start() { # jars-dir work-dir port-offset launcher-argument...
  local jars="$1" work_dir="$2" offset="$3"
  shift 3
  mkdir -p "$work_dir"
  echo "== starting the devstack (ports +$offset, work dir $work_dir, log $work_dir.log)"
  ${DEVSTACK_NICE:+nice -n "$DEVSTACK_NICE"} java -jar "$devstack_launcher" --root "$jars" --work-dir "$work_dir" \
    --port-offset "$offset" "$@" > "$work_dir.log" 2>&1 &
  devstack_pid=$!
  devstack_started=$(date +%s)
}

# Up: the launcher said so and the gateway answers its readiness probe. Exits the script if the devstack dies or is
# not up in time.
devstack_wait() { # work-dir port-offset seconds
  local work_dir="$1" readiness="http://127.0.0.1:$((9080 + $2))/actuator/health/readiness" seconds="$3"
  for _ in $(seq "$seconds"); do
    if grep -q "Infoloker is up" "$work_dir.log" 2>/dev/null && curl -fsS "$readiness" > /dev/null 2>&1; then
      echo "   up after $(( $(date +%s) - devstack_started )) s; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
      return 0
    fi
    kill -0 "$devstack_pid" 2>/dev/null || { echo "devstack died:"; tail -30 "$work_dir.log"; exit 1; }
    sleep 1
  done
  echo "devstack not up after $seconds s"
  tail -30 "$work_dir.log"
  exit 1
}

# Ready is not yet settled: the last JVM to start (the gateway) still compiles its start-up code for some seconds after
# its readiness probe answers. Waits until the machine's cores are at least half idle over 3 s, at most the given
# seconds, so that a load that starts next meets a stack that has finished starting.
devstack_cpu_ticks() { # -> "busy total" since boot, all cores (/proc/stat: user nice system idle iowait irq softirq)
  awk '/^cpu / {print $2+$3+$4+$7+$8, $2+$3+$4+$5+$6+$7+$8}' /proc/stat
}

devstack_settle() { # seconds
  local deadline=$(( $(date +%s) + $1 )) busy total busy2 total2
  while (( $(date +%s) < deadline )); do
    read -r busy total < <(devstack_cpu_ticks)
    sleep 3
    read -r busy2 total2 < <(devstack_cpu_ticks)
    if (( 2 * (busy2 - busy) <= total2 - total )); then
      echo "   settled: $(( 100 * (busy2 - busy) / (total2 - total) )) % busy over 3 s"
      return 0
    fi
  done
  echo "   not settled after $1 s (load average $(cut -d' ' -f1-3 /proc/loadavg)); starting anyway"
}

# SIGTERM: the launcher stops the services, the broker and PostgreSQL itself.
devstack_stop() {
  if [[ -n "$devstack_pid" ]] && kill -0 "$devstack_pid" 2>/dev/null; then
    echo "== stopping the devstack (pid $devstack_pid)"
    kill -TERM "$devstack_pid"
    for _ in $(seq 60); do kill -0 "$devstack_pid" 2>/dev/null || break; sleep 1; done
  fi
}
