#!/bin/sh
# SPDX-License-Identifier: ISC
# trendsweeks.sh - the trends screen and short windows: the verdict is about
# the person (the last 8 weeks), whatever --weeks shows, and names its dates;
# two weeks of 7 rated days give first signs; the chart keeps dots and the
# 7-day average apart, its legend marks are in colour, a cut name ends in …,
# the heading names the weeks shown after ←, the footer says it scrolls.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/lib.sh"
plan 16

D="$TMP/data"
for i in $(seq 48 -1 0); do
	"$LIMBER" --data "$D" log --back $((3 + i % 3)) --leg $((2 + i / 8)) \
		--at "$(date -d "-$i days" '+%Y-%m-%d') 08:00" >/dev/null
done
: >"$D/notice-seen"
for i in 3 2 1; do
	"$LIMBER" --data "$D" log --session glute-piriformis --at "$(date -d "-$i days" '+%Y-%m-%d') 18:00" >/dev/null
done

# ---- the verdict whatever the window ----
for w in 4 3 1; do
	run "$LIMBER" --data "$D" trends --weeks "$w"
	if printf '%s' "$OUT" | grep -q "not known yet"; then
		not_ok "--weeks $w: not known with 49 days of ratings"; diag "$OUT"
	else
		ok "--weeks $w: a verdict with 49 days of ratings"
	fi
done
first=$(date -d '-48 days' '+%-d %b')
printf '%s' "$OUT" | tr '\n' ' ' | grep -q "Leg pain: better .*the first 14 rated days ($first" &&
	ok "it says which dates it compares" || { not_ok "no dates: want $first"; diag "$OUT"; }
run "$LIMBER" --data "$D" trends --weeks 4 --format json
printf '%s' "$OUT" | tr -d ' \n' | grep -q '"direction":"better"' && ok "json says it too" || { not_ok "json"; diag "$OUT"; }

# Two weeks, 7 rated days each: first signs, labelled.
E="$TMP/early"
for i in $(seq 13 -1 0); do
	"$LIMBER" --data "$E" log --back 3 --leg $((i >= 7 ? 6 + i % 2 : 2 + i % 2)) \
		--at "$(date -d "-$i days" '+%Y-%m-%d') 08:00" >/dev/null
done
run "$LIMBER" --data "$E" trends
printf '%s' "$OUT" | tr '\n' ' ' | grep -q "Leg pain, first signs: better" &&
	ok "7 rated days in each of two weeks: first signs" || { not_ok "no first signs"; diag "$OUT"; }
printf '%s' "$OUT" | tr '\n' ' ' | grep -q "early: 14 more rated days make it firm" &&
	ok "labelled early, with what makes it firm" || { not_ok "not labelled"; diag "$OUT"; }
run "$LIMBER" --data "$E" trends --format json
printf '%s' "$OUT" | tr -d ' \n' | grep -q '"days_needed":14,"recent_days":7,[^}]*"early":true' &&
	ok "json: early, 14 more rated days" || { not_ok "json early"; diag "$OUT"; }

# ---- a name cut for width ends in … ----
run "$LIMBER" --data "$D" trends
printf '%s' "$OUT" | grep -q "Glute and piriformis relea…" && ok "a cut routine name ends in …" ||
	{ not_ok "no … on the cut name"; diag "$(printf '%s' "$OUT" | grep -i glute)"; }

# ---- the screen ----
e2e_start 80 24 "$LIMBER --data '$D'"
e2e_wait "t trends" >/dev/null
e2e_keys t
e2e_wait "avg/max" 10 >/dev/null || e2e_wait "7-day avg" >/dev/null
# The pain chart's rows (to its axis, or the footer's rule when it runs
# past the screen): no column holds both a day's dot and an average's line.
# (Glyphs to one byte each first, so that awk counts columns, not bytes.)
both=$(e2e_screen | sed 's/[●○◉]/D/g; s/[─·]/L/g; s/[┤│]/|/g; s/┼/+/g' |
	awk '/ 10 \|/ { on = 1 } on && (/\+/ || /^LLLLLLLLLL/) { exit } on {
	for (i = 6; i <= length($0); i++) {
		c = substr($0, i, 1)
		if (c == "D") dot[i] = 1
		if (c == "L") line[i] = 1
	}
} END { k = 0; for (i in dot) if (i in line) k++; print k }')
[ "$both" = 0 ] && ok "dots and the 7-day average never share a column" || { not_ok "$both columns hold both"; diag "$(e2e_screen)"; }
legend=$(e2e_screen_escapes | grep "7-day avg" | head -n 1)
word=$(printf '%s' "$legend" | sed -n 's/.*\(\[[0-9;]*m\)leg .*/\1/p' | head -n 1)
mark=$(printf '%s' "$legend" | sed -n 's/.*\(\[[0-9;]*m\)●.*/\1/p' | head -n 1)
[ -n "$mark" ] && [ "$mark" != "$word" ] && ok "the legend's marks are in their own colour" ||
	{ not_ok "legend mark colour '$mark' vs '$word'"; diag "$(printf '%s' "$legend" | cat -v)"; }
check "the footer says the page scrolls" e2e_wait "j/k scroll"
e2e_screen | grep -q "Trends · last 8 weeks" && ok "the heading: the last 8 weeks" || not_ok "heading"
e2e_keys Left
check "after ← the heading names the weeks shown" e2e_wait "Trends · 8 weeks ("
e2e_screen | grep -q "Trends · last" && not_ok "still says last" || ok "not the last weeks any more"
e2e_stop

# Home needs 50x16 (a smaller window ignores its keys): open trends there, then shrink.
e2e_start 50 16 "$LIMBER --data '$D'"
e2e_wait "t trends" >/dev/null
e2e_keys t
e2e_wait "Trends" >/dev/null
e2e_resize 40 12
check "at 40x12 the legend's first mark shows" e2e_wait "leg ● back ○"
e2e_stop
done_testing
