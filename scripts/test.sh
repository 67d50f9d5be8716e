#!/usr/bin/env bash
# Runs every test of every module: JVM tests, the same core tests compiled by TeaVM in headless Chromium,
# HtmlUnit and Selenium scenarios, and the demo server over real HTTP. Installs the browser it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's Chromium and its driver are what the browser tests drive; install them when missing.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  echo "Installing chromium and chromium-driver (Debian packages)..."
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

exec mvn -B -ntp verify "$@"
