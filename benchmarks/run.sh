#!/usr/bin/env bash
# Runs the benchmarks (see BENCHMARKS.md): installs Backbone.js, Underscore, jQuery and terser from the npm
# registry with the machine's npm, builds backbone-core and this module without their tests, then runs the
# harness in headless Chromium and prints the report (also written to benchmarks/target/benchmark-results.md,
# every sample to benchmark-results-samples.csv).
#
#   benchmarks/run.sh [iterations [micro-iterations]]      defaults: 10 and 10
#   BENCH_QUIET_LOAD=1.5 benchmarks/run.sh                  first wait (up to 40 min) for a load average under 1.5
set -euo pipefail
cd "$(dirname "$0")"

iterations="${1:-10}"
micro_iterations="${2:-10}"

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

if [ -n "${BENCH_QUIET_LOAD:-}" ]; then
  for _ in $(seq 1 80); do
    load="$(cut -d' ' -f1 /proc/loadavg)"
    if awk -v l="$load" -v max="$BENCH_QUIET_LOAD" 'BEGIN { exit !(l < max) }'; then
      break
    fi
    echo "load average $load, waiting for it to fall under $BENCH_QUIET_LOAD..."
    sleep 30
  done
fi
echo "load average before the build: $(cut -d' ' -f1-3 /proc/loadavg)"

cd ..
exec mvn -B -ntp -q -pl benchmarks -am -Pbench -DskipTests \
  -Dbench.iterations="$iterations" -Dbench.microIterations="$micro_iterations" verify
