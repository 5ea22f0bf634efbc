#!/bin/sh
# SPDX-License-Identifier: ISC
# audio.sh - how fast limber audio renders a session: the longest shipped
# routine to WAV, FLAC and Ogg Vorbis, as a multiple of real time.
# Target (issue 9): at least 50x faster than real time.
# Usage: bench/audio.sh [LIMBER]   (default: build/limber)
set -eu
cd "$(dirname "$0")/.."
limber=$(realpath "${1:-build/limber}")
work=$(mktemp -d "${TMPDIR:-/tmp}/limber-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
export HOME="$work" XDG_CONFIG_HOME="$work/.config" XDG_DATA_HOME="$work/.local/share"

# The longest shipped routine, by the total limber show prints.
longest="" most=0
for f in routines/*.conf; do
	id=$(basename "$f" .conf)
	[ "$id" = exercises ] && continue
	s=$("$limber" show "$id" | sed -n 's/^Total \([0-9]*\) min \([0-9]*\) s.*/\1 \2/p' |
		awk '{ print $1 * 60 + $2 }')
	[ "${s:-0}" -gt "$most" ] && most=$s longest=$id
done
echo "routine: $longest ($most s planned)"
for ext in wav flac ogg; do
	best=""
	for run in 1 2 3 4 5; do
		t0=$(date +%s.%N)
		"$limber" audio "$longest" -o "$work/out.$ext" >/dev/null
		t1=$(date +%s.%N)
		t=$(echo "$t1 - $t0" | bc -l)
		if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
	done
	printf '%-5s best of 5: %.3f s, %.0fx real time\n' "$ext" "$best" \
		"$(echo "$most / $best" | bc -l)"
done
