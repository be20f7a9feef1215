#!/bin/bash
# Batches (issue 4): wall time of `shcm-check check --jsonl` over COUNT plans against a JVM that only reads the
# same lines with Jackson, N alternating runs. Run from the project root after `mvn -B -q -DskipTests package`.
# Usage: benchmarks/scripts/batch.sh PACK AS_OF COUNT [N [JVM options...]]   e.g. ... tuyenquang-mn-2025 2025-12-01 20000
set -euo pipefail
PACK=$1; AS_OF=$2; COUNT=$3; N=${4:-3}; shift $(( $# < 4 ? $# : 4 ))
CLI=samples/target/shcm-check.jar
BENCH=benchmarks/target/benchmarks.jar
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# the pack's 10-session benchmark plan, COUNT times with distinct ids, one per line
java -cp "$BENCH" vn.edu.shcm.rules.benchmarks.JsonLinesFile "$PACK" 10 "$COUNT" "$WORK/plans.jsonl"
for _ in $(seq "$N"); do
    s=$(date +%s%N); java "$@" -cp "$BENCH" vn.edu.shcm.rules.benchmarks.JacksonOnly --jsonl "$WORK/plans.jsonl" >/dev/null
    e=$(date +%s%N); echo "jackson-only: $(( (e - s) / 1000000 )) ms"
    s=$(date +%s%N); rc=0
    TIMEFORMAT="  (%U s user CPU)"
    time java "$@" -jar "$CLI" check --pack "$PACK" --as-of "$AS_OF" --jsonl "$WORK/plans.jsonl" \
        >"$WORK/results.jsonl" || rc=$?
    e=$(date +%s%N)
    echo "shcm-check --jsonl: $(( (e - s) / 1000000 )) ms, exit $rc, $(wc -l <"$WORK/results.jsonl") result lines"
done
