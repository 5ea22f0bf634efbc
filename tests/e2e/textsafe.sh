#!/bin/sh
# SPDX-License-Identifier: ISC
# textsafe.sh - what a diary holds is shown on the screens, never obeyed (issue 14).
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/lib.sh"
plan 5

D="$TMP/data"
L="$LIMBER --data '$D'"
"$LIMBER" --data "$D" log --back 2 --leg 3 --note "placeholder" >/dev/null
touch "$D/notice-seen"
# A diary written before import checked titles, or edited by hand.
sqlite3 "$D/diary.db" \
	"UPDATE entry SET note = 'see' || char(27) || ']0;PWNED' || char(7) || ' this' || char(27) || '[2J';" \
	"INSERT INTO session (uid, routine, title, started, ended, tz, steps_done, steps_skipped, steps_total, complete, speed) VALUES ('$(printf '%032x' 7)', 'quick-five', 'Quick' || char(27) || '[31m red', strftime('%s','now') - 600, strftime('%s','now') - 60, 0, 1, 0, 1, 1, 1);"

e2e_start 80 24 "$L"
check "the home screen shows a stored escape as text" e2e_wait 'Quick\x1b[31m red'
e2e_keys d
check "the diary list shows the note's escapes as text" e2e_wait 'see\x1b]0;PWNED\x07 this'
title=$("$TMUX_BIN" -L "$E2E_SOCK" display -p -t t '#{pane_title}')
case "$title" in *PWNED*) not_ok "the note renamed the window: $title" ;;
*) ok "the window title is untouched" ;; esac
check "the screen was not cleared by it" e2e_wait "Diary"
e2e_keys q q
e2e_finish
check "limber quits normally" [ "$E2E_STATUS" = 0 ]
done_testing
