#!/usr/bin/env bash
# Installs the system packages the test suites drive for real: PostgreSQL 15 (API tests) and Chromium (web e2e).
# Runs before `npm test`; does nothing when both are present.
set -euo pipefail

missing=()
[ -x /usr/lib/postgresql/15/bin/initdb ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "ensure-system-deps: missing ${missing[*]}; install them (Debian: sudo apt-get install -y ${missing[*]}) and run the tests again" >&2
  exit 1
fi
echo "ensure-system-deps: installing ${missing[*]} from Debian packages"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
