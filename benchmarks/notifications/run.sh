#!/usr/bin/env bash
# Notification benchmarks (issue 7). Not part of `mvn verify`: this module is not listed in the root pom.
# Usage: benchmarks/notifications/run.sh [decisions=20000] [matches=50000]
# Compiles under the shared Maven lock, then runs outside it (the run takes a few minutes).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../.."
source benchmarks/lib/maven.sh
benchmark_maven -f benchmarks/notifications/pom.xml compile \
    dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
exec java -Xmx2g -cp "benchmarks/notifications/target/classes:$(cat benchmarks/notifications/target/classpath.txt)" \
    id.infoloker.benchmarks.notifications.NotificationBenchmark "$@"
