#!/bin/sh
# SPDX-License-Identifier: ISC
# routines.sh - time `limber routines` over a generated library of
# 500 files (5,000 exercises, 1,000 routines) plus the shipped routines.
# Target (issue 2): under 100 ms on a 2-core machine.
# Usage: bench/routines.sh [LIMBER]   (default: build/limber)
set -eu
cd "$(dirname "$0")/.."
limber=${1:-build/limber}
work=$(mktemp -d "${TMPDIR:-/tmp}/limber-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
bench/routines-gen "$work/routines" 500
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config"
mkdir -p "$HOME"
n=$("$limber" --routines "$work/routines" routines | tail -n +2 | grep -c '^[a-z]')
echo "routines listed: $n (expect 1008: 1,000 generated + 8 shipped)"
"$limber" --routines "$work/routines" check "$work/routines"/*.conf >/dev/null
if command -v hyperfine >/dev/null 2>&1; then
	hyperfine -N --warmup 3 --runs 30 \
		"$limber --routines $work/routines routines"
else
	# Fallback: 20 runs, best and median wall time in milliseconds.
	i=0
	: >"$work/times"
	while [ $i -lt 20 ]; do
		s=$(date +%s%N)
		"$limber" --routines "$work/routines" routines >/dev/null
		e=$(date +%s%N)
		echo $(((e - s) / 1000000)) >>"$work/times"
		i=$((i + 1))
	done
	sort -n "$work/times" | awk '{ t[NR] = $1 } END { printf "best %d ms, median %d ms over %d runs\n", t[1], t[int((NR + 1) / 2)], NR }'
fi
