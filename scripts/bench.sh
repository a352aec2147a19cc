#!/usr/bin/env bash
# End-to-end benchmark of `role-compare run` on synthetic input.
#
#   scripts/bench.sh [SIZE...]      SIZE is ROLES:COMPARISONS, or "seed" for the seed data in input/
#                                   (default: 500:2000 2000:10000)
#
# For each size it generates input with `role-compare generate` (seed 1, no defects) into a
# temporary folder, then runs a cold `java -jar target/role-compare.jar run` BENCH_RUNS times
# (default 3) under /usr/bin/time -v, each with a fresh output folder and database, and appends a
# Markdown section to BENCH_RESULTS (default: bench-results.md): median wall time, median
# comparisons/s end to end, median CPU time (user+sys), max RSS, and the step lines (items,
# seconds, items/s) of the median run. JVM options: BENCH_JAVA_OPTS (default: -Xmx1g).
# Builds nothing: run `mvn -B -q package -DskipTests` first. Needs GNU time (apt-get install -y time).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=target/role-compare.jar
RUNS=${BENCH_RUNS:-3}
RESULTS=${BENCH_RESULTS:-bench-results.md}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx1g}
RUN_DATE=2026-11-27

[ -f "$JAR" ] || { echo "bench: $JAR is missing; build it first: mvn -B -q package -DskipTests" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing; install it: apt-get install -y time" >&2; exit 1; }
[ $# -gt 0 ] || set -- 500:2000 2000:10000

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# the value of a /usr/bin/time -v field, e.g. field "User time (seconds)" FILE
field() { sed -n "s/^[[:space:]]*$1: //p" "$2"; }

# h:mm:ss or m:ss.ss as seconds
seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<<"$1"; }

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

for size in "$@"; do
    if [ "$size" = seed ]; then
        input=$PWD/input
        comparisons=$(($(wc -l < input/comparisons.csv) - 1))
        label="seed data (input/, $comparisons comparison)"
    else
        roles=${size%%:*}
        comparisons=${size##*:}
        input=$work/input-$roles-$comparisons
        java -jar "$JAR" generate --roles="$roles" --comparisons="$comparisons" --seed=1 --output="$input"
        label="$roles roles, $comparisons comparisons"
    fi
    : > "$work/runs"
    for run in $(seq 1 "$RUNS"); do
        rm -rf "$work/out" "$work/db"
        code=0
        /usr/bin/time -v -o "$work/time-$run" java $JAVA_OPTS -jar "$JAR" run --input="$input" --output="$work/out" \
            --database="$work/db/role-compare" --run-date=$RUN_DATE > "$work/log-$run" 2>&1 || code=$?
        if [ "$code" -ne 0 ] && [ "$code" -ne 2 ]; then
            echo "bench: run $run of $size exited with $code; its log:" >&2
            tail -20 "$work/log-$run" >&2
            exit 1
        fi
        wall=$(seconds "$(field 'Elapsed (wall clock) time (h:mm:ss or m:ss)' "$work/time-$run")")
        cpu=$(awk -v u="$(field 'User time (seconds)' "$work/time-$run")" -v s="$(field 'System time (seconds)' "$work/time-$run")" \
            'BEGIN { printf "%.2f", u + s }')
        rss=$(field 'Maximum resident set size (kbytes)' "$work/time-$run")
        echo "$wall $cpu $rss $run" >> "$work/runs"
        echo "bench: $label, run $run: ${wall}s wall, ${cpu}s CPU, ${rss} kB max RSS (exit $code)"
    done
    wall=$(cut -d' ' -f1 "$work/runs" | median)
    cpu=$(cut -d' ' -f2 "$work/runs" | median)
    rss=$(cut -d' ' -f3 "$work/runs" | sort -g | tail -1)
    median_run=$(sort -g "$work/runs" | awk '{ r[NR] = $4 } END { print r[int((NR + 1) / 2)] }')
    {
        echo
        echo "### $label"
        echo
        echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $RUNS cold runs, \`java $JAVA_OPTS -jar $JAR run\`"
        echo
        echo "| median wall | median comparisons/s | median CPU (user+sys) | max RSS |"
        echo "|---:|---:|---:|---:|"
        awk -v w="$wall" -v c="$cpu" -v r="$rss" -v n="$comparisons" \
            'BEGIN { printf "| %.1f s | %.1f | %.1f s | %.0f MB |\n", w, n / w, c, r / 1024 }'
        echo
        echo "Steps of the median run (run $median_run):"
        echo
        echo "| step | items written | seconds | items/s |"
        echo "|---|---:|---:|---:|"
        sed -nE \
            -e 's/.*role-compare - ([A-Za-z]+): [a-z]+, [0-9,]+ read, ([0-9,]+) ([a-z ]+) written in ([0-9.]+) s \(([0-9]+)\/s\).*/| \1 | \2 \3 | \4 | \5 |/p' \
            -e 's/.*role-compare - ([A-Za-z]+): [a-z]+ in ([0-9.]+) s$/| \1 | | \2 | |/p' "$work/log-$median_run" \
            | tee "$work/steps"
        awk -F'|' -v w="$(sed -n "${median_run}p" "$work/runs" | cut -d' ' -f1)" '{ s += $4 }
            END { printf "| (outside the steps: JVM start, Spring context, shutdown) | | %.1f | |\n", w - s }' "$work/steps"
    } >> "$RESULTS"
done
echo "bench: results appended to $RESULTS"
