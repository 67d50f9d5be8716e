#!/usr/bin/env bash
# Runs every test of every module: JVM tests, the same core tests compiled by TeaVM in headless Chromium,
# HtmlUnit and Selenium scenarios, the demo server over real HTTP on H2 and PostgreSQL, an app generated from
# the archetype, the dev server, and the benchmarks' smoke tests (the `benchmarks` profile). Installs the
# browser, the database and node first.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the tests need, installed when missing: Chromium and its driver, which the browser tests
# drive; PostgreSQL 15, whose binaries the demo server's tests run a throwaway cluster with; Django REST
# Framework, the real backend backbone-sync's DjangoRestFrameworkTest runs against; node and npm, for the
# benchmarks (Backbone.js and terser from the npm registry) and backbone-core's differential fuzzers.
PACKAGES=()
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  PACKAGES+=(chromium chromium-driver)
fi
if [ ! -x /usr/lib/postgresql/15/bin/initdb ] || [ ! -x /usr/lib/postgresql/15/bin/pg_ctl ]; then
  PACKAGES+=(postgresql)
fi
if ! /usr/bin/python3 -c "import django, rest_framework" 2>/dev/null; then
  PACKAGES+=(python3-django python3-djangorestframework)
fi
command -v node >/dev/null 2>&1 || PACKAGES+=(nodejs)
command -v npm >/dev/null 2>&1 || PACKAGES+=(npm)
if [ ${#PACKAGES[@]} -gt 0 ]; then
  echo "Installing ${PACKAGES[*]} (Debian packages)..."
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${PACKAGES[@]}" >/dev/null
fi

exec mvn -B -ntp verify -Pbenchmarks "$@"
