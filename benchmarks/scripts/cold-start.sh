#!/bin/bash
# Cold start (issues 4 and 15): wall time of N alternating runs of a JVM that only reads the plan with Jackson and
# of `shcm-check check` on the same plan: the plain jar, the jar with C1 only and the serial collector, the jar
# with an application class-data archive (AppCDS), and the launcher samples/shcm-check (those flags plus its
# archive: dynamic CDS on JDK 17-24, the AOT cache on JDK 25; JAVA_HOME picks the JDK). Run from the project root
# after `mvn -B -q -DskipTests package`; prints the median, min and max in ms.
set -euo pipefail
N=${N:-15}
PLAN=${PLAN:-samples/plans/tuyen-quang-mn-2025-2026.json}
PACK=${PACK:-tuyenquang-mn-2025}
AS_OF=${AS_OF:-2025-12-01}
CLI=samples/target/shcm-check.jar
BENCH=benchmarks/target/benchmarks.jar
if [ -n "${JAVA_HOME:-}" ]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export SHCM_CDS_DIR="$WORK/cds"
args=(check --pack "$PACK" --as-of "$AS_OF" "$PLAN")
check=(-jar "$CLI" "${args[@]}")
jackson=(-cp "$BENCH" vn.edu.shcm.rules.benchmarks.JacksonOnly "$PLAN")
fast=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
# one training run each writes the archives
"$JAVA" -XX:ArchiveClassesAtExit="$WORK/check.jsa" "${check[@]}" >/dev/null 2>&1 || true
"$JAVA" -XX:ArchiveClassesAtExit="$WORK/jackson.jsa" "${jackson[@]}" >/dev/null 2>&1
samples/shcm-check "${args[@]}" >/dev/null 2>&1 || true
declare -A T
run() {
    local name=$1; shift
    local s e
    s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N)
    T[$name]+="$(( (e - s) / 1000000 )) "
}
for _ in $(seq "$N"); do
    run jackson "$JAVA" "${jackson[@]}"
    run check "$JAVA" "${check[@]}"
    run check+c1+serial "$JAVA" "${fast[@]}" "${check[@]}"
    run jackson+cds "$JAVA" -XX:SharedArchiveFile="$WORK/jackson.jsa" "${jackson[@]}"
    run check+cds "$JAVA" -XX:SharedArchiveFile="$WORK/check.jsa" "${check[@]}"
    run launcher samples/shcm-check "${args[@]}"
done
for k in jackson check check+c1+serial jackson+cds check+cds launcher; do
    echo "$k: $(tr ' ' '\n' <<<"${T[$k]}" | grep . | sort -n | awk '{a[NR]=$1} END {printf "median %d ms, min %d, max %d (n=%d)", a[int((NR+1)/2)], a[1], a[NR], NR}')"
done
