#!/bin/bash
# Soak (issue 15): COUNT plans (a multiple of 100,000) through `shcm-check check --jsonl -` in -Xmx256m, the
# 100,000-line file of the pack's 10-session benchmark plan piped COUNT/100,000 times; prints the wall time, the
# peak resident set size of the checking JVM (GNU time's %M), the result lines and the error lines. Run a
# 100,000-plan soak and a 1,000,000-plan one to compare their peaks. Run from the project root after
# `mvn -B -q -DskipTests package`.
# Usage: benchmarks/scripts/soak.sh PACK AS_OF COUNT [JVM options...]   e.g. ... tuyenquang-mn-2025 2025-12-01 1000000
set -euo pipefail
PACK=$1; AS_OF=$2; COUNT=$3; shift 3
CLI=samples/target/shcm-check.jar
BENCH=benchmarks/target/benchmarks.jar
WORK=${WORK:-$(mktemp -d)}
PLANS="$WORK/plans-$PACK-100000.jsonl"
[ -s "$PLANS" ] || java -cp "$BENCH" vn.edu.shcm.rules.benchmarks.JsonLinesFile "$PACK" 10 100000 "$PLANS"
repeat=$(( COUNT / 100000 ))
s=$(date +%s%N)
rc=0
for _ in $(seq "$repeat"); do cat "$PLANS"; done \
    | /usr/bin/time -f '%M' -o "$WORK/rss" java -Xmx256m "$@" -jar "$CLI" check --pack "$PACK" --as-of "$AS_OF" \
        --jsonl - 2>"$WORK/stderr" | awk '/"inputErrors"/ {e++} END {printf "%d result lines, %d error lines\n", NR, e}' \
    || rc=$?
e=$(date +%s%N)
echo "$COUNT plans ($PACK): $(( (e - s) / 1000000 )) ms, exit $rc, peak RSS $(( $(cat "$WORK/rss") / 1024 )) MiB, stderr $(wc -c <"$WORK/stderr") bytes"
