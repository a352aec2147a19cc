#!/usr/bin/env bash
# Shows that two sets of PDF reports look and read the same even where their bytes differ (e.g.
# after a change to how the renderer writes a page): for every PDF under BEFORE_DIR, the PDF of the
# same relative path under AFTER_DIR must give the same `pdftotext -layout` text, the same
# `pdftotext -bbox` words and positions (and metadata), and the same page images from `pdftoppm`
# (PPM, compared byte for byte) at each resolution of PDF_DPI (default "60 150").
#
#   scripts/compare-pdf-rendering.sh BEFORE_DIR AFTER_DIR
#
# Prints one line per differing PDF and a summary; exits 0 when all are the same, 1 otherwise.
# Needs poppler-utils (apt-get install -y poppler-utils). E.g. with the output folders kept by
# `COMPARE_KEEP=1 scripts/compare-outputs.sh main target/role-compare.jar`:
#   scripts/compare-pdf-rendering.sh WORK/seed/before/out WORK/seed/after/out
set -euo pipefail
[ $# -eq 2 ] || { sed -n '2,13p' "$0" >&2; exit 64; }
before=$1
after=$2
dpis=${PDF_DPI:-60 150}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

checked=0
different=0
while IFS= read -r -d '' pdf; do
    relative=${pdf#"$before"/}
    other=$after/$relative
    checked=$((checked + 1))
    if [ ! -f "$other" ]; then
        echo "missing in $after: $relative"; different=$((different + 1)); continue
    fi
    problem=""
    cmp -s <(pdftotext -layout "$pdf" -) <(pdftotext -layout "$other" -) || problem+=" text"
    cmp -s <(pdftotext -bbox "$pdf" -) <(pdftotext -bbox "$other" -) || problem+=" bbox"
    for dpi in $dpis; do
        rm -f "$work"/*.ppm
        pdftoppm -r "$dpi" "$pdf" "$work/a"
        pdftoppm -r "$dpi" "$other" "$work/b"
        for image in "$work"/a*.ppm; do
            cmp -s "$image" "$work/b${image#"$work"/a}" || { problem+=" image@${dpi}dpi"; break; }
        done
        [ "$(ls "$work"/a*.ppm | wc -l)" = "$(ls "$work"/b*.ppm | wc -l)" ] || problem+=" pages@${dpi}dpi"
    done
    if [ -n "$problem" ]; then
        echo "DIFFERENT ($problem ): $relative"; different=$((different + 1))
    fi
done < <(find "$before" -name '*.pdf' -print0 | sort -z)
echo "compare-pdf-rendering: $checked PDFs checked, $different different"
[ "$different" -eq 0 ]
