#!/bin/sh
# SPDX-License-Identifier: ISC
# screens.sh - how fast the screens answer, with a 10-year diary.
# Targets (issue 5): the home screen's first draw under 50 ms from start;
# the trends screen drawn under 100 ms after the key.
# Needs tmux, strace; the diary comes from bench/diary-gen.
# Usage: bench/screens.sh [LIMBER]   (default: build/limber)
set -eu
cd "$(dirname "$0")/.."
limber=$(realpath "${1:-build/limber}")
work=$(mktemp -d "${TMPDIR:-/tmp}/limber-bench.XXXXXX")
sock="limber-bench-$$"
trap 'tmux -L "$sock" kill-server 2>/dev/null; rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/data"
bench/diary-gen "$work/diary.csv"
"$limber" --data "$work/data" import "$work/diary.csv" >/dev/null
touch "$work/data/notice-seen" # the first-run notice is not what is measured

runs=${RUNS:-5}
i=0
: >"$work/home.ms"
: >"$work/trends.ms"
while [ $i -lt "$runs" ]; do
	rm -f "$work/trace"
	tmux -L "$sock" -f /dev/null new-session -d -s t -x 80 -y 24 -e LANG=C.UTF-8 \
		"HOME='$work/home' strace -f --seccomp-bpf -s 65536 -ttt -e trace=execve,read,write -o '$work/trace' '$limber' --data '$work/data'; tmux -L '$sock' wait-for -S done; sleep 30"
	n=0
	until tmux -L "$sock" capture-pane -p -t t | grep -q "This week"; do
		sleep 0.1
		n=$((n + 1))
		[ $n -lt 100 ] || { echo "the home screen did not appear" >&2; exit 1; }
	done
	sleep 0.3
	tmux -L "$sock" send-keys -t t t
	n=0
	until tmux -L "$sock" capture-pane -p -t t | grep -q "7-day avg"; do
		sleep 0.1
		n=$((n + 1))
		[ $n -lt 100 ] || { echo "the trends screen did not appear" >&2; exit 1; }
	done
	tmux -L "$sock" send-keys -t t q q
	timeout 10 tmux -L "$sock" wait-for done
	tmux -L "$sock" kill-server 2>/dev/null || true
	awk -v home="$work/home.ms" -v trends="$work/trends.ms" '
		/ execve\(/ && !start { start = $2 }
		/ write\(1, / && start && !drawn && /This week/ { drawn = $2 }
		/ read\(0, "t"/ && drawn && !key { key = $2 }
		/ write\(1, / && key && !shown && /7-day avg/ { shown = $2 }
		END {
			printf "%.1f\n", (drawn - start) * 1000 >> home
			printf "%.1f\n", (shown - key) * 1000 >> trends
		}' "$work/trace"
	i=$((i + 1))
done
for f in home trends; do
	sort -n "$work/$f.ms" | awk -v what="$f" '{ v[NR] = $1 } END {
		label = what == "home" ? "home screen, start to first draw" : "trends screen, key to draw"
		printf "%-34s median %.1f ms, best %.1f ms, worst %.1f ms (%d runs)\n",
			label, v[int((NR + 1) / 2)], v[1], v[NR], NR }'
done
