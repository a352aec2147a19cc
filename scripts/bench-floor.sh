#!/usr/bin/env bash
# The bare-OpenPDF floor under role-compare's report rendering (issue #18): the seed report's page
# drawn by plain OpenPDF, without Spring, Batch or role-compare's renderer (BarePdfFloor).
#
#   scripts/bench-floor.sh prepare              write target/floor/seed.pdf (role-compare's seed report),
#                                               target/floor/seed.ops (its drawing operations, PageOps)
#                                               and target/floor/floor.jar (BarePdfFloor + the font only)
#   scripts/bench-floor.sh warm [ROUNDS] [PAGES]
#                                               CPU per page on one warm thread, as PdfRenderCpuTime
#   scripts/bench-floor.sh cold [N] [THREADS]   a cold process writing N pages (default 10000) on THREADS
#                                               threads (default 2) under /usr/bin/time: wall, CPU
#                                               (user+sys), pages/s
#
# Environment: FLOOR_JAVA (java binary, default java), FLOOR_JAVA_OPTS (JVM options, e.g.
# -XX:AOTCache=target/floor/floor.aot, -Dfloor.compression=0, -Dfloor.write=false, -Dfloor.text=false).
#   scripts/bench-floor.sh aot                  (Java 25+) trains an AOT cache target/floor/floor.aot
#                                               on a 300-page run of the floor itself
# Builds nothing but floor.jar: run `mvn -B -q -Pjmh test-compile` first. The classpath of warm/cold
# is floor.jar and the OpenPDF jar only.
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA=${FLOOR_JAVA:-java}
# shellcheck disable=SC2206
OPTS=(${FLOOR_JAVA_OPTS:-})
DIR=target/floor
OPENPDF=$(find ~/.m2/repository/com/github/librepdf/openpdf -name "openpdf-$(sed -n 's:.*<openpdf.version>\(.*\)</openpdf.version>.*:\1:p' pom.xml).jar" | head -1)
CP=$DIR/floor.jar:$OPENPDF

test_cp() {
    [ -f target/test-cp.txt ] || mvn -B -q -Pjmh dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test >/dev/null
    echo "target/test-classes:target/classes:$(cat target/test-cp.txt)"
}

case ${1:-} in
    prepare)
        [ -f target/test-classes/org/rolecompare/floor/BarePdfFloor.class ] || { echo "bench-floor: run mvn -B -q -Pjmh test-compile first" >&2; exit 1; }
        mkdir -p "$DIR/jar/fonts"
        java -cp "$(test_cp)" org.rolecompare.report.pdf.SeedReportFile "$DIR/seed.pdf"
        java -cp "$(test_cp)" org.rolecompare.floor.PageOps "$DIR/seed.pdf" "$DIR/seed.ops"
        cp -r target/test-classes/org "$DIR/jar/" && find "$DIR/jar/org" -type f ! -path "*/floor/BarePdfFloor*" -delete && find "$DIR/jar/org" -type d -empty -delete
        cp src/main/resources/fonts/RoleCompareSans-Regular.ttf "$DIR/jar/fonts/"
        jar --create --file "$DIR/floor.jar" -C "$DIR/jar" .
        echo "bench-floor: $DIR/seed.ops ($(wc -l <"$DIR/seed.ops") operations), $DIR/floor.jar" ;;
    warm)
        "$JAVA" "${OPTS[@]}" -cp "$CP" org.rolecompare.floor.BarePdfFloor warm "$DIR/seed.ops" "${2:-5}" "${3:-300}" ;;
    cold)
        out=$(mktemp -d)
        trap 'rm -rf "$out"' EXIT
        echo "load before: $(cat /proc/loadavg)"
        /usr/bin/time -f "wall %e s, user %U s, sys %S s, max RSS %M KB" \
            "$JAVA" "${OPTS[@]}" -cp "$CP" org.rolecompare.floor.BarePdfFloor files "$DIR/seed.ops" "${2:-10000}" "${3:-2}" "$out"
        echo "load after: $(cat /proc/loadavg)" ;;
    aot)
        out=$(mktemp -d)
        trap 'rm -rf "$out"' EXIT
        "$JAVA" "${OPTS[@]}" -XX:AOTCacheOutput="$DIR/floor.aot" -cp "$CP" org.rolecompare.floor.BarePdfFloor files "$DIR/seed.ops" 300 2 "$out" ;;
    *)
        sed -n '2,21p' "$0" >&2; exit 64 ;;
esac
