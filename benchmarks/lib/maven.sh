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
