#!/bin/bash
# Cold start (issue 4): wall time of N alternating runs of a JVM that only reads the plan with Jackson and of
# `shcm-check check` on the same plan, plain and with an application class-data-sharing archive (AppCDS, Java 17).
# Run from the project root after `mvn -B -q -DskipTests package`; prints the median, min and max in ms.
set -euo pipefail
N=${N:-15}
PLAN=${PLAN:-samples/plans/tuyen-quang-mn-2025-2026.json}
PACK=${PACK:-tuyenquang-mn-2025}
AS_OF=${AS_OF:-2025-12-01}
CLI=samples/target/shcm-check.jar
BENCH=benchmarks/target/benchmarks.jar
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
check=(-jar "$CLI" check --pack "$PACK" --as-of "$AS_OF" "$PLAN")
jackson=(-cp "$BENCH" vn.edu.shcm.rules.benchmarks.JacksonOnly "$PLAN")
# one training run each writes the archives
java -XX:ArchiveClassesAtExit="$WORK/check.jsa" "${check[@]}" >/dev/null 2>&1 || true
java -XX:ArchiveClassesAtExit="$WORK/jackson.jsa" "${jackson[@]}" >/dev/null 2>&1
declare -A T
run() {
    local name=$1; shift
    local s e
    s=$(date +%s%N); java "$@" >/dev/null 2>&1 || true; e=$(date +%s%N)
    T[$name]+="$(( (e - s) / 1000000 )) "
}
for _ in $(seq "$N"); do
    run jackson "${jackson[@]}"
    run check "${check[@]}"
    run jackson+cds -XX:SharedArchiveFile="$WORK/jackson.jsa" "${jackson[@]}"
    run check+cds -XX:SharedArchiveFile="$WORK/check.jsa" "${check[@]}"
done
for k in jackson check jackson+cds check+cds; do
    echo "$k: $(tr ' ' '\n' <<<"${T[$k]}" | grep . | sort -n | awk '{a[NR]=$1} END {printf "median %d ms, min %d, max %d (n=%d)", a[int((NR+1)/2)], a[1], a[NR], NR}')"
done
