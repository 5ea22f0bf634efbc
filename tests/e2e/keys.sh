#!/bin/sh
# keys.sh - keys as tig, less and htop users expect them, end to end:
# Ctrl-L repaints, / searches the pagers, the picker, Esc on home, the rating's ?.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/lib.sh"
trap 'e2e_stop; rm -rf "$TMP"' EXIT
plan 8

D="$TMP/data"
mkdir -m 700 -p "$D"
: >"$D/notice-seen"
for d in 3 2 1; do
	"$LIMBER" --data "$D" log --back 3 --leg $((d + 2)) --symptoms tingling \
		--at "$(date -d "-$d days" '+%Y-%m-%d') 08:00" >/dev/null
done
L="$LIMBER --data '$D'"

# garble TEXT: writes TEXT onto the terminal behind limber's back (as a stray
# message from another program would), at row 5.
garble() {
	_tty=$("$TMUX_BIN" -L "$E2E_SOCK" display -p -t t '#{pane_tty}')
	printf '\033[5;3H%s' "$1" >"$_tty"
}

# repaints SCREEN-NAME: garbles the screen, presses Ctrl-L, expects it clean.
repaints() {
	garble "XXGARBLEXX"
	e2e_wait "XXGARBLEXX" 3 >/dev/null
	e2e_keys C-l
	if e2e_gone "XXGARBLEXX" 3; then ok "Ctrl-L repaints $1"; else
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

done_testing
