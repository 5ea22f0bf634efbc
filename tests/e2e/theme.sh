#!/bin/sh
# SPDX-License-Identifier: ISC
# theme.sh - theme = light and dark: every colour on every screen, at 80x24 and
# 40x12, has 4.5:1 contrast with the theme's background (xterm's palette);
# theme = auto asks the terminal (OSC 11), then COLORFGBG.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/lib.sh"
plan 42

D="$TMP/data"
mkdir -m 700 -p "$D"
: >"$D/notice-seen"
for d in 20 18 16 14 12 10 8 6 4 3 2 1; do
	"$LIMBER" --data "$D" log --back $((d % 5 + 2)) --leg $((d % 4 + 1)) --symptoms tingling \
		--note "a note" --at "$(date -d "-$d days" '+%Y-%m-%d') 08:00" >/dev/null
done
L="$LIMBER --data '$D'"
CONF="$XDG_CONFIG_HOME/limber/limber.conf"
mkdir -p "$XDG_CONFIG_HOME/limber"

# The worst contrast of the screen's foreground colours (SGR 30-37, 90-97,
# 38;5;N) against the backgrounds of a theme, with xterm's palette.
worst() {
	e2e_screen_escapes | grep -oE "$(printf '\033')\[[0-9;]*m" | tr -d '\033[m' |
		awk -v bgs="$1" '
	function lin(c) { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ^ 2.4 }
	function lum(i,   r, g, b, k) {
		if (i < 16) { split(ANSI[i], q, ","); r = q[1]; g = q[2]; b = q[3] }
		else if (i < 232) { k = i - 16; r = CUBE[int(k / 36)]; g = CUBE[int(k / 6) % 6]; b = CUBE[k % 6] }
		else { r = g = b = 8 + 10 * (i - 232) }
		return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
	}
	function ratio(a, b,   x, y) { x = lum(a); y = lum(b); return x > y ? (x + .05) / (y + .05) : (y + .05) / (x + .05) }
	function check(c,   i, r) { for (i in BG) { r = ratio(c, BG[i]); if (r < min) { min = r; minc = c } } }
	BEGIN {
		split("0,0,0 205,0,0 0,205,0 205,205,0 0,0,238 205,0,205 0,205,205 229,229,229 127,127,127 255,0,0 0,255,0 255,255,0 92,92,255 255,0,255 0,255,255 255,255,255", a, " ")
		for (i = 1; i <= 16; i++) ANSI[i - 1] = a[i]
		split("0 95 135 175 215 255", c, " "); for (i = 1; i <= 6; i++) CUBE[i - 1] = c[i]
		split(bgs, BG, " "); min = 99; minc = -1
	}
	{
		n = split($0, p, ";")
		for (i = 1; i <= n; i++) {
			v = p[i] + 0
			if (v == 38 && p[i + 1] == 5) { check(p[i + 2] + 0); i += 2 }
			else if (v == 48 && p[i + 1] == 5) i += 2
			else if (v >= 30 && v <= 37) check(v - 30)
			else if (v >= 90 && v <= 97) check(v - 90 + 8)
		}
	}
	END { printf "%.2f %d\n", min, minc }'
}

# readable THEME WHAT: every colour on the screen reads on the theme's backgrounds.
readable() {
	case $1 in
	light) _bgs="15 231 255 254" ;;
	*) _bgs="0 16 234 235 236" ;;
	esac
	set -- "$1" "$2" $(worst "$_bgs")
	if awk -v r="$3" 'BEGIN { exit !(r >= 4.5) }'; then
		ok "$1: $2 reads (worst $3:1)"
	else
		not_ok "$1: $2 has colour $4 at $3:1"
		diag "$(e2e_screen_escapes | cat -v | head -12)"
	fi
}

# uses COLOUR: the screen draws in xterm colour COLOUR.
uses() { e2e_screen_escapes | grep -q "38;5;$1m"; }

screens() { # THEME COLS ROWS
	e2e_start "$2" "$3" "$L"
	e2e_wait "session" >/dev/null
	readable "$1" "the home screen at $2x$3"
	e2e_keys ?
	e2e_wait "Keys on the home screen" >/dev/null
	readable "$1" "the help at $2x$3"
	e2e_keys q s
	e2e_wait "Choose a routine" >/dev/null
	readable "$1" "the picker at $2x$3"
	e2e_keys Escape
	e2e_wait "session" >/dev/null
	e2e_keys t
	e2e_wait "Trends" >/dev/null
	readable "$1" "the trends at $2x$3"
	e2e_keys q d
	e2e_wait "Diary" >/dev/null
	readable "$1" "the diary at $2x$3"
	e2e_keys q l
	e2e_wait "Back" >/dev/null
	readable "$1" "the entry form at $2x$3"
	e2e_stop
	e2e_start "$2" "$3" "$L run quick-five --speed 4"
	e2e_wait "pain" >/dev/null
	readable "$1" "the rating at $2x$3"
	e2e_keys Enter Enter
	e2e_wait "GET READY" >/dev/null
	readable "$1" "GET READY at $2x$3"
	e2e_wait "HOLD" 10 >/dev/null
	readable "$1" "a hold at $2x$3"
	e2e_stop
}

echo 'theme = light' >"$CONF"
screens light 80 24
e2e_start 80 24 "$L"
e2e_wait "session" >/dev/null
check "light: the title is deep teal (24)" uses 24
e2e_stop
screens light 40 12
echo 'theme = dark' >"$CONF"
screens dark 80 24
screens dark 40 12
e2e_start 80 24 "$L"
e2e_wait "session" >/dev/null
check "dark: the title is teal (80)" uses 80
e2e_stop

# ---- theme = auto: the terminal's answer to OSC 11, then COLORFGBG ----
rm -f "$CONF"
for bg in white black; do
	e2e_start 80 24 "sleep 0.5; $L"
	"$TMUX_BIN" -L "$E2E_SOCK" set -g window-style "bg=$bg"
	e2e_wait "session" >/dev/null
	if [ $bg = white ]; then check "auto on a white terminal: light" uses 24; else
		check "auto on a black terminal: dark" uses 80; fi
	e2e_stop
done
e2e_start 80 24 "COLORFGBG='0;15' $L"
e2e_wait "session" >/dev/null
check "auto, no OSC 11 answer, COLORFGBG 0;15: light" uses 24
e2e_stop
e2e_start 80 24 "COLORFGBG= $L"
e2e_wait "session" >/dev/null
check "auto, nothing known: dark" uses 80
e2e_stop
done_testing
