#!/usr/bin/env bash
# Runs the benchmarks (see BENCHMARKS.md): installs Backbone.js, Underscore, jQuery and terser from the npm
# registry with the machine's npm, builds backbone-core and this module without their tests, then runs the
# harness in headless Chromium and prints the report (also written to benchmarks/target/benchmark-results.md,
# every sample to benchmark-results-samples.csv).
#
#   benchmarks/run.sh [iterations [micro-iterations]]      defaults: 10 and 10
#   BENCH_QUIET_LOAD=1.5 benchmarks/run.sh                  after the build, wait (up to 40 min) for a load
#                                                           average under 1.5 before measuring
#   benchmarks/run.sh 0 10                                  the micro-benchmarks only
#   BENCH_MICRO=set,add benchmarks/run.sh 0 10              only the micro-benchmarks named
#   BENCH_OPERATIONS=02,09 benchmarks/run.sh 5 0            only the operations whose ids start with 02 or 09
#                                                           (and, with 0, no micro-benchmarks)
set -euo pipefail
cd "$(dirname "$0")"

iterations="${1:-10}"
micro_iterations="${2:-10}"

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

cd ..
exec mvn -B -ntp -q -pl benchmarks -am -Pbenchmarks,bench -DskipTests \
  -Dbench.iterations="$iterations" -Dbench.microIterations="$micro_iterations" \
  -Dbench.quietLoad="${BENCH_QUIET_LOAD:-}" -Dbench.micro="${BENCH_MICRO:-}" \
  -Dbench.operations="${BENCH_OPERATIONS:-}" verify
