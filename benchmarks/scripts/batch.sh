#!/bin/bash
# Batches (issues 4 and 15): wall time of `shcm-check check --jsonl` over COUNT plans against a JVM that only reads
# the same lines with Jackson, N alternating runs, with user CPU and peak resident set size (GNU time). Run from
# the project root after `mvn -B -q -DskipTests package`. VARIANTS (default "jar") names the ways to start the
# check: jar (java -jar samples/target/shcm-check.jar), launcher (samples/shcm-check, with its class-data
# archive, made before the runs), c1 (-XX:TieredStopAtLevel=1), parallel (-XX:+UseParallelGC), serial
# (-XX:+UseSerialGC); JVM options after N go to every JVM.
# Usage: benchmarks/scripts/batch.sh PACK AS_OF COUNT [N [JVM options...]]   e.g. ... tuyenquang-mn-2025 2025-12-01 20000
set -euo pipefail
PACK=$1; AS_OF=$2; COUNT=$3; N=${4:-3}; shift $(( $# < 4 ? $# : 4 ))
VARIANTS=${VARIANTS:-jar}
CLI=samples/target/shcm-check.jar
BENCH=benchmarks/target/benchmarks.jar
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export SHCM_CDS_DIR="$WORK/cds"
# the pack's 10-session benchmark plan, COUNT times with distinct ids, one per line
java -cp "$BENCH" vn.edu.shcm.rules.benchmarks.JsonLinesFile "$PACK" 10 "$COUNT" "$WORK/plans.jsonl"
args=(check --pack "$PACK" --as-of "$AS_OF" --jsonl "$WORK/plans.jsonl")
if [[ " $VARIANTS " == *" launcher "* ]]; then
    head -200 "$WORK/plans.jsonl" >"$WORK/train.jsonl"
    samples/shcm-check check --pack "$PACK" --as-of "$AS_OF" --jsonl "$WORK/train.jsonl" >/dev/null 2>&1 || true
fi
timed() { # name, command...: wall ms, user CPU s, peak RSS MiB
    local name=$1; shift
    local s e rc=0
    s=$(date +%s%N)
    /usr/bin/time -f '%U %M' -o "$WORK/time" "$@" >"$WORK/out" 2>"$WORK/err" || rc=$?
    e=$(date +%s%N)
    read -r user rss <"$WORK/time" || true
    echo "$name: $(( (e - s) / 1000000 )) ms, $user s user CPU, peak RSS $(( ${rss:-0} / 1024 )) MiB, exit $rc, $(wc -l <"$WORK/out") lines"
}
for _ in $(seq "$N"); do
    timed jackson-only java "$@" -cp "$BENCH" vn.edu.shcm.rules.benchmarks.JacksonOnly --jsonl "$WORK/plans.jsonl"
    for v in $VARIANTS; do
        case $v in
            jar) timed "--jsonl jar" java "$@" -jar "$CLI" "${args[@]}" ;;
            launcher) JAVA_OPTS="$*" timed "--jsonl launcher" samples/shcm-check "${args[@]}" ;;
            c1) timed "--jsonl c1" java "$@" -XX:TieredStopAtLevel=1 -jar "$CLI" "${args[@]}" ;;
            parallel) timed "--jsonl parallel" java "$@" -XX:+UseParallelGC -jar "$CLI" "${args[@]}" ;;
            serial) timed "--jsonl serial" java "$@" -XX:+UseSerialGC -jar "$CLI" "${args[@]}" ;;
            *) echo "unknown variant $v" >&2; exit 2 ;;
        esac
    done
done
