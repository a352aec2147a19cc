#!/usr/bin/env bash
# Benchmark of `role-compare related` (issue #20): time and memory on 150,000 generated roles in
# families of 20, the share of each role's related roles that come from its own family, and the
# recall of the index search against the exact all-pairs answer on 5,000 roles.
#
#   scripts/bench-related.sh [RUNS]        (after mvn -B -q package -DskipTests)
#
# Environment: BENCH_DIR (default target/bench-related) holds the generated inputs; JAVA (default
# the launcher's java) runs the jar; HEAP (default 1g) is the -Xmx of the timed runs.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
dir=${BENCH_DIR:-target/bench-related}
java=${JAVA:-java}
heap=${HEAP:-1g}
jar=target/role-compare.jar
[ -f "$jar" ] || { echo "bench-related: build first: mvn -B -q package -DskipTests" >&2; exit 1; }
mkdir -p "$dir"
[ -f "$dir/150k/roles.csv" ] || "$java" -jar "$jar" generate --roles=150000 --comparisons=0 --family-size=20 --seed=3 --output="$dir/150k" >&2
[ -f "$dir/5k/roles.csv" ] || "$java" -jar "$jar" generate --roles=5000 --comparisons=0 --family-size=20 --seed=5 --output="$dir/5k" >&2

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores; java: $("$java" -version 2>&1 | head -1)"
for run in $(seq 1 "$runs"); do
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f "%e %U %S %M" -o "$dir/time.txt" "$java" -Xmx"$heap" -jar "$jar" related --input="$dir/150k" \
      --output="$dir/related-150k.csv" 2>"$dir/summary.txt"
  read -r wall user sys rss <"$dir/time.txt"
  echo "150k run $run: wall ${wall} s, cpu $(echo "$user + $sys" | bc) s, max RSS $((rss / 1024)) MB, load before ${load}; $(grep -o 'in [0-9.]* s (.*)' "$dir/summary.txt")"
done

"$java" -jar "$jar" related --input="$dir/5k" --output="$dir/related-5k.csv" 2>/dev/null
"$java" -jar "$jar" related --input="$dir/5k" --exact --min-score=0.2 --output="$dir/exact-5k.csv" 2>/dev/null
python3 - "$dir" <<'PY'
import csv, sys
d = sys.argv[1]
def pairs(f):
    return {(r['role_id'], r['related_role_id']) for r in csv.DictReader(open(f))}
def family_share(rel, fam):
    fam = {r['role_id']: r['family'] for r in csv.DictReader(open(fam))}
    rows = list(csv.DictReader(open(rel)))
    return sum(fam[r['role_id']] == fam[r['related_role_id']] for r in rows) / len(rows), len(rows)
found, exact = pairs(f"{d}/related-5k.csv"), pairs(f"{d}/exact-5k.csv")
print(f"recall on 5,000 roles: {len(found & exact) / len(exact):.4f} of the exact top-5 ({len(found & exact):,} of {len(exact):,})")
share, n = family_share(f"{d}/related-150k.csv", f"{d}/150k/families.csv")
print(f"own family on 150,000 roles: {share:.4f} of {n:,} related roles")
PY
