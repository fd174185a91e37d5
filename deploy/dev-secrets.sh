#!/usr/bin/env bash
# Creates the development-only JWT signing key docker-compose.yml mounts into account-service.
# Never use this key outside a laptop: production keys live in a Kubernetes Secret (see docs/operations.md).
set -euo pipefail
dir="$(cd "$(dirname "$0")" && pwd)/secrets"
key="${dir}/jwt-private.pem"
mkdir -p "${dir}"
if [[ -s "${key}" ]]; then
  echo "keep existing ${key}"
else
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "${key}"
  echo "created ${key}"
fi
# The container runs as uid 10001, which does not own the bind-mounted file: a dev key must be world-readable.
chmod 0644 "${key}"
