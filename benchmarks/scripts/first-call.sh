#!/bin/bash
# First call (issue 12). Part 1: N alternating fresh JVMs on one plan: Jackson only (read into a tree), and
# FirstCall (read the plan + create the checker + first check, each phase timed inside), plain and with an AppCDS
# archive; then one FirstCall run under -Xlog:class+load, classes counted per phase and per library.
# Part 2: the sample service (samples-server/target/shcm-server.jar) started on a loopback port, with and without
# the start-up warm-up: the wall time of its 1st and 10th POST /api/check (curl's time_total).
# Run from the project root after
#   mvn -B -q -DskipTests -pl benchmarks,samples-server -am package
# ONLY=jvm or ONLY=service runs one part; N (default 7) is the number of runs of each fresh JVM in part 1, R
# (default 3) the number of starts of the service with and without warm-up in part 2.
set -euo pipefail
N=${N:-7}
PLAN=${PLAN:-samples/plans/tuyen-quang-mn-2025-2026.json}
PACK=${PACK:-tuyenquang-mn-2025}
AS_OF=${AS_OF:-2025-12-01}
BENCH=benchmarks/target/benchmarks.jar
SERVER=samples-server/target/shcm-server.jar
WORK=$(mktemp -d)
SERVER_PID=
cleanup() {
    if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT
ONLY=${ONLY:-}
jackson=(-cp "$BENCH" vn.edu.shcm.rules.benchmarks.JacksonOnly "$PLAN")
first=(-cp "$BENCH" vn.edu.shcm.rules.benchmarks.FirstCall "$PLAN" "$PACK" "$AS_OF")
if [ "$ONLY" != service ]; then
java -XX:ArchiveClassesAtExit="$WORK/first.jsa" "${first[@]}" >/dev/null 2>&1
java -XX:ArchiveClassesAtExit="$WORK/jackson.jsa" "${jackson[@]}" >/dev/null 2>&1

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {printf "median %d, min %d, max %d (n=%d)", a[int((NR+1)/2)], a[1], a[NR], NR}'; }
declare -A T
declare -A PH
run() {
    local name=$1; shift
    local s e out
    s=$(date +%s%N); out=$(java "$@" 2>/dev/null | tail -1); e=$(date +%s%N)
    T[$name]+="$(( (e - s) / 1000000 )) "
    if [[ $out == read=* ]]; then
        for kv in $out; do PH[$name.${kv%%=*}]+="$(( ${kv#*=} / 1000 )) "; done
    fi
}
for _ in $(seq "$N"); do
    run jackson "${jackson[@]}"
    run first "${first[@]}"
    run jackson+cds -XX:SharedArchiveFile="$WORK/jackson.jsa" "${jackson[@]}"
    run first+cds -XX:SharedArchiveFile="$WORK/first.jsa" "${first[@]}"
done
echo "== fresh JVM, whole process (ms)"
for k in jackson first jackson+cds first+cds; do echo "$k: $(median <<<"${T[$k]}")"; done
echo "== FirstCall phases inside the JVM (ms)"
for k in first first+cds; do
    for p in read create first write second tenth; do echo "$k $p: $(median <<<"${PH[$k.$p]}")"; done
done

echo "== classes loaded per phase (one run, -Xlog:class+load)"
java -Xlog:class+load:stdout "${first[@]}" > "$WORK/classes.txt"
java -Xlog:class+load:stdout "${jackson[@]}" > "$WORK/jackson-classes.txt"
echo "jackson only: $(grep -c 'class,load' "$WORK/jackson-classes.txt") classes"
python3 - "$WORK/classes.txt" <<'PY'
import collections, re, sys
phase, per = 'jvm', collections.OrderedDict()
for line in open(sys.argv[1]):
    if line.startswith('##'):
        phase = line[2:].strip()
        continue
    m = re.search(r'\] (\S+) source:', line)
    if not m:
        continue
    c = m.group(1)
    group = next((g for p, g in [('com.fasterxml.jackson', 'jackson'), ('org.drools', 'drools'), ('org.kie', 'drools'),
                                 ('org.mvel', 'drools'), ('net.time4j', 'time4j'), ('vn.edu.shcm', 'shcm'),
                                 ('org.slf4j', 'slf4j')] if c.startswith(p)), 'jdk/other')
    per.setdefault(phase, collections.Counter())[group] += 1
total = sum(sum(c.values()) for c in per.values())
print(f"FirstCall: {total} classes")
for p, c in per.items():
    print(f"  {p}: {sum(c.values())}: " + ", ".join(f"{g} {n}" for g, n in c.most_common()))
PY
fi

[ "$ONLY" = jvm ] && exit 0
echo "== the service: 1st and 10th POST /api/check"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
R=${R:-3}
for run in $(seq "$R"); do
for warm in true false; do
    s=$(date +%s%N)
    java -jar "$SERVER" --server.address=127.0.0.1 --server.port="$port" --shcm.warm-up="$warm" \
        > "$WORK/server.log" 2>&1 &
    SERVER_PID=$!
    until curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; do sleep 0.1; done
    if [ "$warm" = true ]; then  # the service's own warm-up requests run once it is up: wait for them
        until grep -q 'Warmed up the request path' "$WORK/server.log"; do sleep 0.1; done
    fi
    e=$(date +%s%N)
    times=()
    for i in $(seq 10); do
        times+=("$(curl -s -o /dev/null -w '%{time_total}' -H 'Content-Type: application/json' \
            --data-binary "@$PLAN" "http://127.0.0.1:$port/api/check?pack=$PACK&asOf=$AS_OF")")
    done
    echo "warm-up=$warm: ready after $(( (e - s) / 1000000 )) ms ($(grep -o 'Started ShcmServer in [0-9.]* seconds' "$WORK/server.log")); $(grep -o 'Warmed up.*' "$WORK/server.log" | tr '\n' ';' || echo 'no warm-up')"
    echo "  request times (s): ${times[*]}"
    kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=
done
done
