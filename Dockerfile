# syntax=docker/dockerfile:1.7
#
# One image recipe for every Infoloker service. Pick the service with --build-arg SERVICE=<module>:
#   docker build --build-arg SERVICE=account-service -t infoloker/account-service:0.1.0 .
# Modules: gateway, web, account-service, vacancy-service, verification-service, notification-service.
#
# Stage 1 compiles the module (and the platform modules it needs) with Maven and splits the Spring Boot jar into
# layers; stage 2 is a plain JRE 17 with those layers, a non-root user, and no Maven, JDK or sources.

ARG BUILD_IMAGE=maven:3.9.9-eclipse-temurin-17
ARG RUNTIME_IMAGE=eclipse-temurin:17.0.16_8-jre-noble

FROM ${BUILD_IMAGE} AS build
ARG SERVICE
RUN test -n "${SERVICE}" || (echo "Set --build-arg SERVICE=<module>, e.g. account-service" >&2; exit 1)
WORKDIR /workspace
COPY . .
# The cache mount keeps ~/.m2 between builds of the six images; -am builds only the platform modules this one needs.
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q -pl "${SERVICE}" -am -Dmaven.test.skip=true package \
 && test -f "${SERVICE}/target/${SERVICE}.jar"
# Boot 4's tools jar mode: dependencies, spring-boot-loader, snapshot-dependencies and application, one directory each,
# so a code change rebuilds only the small "application" layer. The application jar refers to lib/ by relative path.
RUN java -Djarmode=tools -jar "${SERVICE}/target/${SERVICE}.jar" \
        extract --layers --destination /layers --application-filename application.jar

FROM ${RUNTIME_IMAGE} AS runtime
ARG SERVICE
LABEL org.opencontainers.image.title="infoloker-${SERVICE}" \
      org.opencontainers.image.source="https://github.com/infoloker/infoloker" \
      org.opencontainers.image.description="Infoloker ${SERVICE}"
# A fixed numeric uid/gid: Kubernetes' runAsNonRoot can only verify a numeric USER.
RUN groupadd --system --gid 10001 infoloker \
 && useradd --system --uid 10001 --gid infoloker --home-dir /application --shell /usr/sbin/nologin infoloker
WORKDIR /application
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
# No curl or wget in the runtime image: the healthcheck speaks HTTP over bash's /dev/tcp (used by docker-compose.yml).
COPY --chmod=0555 deploy/docker/healthcheck.sh /usr/local/bin/healthcheck
# Heap from the container's memory limit; die on OOM so the orchestrator restarts the container instead of limping on.
# The root filesystem may be read-only: only /tmp (a tmpfs/emptyDir) is written to, by Tomcat and the JVM.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp" \
    INFOLOKER_SERVICE="${SERVICE}"
USER 10001:10001
# exec form: java is PID 1 and receives SIGTERM, so Spring's graceful shutdown runs.
ENTRYPOINT ["java", "-jar", "/application/application.jar"]
