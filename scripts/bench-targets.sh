#!/usr/bin/env bash
# Side-by-side benchmark of the speed targets: a baseline jar (e.g. the previous main) run the way
# its README said (`java -jar`, default JVM) against this checkout run the way the README says now
# (scripts/role-compare, the start-up cache and the launcher's options), alternating runs so both
# see the same machine load.
#
#   scripts/bench-targets.sh BASE_JAR [CASE...]
#
# CASE: seed | 10k | 50k | validate150k | workbook1m | pages1m   (default: seed 10k 50k validate150k)
#   seed          the README's run command on input/ (new) against `java -jar BASE run` (base);
#                 BENCH_SEED_RUNS runs each (default 5)
#   10k, 50k      a cold `run` of 2,000 roles / 10,000 comparisons and 10,000 / 50,000; the
#                 marginal rate is 40,000 / (median 50k − median 10k)
#   validate150k  `validate` of 150,000 roles and 150,000 comparisons with -Xmx256m
#   workbook1m    a cold workbook-only run (report.pdf: false, report.html: false) of 20,000 roles / 1,000,000
#                 comparisons with -Xmx512m
#   pages1m       the same input with a web page per comparison (report.pdf: false, report.html: true):
#                 a run folder of 1,020,000+ files, published at -Xmx512m (about 12 minutes a run and
#                 25 GB of disk; not in the default set). A failed run's wall shows "(exit N)". A build
#                 that runs out of heap can spend hours in full collections before it fails, so each
#                 run is stopped after BENCH_PAGES1M_LIMIT seconds (default 1800; exit 124).
# BENCH_INPUTS: a folder to keep the generated inputs in between invocations (default: a temporary one).
# BENCH_BASE_JOB: the baseline's own jobs/nightly.yml for its seed run (default: its built-in job).
# BENCH_BASE_LAUNCHER: the baseline checkout's scripts/role-compare, to run the baseline through its
#   own launcher (start-up cache, JVM options) rather than `java -jar`: a comparison of one commit with
#   the previous one, the README's run command on both sides.
# BENCH_SETTLE: seconds to wait after deleting a run's output before the next run (default 40). On
#   ext4 without a journal (these machines' root file system) creating a file skips every inode freed
#   in the last ~35 s (fs/ext4/ialloc.c, recently_deleted), a look-up per candidate: a run started
#   right after the previous run's 20,000-100,000 files were deleted spends seconds to tens of
#   seconds of system time finding inodes. A nightly run never follows such a deletion, so the
#   benchmark waits. 0 gives the figures of the sessions before 13.
# BENCH_RUNS runs of each side for the other cases (default 3). Prints a Markdown table of every run
# (wall, user+sys CPU, 1-minute load average before the run) and the medians, to stdout and to
# BENCH_RESULTS (default bench-targets.md). Build first: mvn -B -q package. Needs GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
base_jar=$(readlink -f "${1:?usage: scripts/bench-targets.sh BASE_JAR [CASE...]}")
shift
[ $# -gt 0 ] || set -- seed 10k 50k validate150k
new_jar=$repo/target/role-compare.jar
runs=${BENCH_RUNS:-3}
seed_runs=${BENCH_SEED_RUNS:-5}
results=${BENCH_RESULTS:-bench-targets.md}
base_java=${BENCH_BASE_JAVA:-java}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -f "$new_jar" ] || { echo "bench-targets: build first: mvn -B -q package" >&2; exit 1; }
scripts/role-compare --prepare >/dev/null

say() { echo "$*" | tee -a "$results"; }
load() { cut -d' ' -f1 /proc/loadavg; }

# timed SIDE LABEL DIR COMMAND... : runs COMMAND in DIR, records "side wall cpu load"
timed() {
    local side=$1 label=$2 dir=$3; shift 3
    local l rc=0; l=$(load)
    local limit=(); [ -z "${run_limit:-}" ] || limit=(timeout -k 60 "$run_limit")
    (cd "$dir" && /usr/bin/time -f "%e %U %S" -o "$work/time" "${limit[@]}" "$@" > "$work/last.log" 2>&1) || {
        rc=$?; echo "bench-targets: $label ($side) failed; its output:" >&2; tail -20 "$work/last.log" >&2; }
    read -r wall user sys < <(tail -1 "$work/time")  # GNU time puts "Command exited with …" first
    local cpu; cpu=$(echo "$user + $sys" | bc)
    echo "$side $wall $cpu $l" >> "$work/$label.runs"
    say "| $label | $side | $wall$([ "$rc" = 0 ] || echo " (exit $rc)") | $cpu | $l |"
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
med() { awk -v s="$2" '$1==s {print $'"$3"'}' "$work/$1.runs" | median; }

input_of() {
    local roles=$1 comparisons=$2 dir=${BENCH_INPUTS:-$work}/in-$1-$2
    [ -d "$dir" ] || java -jar "$new_jar" generate --roles="$roles" --comparisons="$comparisons" --seed=1 --output="$dir" >/dev/null
    echo "$dir"
}

# The baseline's command before its arguments, with JVM options $1, in the array base_cmd: its
# launcher or `java -jar`.
base_command() {
    if [ -n "${BENCH_BASE_LAUNCHER:-}" ]; then
        base_cmd=(env JAVA_OPTS="$1" ROLE_COMPARE_JAR="$base_jar" "$BENCH_BASE_LAUNCHER")
    else
        read -r -a base_cmd <<< "$1"
        base_cmd=("$base_java" "${base_cmd[@]}" -jar "$base_jar")
    fi
}

# Deletes the previous run's output and database, then lets the file system forget the deletions.
clean() {
    rm -rf "$work/out" "$work/db"
    sync
    sleep "${BENCH_SETTLE:-40}"
}

run_case() {
    local label=$1 n=$2 in=$3 opts=$4 job=$5
    local i db=(--database="$work/db/rc")
    case $job in validate*) db=() ;; esac   # validate keeps its database in a temporary folder
    for i in $(seq "$n"); do
        clean; mkdir -p "$work/cwd"
        base_command "$opts"
        timed base "$label" "$work/cwd" "${base_cmd[@]}" $job --input="$in" --output="$work/out" "${db[@]}"
        clean
        timed new "$label" "$work/cwd" env JAVA_OPTS="$opts" "$repo/scripts/role-compare" $job --input="$in" --output="$work/out" "${db[@]}"
    done
}

say ""
say "### bench-targets $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
say ""
say "base: \`${BENCH_BASE_LAUNCHER:-$base_java -jar} $(basename "$base_jar")\` ($("$base_java" -version 2>&1 | head -1)); new: \`scripts/role-compare\` ($(scripts/role-compare --info 2>/dev/null | tr '\n' ' ' | cut -c1-160))"
say ""
say "| case | side | wall s | CPU s | load |"
say "|---|---|---:|---:|---:|"
for c in "$@"; do
    case $c in
        seed)
            mkdir -p "$work/seed/jobs"; cp -r input "$work/seed/"
            [ -z "${BENCH_BASE_JOB:-}" ] || cp "$BENCH_BASE_JOB" "$work/seed/jobs/nightly.yml"
            for i in $(seq "$seed_runs"); do
                rm -rf "$work/seed/output" "$work/seed/data"
                base_command ""
                timed base seed "$work/seed" "${base_cmd[@]}" run
                rm -rf output/2* output/.staging output/failed output/logs data
                timed new seed "$repo" scripts/role-compare run
            done ;;
        10k) run_case 10k "$runs" "$(input_of 2000 10000)" "" run ;;
        50k) run_case 50k "$runs" "$(input_of 10000 50000)" "" run ;;
        validate150k) run_case validate150k "$runs" "$(input_of 150000 150000)" "-Xmx256m" validate ;;
        workbook1m)
            in=$(input_of 20000 1000000)
            printf 'name: workbook-only\nreport:\n  pdf: false\n  html: false\n' > "$work/wb.yml"
            run_case workbook1m "$runs" "$in" "-Xmx512m" "run --job=$work/wb.yml" ;;
        pages1m)
            in=$(input_of 20000 1000000)
            printf 'name: pages-only\nreport:\n  pdf: false\n  html: true\n' > "$work/pages.yml"
            run_limit=${BENCH_PAGES1M_LIMIT:-1800} run_case pages1m "$runs" "$in" "-Xmx512m" "run --job=$work/pages.yml" ;;
        *) echo "bench-targets: unknown case $c" >&2; exit 64 ;;
    esac
done
say ""
say "| case | base median wall s | new median wall s | ratio | base median CPU s | new median CPU s |"
say "|---|---:|---:|---:|---:|---:|"
for c in "$@"; do
    [ -f "$work/$c.runs" ] || continue
    bw=$(med "$c" base 2); nw=$(med "$c" new 2); bc_=$(med "$c" base 3); nc=$(med "$c" new 3)
    say "| $c | $bw | $nw | $(echo "scale=2; $bw / $nw" | bc) | $bc_ | $nc |"
done
if [ -f "$work/10k.runs" ] && [ -f "$work/50k.runs" ]; then
    for s in base new; do
        t10=$(med 10k $s 2); t50=$(med 50k $s 2)
        say "- $s: 10k $(echo "10000 / $t10" | bc)/s end to end; marginal 10k→50k $(echo "40000 / ($t50 - $t10)" | bc)/s"
    done
fi
