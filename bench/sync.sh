#!/bin/sh
# SPDX-License-Identifier: ISC
# sync.sh - time limber sync: a year of entries made on each of two machines
# (bench/diary-gen: 365 days, 5,000 entries and 500 sessions each, two
# seeds), then synced a, b, a through one folder. Target: each sync under
# 1 s on a 2-core machine, and the three together under 1 s of CPU; the
# exports end the same. Five rounds, each from fresh data directories.
# Needs GNU time (/usr/bin/time).
# Usage: bench/sync.sh [LIMBER]   (default: build/limber)
set -eu
cd "$(dirname "$0")/.."
limber=${1:-build/limber}
case $limber in /*) ;; *) limber=$(pwd)/$limber ;; esac
work=$(mktemp -d "${TMPDIR:-/tmp}/limber-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$HOME"
unset LIMBER_DATA_DIR
echo "limber: $limber; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
cp "$limber" "$work/limber"
limber=$work/limber
now_ms() { date +%s%3N; }
year() { DIARY_DAYS=365 DIARY_ENTRIES=5000 DIARY_SESSIONS=500 bench/diary-gen "$1" "$2"; }
year "$work/a.csv" 1
year "$work/b.csv" 2
echo "each machine: $(grep -c '^entry,' "$work/a.csv") entries and $(grep -c '^session,' "$work/a.csv") sessions"

# t NAME DIR: runs limber sync for DIR's data, adding its wall time and its
# CPU time (user + system) in ms to NAME's lists.
t() {
	/usr/bin/time -f '%e %U %S' -o "$work/time" "$limber" --data "$work/$2" sync "$work/folder" >/dev/null
	awk '{ printf "%d\n", $1 * 1000 }' "$work/time" >>"$work/$1.ms"
	awk '{ printf "%d\n", ($2 + $3) * 1000 }' "$work/time" >>"$work/$1.cpu"
	awk '{ printf "%d\n", ($2 + $3) * 1000 }' "$work/time" >>"$work/round.cpu"
}
fail=0
for round in 1 2 3 4 5; do
	rm -rf "$work/a" "$work/b" "$work/folder"
	mkdir "$work/folder"
	"$limber" --data "$work/a" import "$work/a.csv" >/dev/null
	"$limber" --data "$work/b" import "$work/b.csv" >/dev/null
	: >"$work/round.cpu"
	s=$(now_ms)
	t first-a a
	t first-b b
	t back-to-a a
	e=$(now_ms)
	echo $((e - s)) >>"$work/all.ms"
	awk '{ s += $1 } END { print s }' "$work/round.cpu" >>"$work/all.cpu"
	"$limber" --data "$work/a" log --back 3 --note "round $round" >/dev/null
	t "one-entry-a" a
	t "one-entry-b" b
	"$limber" --data "$work/a" export >"$work/ea.csv"
	"$limber" --data "$work/b" export >"$work/eb.csv"
	if ! cmp -s "$work/ea.csv" "$work/eb.csv"; then
		echo "round $round: the exports DIFFER" >&2
		fail=1
	fi
done
n=$(grep -c '^entry,' "$work/ea.csv")
echo "after the syncs both diaries hold $n entries; exports identical: $([ $fail = 0 ] && echo yes || echo NO)"
echo "changesets: $(du -sk "$work/folder" | cut -f1) KiB in the folder"
# The targets are on the mean wall time of each sync; the three together are
# held to a second of CPU, since their wall time also counts whatever else
# the machine is running.
printf '%-40s %8s %8s %8s %8s  %s\n' STEP "MEAN ms" "MIN ms" "MAX ms" "CPU ms" TARGET
for step in first-a first-b back-to-a all one-entry-a one-entry-b; do
	case $step in
	first-a) what="a's first sync (sends its year)" ;;
	first-b) what="b's first (sends its year, applies a's)" ;;
	back-to-a) what="a again (applies b's year)" ;;
	all) what="the three together" ;;
	one-entry-a) what="then one new entry: a sends it" ;;
	one-entry-b) what="b applies it" ;;
	esac
	cpu=$(awk '{ s += $1 } END { printf "%.0f", s / NR }' "$work/$step.cpu")
	sort -n "$work/$step.ms" | awk -v w="$what" -v cpu="$cpu" -v all="$([ $step = all ] && echo 1 || echo 0)" '
		{ t[NR] = $1; s += $1 }
		END { m = s / NR; x = all ? cpu : m
		      v = x < 1000 ? "< 1000 ms: ok" : "< 1000 ms: MISSED"
		      if (all) v = v " (CPU)"
		      printf "%-40s %8.1f %8d %8d %8d  %s\n", w, m, t[1], t[NR], cpu, v; exit x >= 1000 }' || fail=1
done
exit $fail
