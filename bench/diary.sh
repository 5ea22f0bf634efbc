#!/bin/sh
# SPDX-License-Identifier: ISC
# diary.sh - time the diary at ten years' size: 50,000 entries and 5,000
# sessions (bench/diary-gen), imported into a temporary data directory.
# Targets on a 2-core machine: 'limber diary --since <a week ago>' under
# 50 ms, 'limber export' under 1 s, each under 16 MB of memory (max RSS).
# Usage: bench/diary.sh [LIMBER]   (default: build/limber)
# Needs hyperfine for the timings (a plain 20-run loop otherwise) and
# /usr/bin/time (GNU time) for the memory.
set -eu
cd "$(dirname "$0")/.."
limber=${1:-build/limber}
case $limber in /*) ;; *) limber=$(pwd)/$limber ;; esac
work=$(mktemp -d "${TMPDIR:-/tmp}/limber-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$HOME"
unset LIMBER_DATA_DIR
data="$work/data"
now_ms() { date +%s%3N; }
fail=0
echo "limber: $limber; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
# Run a copy, so that a rebuild during the run cannot pull the binary away.
cp "$limber" "$work/limber"
limber=$work/limber

t0=$(now_ms)
bench/diary-gen "$work/diary.csv"
t1=$(now_ms)
echo "generated $(grep -c '^entry,' "$work/diary.csv") entries and" \
	"$(grep -c '^session,' "$work/diary.csv") sessions" \
	"($(($(wc -c <"$work/diary.csv") / 1024)) KiB of CSV) in $((t1 - t0)) ms"
t0=$(now_ms)
/usr/bin/time -f %M -o "$work/import.rss" "$limber" --data "$data" import "$work/diary.csv"
t1=$(now_ms)
import_ms=$((t1 - t0))
echo "import took $import_ms ms, max RSS $(cat "$work/import.rss") KB;" \
	"diary.db is $(($(stat -c %s "$data/diary.db") / 1024)) KiB"
# The generated file is what export writes, so a round trip gives it back.
"$limber" --data "$data" export >"$work/again.csv"
if cmp -s "$work/diary.csv" "$work/again.csv"; then
	echo "export of the imported diary: the same bytes as the generated file"
else
	echo "export of the imported diary DIFFERS from the generated file" >&2
	fail=1
fi

since=$(date -d '7 days ago' +%Y-%m-%d)
week=$("$limber" --data "$data" diary --since "$since" --format csv | grep -c '^[es][a-z]*,' || true)
echo "limber diary --since $since lists $week records"
echo

# measure COMMAND: mean, min and max wall time in ms, as "mean min max".
measure() {
	if command -v hyperfine >/dev/null 2>&1; then
		rm -f "$work/h.csv"
		hyperfine -N --warmup 3 --runs 20 --style none --export-csv "$work/h.csv" "$1" \
			</dev/null >/dev/null || return 1
		# command,mean,stddev,median,user,system,min,max (seconds)
		awk -F, 'NR == 2 { printf "%.1f %.1f %.1f\n", $2 * 1000, $7 * 1000, $8 * 1000 }' "$work/h.csv"
	else
		: >"$work/times"
		for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
			s=$(date +%s%N)
			$1 >/dev/null || return 1
			e=$(date +%s%N)
			echo $(((e - s) / 1000)) >>"$work/times"
		done
		sort -n "$work/times" | awk '{ t[NR] = $1; s += $1 }
			END { printf "%.1f %.1f %.1f\n", s / NR / 1000, t[1] / 1000, t[NR] / 1000 }'
	fi
}

# row NAME TARGET_MS TARGET_KB COMMAND...: one line of the table (TARGET_MS "-": none).
row() {
	_name=$1 _tms=$2 _tkb=$3
	shift 3
	_t=$(measure "$*") || _t=""
	_mean=${_t%% *} _min=${_t#* } _max=${_t##* }
	_min=${_min%% *}
	if [ -z "$_t" ] || ! /usr/bin/time -f %M -o "$work/rss" "$@" >/dev/null; then
		printf '%-26s  FAILED: %s\n' "$_name" "$*"
		fail=1
		return
	fi
	_rss=$(tail -n 1 "$work/rss")
	_v=""
	if [ "$_tms" != - ]; then
		if awk -v m="$_mean" -v t="$_tms" 'BEGIN { exit !(m < t) }'; then _v="< $_tms ms: ok"
		else _v="< $_tms ms: MISSED"; fail=1; fi
	fi
	if [ "$_rss" -lt "$_tkb" ]; then _v="$_v${_v:+; }< $_tkb KB: ok"
	else _v="$_v${_v:+; }< $_tkb KB: MISSED"; fail=1; fi
	printf '%-26s %8s %8s %8s %10s  %s\n' "$_name" "$_mean" "$_min" "$_max" "$_rss" "$_v"
}

printf '%-26s %8s %8s %8s %10s  %s\n' COMMAND "MEAN ms" "MIN ms" "MAX ms" "MAXRSS KB" TARGET
row "diary --since $since" 50 16384 "$limber" --data "$data" diary --since "$since"
row "export (CSV)" 1000 16384 "$limber" --data "$data" export
row "export --format json" - 16384 "$limber" --data "$data" export --format json
row "diary (all ten years)" - 16384 "$limber" --data "$data" diary
echo "(import: $import_ms ms, max RSS $(cat "$work/import.rss") KB)"
# JSON is read a record at a time: the whole ten years under 32 MB (issue 14).
"$limber" --data "$data" export --format json -o "$work/diary.json"
t0=$(now_ms)
/usr/bin/time -f %M -o "$work/json.rss" "$limber" --data "$work/json-data" import "$work/diary.json" >/dev/null
t1=$(now_ms)
json_kb=$(tail -n 1 "$work/json.rss")
if [ "$json_kb" -lt 32768 ]; then json_v="< 32768 KB: ok"; else json_v="< 32768 KB: MISSED"; fail=1; fi
echo "(import of the JSON export, $(($(stat -c %s "$work/diary.json") / 1024)) KiB: $((t1 - t0)) ms," \
	"max RSS $json_kb KB; $json_v)"
exit $fail
