#!/usr/bin/env bash
# What the web pages (issue #19) cost a 10,000-comparison run: the README's run command on
# generated input (2,000 roles, 10,000 comparisons), with pages and with --no-html, alternating,
# fresh output folder and database each run. Prints one line per run and the medians.
#
#   scripts/bench-html.sh [PAIRS]        (after mvn -B -q package -DskipTests; default 3 pairs)
#
# BENCH_DIR (default target/bench-html) keeps the generated input between invocations.
set -euo pipefail
cd "$(dirname "$0")/.."
pairs=${1:-3}
dir=$(realpath -m "${BENCH_DIR:-target/bench-html}")
mkdir -p "$dir"
[ -f "$dir/in/roles.csv" ] || java -jar target/role-compare.jar generate --roles=2000 --comparisons=10000 --seed=1 --output="$dir/in" >/dev/null
echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores; $(date -u +%Y-%m-%dT%H:%MZ)"
run() {
    local side=$1; shift
    rm -rf "$dir/out" "$dir/db"
    local load; load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -f "%e %U %S" -o "$dir/time.txt" scripts/role-compare run --input="$dir/in" --output="$dir/out" \
        --database="$dir/db/rc" "$@" >"$dir/console.txt" 2>&1
    read -r wall user sys <"$dir/time.txt"
    echo "$side wall $wall s, CPU $(echo "$user + $sys" | bc) s, load before $load"
    echo "$side $wall" >>"$dir/walls.txt"
}
rm -f "$dir/walls.txt"
for i in $(seq "$pairs"); do
    run html
    run no-html --no-html
done
python3 - "$dir/walls.txt" <<'PY'
import statistics, sys
w = {}
for line in open(sys.argv[1]):
    side, wall = line.split()
    w.setdefault(side, []).append(float(wall))
h, n = statistics.median(w["html"]), statistics.median(w["no-html"])
print(f"median wall: html {h:.1f} s, no-html {n:.1f} s; the pages add {100 * (h / n - 1):+.1f}%")
PY
