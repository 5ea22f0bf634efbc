#!/bin/sh
# SPDX-License-Identifier: ISC
# session.sh - what a real-speed session costs: CPU time, wake-ups a second,
# and how far its real end falls from its planned total.
# Targets (issue 4): CPU under 0.5% of one core over a 60 s session, at most
# 10 wake-ups a second, the end within 50 ms of the plan.
# The exercise has a figure (issue 21: drawn once per step and size, so the
# player still wakes once a second). Needs tmux (a terminal for the player),
# strace and GNU time.
# Usage: bench/session.sh [LIMBER]   (default: build/limber); SIZE="132 43" for a
# bigger window (default "80 24").
set -eu
cd "$(dirname "$0")/.."
limber=$(realpath "${1:-build/limber}")
work=$(mktemp -d "${TMPDIR:-/tmp}/limber-bench.XXXXXX")
sock="limber-bench-$$"
trap 'tmux -L "$sock" kill-server 2>/dev/null; rm -rf "$work"' EXIT
mkdir -p "$work/routines" "$work/home"
# 5 s count-in + 25 s hold + 5 s rest + 25 s hold = 60 s planned.
cat >"$work/routines/bench.conf" <<'CONF'
exercise "bench-hold" {
    title = "Benchmark hold"
    area = {core}
    cue = {"Breathe.", "Relax."}
    figure = "pelvic-tilt"
    hold = 25
    reps = 2
    rest = 5
}
routine "bench-minute" {
    title = "One minute"
    step "bench-hold" {}
}
CONF
echo "planned: $("$limber" --routines "$work/routines" show bench-minute | grep '^Total')"
cmd="HOME='$work/home' strace -ttt -s 1000000 -e trace=poll,write -o '$work/trace' '$limber' --data '$work/data' --routines '$work/routines' run bench-minute --no-rating"
set -- ${SIZE:-80 24}
echo "window: $1x$2"
tmux -L "$sock" -f /dev/null new-session -d -s t -x "$1" -y "$2" -e LANG=C.UTF-8 "$cmd; tmux -L '$sock' wait-for -S done"
# The session waits for a key at its end; press one once it is over.
i=0
while ! tmux -L "$sock" capture-pane -p -t t | grep -q "The session is over"; do
	sleep 0.5
	i=$((i + 1))
	[ $i -lt 180 ] || { echo "the session did not end" >&2; exit 1; }
done
# limber's own CPU time (not strace's), from /proc, while it waits at the end.
pid=$(pgrep -n -f "$work/routines run bench-minute" | while read -r p; do
	[ "$(cat /proc/$p/comm)" = limber ] && echo "$p"; done | head -n 1)
ticks=$(getconf CLK_TCK)
set -- $(cut -d' ' -f14,15,22 "/proc/$pid/stat")
utime=$1 stime=$2 startt=$3
uptime=$(cut -d' ' -f1 /proc/uptime)
awk -v u="$utime" -v s="$stime" -v st="$startt" -v up="$uptime" -v hz="$ticks" 'BEGIN {
	e = up - st / hz
	printf "CPU: %.2f s user + %.2f s system in %.1f s of life = %.3f%% of one core\n", u / hz, s / hz, e, (u + s) / hz * 100 / e }'
tmux -L "$sock" send-keys -t t Enter
timeout 10 tmux -L "$sock" wait-for done
# Session start: the first screen write showing GET READY; end: the write of DONE.
awk '
	/ write\(1, / && !start && /GET READY/ { start = $1 }
	/ write\(1, / && start && !end && /The session is over/ { end = $1 }
	# Wake-ups: polls that block (ncurses also polls with a zero timeout to read keys).
	/ poll\(/ && start && !end && !/, 0\) *= / { polls++ }
	END {
		if (!start || !end) { print "could not find the start or end in the trace"; exit 1 }
		d = (end - start - 60) * 1000
		printf "wake-ups: %d polls in %.1f s = %.2f a second\n", polls, end - start, polls / (end - start)
		printf "end: %.1f ms %s the planned 60 s\n", (d < 0 ? -d : d), (d < 0 ? "before" : "after")
	}' "$work/trace"
