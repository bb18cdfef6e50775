#!/usr/bin/env bash
# Installs the PostgreSQL server binaries (Debian's package) for the ledger's tests.
# Needs root (CI and the dev machines run as root); does nothing when initdb is already there.
set -euo pipefail
if command -v initdb >/dev/null || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends postgresql >/dev/null
