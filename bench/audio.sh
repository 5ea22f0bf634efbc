#!/bin/sh
# SPDX-License-Identifier: ISC
# audio.sh - how fast limber audio renders a session: the longest shipped
# routine to WAV, FLAC and Ogg Vorbis, as a multiple of real time.
# Target (issue 9): at least 50x faster than real time; (issue 18) -o - under
# 32 MB of memory for any length.
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

# Memory (issue 18): -o - streams, so a session of nearly 4 hours (the longest
# a routine may play) stays under 32 MB; GNU time's peak resident size.
if [ -x /usr/bin/time ]; then
	mkdir -p "$work/near"
	cat >"$work/near/near.conf" <<'CONF'
exercise "near-hold" {
    title = "Near hold"
    area = {core}
    cue = {"Breathe slowly."}
    hold = 600
    reps = 23
    rest = 0
}
routine "near-four" {
    title = "Nearly four hours"
    step "near-hold" {}
}
CONF
	/usr/bin/time -f '%M %e' -o "$work/time" "$limber" --routines "$work/near" audio near-four -o - |
		wc -c >"$work/bytes"
	read -r kb secs <"$work/time"
	printf 'wav to standard output, 3 h 50 min (%s bytes): peak %s KB, %s s\n' \
		"$(cat "$work/bytes")" "$kb" "$secs"
fi
