#!/usr/bin/env bash
# Installs the Debian packages a test suite drives for real, when they are missing:
#   bash scripts/ensure-system-deps.sh postgresql chromium pre-commit libxml2-utils python3-yaml
# Called from the set-up of the suites that need them (API: postgresql, chromium; web: chromium; linter CI
# formats: pre-commit, libxml2-utils), so the schema and linter unit tests run anywhere without root.
set -euo pipefail

present() {
  case "$1" in
    postgresql) ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 ;;
    chromium) [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || command -v chromium >/dev/null 2>&1 ;;
    pre-commit) command -v pre-commit >/dev/null 2>&1 ;;
    libxml2-utils) command -v xmllint >/dev/null 2>&1 ;;
    python3-yaml) python3 -c 'import yaml' >/dev/null 2>&1 ;;
    *) echo "ensure-system-deps: unknown package $1 (known: postgresql chromium pre-commit libxml2-utils python3-yaml)" >&2; return 2 ;;
  esac
}

[ $# -gt 0 ] || set -- postgresql chromium
missing=()
for package in "$@"; do present "$package" || missing+=("$package"); done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "ensure-system-deps: missing ${missing[*]}; install them (Debian: sudo apt-get install -y ${missing[*]}) and run the tests again" >&2
  exit 1
fi
echo "ensure-system-deps: installing ${missing[*]} from Debian packages" >&2
export DEBIAN_FRONTEND=noninteractive
# Several suites may ask at once (turbo runs packages one by one, but vitest set-ups can overlap): take a lock.
exec 9>/tmp/clearframe-apt.lock
flock 9
missing=(); for package in "$@"; do present "$package" || missing+=("$package"); done
[ ${#missing[@]} -eq 0 ] && exit 0
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
