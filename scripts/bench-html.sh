#!/usr/bin/env bash
# What the web pages (issue #19) cost a 10,000-comparison run: the README's run command on
# generated input (2,000 roles, 10,000 comparisons), with pages and with --no-html, alternating,
# fresh output folder and database each run. Prints one line per run and the medians.
#
#   scripts/bench-html.sh [PAIRS]        (after mvn -B -q package -DskipTests; default 3 pairs)
#
# BENCH_DIR (default target/bench-html) keeps the generated input between invocations.
# BENCH_SETTLE (default 0): seconds to wait after deleting one run's output before the next run starts.
#   On ext4 without a journal (these VMs), creating a file skips every inode freed in the last ~35 s
#   (vm.dirty_expire_centisecs + 5 s; fs/ext4/ialloc.c, recently_deleted) at the cost of a look-up
#   each, so a run that starts right after the previous run's 22,000 files were deleted pays for that
#   deletion, and the run with pages (twice the files) pays more. A nightly run never follows such a
#   deletion by seconds. With BENCH_SETTLE=40 (session 10, BENCHMARKS.md) the pages still added 18-20%,
#   as back to back, so the default stays 0.
# BENCH_BASE (optional): another checkout, built (its target/role-compare.jar and start-up cache), run
#   with its own scripts/role-compare in the same rotation: base html, html, no-html, base no-html. Prints
#   the pages' cost for both and this build against the base.
set -euo pipefail
cd "$(dirname "$0")/.."
pairs=${1:-3}
dir=$(realpath -m "${BENCH_DIR:-target/bench-html}")
mkdir -p "$dir"
[ -f "$dir/in/roles.csv" ] || java -jar target/role-compare.jar generate --roles=2000 --comparisons=10000 --seed=1 --output="$dir/in" >/dev/null
echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores; $(date -u +%Y-%m-%dT%H:%MZ); settle ${BENCH_SETTLE:-0} s"
settle=${BENCH_SETTLE:-0}
base=${BENCH_BASE:+$(realpath "$BENCH_BASE")}
run() {
    local side=$1 launcher=scripts/role-compare; shift
    [[ $side != base-* ]] || launcher=$base/scripts/role-compare
    rm -rf "$dir/out" "$dir/db"
    sleep "$settle"
    local load; load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -f "%e %U %S" -o "$dir/time.txt" "$launcher" run --input="$dir/in" --output="$dir/out" \
        --database="$dir/db/rc" "$@" >"$dir/console.txt" 2>&1
    read -r wall user sys <"$dir/time.txt"
    local publish; publish=$(grep -o 'publish: completed in [0-9.]*' "$dir/console.txt" | grep -o '[0-9.]*$' || true)
    echo "$side wall $wall s, CPU $(echo "$user + $sys" | bc) s, publish step ${publish:-?} s, load before $load"
    echo "$side $wall" >>"$dir/walls.txt"
}
rm -f "$dir/walls.txt"
for i in $(seq "$pairs"); do
    [ -z "$base" ] || run base-html
    run html
    run no-html --no-html
    [ -z "$base" ] || run base-no-html --no-html
done
python3 - "$dir/walls.txt" <<'PY'
import statistics, sys
w = {}
for line in open(sys.argv[1]):
    side, wall = line.split()
    w.setdefault(side, []).append(float(wall))
for prefix in ([""] + (["base-"] if "base-html" in w else [])):
    h, n = statistics.median(w[prefix + "html"]), statistics.median(w[prefix + "no-html"])
    print(f"{prefix}median wall: html {h:.1f} s, no-html {n:.1f} s; the pages add {100 * (h / n - 1):+.1f}%")
    ratios = [a / b for a, b in zip(w[prefix + "html"], w[prefix + "no-html"])]
    print(f"{prefix}pair ratios: " + ", ".join(f"{r:.2f}" for r in ratios) + f"; median {statistics.median(ratios):.3f}")
if "base-html" in w:
    for mode in ("html", "no-html"):
        pairs = [a / b for a, b in zip(w[mode], w["base-" + mode])]
        print(f"{mode}: this build against the base, per pair " + ", ".join(f"{r:.3f}" for r in pairs)
              + f"; median {statistics.median(pairs):.3f}")
PY
