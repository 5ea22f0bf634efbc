#!/bin/sh
# SPDX-License-Identifier: ISC
# readable.sh - every screen readable on dark and light backgrounds: no hard
# white; the session screen clean at 40x12, 80x24 and 132x43.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/lib.sh"
plan 16

D="$TMP/data"
mkdir -m 700 -p "$D"
: >"$D/notice-seen"
for d in 3 2 1; do
	"$LIMBER" --data "$D" log --back 3 --leg $((d + 2)) --symptoms tingling \
		--at "$(date -d "-$d days" '+%Y-%m-%d') 08:00" >/dev/null
done
L="$LIMBER --data '$D'"

# white_free NAME: the screen's colours hold no hard white, as a foreground
# (SGR 37, 97, or colour 7 or 15 of 256) - unreadable on a light background.
white_free() {
	_w=$(e2e_screen_escapes | grep -oE "$(printf '\033')\[[0-9;]*m" |
		grep -E '\[(([0-9]+;)*)(37|97)(;[0-9;]*)?m|38;5;(7|15)(;|m)' | head -n 3)
	if [ -z "$_w" ]; then ok "no hard white on $1"; else
		not_ok "hard white on $1: $(printf '%s' "$_w" | cat -v | tr '\n' ' ')"; fi
}

e2e_start 80 24 "$L"
e2e_wait "s session" >/dev/null
white_free "the home screen"
e2e_keys ?
e2e_wait "Keys on the home screen" >/dev/null
white_free "a pager"
e2e_keys q
e2e_wait "s session" >/dev/null
e2e_keys s
e2e_wait "Choose a routine" >/dev/null
white_free "the picker"
e2e_keys Escape
e2e_wait "s session" >/dev/null
e2e_keys t
e2e_wait "avg/max" >/dev/null
white_free "the trends"
e2e_keys q
e2e_wait "s session" >/dev/null
e2e_keys d
e2e_wait "Diary" >/dev/null
white_free "the diary list"
e2e_keys q
e2e_wait "s session" >/dev/null
e2e_keys l
e2e_wait "Back pain" >/dev/null
white_free "the entry form"
e2e_stop

e2e_start 80 24 "$L run quick-five --speed 10"
e2e_wait "how is your pain" >/dev/null
white_free "the rating"
e2e_keys Enter Enter
e2e_wait "step 1 of" >/dev/null
white_free "the session player"
e2e_stop

# colour = never and NO_COLOR: no colours at all, as before.
e2e_start 80 24 "NO_COLOR=1 $L"
e2e_wait "s session" >/dev/null
e2e_screen_escapes | grep -qE "$(printf '\033')\[([0-9]+;)*3[0-8][;m]" && not_ok "colours under NO_COLOR" ||
	ok "NO_COLOR: no colours"
e2e_stop
mkdir -p "$XDG_CONFIG_HOME/limber"
echo 'colour = never' >"$XDG_CONFIG_HOME/limber/limber.conf"
e2e_start 80 24 "$L"
e2e_wait "s session" >/dev/null
e2e_screen_escapes | grep -qE "$(printf '\033')\[([0-9]+;)*3[0-8][;m]" && not_ok "colours with colour = never" ||
	ok "colour = never: no colours"
e2e_screen | grep -q "s session" && ok "and the screen reads the same" || not_ok "screen lost"
e2e_stop
rm -f "$XDG_CONFIG_HOME/limber/limber.conf"

# ---- the session screen: a clean title at 40x12, the stop warning once, "next:" says something new ----
R="$TMP/routines"
mkdir -p "$R"
cat >"$R/test.conf" <<'CONF'
exercise "e2e-plain" {
    title = "Plain hold"
    area = {core}
    hold = 3
    reps = 3
    rest = 3
}
routine "e2e-long" {
    title = "Gentle morning mobility routine"
    step "e2e-plain" {}
}
CONF
LR="$LIMBER --data '$D' --routines '$R'"
e2e_start 40 12 "$LR run e2e-long --speed 4 --no-rating"
e2e_wait "Plain hold" >/dev/null
top=$(e2e_screen | head -n 1)
# A small window gives its title line to the exercise (the countdown takes the rows).
case "$top" in
" Plain hold "*) ok "at 40x12 the title reads whole words" ;;
*) not_ok "title at 40x12: '$top'" ;;
esac
e2e_stop
for size in "80 24" "132 43"; do
	e2e_start $size "$LR run e2e-long --speed 4 --no-rating"
	e2e_wait "GET READY" >/dev/null
	n=$(e2e_screen | grep -c "Stop if pain sharpens")
	[ "$n" -le 1 ] && ok "at ${size% *}x${size#* } the stop warning shows once" ||
		{ not_ok "the stop warning shows $n times at $size"; diag "$(e2e_screen)"; }
	e2e_stop
done
e2e_start 80 24 "$LR run e2e-long --speed 4 --no-rating"
e2e_wait "next: a" 15 >/dev/null
scr=$(e2e_screen)
rep=$(printf '%s\n' "$scr" | grep -o "rep [0-9]* of [0-9]*" | head -n 1)
nxt=$(printf '%s\n' "$scr" | grep "next:")
[ -n "$nxt" ] && ! printf '%s' "$nxt" | grep -qF -- "$rep" && ok "next: does not repeat the rep above it" ||
	{ not_ok "next: '$nxt' repeats '$rep'"; diag "$scr"; }
check "it names the hold to come" e2e_wait "next: a 3 s hold"
e2e_stop

done_testing
