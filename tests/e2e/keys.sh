#!/bin/sh
# SPDX-License-Identifier: ISC
# keys.sh - keys as tig, less and htop users expect them, end to end:
# Ctrl-L repaints, / searches the pagers, the picker, Esc on home, the rating's ?.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/lib.sh"
plan 38

D="$TMP/data"
mkdir -m 700 -p "$D"
: >"$D/notice-seen"
for d in 3 2 1; do
	"$LIMBER" --data "$D" log --back 3 --leg $((d + 2)) --symptoms tingling \
		--at "$(date -d "-$d days" '+%Y-%m-%d') 08:00" >/dev/null
done
L="$LIMBER --data '$D'"

# garble TEXT: writes TEXT onto the terminal behind limber's back (as a stray
# message from another program would), on the key line after its keys, where
# no screen paints by itself.
garble() {
	_tty=$("$TMUX_BIN" -L "$E2E_SOCK" display -p -t t '#{pane_tty}')
	printf '\033[24;70H%s' "$1" >"$_tty"
}

# repaints SCREEN-NAME: garbles the screen, presses Ctrl-L, expects it clean.
repaints() {
	garble "XXGARBXX"
	e2e_wait "XXGARBXX" 3 >/dev/null
	e2e_keys C-l
	if e2e_gone "XXGARBXX" 3; then ok "Ctrl-L repaints $1"; else
		not_ok "Ctrl-L leaves $1 garbled"; diag "$(e2e_screen)"; fi
}

# ---- Ctrl-L on every kind of screen ----
e2e_start 80 24 "$L"
e2e_wait "s session" >/dev/null
repaints "the home screen"
e2e_keys ?
e2e_wait "Keys on the home screen" >/dev/null
repaints "a pager (the help)"
check "the help lists Ctrl-L" e2e_wait "Ctrl-L"
e2e_keys q
e2e_wait "s session" >/dev/null
e2e_keys s
e2e_wait "Choose a routine" >/dev/null
repaints "the picker"
e2e_keys Escape
e2e_wait "s session" >/dev/null
e2e_keys t
e2e_wait "Trends" >/dev/null
repaints "the trends"
e2e_keys q
e2e_stop

e2e_start 80 24 "$L run quick-five --speed 10"
e2e_wait "how is your pain" >/dev/null
repaints "the rating"
e2e_keys Enter Enter
e2e_wait "step 1 of" >/dev/null
repaints "the session player"
e2e_keys ?
check "the session's help lists Ctrl-L" e2e_wait "Ctrl-L"
e2e_stop

# ---- / searches every pager, as in less ----
# body_line N: the screen's line N (1-based).
body_line() { e2e_screen | sed -n "${1}p"; }
# line_has N TEXT: the screen's line N holds TEXT.
line_has() { body_line "$1" | grep -qiF -- "$2"; }
e2e_start 80 24 "$L"
e2e_wait "s session" >/dev/null
e2e_keys r
e2e_wait "Choose a routine" >/dev/null
e2e_keys -l core
e2e_keys Enter
e2e_wait "Pelvic tilt" >/dev/null
e2e_keys /
e2e_gone "j/k scroll" 3
[ "$(e2e_screen | tail -n 1 | sed 's/ *$//')" = " /" ] && ok "/ opens a search line at the bottom" ||
	not_ok "no search line: $(e2e_screen | tail -n 1)"
e2e_keys -l "Knee rolls"
e2e_keys Enter
sleep 0.3
check "Enter scrolls to the match" line_has 3 "2  Knee rolls"
e2e_screen_escapes | sed -n 3p | grep -q "$(printf '\033')\[7mKnee rolls" &&
	ok "the match is shown in reverse video" || { not_ok "the match is not marked"; diag "$(e2e_screen_escapes | sed -n 3p | cat -v)"; }
e2e_keys /
e2e_keys -l "lie on your back"
e2e_keys Enter
sleep 0.3
a=$(body_line 3)
e2e_keys n
sleep 0.3
b=$(body_line 3)
e2e_keys N
sleep 0.3
c=$(body_line 3)
[ "$a" != "$b" ] && [ "$a" = "$c" ] && printf '%s\n%s' "$a" "$b" | grep -qi "lie on your back" &&
	ok "n goes to the next match, N back" || { not_ok "n/N: '$a' '$b' '$c'"; }
e2e_keys /
e2e_keys -l "zzzqqq"
e2e_keys Enter
check "a search that finds nothing says so" e2e_wait "Pattern not found"
e2e_keys j
check "and the key line comes back with the next key" e2e_wait "q back"
e2e_keys /
e2e_keys -l "q?"
sleep 0.3
e2e_screen | tail -n 1 | grep -q "/q?" && ok "q and ? are typed on the search line" ||
	not_ok "q or ? not typed: $(e2e_screen | tail -n 1)"
e2e_keys Escape
check "Esc cancels the search" e2e_wait "j/k scroll"
e2e_screen | grep -q "Choose a routine" && not_ok "Esc on the search line left the page" ||
	ok "and stays on the page"
e2e_stop

# The trends: its lines are searched too; its help is a clean page with every key.
e2e_start 80 24 "$L"
e2e_wait "s session" >/dev/null
e2e_keys t
e2e_wait "Trends" >/dev/null
e2e_keys /
e2e_keys -l "symptom"
e2e_keys Enter
sleep 0.3
body_line 3 | grep -q "^ week .*symptom" && ok "/ searches the trends" ||
	{ not_ok "/ did not find the trends' table"; diag "$(e2e_screen)"; }
e2e_keys ?
e2e_wait "Keys" >/dev/null
help=$(e2e_screen)
for k in "Left  h" "Right  l" "w " "p " "/ " "n  N" "Ctrl-L" "q  Esc"; do
	printf '%s' "$help" | grep -qF -- "$k" || missing="${missing:-} '$k'"
done
[ -z "${missing:-}" ] && ok "the trends help lists every key" || { not_ok "the trends help lacks:$missing"; diag "$help"; }
printf '%s' "$help" | grep -q "┤\|┼\|avg/max" && { not_ok "the chart shows through the help"; diag "$help"; } ||
	ok "the trends help is drawn on a clean page"
e2e_keys q
check "q leaves the help for the trends" e2e_wait "avg/max"
e2e_stop

# ---- the picker: letters search, but ?, q and Esc keep their meaning ----
"$LIMBER" --data "$D" log --session nerve-glide --minutes 7 >/dev/null
e2e_start 80 24 "$L"
e2e_wait "s session" >/dev/null
e2e_keys s
e2e_wait "Choose a routine" >/dev/null
check "the picker starts on the suggested routine" line_has 13 "› Nerve glide"
line_has 16 "gentle nerve gliding." && ok "the summary wraps to the lines there are" ||
	{ not_ok "the summary is cut short"; diag "$(e2e_screen)"; }
e2e_screen | grep -q "hams *$\|hamstri *$" && { not_ok "areas cut mid-word"; diag "$(e2e_screen)"; } ||
	ok "areas are not cut mid-word"
e2e_screen | grep -q "Evening wind-down .*hips…" && ok "a cut list of areas ends with …" ||
	{ not_ok "no … on the cut areas"; diag "$(e2e_screen)"; }
e2e_keys -l "glu?"
check "? in the picker shows its keys" e2e_wait "Keys in the picker"
e2e_keys q
e2e_wait "Choose a routine" >/dev/null
check "? is not typed into the search" line_has 3 "Find: glu▏"
e2e_keys Escape
sleep 0.3
check "Esc clears the search" line_has 3 "Find: ▏"
e2e_keys -l "glq"
check "q types into the search (it is a letter)" e2e_wait "Find: glq"
e2e_keys Escape Escape
e2e_wait "s session" >/dev/null
e2e_stop
e2e_start 40 12 "$L run"
e2e_wait "Choose a routine" >/dev/null
check "at 40x12 the suggested routine is selected and shown" e2e_wait "› Nerve glide"
e2e_stop

# ---- Esc on the home screen does not quit; the rating has ?; the key line follows the state ----
e2e_start 80 24 "$L"
e2e_wait "s session" >/dev/null
e2e_keys Escape
sleep 0.5
e2e_screen | grep -q "s session" && ok "Esc on the home screen does not quit" ||
	not_ok "Esc quit limber"
e2e_keys q
e2e_finish
[ "$E2E_STATUS" = 0 ] && ok "q quits" || not_ok "q: exit $E2E_STATUS"

e2e_start 80 24 "$L run quick-five --speed 10"
e2e_wait "how is your pain" >/dev/null
e2e_keys ?
check "? on the rating shows its keys" e2e_wait "Keys of the pain rating"
e2e_keys q
check "and q goes back to the rating" e2e_wait "how is your pain"
e2e_keys Enter Enter
e2e_wait "step 1 of" >/dev/null
e2e_keys Space
check "paused, the key line offers space to resume" e2e_wait "space resume"
e2e_keys Space
check "running again, space to pause" e2e_wait "space pause"
e2e_stop

# ---- help screens use the window's width: nothing cut at 40 columns ----
e2e_start 80 24 "$L"
e2e_wait "s session" >/dev/null
e2e_keys t
e2e_wait "Trends" >/dev/null
e2e_resize 40 12
sleep 0.5 # the help is laid out for the window it opens in
e2e_keys ?
e2e_wait "Keys" >/dev/null
check "at 40x12 the trends help wraps its lines, not cuts them" e2e_wait "a week further back"
e2e_keys G
check "and its last keys are there to scroll to" e2e_wait "cancel"
e2e_stop

done_testing
