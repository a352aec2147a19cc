#!/usr/bin/env bash
# End-to-end benchmark of `role-compare run` on synthetic input.
#
#   scripts/bench.sh [SIZE...]      SIZE is ROLES:COMPARISONS, or "seed" for the seed data in input/;
#                                   a ":nopdf" suffix runs it workbook-only (report.pdf: false),
#                                   e.g. 20000:1000000:nopdf (default: 500:2000 2000:10000)
#
# For each size it generates input with `role-compare generate` (seed 1, no defects) into a
# temporary folder, then runs a cold `run` BENCH_RUNS times (default 3) under /usr/bin/time -v, each
# with a fresh output folder and database, and appends a Markdown section to BENCH_RESULTS
# (default: bench-results.md):
#   - medians of wall time, comparisons/s end to end and CPU time (user+sys), the largest peak heap
#     (from the run's closing "run: wall …, peak heap …" line) and the largest max RSS;
#   - per stage, from the job's step lines of the median run (by wall time): items, seconds,
#     items/s. Stages: ingest = inspectInput + the load steps (items: rows read); validate =
#     crossCheck + rejectedShareGuard (rows read); compare = detectChanges (roles accepted);
#     PDFs = the steps named pdf*/render* (reports written); workbook (comparisons written, in the
#     workbook and comparisons.csv); publish (comparisons written);
#   - the step lines themselves.
#
# Environment:
#   BENCH_RUNS       cold runs per size (default 3)
#   BENCH_RESULTS    Markdown file the sections are appended to (default bench-results.md)
#   BENCH_JAVA_OPTS  JVM options (default -Xmx1g)
#   BENCH_JAR        the jar to measure (default target/role-compare.jar), e.g. a baseline build
#   BENCH_LAUNCHER   "java" (default): java OPTS -jar JAR run …; "cds": scripts/role-compare run …
#                    (AOT cache on Java 25+, class-data sharing on 17-24; prepared before the first timed run)
# Builds nothing: run `mvn -B -q package -DskipTests` first. Needs GNU time (apt-get install -y time).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${BENCH_JAR:-target/role-compare.jar}
RUNS=${BENCH_RUNS:-3}
RESULTS=${BENCH_RESULTS:-bench-results.md}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx1g}
LAUNCHER=${BENCH_LAUNCHER:-java}
RUN_DATE=2026-11-27

[ -f "$JAR" ] || { echo "bench: $JAR is missing; build it first: mvn -B -q package -DskipTests" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing; install it: apt-get install -y time" >&2; exit 1; }
[ $# -gt 0 ] || set -- 500:2000 2000:10000

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

case $LAUNCHER in
    java)
        # shellcheck disable=SC2206
        command=(java $JAVA_OPTS -jar "$JAR")
        shown="java $JAVA_OPTS -jar $JAR run" ;;
    cds)
        ROLE_COMPARE_JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")
        export ROLE_COMPARE_JAR JAVA_OPTS
        scripts/role-compare --prepare
        command=(scripts/role-compare)
        shown="JAVA_OPTS='$JAVA_OPTS' scripts/role-compare run (start-up cache, $JAR)" ;;
    *)
        echo "bench: BENCH_LAUNCHER must be java or cds, not $LAUNCHER" >&2; exit 64 ;;
esac

# the value of a /usr/bin/time -v field, e.g. field "User time (seconds)" FILE
field() { sed -n "s/^[[:space:]]*$1: //p" "$2"; }

# h:mm:ss or m:ss.ss as seconds
seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<<"$1"; }

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# "name items seconds" per step line of a run's log; items is empty for tasklet steps
step_lines() {
    sed -nE \
        -e 's/.*role-compare - ([A-Za-z0-9:._-]+): [a-z]+, ([0-9,]+) read, ([0-9,]+) [a-z ]+ written in ([0-9.]+) s \([0-9,]+\/s\).*/\1 \2 \3 \4/p' \
        -e 's/.*role-compare - ([A-Za-z0-9:._-]+): [a-z]+ in ([0-9.]+) s$/\1 - - \2/p' "$1" | tr -d ,
}

# The stage table of one run's log. A partitioned step's workers are named STEP:partitionN; when
# the step itself logs a line too, its seconds count (the workers ran inside it) and the workers'
# only for items if it has none.
stages() {
    local log=$1 roles comparisons
    roles=$(sed -nE 's/.*roles ([0-9,]+) accepted.*/\1/p' "$log" | tr -d , | tail -1)
    comparisons=$(sed -nE 's/.*comparisons ([0-9,]+) written.*/\1/p' "$log" | tr -d , | tail -1)
    step_lines "$log" | awk -v roles="${roles:-0}" -v comparisons="${comparisons:-0}" '
        function grouped(n,   s) {
            s = sprintf("%.0f", n)
            while (s ~ /[0-9][0-9][0-9][0-9]/) sub(/[0-9][0-9][0-9]($|,)/, ",&", s)
            return s
        }
        function stage(name) {
            if (name ~ /^(inspectInput|load)/) return "ingest"
            if (name ~ /^(crossCheck|rejectedShareGuard)/) return "validate"
            if (name ~ /^detectChanges/) return "compare"
            if (name ~ /^(pdf|render)/) return "PDFs"
            if (name ~ /^workbook/) return "workbook"
            if (name ~ /^publish/) return "publish"
            return "other"
        }
        {
            s = stage($1); worker = index($1, ":") > 0
            names[s] = names[s] (names[s] == "" ? "" : ", ") $1
            if (worker) { wsec[s] += $4; witems[s] += ($3 == "-" ? 0 : $3); nw[s]++ }
            else { sec[s] += $4; items[s] += ($3 == "-" ? 0 : $3); nt[s]++ }
            if (s == "ingest" && $2 != "-") rows += $2
        }
        END {
            split("ingest validate compare PDFs workbook publish other", order, " ")
            unit["ingest"] = "rows"; unit["validate"] = "rows"; unit["compare"] = "roles"; unit["PDFs"] = "reports"
            unit["workbook"] = "comparisons"; unit["publish"] = "comparisons"; unit["other"] = "items"
            for (i = 1; i <= 7; i++) {
                s = order[i]
                if (nt[s] + nw[s] == 0) continue
                secs = nt[s] > 0 ? sec[s] : wsec[s]
                n = s == "ingest" || s == "validate" ? rows : s == "compare" ? roles \
                    : s == "PDFs" ? (items[s] > 0 ? items[s] : witems[s]) : s == "other" ? -1 : comparisons
                rate = n >= 0 && secs > 0 ? grouped(n / secs) : ""
                printf "| %s | %s | %s | %.1f | %s |\n", s, names[s], n >= 0 ? grouped(n) " " unit[s] : "", secs, rate
                total += secs
            }
            printf "TOTAL %.2f\n", total
        }'
}

for size in "$@"; do
    pdf=true
    case $size in *:nopdf) pdf=false; size=${size%:nopdf} ;; esac
    job=jobs/nightly.yml
    if [ "$pdf" = false ]; then
        job=$work/nopdf.yml
        sed '/^report:/a\  pdf: false' jobs/nightly.yml > "$job"
    fi
    if [ "$size" = seed ]; then
        input=$PWD/input
        comparisons=$(($(wc -l < input/comparisons.csv) - 1))
        label="seed data (input/, $comparisons comparison)"
    else
        roles=${size%%:*}
        comparisons=${size##*:}
        input=$work/input-$roles-$comparisons
        [ -d "$input" ] || java -jar "$JAR" generate --roles="$roles" --comparisons="$comparisons" --seed=1 --output="$input"
        label="$roles roles, $comparisons comparisons"
    fi
    [ "$pdf" = true ] || label="$label, workbook only (report.pdf: false)"
    load_before=$(cut -d' ' -f1-3 /proc/loadavg)
    : > "$work/runs"
    for run in $(seq 1 "$RUNS"); do
        rm -rf "$work/out" "$work/db"
        code=0
        /usr/bin/time -v -o "$work/time-$run" "${command[@]}" run --job="$job" --input="$input" --output="$work/out" \
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
        heap=$(sed -nE 's/.*role-compare - run: .*peak heap ([0-9]+) MB.*/\1/p' "$work/log-$run" | tail -1)
        echo "$wall $cpu $rss $run ${heap:--}" >> "$work/runs"
        echo "bench: $label, run $run: ${wall}s wall, ${cpu}s CPU, ${rss} kB max RSS, peak heap ${heap:-?} MB (exit $code)"
    done
    wall=$(cut -d' ' -f1 "$work/runs" | median)
    cpu=$(cut -d' ' -f2 "$work/runs" | median)
    rss=$(cut -d' ' -f3 "$work/runs" | sort -g | tail -1)
    heap=$(cut -d' ' -f5 "$work/runs" | grep -v -- - | sort -g | tail -1 || true)
    median_run=$(sort -g "$work/runs" | awk '{ r[NR] = $4 } END { print r[int((NR + 1) / 2)] }')
    median_wall=$(awk -v r="$median_run" '$4 == r { print $1 }' "$work/runs")
    stages "$work/log-$median_run" > "$work/stages"
    {
        echo
        echo "### $label"
        echo
        echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $RUNS cold runs, \`$shown\`, load average $load_before before and" \
            "$(cut -d' ' -f1-3 /proc/loadavg) after"
        echo
        echo "| runs (wall) | median wall | median comparisons/s | median CPU (user+sys) | peak heap | max RSS |"
        echo "|---|---:|---:|---:|---:|---:|"
        awk -v w="$wall" -v c="$cpu" -v r="$rss" -v n="$comparisons" -v h="${heap:-}" -v all="$(cut -d' ' -f1 "$work/runs" | paste -sd' ')" \
            'BEGIN { gsub(/ /, ", ", all); printf "| %s s | %.1f s | %.1f | %.1f s | %s | %.0f MB |\n", all, w, n / w, c,
                     h == "" ? "–" : h " MB", r / 1024 }'
        echo
        echo "Stages of the median run (run $median_run):"
        echo
        echo "| stage | steps | items | seconds | items/s |"
        echo "|---|---|---:|---:|---:|"
        grep -v '^TOTAL' "$work/stages"
        awk -v w="$median_wall" '/^TOTAL/ { printf "| outside the steps | JVM start, Spring context, shutdown | | %.1f | |\n", w - $2 }' \
            "$work/stages"
        echo
        echo "Steps of the median run:"
        echo
        echo "| step | items written | seconds |"
        echo "|---|---:|---:|"
        step_lines "$work/log-$median_run" | awk '{ printf "| %s | %s | %s |\n", $1, $3 == "-" ? "" : $3, $4 }'
    } >> "$RESULTS"
done
echo "bench: results appended to $RESULTS"
