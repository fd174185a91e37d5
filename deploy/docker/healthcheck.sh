#!/usr/bin/env bash
# Container healthcheck without curl or wget: a plain HTTP/1.1 GET over bash's /dev/tcp.
# Usage: healthcheck <port> [path]   (default path: the readiness health group)
# Exit 0 only on HTTP 200, which Spring Boot returns when the health group is UP (503 when DOWN).
set -euo pipefail
port="${1:?usage: healthcheck <port> [path]}"
path="${2:-/actuator/health/readiness}"
exec 3<>"/dev/tcp/127.0.0.1/${port}"
printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\nConnection: close\r\n\r\n' "${path}" >&3
IFS= read -r -t 5 status_line <&3
exec 3<&- 3>&-
[[ "${status_line}" == HTTP/1.?" 200"* ]]
