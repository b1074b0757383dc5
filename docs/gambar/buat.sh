#!/usr/bin/env bash
# Makes the user guide's pictures (docs/panduan.md) from the current code:
#   templat.png  the Identitas sheet of the workbook `lapkin init` writes,
#                as LibreOffice prints it;
#   laporan.png  a page of the report `lapkin generate` makes of
#                testdata/contoh.xlsx (Tabel 2.2, capaian kinerja).
# Needs LibreOffice (soffice) and poppler (pdftoppm, pdftotext).
# Usage: bash docs/gambar/buat.sh [OUTDIR]   (default: docs/gambar)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-docs/gambar}
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

go build -o "$work/lapkin" ./cmd/lapkin

# page_with PDF TEXT: the number of the first page whose text holds TEXT.
page_with() {
  local pdf=$1 text=$2 n
  n=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  for ((i = 1; i <= n; i++)); do
    if pdftotext -f "$i" -l "$i" "$pdf" - | grep -q "$text"; then echo "$i"; return; fi
  done
  echo 1
}

# The template, printed by LibreOffice (each sheet fits its page width).
(cd "$work" && ./lapkin init templat.xlsx >/dev/null)
soffice -env:UserInstallation="file://$work/lo" --headless --convert-to pdf \
  --outdir "$work" "$work/templat.xlsx" >/dev/null 2>&1
p=$(page_with "$work/templat.pdf" "^Identitas Laporan Kinerja")
# The sheet fills the top of its page: only that part.
pdftoppm -png -r 110 -x 60 -y 80 -W 800 -H 360 -f "$p" -l "$p" -singlefile "$work/templat.pdf" "$out/templat"

# A report page: Tabel 2.2 of the example workbook's report.
(cd "$work" && SOURCE_DATE_EPOCH=0 ./lapkin generate -o laporan.pdf "$OLDPWD/testdata/contoh.xlsx" >/dev/null 2>&1)
p=$(page_with "$work/laporan.pdf" "Tabel 2.2")
pdftoppm -png -r 70 -f "$p" -l "$p" -singlefile "$work/laporan.pdf" "$out/laporan"
echo "$out/templat.png $out/laporan.png"
