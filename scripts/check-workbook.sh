#!/usr/bin/env bash
# Proves a workbook opens in LibreOffice: converts every sheet to CSV headless and prints
# each sheet's row count and first lines. Exits non-zero if LibreOffice cannot read the file.
#
# Usage: scripts/check-workbook.sh path/to/comparisons.xlsx [lines-to-show]
# Needs soffice (Debian: apt-get install -y libreoffice-calc-nogui).
set -euo pipefail

workbook="${1:?usage: $0 WORKBOOK.xlsx [lines-to-show]}"
show="${2:-3}"
[ -f "$workbook" ] || { echo "no such file: $workbook" >&2; exit 2; }
command -v soffice >/dev/null || { echo "soffice not found: apt-get install -y libreoffice-calc-nogui" >&2; exit 2; }

out="$(mktemp -d)"
profile="$(mktemp -d)"
trap 'rm -rf "$out" "$profile"' EXIT

# A private profile lets the check run beside an open LibreOffice; the filter options write
# every sheet (-1) as UTF-8 (76) comma-separated (44) with quoted text (34).
soffice --headless -env:UserInstallation="file://$profile" \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
    --outdir "$out" "$workbook" >/dev/null 2>&1 || true

shopt -s nullglob
sheets=("$out"/*.csv)
if [ ${#sheets[@]} -eq 0 ]; then
    echo "FAIL: LibreOffice could not convert $workbook" >&2
    exit 1
fi
for csv in "${sheets[@]}"; do
    echo "== $(basename "$csv") ($(wc -l < "$csv") lines)"
    head -n "$show" "$csv"
done
echo "OK: $workbook opens in LibreOffice (${#sheets[@]} sheets)"
