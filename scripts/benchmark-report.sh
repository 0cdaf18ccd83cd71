#!/bin/sh
# Times aggregating 100 000 submissions of a 40-question workshop and building the gap report
# (Tests/AccordCoreTests/ReportBenchmark.swift), in a release build. Target: well under 2 s.
# Uses its own build folder so it does not disturb the debug build.
set -eu
cd "$(dirname "$0")/.."
ACCORD_BENCHMARK=1 swift test -c release -Xswiftc -enable-testing --build-path .build-bench \
    --filter ReportBenchmark 2>&1 | grep -E 'benchmark:|passed|failed|error'
