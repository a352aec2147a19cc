#!/usr/bin/env bash
# Proves that two builds of role-compare publish the same outputs from the same inputs, e.g. that
# a refactor (issue #17) changed no behaviour.
#
#   scripts/compare-outputs.sh BEFORE AFTER
#
# BEFORE and AFTER are each a jar (target/role-compare.jar, a copy of an older build) or a git ref
# of this repository (main, a26287d, HEAD, a branch). A ref is checked out with `git worktree add
# --detach` in a temporary folder and built there (`mvn -B -q package -DskipTests`); its
# target/role-compare.jar is copied out and the worktree removed. A commit given twice is built once.
# `scripts/compare-outputs.sh X X` compares two runs of one build: it shows the masks below suffice.
#
# Cases; each jar runs each case once, in an empty folder of its own (no jobs/nightly.yml there, so
# the built-in job defaults apply whatever the job-file format of the build), with the same run
# date, its own --output and --database, on the same copy of the input:
#   seed        input/ of this checkout
#   generated   `generate --roles=300 --comparisons=500 --defects=0.05 --seed=7`, written once by BEFORE
#   real-style  src/test/resources/fixtures/real-style/ of this checkout
#   cluster-input (only when COMPARE_CASES names it) the input of ClusterIntegrationTests: `generate
#               --roles=150 --comparisons=600 --seed=11 --defects=0.02`, run with --data-source="Source:
#               cluster test"; with `mvn -B test -Pcluster` green on AFTER (cluster = one machine) it
#               carries this script's BEFORE = AFTER over to cluster mode
#
# Per case it compares, BEFORE against AFTER:
#   - the exit codes of `run`;
#   - the console lines that start with "role-compare:" (the run's own folder masked; the log lines
#     are not compared: they carry times and rates);
#   - the list of files and folders in the output folder;
#   - every file in it byte for byte (each PDF, each CSV, rejected/*.csv, anything else), except:
#     manifest.json, byte for byte once the values of "started_at", "finished_at" and "staging_id"
#     are masked (the only parts that differ between two runs of the same jar); comparisons.xlsx,
#     unzipped, every part byte for byte (sheet XML, sharedStrings, styles, docProps, drawings...)
#     and the same list of parts; logs/ by name only.
# It prints one line per case, "same" or "DIFFERENT:" with the first differing items, and exits 0
# when every case is the same, 1 when one is not (or a build fails), 64 on a usage error.
#
# Environment:
#   COMPARE_CASES         the cases to run, in order (default: seed generated real-style)
#   COMPARE_RUN_DATE      the --run-date of every run (default: 2026-11-27)
#   COMPARE_JAVA_OPTS     JVM options of every command (default: none)
#   COMPARE_BEFORE_JAVA   the java command of BEFORE's runs and of `generate` (default: java on the PATH),
#                         e.g. /usr/lib/jvm/temurin-25-jdk-amd64/bin/java: the same jar on two JDKs
#   COMPARE_AFTER_JAVA    the same for AFTER's runs
#   COMPARE_BEFORE_ARGS   extra options of each BEFORE `run`, split on spaces
#   COMPARE_AFTER_ARGS    the same for AFTER; e.g. COMPARE_AFTER_ARGS=--data-source=altered shows that
#                         a difference is caught
#   COMPARE_KEEP=1        keep the work folder (its path is printed), to look at the differences:
#                         CASE/{before,after}/out/, CASE/{before,after}/console.txt, CASE/differences.txt
#   TMPDIR                where the work folder goes (default /tmp); it needs about 100 MB, plus the
#                         checkouts and their target/ folders when refs are built
set -euo pipefail

usage() { sed -n '5,5p;7,11p' "$0" | sed 's/^# \{0,1\}//' >&2; }
[ $# -eq 2 ] || { echo "compare-outputs: two arguments needed, BEFORE and AFTER" >&2; usage; exit 64; }

repo=$(cd "$(dirname "$0")/.." && pwd)
cases=${COMPARE_CASES:-seed generated real-style}
run_date=${COMPARE_RUN_DATE:-2026-11-27}
# shellcheck disable=SC2206
java_opts=(${COMPARE_JAVA_OPTS:-})
before_java=${COMPARE_BEFORE_JAVA:-java}
after_java=${COMPARE_AFTER_JAVA:-java}
# shellcheck disable=SC2206
before_args=(${COMPARE_BEFORE_ARGS:-})
# shellcheck disable=SC2206
after_args=(${COMPARE_AFTER_ARGS:-})

for c in $cases; do
    case $c in
        seed | generated | real-style | cluster-input) ;;
        *) echo "compare-outputs: unknown case $c in COMPARE_CASES (seed, generated, real-style, cluster-input)" >&2; exit 64 ;;
    esac
done

work=$(mktemp -d "${TMPDIR:-/tmp}/compare-outputs.XXXXXX")
worktrees=()
cleanup() {
    local w
    for w in ${worktrees[@]+"${worktrees[@]}"}; do
        git -C "$repo" worktree remove --force "$w" >/dev/null 2>&1 || true
    done
    [ ${#worktrees[@]} -eq 0 ] || git -C "$repo" worktree prune
    if [ "${COMPARE_KEEP:-0}" = 1 ]; then
        rm -rf "$work"/src-*
        echo "compare-outputs: kept $work"
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT

say() { echo "compare-outputs: $*" >&2; }

# Sets jar to the jar of BEFORE or AFTER, as an absolute path: the file itself, or a ref's build
# (LABEL names its copy). A commit built once is reused.
declare -A built=()
jar=
jar_of() {
    local arg=$1 label=$2 commit src
    if [ -f "$arg" ]; then
        jar="$(cd "$(dirname "$arg")" && pwd)/$(basename "$arg")"
        return 0
    fi
    if ! commit=$(git -C "$repo" rev-parse --verify --quiet "$arg^{commit}"); then
        say "$arg is neither a jar nor a git ref of $repo"
        usage
        return 64
    fi
    if [ -n "${built[$commit]:-}" ]; then
        jar=${built[$commit]}
        return 0
    fi
    src=$work/src-$label
    say "building $arg (${commit:0:12}) in a temporary worktree..."
    worktrees+=("$src")
    git -C "$repo" worktree add --quiet --detach "$src" "$commit" || { say "cannot check out $arg"; return 1; }
    if ! (cd "$src" && nice mvn -B -q package -DskipTests) >"$work/build-$label.log" 2>&1; then
        tail -20 "$work/build-$label.log" >&2
        say "the build of $arg failed (mvn -B -q package -DskipTests)"
        return 1
    fi
    cp "$src/target/role-compare.jar" "$work/$label.jar" || return 1
    git -C "$repo" worktree remove --force "$src"
    built[$commit]=$work/$label.jar
    jar=$work/$label.jar
}

started=$(date +%s)
jar_of "$1" before || exit $?
before_jar=$jar
jar_of "$2" after || exit $?
after_jar=$jar
say "BEFORE $1: $before_jar"
say "AFTER  $2: $after_jar"

# Writes generated input into DIR with BEFORE's `generate`: generate DIR OPTION...
generate() {
    local dir=$1
    shift
    mkdir -p "$work/inputs/cwd"
    (cd "$work/inputs/cwd" && "$before_java" ${java_opts[@]+"${java_opts[@]}"} -jar "$before_jar" generate "$@" --output="$dir") \
        >"$work/inputs/generate.txt" 2>&1 || { cat "$work/inputs/generate.txt" >&2; say "generate $* failed"; return 1; }
}

# The input folder of a case, copied into the work folder so that both runs read the same path.
input_of() {
    local c=$1 dir=$work/inputs/$1
    [ -d "$dir" ] && { echo "$dir"; return; }
    mkdir -p "$work/inputs"
    case $c in
        seed) cp -r "$repo/input" "$dir" ;;
        real-style) cp -r "$repo/src/test/resources/fixtures/real-style" "$dir" ;;
        generated) generate "$dir" --roles=300 --comparisons=500 --defects=0.05 --seed=7 || return 1 ;;
        cluster-input) generate "$dir" --roles=150 --comparisons=600 --defects=0.02 --seed=11 || return 1 ;;
    esac
    echo "$dir"
}

# One run of a jar on a case: SIDE/cwd (empty), SIDE/out, SIDE/db, SIDE/console.txt, SIDE/exit.
run_side() {
    local java=$1 jar=$2 input=$3 side=$4 t0 code=0
    shift 4
    mkdir -p "$side/cwd" "$side/db"
    t0=$(date +%s.%N)
    (cd "$side/cwd" && "$java" ${java_opts[@]+"${java_opts[@]}"} -jar "$jar" run --input="$input" --output="$side/out" \
        --database="$side/db/role-compare" --run-date="$run_date" "$@") >"$side/console.txt" 2>&1 || code=$?
    echo "$code" >"$side/exit"
    awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }' >"$side/seconds"
}

# The "role-compare:" console lines of a run, its own folder masked.
messages() { grep '^role-compare:' "$1/console.txt" | sed "s|$1/|SIDE/|g" || true; }

# Every file and folder below DIR, one per line: "d path" or "f path".
listing() { (cd "$1" && find . -mindepth 1 -printf '%y %P\n' | LC_ALL=C sort); }

# manifest.json with the values that differ between two runs of one jar masked.
masked_manifest() { sed -E 's/("(started_at|finished_at|staging_id)" *: *)"[^"]*"/\1"(masked)"/g' "$1"; }

# Compares one workbook: the list of parts, then each part byte for byte; prints what differs.
compare_workbook() {
    local rel=$1 b=$2 a=$3 dir=$4 part
    rm -rf "$dir"
    mkdir -p "$dir/before" "$dir/after"
    unzip -q "$b" -d "$dir/before" || { echo "$rel (BEFORE's does not unzip)"; return; }
    unzip -q "$a" -d "$dir/after" || { echo "$rel (AFTER's does not unzip)"; return; }
    diff -q <(listing "$dir/before") <(listing "$dir/after") >/dev/null || echo "$rel: the list of parts"
    while read -r part; do
        cmp -s "$dir/before/$part" "$dir/after/$part" || echo "$rel:$part"
    done < <(comm -12 <(cd "$dir/before" && find . -type f -printf '%P\n' | LC_ALL=C sort) \
        <(cd "$dir/after" && find . -type f -printf '%P\n' | LC_ALL=C sort))
    rm -rf "$dir"
}

# Compares the two runs of a case; prints each difference on a line of its own.
compare_runs() {
    local b=$1 a=$2 scratch=$3 type rel
    [ "$(cat "$b/exit")" = "$(cat "$a/exit")" ] || echo "exit code $(cat "$b/exit") vs $(cat "$a/exit")"
    diff -q <(messages "$b") <(messages "$a") >/dev/null || echo "console messages"
    [ -d "$b/out" ] && [ -d "$a/out" ] || { [ -d "$b/out" ] || [ -d "$a/out" ] && echo "output folder missing on one side"; return; }
    { diff <(listing "$b/out") <(listing "$a/out") || true; } \
        | sed -n 's/^</file list: only in BEFORE:/p; s/^>/file list: only in AFTER:/p'
    while read -r type rel; do
        [ "$type" = f ] || continue
        case $rel in
            logs/*) ;;
            manifest.json | */manifest.json)
                cmp -s <(masked_manifest "$b/out/$rel") <(masked_manifest "$a/out/$rel") || echo "$rel" ;;
            *.xlsx)
                cmp -s "$b/out/$rel" "$a/out/$rel" || compare_workbook "$rel" "$b/out/$rel" "$a/out/$rel" "$scratch" ;;
            *)
                cmp -s "$b/out/$rel" "$a/out/$rel" || echo "$rel" ;;
        esac
    done < <(comm -12 <(listing "$b/out") <(listing "$a/out"))
}

failed=0
for c in $cases; do
    input=$(input_of "$c") || exit 1
    dir=$work/$c
    case_args=()
    [ "$c" != cluster-input ] || case_args=("--data-source=Source: cluster test")
    run_side "$before_java" "$before_jar" "$input" "$dir/before" ${case_args[@]+"${case_args[@]}"} ${before_args[@]+"${before_args[@]}"}
    run_side "$after_java" "$after_jar" "$input" "$dir/after" ${case_args[@]+"${case_args[@]}"} ${after_args[@]+"${after_args[@]}"}
    compare_runs "$dir/before" "$dir/after" "$dir/xlsx" >"$dir/differences.txt"
    files=$(find "$dir/before/out" -type f 2>/dev/null | wc -l)
    facts="exit $(cat "$dir/before/exit"), $files files; BEFORE $(cat "$dir/before/seconds") s, AFTER $(cat "$dir/after/seconds") s"
    if [ -s "$dir/differences.txt" ]; then
        failed=1
        n=$(wc -l <"$dir/differences.txt")
        first=$(head -5 "$dir/differences.txt" | paste -sd ';' | sed 's/;/; /g')
        [ "$n" -le 5 ] || first="$first; and $((n - 5)) more"
        printf '%-13s DIFFERENT: %s (%s)\n' "$c" "$first" "$facts"
    else
        printf '%-13s same (%s)\n' "$c" "$facts"
    fi
    [ "${COMPARE_KEEP:-0}" = 1 ] || rm -rf "$dir"
done

say "$( [ $failed = 0 ] && echo "every case is the same" || echo "outputs differ")" \
    "($(( $(date +%s) - started )) s)"
exit $failed
