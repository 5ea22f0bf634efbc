#!/bin/sh
# SPDX-License-Identifier: ISC
# trends.sh - limber trends --format json on the traps: the verdict, routine effects, the suggestion
. "$top_srcdir/tests/lib.sh"
plan 13

HEAD=type,uid,time,back,leg,where,symptoms,sitting,sleep,meds,note,red_flags,created,updated,routine,title,ended,steps_done,steps_skipped,steps_total,before_back,before_leg,after_back,after_leg,complete,speed
n=0
# entry DAYS_AGO BACK LEG [FLAGS]: one CSV line, at 09:00 local time that day.
entry() {
	n=$((n + 1))
	t=$(date -d "$1 days ago 09:00" +%Y-%m-%dT%H:%M:%S%:z)
	printf 'entry,%032x,%s,%s,%s,,,,,,,%s,%s,%s,,,,,,,,,,,,\n' "$n" "$t" "$2" "$3" "${4:-}" "$t" "$t"
}
# session DAYS_AGO ROUTINE BEFORE_LEG AFTER_LEG: a rated 10-minute session at 18:00.
session() {
	n=$((n + 1))
	t=$(date -d "$1 days ago 18:00" +%Y-%m-%dT%H:%M:%S%:z)
	e=$(date -d "$1 days ago 18:10" +%Y-%m-%dT%H:%M:%S%:z)
	printf 'session,%032x,%s,,,,,,,,,,%s,%s,%s,%s,%s,3,0,3,,%s,,%s,1,1\n' "$n" "$t" "$t" "$t" \
		"$2" "$2" "$e" "$3" "$4"
}
# diary NAME: imports the CSV on standard input into a fresh data directory NAME.
diary() {
	{ echo "$HEAD"; cat; } >"$TMP/$1.csv"
	"$LIMBER" --data "$TMP/$1" import "$TMP/$1.csv" >/dev/null || echo "import of $1 failed" >&2
}
# directions NAME: the leg and the back verdict's direction, on one line.
directions() {
	"$LIMBER" --data "$TMP/$1" trends --format json |
		sed -n 's/^      "direction": "\(.*\)",$/\1/p' | tr '\n' ' '
}
json() { "$LIMBER" --data "$TMP/$1" trends --format json; }

# Eight weeks of leg pain falling from 7 to 3, then a single 6 today.
for d in $(seq 55 -1 1); do entry "$d" 2 $((3 + 4 * d / 55)); done | diary trap
run directions trap
expect_in OUT "better" "weeks of improvement read better"
entry 0 2 6 | diary trap
run directions trap
expect_in OUT "better unchanged" "one late rating does not flip the verdict"
run json trap
expect_in OUT '"meaningful": true' "and the change is meaningful"
expect_in OUT "Leg pain: better" "in words too"
run "$LIMBER" --data "$TMP/trap" trends
first=$(printf '%s\n' "$OUT" | sed -n 3p)
case "$first" in "Leg pain: better"*) ok "the verdict is the first thing limber trends says" ;;
*) not_ok "third line: $first" ;; esac

# Flat but noisy weeks.
for d in $(seq 55 -1 0); do entry "$d" 4 $((3 + (d * 7) % 5)); done | diary flat
run directions flat
expect_in OUT "unchanged" "flat noisy weeks read unchanged"

# Three ratings.
{ entry 40 3 6; entry 20 3 5; entry 1 3 4; } | diary three
run json three
expect_in OUT '"direction": "unknown"' "three ratings read unknown"
expect_in OUT "more days with ratings" "and say how many more days are needed"

# Routines that lower, leave and raise leg pain.
{
	for d in $(seq 20 -1 1); do entry "$d" 3 5; done
	for d in 2 5 8 11 14; do session "$d" quick-five 5 3; done
	session 3 desk-break 5 6; session 6 desk-break 5 4; session 9 desk-break 5 5
	session 12 desk-break 5 6; session 15 desk-break 5 4
	for d in 4 7 10 13; do session "$d" core-stability 4 7; done
} | diary routines
run json routines
effects=$(printf '%s\n' "$OUT" | awk -F'"' '/"id":/ { id = $4 } /"effect":/ { print id "=" $4 }' |
	sort | tr '\n' ' ')
if [ "$effects" = "core-stability=worse desk-break=unclear quick-five=helps " ]; then
	ok "routines read helps, unclear and worse"; else not_ok "effects: $effects"; fi
run "$LIMBER" --data "$TMP/routines" trends
expect_in OUT "seems to make leg pain worse (+3.0; 4 sessions)" "worse is said in words"
expect_in OUT "helps" "helps is said in words"

# A bad day makes the gentle routine the suggestion, with its reason.
{ for d in $(seq 10 -1 1); do entry "$d" 2 3; done; entry 0 2 8; } | diary badday
run json badday
expect_in OUT '"routine": "flare-up-gentle"' "a bad day suggests the gentle routine"
expect_in OUT '"reason": "leg pain 8 today"' "with its reason"
done_testing
