#!/bin/sh
# SPDX-License-Identifier: ISC
# figsize.sh - how large the player draws an exercise's figure (issue 21): at
# 132x43 every shipped exercise's figure spans at least 16 rows, a figure
# lying down across the window under the words and a standing one in a
# column beside the countdown; the left side is the mirror image; no words on
# the figure; at 100x30 both still fit; at 80x24 the countdown keeps the window.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/lib.sh"
if ! grep -q '^#define HAVE_FIGURES 1' "$top_builddir/config.h"; then
	echo "1..0 # SKIP this limber was built --without-figures"
	exit 0
fi
plan 17

D="$TMP/data"
U="$XDG_CONFIG_HOME/limber/routines"
mkdir -p "$U"
printf 'count_in = 1\n' >"$XDG_CONFIG_HOME/limber/limber.conf"
# Lying (one short hold a side), then standing.
cat >"$U/sizes.conf" <<'CONF'
routine "sizes" {
    title = "Figure sizes"
    step "figure-four" { hold = 4  rest = 1  reps = 1 }
    step "standing-extension" {}
}
CONF
# Every shipped exercise, one step each.
exercises=$(sed -n 's/^exercise "\([^"]*\)".*/\1/p' "$top_srcdir/routines/exercises.conf")
nex=$(printf '%s\n' $exercises | wc -l)
{
	printf 'routine "every" {\n    title = "Every exercise"\n'
	for e in $exercises; do printf '    step "%s" {}\n' "$e"; done
	printf '}\n'
} >"$U/every.conf"

# The screen with each cell one byte: @ for the symbols only a figure uses
# (braille, eighths, quadrants: the big digits and letters, the bars and the
# rules use only full and half blocks, shades and lines), # for those, . for
# the text's own symbols, the text as it is.
cells() { sed 's/[▀▄█░▕▏─]/#/g; s/[·×•—…›↑↓]/./g; s/[^ -~]/@/g'; }
# "first last left right": the rows and columns (from 1) the figure's cells span.
fig_box() {
	awk '{ i = index($0, "@"); if (!i) next; if (!f) f = NR; l = NR
		if (!x0 || i < x0) x0 = i
		n = length($0); while (substr($0, n, 1) != "@") n--; if (n > x1) x1 = n }
		END { print f + 0, l + 0, x0 + 0, x1 + 0 }'
}
# Rows between FIRST and LAST with letters or digits in columns LEFT to RIGHT.
words_in() {
	awk -v f="$1" -v l="$2" -v a="$3" -v b="$4" 'NR >= f && NR <= l &&
		substr($0, a, b - a + 1) ~ /[A-Za-z0-9]/ { n++ } END { print n + 0 }'
}
# The mean column of the figure's cells (#, @) in rows FIRST to LAST.
mean_col() {
	awk -v f="$1" -v l="$2" 'NR >= f && NR <= l { for (i = 1; i <= length($0); i++)
		if (substr($0, i, 1) ~ /[#@]/) { s += i; n++ } } END { print n ? int(s / n) : 0 }'
}
# shot NAME: the screen now, as cells, in $TMP/NAME; its figure's box in $F $L $X0 $X1.
shot() {
	e2e_screen | cells >"$TMP/$1"
	set -- $(fig_box <"$TMP/$1")
	F=$1 L=$2 X0=$3 X1=$4 ROWS=$(($2 - $1 + ($1 > 0)))
}

# 1. 132x43, lying: across the window under the words, mirrored for the left side
# (the first; the figures are drawn for the right).
e2e_start 132 43 "$LIMBER --data '$D' run sizes --no-rating"
check "the session starts" e2e_wait "HOLD"
e2e_keys Space
e2e_wait "PAUSED" >/dev/null
shot lying-left
[ "$ROWS" -ge 16 ] && ok "a figure lying down spans $ROWS rows (at least 16)" ||
	{ not_ok "the lying figure spans $ROWS rows"; diag "$(e2e_screen)"; }
n=$(words_in "$F" "$L" 1 132 <"$TMP/lying-left")
[ "$n" -eq 0 ] && [ $((X1 - X0)) -gt 66 ] &&
	ok "across the window (columns $X0-$X1), no words in its rows" ||
	{ not_ok "lying: columns $X0-$X1, $n rows with words"; diag "$(e2e_screen)"; }
cue=$(grep -n "^  ! " "$TMP/lying-left" | tail -n 1 | cut -d: -f1)
[ -n "$cue" ] && [ "$cue" -lt "$F" ] &&
	ok "under the words (caution at row $cue, figure from row $F)" ||
	not_ok "caution at row $cue, figure from row $F"
big=$(head -n $((F - 1)) "$TMP/lying-left" | grep -c '######')
[ "$big" -ge 8 ] && ok "the countdown stays big above it ($big rows of digits)" ||
	{ not_ok "$big rows of big digits over the figure"; diag "$(e2e_screen)"; }
e2e_keys Space
check "the sides switch" e2e_wait "SWITCH SIDES"
check "the right side's hold" e2e_wait "HOLD" 12
e2e_keys Space
e2e_wait "PAUSED" >/dev/null
left_box="$F $L"
shot lying-right
lx=$(mean_col $left_box <"$TMP/lying-left")
rx=$(mean_col "$F" "$L" <"$TMP/lying-right")
d=$((lx > rx ? lx - rx : rx - lx))
[ "$ROWS" -ge 16 ] && [ "$d" -gt 3 ] &&
	ok "the right side's figure is the mirror image (mean column $rx, left $lx; $ROWS rows)" ||
	{ not_ok "mean columns: left $lx, right $rx; $ROWS rows"; diag "$(e2e_screen)"; }
# Drawn once a step: the same box when a second has gone by.
e2e_keys Space
sleep 1.2
e2e_keys Space
e2e_wait "PAUSED" >/dev/null
before="$F $L $X0 $X1"
shot lying-later
[ "$before" = "$F $L $X0 $X1" ] && ok "the figure stays put as the seconds go ($before)" ||
	not_ok "the figure moved: $before, then $F $L $X0 $X1"

# 2. Standing: in a column at the right, beside the countdown.
e2e_keys n
check "step 2" e2e_wait "step 2 of 2"
sleep 0.3
shot standing
[ "$ROWS" -ge 16 ] && ok "a standing figure spans $ROWS rows (at least 16)" ||
	{ not_ok "the standing figure spans $ROWS rows"; diag "$(e2e_screen)"; }
n=$(words_in "$F" "$L" "$X0" "$X1" <"$TMP/standing")
[ "$X0" -gt 80 ] && [ "$n" -eq 0 ] && ok "beside the countdown (columns $X0-$X1), no words on it" ||
	{ not_ok "standing: columns $X0-$X1, $n rows with words in it"; diag "$(e2e_screen)"; }
e2e_keys q
e2e_stop

# 3. Every shipped exercise at 132x43, stepped through with n.
e2e_start 132 43 "$LIMBER --data '$D' run every --no-rating"
least=99 small="" flat="" k=1
for e in $exercises; do
	e2e_wait "step $k of $nex" >/dev/null
	sleep 0.3
	shot "every-$k"
	n=$(words_in "$F" "$L" "$X0" "$X1" <"$TMP/every-$k")
	# A body lying flat (about 7 wide to 1 high) cannot reach 16 rows in 132
	# columns without being stretched: it must take 3/4 of the width instead.
	if [ "$ROWS" -lt 16 ] && [ $((X1 - X0 + 1)) -ge 99 ]; then
		flat="$flat $e ($ROWS rows, $((X1 - X0 + 1)) columns)"
	elif [ "$ROWS" -lt 16 ] || [ "$n" -gt 0 ]; then
		small="$small $e ($ROWS rows, columns $X0-$X1, $n with words)"
	else
		[ "$ROWS" -lt "$least" ] && least=$ROWS
	fi
	[ "$n" -gt 0 ] && small="$small $e ($n rows with words)"
	e2e_keys n
	k=$((k + 1))
done
[ -z "$small" ] &&
	ok "each of the $nex shipped exercises' figures spans at least 16 rows (the least $least), or the window's width lying flat:${flat:- none}" ||
	not_ok "too small or written on:$small"
e2e_stop

# 4. 100x30: a figure lying down still fits across with the countdown above it.
e2e_start 100 30 "$LIMBER --data '$D' run sizes --no-rating"
check "100x30: the session starts" e2e_wait "HOLD"
e2e_keys Space
e2e_wait "PAUSED" >/dev/null
shot small-lying
n=$(words_in "$F" "$L" 1 100 <"$TMP/small-lying")
big=$(head -n $((F - 1)) "$TMP/small-lying" | grep -c '######')
[ "$ROWS" -ge 6 ] && [ "$n" -eq 0 ] && [ "$big" -ge 8 ] &&
	ok "100x30: the figure spans $ROWS rows under $big rows of digits" ||
	{ not_ok "100x30: figure $ROWS rows, $n with words, $big digits"; diag "$(e2e_screen)"; }
e2e_stop

# 5. 80x24: the countdown first, no figure.
e2e_start 80 24 "$LIMBER --data '$D' run sizes --no-rating"
check "80x24: the session starts" e2e_wait "HOLD"
e2e_keys Space
e2e_wait "PAUSED" >/dev/null
shot narrow
big=$(grep -c '######' "$TMP/narrow")
[ "$ROWS" -eq 0 ] && [ "$big" -ge 10 ] && ok "80x24: no figure, $big rows of digits" ||
	{ not_ok "80x24: a figure of $ROWS rows, $big rows of digits"; diag "$(e2e_screen)"; }
e2e_stop

done_testing
