#!/bin/sh
# SPDX-License-Identifier: ISC
# report.sh - limber report --weeks 520 of a ten-year diary (bench/diary-gen: 50,000
# entries, 5,000 sessions): time and peak memory, beside an empty report (the floor
# that cairo, pango and fontconfig set) and limber trends over the same weeks.
# Target (issue 11): under 3 s and 5 MB.
# Usage: bench/report.sh [LIMBER]   (default: build/limber). Needs hyperfine and GNU time.
set -eu
cd "$(dirname "$0")/.."
limber=$(realpath "${1:-build/limber}")
work=$(mktemp -d "${TMPDIR:-/tmp}/limber-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$HOME"
cp "$limber" "$work/limber"
limber=$work/limber
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
bench/diary-gen "$work/diary.csv"
"$limber" --data "$work/data" import "$work/diary.csv" >/dev/null
# Fontconfig builds its cache on a first run: not what is measured.
"$limber" --data "$work/none" report -o "$work/warm.pdf" >/dev/null

hyperfine -N --warmup 2 --runs 10 --export-markdown "$work/t.md" \
	"$limber --data $work/data report --weeks 520 -o $work/r.pdf" \
	"$limber --data $work/data report --weeks 520 --notes -o $work/n.pdf" \
	"$limber --data $work/none report -o $work/e.pdf" \
	"$limber --data $work/data trends --weeks 520" >/dev/null
sed "s|$work/||g" "$work/t.md"
echo
echo "peak RSS (KB) and pages:"
for what in "data report --weeks 520 -o $work/r.pdf" "data report --weeks 520 --notes -o $work/n.pdf" \
	"none report -o $work/e.pdf" "data trends --weeks 520"; do
	set -- $what
	dir=$1
	shift
	kb=$(/usr/bin/time -f %M "$limber" --data "$work/$dir" "$@" 2>&1 >/dev/null | tail -1)
	echo "  $kb  limber --data $dir $*" | sed "s|$work/||g"
done
for f in r n e; do
	printf '  %s.pdf: %s pages, %s bytes\n' "$f" "$(pdfinfo "$work/$f.pdf" | sed -n 's/^Pages: *//p')" \
		"$(stat -c %s "$work/$f.pdf")"
done
