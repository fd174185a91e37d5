# Sourced by the benchmarks' run.sh scripts: one way to compile a benchmark module.
#
#   benchmark_maven -f benchmarks/<name>/pom.xml compile dependency:build-classpath ...
#
# Offline first (fast, no network), then online once: a fresh clone's local repository lacks what only the benchmarks
# use (Gatling, WireMock, ...), and offline Maven would stop at "Cannot access central in offline mode".
# On a machine shared with other builds it runs under the shared build lock; BENCHMARK_NO_LOCK=1 when the caller
# already holds it (e.g. `flock /tmp/infoloker-mvn.lock env BENCHMARK_NO_LOCK=1 benchmarks/browsing/run.sh`), which
# would otherwise wait for itself.
benchmark_maven() {
  local lock=(flock /tmp/infoloker-mvn.lock)
  if [[ "${BENCHMARK_NO_LOCK:-${BROWSE_NO_LOCK:-0}}" == 1 ]] || ! command -v flock > /dev/null; then
    lock=()
  fi
  "${lock[@]}" mvn -B -q -o "$@" > /dev/null 2>&1 || "${lock[@]}" mvn -B -q "$@"
}

# Compiles a Maven benchmark module (its test sources) and writes its test class path to <dir>/target/classpath.txt,
# unless that was done already and nothing changed since: then there is no need to queue for the shared build lock.
#
#   benchmark_compile benchmarks/surge && classpath="benchmarks/surge/target/test-classes:$(cat ...)"
benchmark_compile() { # module-dir, relative to the repository root or absolute
  local dir="$1"
  if [[ -f "$dir/target/classpath.txt" \
        && -z "$(find "$dir/src" "$dir/pom.xml" -newer "$dir/target/classpath.txt" -print -quit)" ]]; then
    echo "   up to date"
  else
    benchmark_maven -f "$dir/pom.xml" test-compile dependency:build-classpath \
        -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
  fi
}
