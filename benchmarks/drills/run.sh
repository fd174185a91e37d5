#!/usr/bin/env bash
# Launch-day fault drills (issue 9), full size. Not part of `mvn verify`: small versions of each drill run there as
# e2e tests (KafkaOutageIT, VerificationCrashIT, OutboxRelayCrashIT, DatabaseOutageIT, PoisonRecordsIT).
#
#   benchmarks/drills/run.sh                    # all five drills, about 12 minutes
#   benchmarks/drills/run.sh database-outage    # one or more of: broker-outage verification-crash relay-crash
#                                               #                 database-outage poison
#   DRILLS_OPTS="-Ddrills.rate=5 -Ddrills.events=10000" benchmarks/drills/run.sh
#
# Starts its own devstack (ports +600: gateway 8680, PostgreSQL 16032, Kafka 19692; work dir /tmp/devstack-drills),
# breaks it on purpose, prints each drill's figures and writes benchmarks/results/drills-<time>.json, .md and .html.
# Exit status 1 if any drill lost or duplicated anything. Bounded: every wait has a limit (at most 15 min for the
# backlog drain); at most ~1,000 registrations through the gateway and the 20,000-event backlog.
#
# Needs the service jars and the devstack library installed:  mvn -B install -DskipTests
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../.."
source benchmarks/lib/maven.sh
benchmark_maven -f benchmarks/drills/pom.xml compile \
    dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
exec java -Xmx1g -Dinfoloker.repository.root="$PWD" ${DRILLS_OPTS:-} \
    -cp "benchmarks/drills/target/classes:$(cat benchmarks/drills/target/classpath.txt)" \
    id.infoloker.benchmarks.drills.Drills "$@"
