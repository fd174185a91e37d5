#!/usr/bin/env bash
# Verification benchmarks (issue 5). Not part of `mvn verify`: this module is not listed in the root pom.
# Needs the service jars: flock /tmp/infoloker-mvn.lock mvn -B -o package -DskipTests (or -pl the five services).
# Usage: benchmarks/verification/run.sh [registrations=20000] [waiting=10000] [measured=1000]
# Compiles under the shared Maven lock, then runs outside it (a few minutes: devstack start, 20,000 events, latencies).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../.."
source benchmarks/lib/maven.sh
benchmark_maven -f benchmarks/verification/pom.xml compile \
    dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
exec java -Xmx1g -Dinfoloker.repository.root="$PWD" \
    -cp "benchmarks/verification/target/classes:$(cat benchmarks/verification/target/classpath.txt)" \
    id.infoloker.benchmarks.verification.VerificationBenchmark "$@"
