#!/usr/bin/env bash
# Creates the Secrets the platform needs in a namespace, with generated passwords and a new JWT signing key.
# Nothing is written to disk except a temporary key file that is removed on exit. Idempotent: existing Secrets are kept.
#
#   k8s/secrets/create-secrets.sh <namespace> <admin-email> <verifier-email>
#   (prod also needs the backup credentials: see README.md)
set -euo pipefail
ns="${1:?namespace}"; admin_email="${2:?admin email}"; verifier_email="${3:?verifier email}"

random() { openssl rand -base64 32 | tr -d '/+=\n' | cut -c1-"${1:-32}"; }
exists() { kubectl -n "${ns}" get secret "$1" > /dev/null 2>&1; }

kubectl get namespace "${ns}" > /dev/null 2>&1 || kubectl create namespace "${ns}"

for svc in account-service verification-service notification-service vacancy-service; do
  name="infoloker-db-${svc}"
  if exists "${name}"; then echo "keep ${name}"; continue; fi
  kubectl -n "${ns}" create secret generic "${name}" --type=kubernetes.io/basic-auth \
    --from-literal=username="${svc//-/_}" --from-literal=password="$(random 32)"
  kubectl -n "${ns}" label secret "${name}" cnpg.io/reload=true
done

if exists infoloker-jwt; then
  echo "keep infoloker-jwt (rotate with docs/operations.md)"
else
  key="$(mktemp)"; trap 'rm -f "${key}"' EXIT
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out "${key}" 2> /dev/null
  kubectl -n "${ns}" create secret generic infoloker-jwt \
    --from-file=private.pem="${key}" --from-literal=key-id="$(date -u +%Y-%m-%d)-1"
fi

if exists infoloker-privacy; then
  echo "keep infoloker-privacy (its master-key wraps every person's key: never replace it)"
else
  kubectl -n "${ns}" create secret generic infoloker-privacy \
    --from-literal=master-key="$(openssl rand -base64 32)" --from-literal=service-secret="$(random 32)"
fi

if exists infoloker-staff-bootstrap; then
  echo "keep infoloker-staff-bootstrap"
else
  admin_password="$(random 24)"; verifier_password="$(random 24)"
  kubectl -n "${ns}" create secret generic infoloker-staff-bootstrap \
    --from-literal=admin-email="${admin_email}" --from-literal=admin-password="${admin_password}" \
    --from-literal=verifier-email="${verifier_email}" --from-literal=verifier-password="${verifier_password}"
  echo "Staff passwords are in Secret ${ns}/infoloker-staff-bootstrap; hand them over out of band, change at first login."
fi

if exists infoloker-moderation; then
  echo "keep infoloker-moderation"
else
  kubectl -n "${ns}" create secret generic infoloker-moderation --from-literal=report-address-key="$(random 32)"
fi
