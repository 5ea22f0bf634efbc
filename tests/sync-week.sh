#!/bin/sh
# SPDX-License-Identifier: ISC
# sync-week.sh - a week on two machines with sync = DIR in limber.conf: a
# laptop that is off for three days, then both edit the same entry. It ends
# with one diary on both, the same verdict in limber trends, nothing lost.
. "$top_srcdir/tests/lib.sh"
plan 9
F="$TMP/Sync/limber"
mkdir -p "$F"
printf 'sync = %s\n' "$F" >"$TMP/limber.conf"
# Each machine has its own data directory; both read the same limber.conf.
laptop() { "$LIMBER" --config "$TMP/limber.conf" --data "$TMP/laptop" "$@"; }
desktop() { "$LIMBER" --config "$TMP/limber.conf" --data "$TMP/desktop" "$@"; }
day() { date -d "$1 days ago" +%Y-%m-%d; }
idof() { "$1" diary --since "$(day 8)" | grep -F "“$2”" | awk '{print $1}'; }
log() {
	m=$1
	shift
	"$m" log "$@" >/dev/null 2>>"$TMP/log.err" && logged=$((logged + 1))
}

# Before the week: six weeks of history on the desktop, so trends have a verdict.
DIARY_DAYS=42 DIARY_ENTRIES=90 DIARY_SESSIONS=10 DIARY_NOW=$(date -d '7 days ago' +%s) \
	"$top_srcdir/bench/diary-gen" "$TMP/history.csv" 3
desktop import "$TMP/history.csv" >/dev/null
logged=$(grep -c '^entry,' "$TMP/history.csv")
laptop diary >/dev/null

# Day 1: stretches at home in the morning, work in the afternoon.
log laptop --at "$(day 6) 07:30" --back 5 --leg 6 --note "morning, day 1"
log desktop --at "$(day 6) 15:00" --back 4 --leg 6 --sitting 120 --note "at work, day 1"
log laptop --at "$(day 6) 21:00" --back 4 --leg 5 --note "evening, day 1"
# Days 2 to 4: the laptop stays off; the desktop logs on.
for d in 5 4 3; do
	log desktop --at "$(day $d) 09:00" --back 4 --leg 5 --note "morning at work, $d days ago"
	log desktop --at "$(day $d) 17:00" --back 3 --leg 4 --sitting 90 --note "leaving work, $d days ago"
done
[ "$(laptop export | grep -c '^entry,')" -eq "$logged" ] && ok "the laptop, back on, reads the desktop's three days first" ||
	not_ok "the laptop has $(laptop export | grep -c '^entry,') entries"
# Day 5: both edit the same entry; the desktop's edit is the later one.
laptop edit "$(idof laptop "morning at work, 4 days ago")" --leg 6 >/dev/null
sleep 1
desktop edit "$(idof desktop "morning at work, 4 days ago")" --leg 3 --note "morning at work, 4 days ago (fixed)" >/dev/null
log laptop --at "$(day 2) 08:00" --back 3 --leg 3 --note "morning, day 5"
# Days 6 and 7: both.
for d in 1 0; do
	log laptop --at "$(day $d) 07:00" --back 2 --leg 3 --note "morning, $d days ago"
	log desktop --at "$(day $d) 00:30" --back 2 --leg 2 --note "night, $d days ago"
done
# One more look on each, as a person would at the end of the week.
laptop diary >/dev/null
desktop diary >/dev/null
laptop diary >/dev/null

[ ! -s "$TMP/log.err" ] && ok "every log went in without a warning" || not_ok "$(cat "$TMP/log.err")"
laptop export >"$TMP/laptop.csv"
desktop export >"$TMP/desktop.csv"
cmp -s "$TMP/laptop.csv" "$TMP/desktop.csv" && ok "one diary on both machines" ||
	{ not_ok "the exports differ"; diag "$(diff "$TMP/laptop.csv" "$TMP/desktop.csv")"; }
n=$(grep -c '^entry,' "$TMP/laptop.csv")
[ "$n" = "$logged" ] && ok "nothing lost: all $logged entries on both" || not_ok "$n entries, $logged logged"
grep -qF '"morning at work, 4 days ago (fixed)"' "$TMP/laptop.csv" && ok "the later edit of the shared entry won" ||
	not_ok "the edit: $(grep -F '4 days ago' "$TMP/laptop.csv")"
grep -F '(fixed)' "$TMP/laptop.csv" | grep -q ',4,3,' && ok "with all of its fields" || not_ok "fields: $(grep -F '(fixed)' "$TMP/laptop.csv")"
laptop trends --ascii >"$TMP/laptop.trends"
desktop trends --ascii >"$TMP/desktop.trends"
cmp -s "$TMP/laptop.trends" "$TMP/desktop.trends" && ok "the same trends on both" ||
	{ not_ok "the trends differ"; diag "$(diff "$TMP/laptop.trends" "$TMP/desktop.trends")"; }
v=$(grep '^Leg pain:' "$TMP/laptop.trends")
case $v in
"" | *"not known yet"*) not_ok "no verdict: $v" ;;
*) ok "and a verdict, the same: $v" ;;
esac
stray=$(find "$F" -name 'diary.db*' -o -name '*.csv')
[ -z "$stray" ] && [ -n "$(find "$F" -name '*.changeset')" ] &&
	ok "only changesets in the synced folder, never the diary" || not_ok "in $F: $stray"
done_testing
