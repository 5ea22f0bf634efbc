#!/bin/sh
# SPDX-License-Identifier: ISC
# form.sh - the entry form's keys: ratings that stay put, pasting into the note, the red flag.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/lib.sh"
plan 30
export TZ=UTC

D="$TMP/data"
LOG="$LIMBER --data '$D' log"
last_entry() { "$LIMBER" --data "$D" export | tr -d '\r' | grep '^entry,' | tail -n 1; }
# The line of a scale on the screen.
scale() { e2e_screen | grep "^.$1 pain"; }

# 1. A digit rates the scale the cursor is on, and the cursor stays there.
e2e_start 80 24 "$LOG"
e2e_wait "How do you feel?" >/dev/null
e2e_keys 4
e2e_wait "[4]" >/dev/null
e2e_keys 6
check "a second digit on Back pain changes it" e2e_wait "Back pain     0  1  2  3  4  5 [6]"
scale Leg | grep -qF '[' && not_ok "Leg pain was rated too: $(scale Leg)" || ok "Leg pain is untouched"
e2e_keys Tab 1 0
check "1 then 0 rates 10" e2e_wait "Leg pain      0  1  2  3  4  5  6  7  8  9 [10]"
e2e_keys 1 5
check "1 then 5 at once is 15: refused, never cut to 5" e2e_wait "must be 0..10: 15 refused"
e2e_keys 5
check "a digit after it rates" e2e_wait "Leg pain      0  1  2  3  4 [5]"
e2e_keys 1
e2e_wait "Leg pain      0 [1]" >/dev/null
sleep 1.5
e2e_keys 0
check "1, a pause, then 0 rates 0" e2e_wait "Leg pain     [0] 1"
check "the ends of the pain scales are named" e2e_wait "none            worst imaginable"
e2e_keys Tab Tab Tab Tab 1 0
check "sleep takes 1 then 0 as 10" e2e_wait "Sleep 10/10"
check "and names its ends" e2e_wait "0 very poor … 10 very good"
e2e_keys Enter
e2e_finish
[ "$E2E_STATUS" = 0 ] && ok "Enter saves" || not_ok "exit status $E2E_STATUS"
e2e_has_entry "$D" '^entry,[^,]*,[^,]*,6,0,,,,10,' && ok "stored: back 6, leg 0, sleep 10" || { not_ok "row"; diag "$(last_entry)"; }

# At 40 columns the ends still show under the scales.
e2e_start 40 14 "$LOG"
check "40x14: the ends of the scales" e2e_wait "none            worst imaginable"
e2e_keys 3
check "40x14: a digit rates Back" e2e_wait "›Back  0  1  2 [3]"
e2e_keys Escape y
e2e_finish

# 2. Pasting: a bracketed paste of several lines into the note keeps them all.
e2e_paste() {
	"$TMUX_BIN" -L "$E2E_SOCK" set-buffer -- "$1"
	"$TMUX_BIN" -L "$E2E_SOCK" paste-buffer -p -t t
}
AFTER="read -t 1 x; echo \"after:[\$x]\""
e2e_start 80 24 "$LOG; $AFTER"
e2e_wait "How do you feel?" >/dev/null
e2e_keys 3 Tab Tab Tab Tab Tab Tab Tab
e2e_wait "›Note" >/dev/null
e2e_paste "$(printf 'first line\nsecond line\nthird – café')"
check "the pasted lines all show in the note" e2e_wait "first line↵second line↵third – café"
e2e_screen | grep -q "logged entry" && not_ok "the paste's line break saved the entry" || ok "a line break in a paste does not save"
e2e_keys C-s
e2e_finish
[ "$E2E_STATUS" = 0 ] && ok "Ctrl-S saves the pasted note" || not_ok "exit status $E2E_STATUS"
"$LIMBER" --data "$D" export --format json | tr -d ' ' | grep -qF '"note":"firstline\nsecondline\nthird–café"' &&
	ok "the note keeps its line breaks" || { not_ok "note"; diag "$("$LIMBER" --data "$D" export --format json | grep note)"; }

# A paste outside the text fields is ignored, whole: its q does not leave, nothing reaches the shell.
e2e_start 80 24 "$LOG; $AFTER"
e2e_wait "How do you feel?" >/dev/null
e2e_paste "$(printf 'q\necho LEAKED\n')"
check "a paste on a scale is not taken as keys" e2e_wait "Paste into the Note or the Medication"
e2e_keys q
e2e_finish
check "nothing pasted reaches the shell" e2e_wait "after:[]"
e2e_screen | grep -q "LEAKED" && not_ok "the paste leaked: $(e2e_screen | grep LEAKED)" || ok "no trace of the paste"
# Keys typed on as limber leaves are dropped, not run by the shell.
e2e_start 80 24 "$LOG; $AFTER"
e2e_wait "How do you feel?" >/dev/null
e2e_keys q 'echo TYPED' Enter
e2e_finish
check "keys typed on as it leaves do not reach the shell" e2e_wait "after:[]"
# A long note is cut with an ellipsis when it is not being typed.
e2e_start 80 24 "$LOG"
e2e_wait "How do you feel?" >/dev/null
e2e_keys BTab BTab BTab
e2e_keys -l "$(printf 'a long note %.0s' 1 2 3 4 5 6 7 8)"
e2e_keys Tab
check "a long note is cut with …" e2e_wait "a long note a long note a long note a long note a long note a long no…"
e2e_keys Escape y
e2e_finish

# 3. The urgent-care message after a red flag: only Enter saves; Esc or b go back to the question.
entries() { "$LIMBER" --data "$D" export | tr -d '\r' | grep -c '^entry,'; }
n0=$(entries)
e2e_start 80 24 "$LOG"
e2e_wait "How do you feel?" >/dev/null
e2e_keys 5 BTab BTab y Down Space Enter
check "a red flag shows the urgent-care message" e2e_wait "emergency services now"
check "which asks for a deliberate Enter" e2e_wait "Enter  I understand, save the entry · Esc  back to the question"
e2e_keys Space x n 1
sleep 0.3
e2e_screen | grep -q "emergency services now" && ok "any other key does nothing" || not_ok "another key left it"
[ "$(entries)" = "$n0" ] && ok "and stores nothing" || not_ok "stored by another key"
e2e_keys b
check "b goes back to the red-flag question" e2e_wait "›Do you have any of these now?"
e2e_keys n Enter
e2e_finish
[ "$E2E_STATUS" = 0 ] && ok "answering no, Enter saves without the message" || not_ok "exit status $E2E_STATUS"
e2e_has_entry "$D" '^entry,[^,]*,[^,]*,5,,.*,,[^,]*,[^,]*,*$' && ok "stored without a flag" || { not_ok "row"; diag "$(last_entry)"; }
e2e_start 40 14 "$LOG"
e2e_wait "How do you feel?" >/dev/null
e2e_keys 5 BTab BTab y Down Space Enter
check "40x14: the message's keys fit" e2e_wait "Enter save · Esc back"
e2e_keys Escape Escape y
e2e_finish
