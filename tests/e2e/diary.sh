#!/bin/sh
# SPDX-License-Identifier: ISC
# diary.sh - the diary entry form (limber log without options), end to end, in a real terminal.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/lib.sh"
plan 64
# The list's days and times below are fixed; tmux hands TZ on to what it runs.
export TZ=UTC

D="$TMP/data"
LOG="$LIMBER --data '$D' log"
entries() { "$LIMBER" --data "$D" export | tr -d '\r' | grep -c '^entry,'; }
last_entry() { "$LIMBER" --data "$D" export | tr -d '\r' | grep '^entry,' | tail -n 1; }

# 1. An entry made in the form: two ratings, a place, a symptom, a note in UTF-8.
e2e_start 80 24 "$LOG"
check "limber log on a terminal opens the form" e2e_wait "How do you feel?"
check "with the key line" e2e_wait "Tab next · Shift-Tab back · Space toggle · 0-9 rate · Enter save · Esc cancel"
check "and the red-flag question asked directly" e2e_wait "Do you have any of these now?"
e2e_keys 4 Tab
e2e_keys 6
check "a digit rates, Tab moves on" e2e_wait "Leg pain      0  1  2  3  4  5 [6]"
e2e_keys Tab Space Tab Down Space Tab Tab Tab Tab
e2e_keys -l "worse after the drive – café ✓"
check "the note shows as typed, UTF-8 and all" e2e_wait "worse after the drive – café ✓"
e2e_keys C-s
e2e_finish
[ "$E2E_STATUS" = 0 ] && ok "Enter saves and exits 0" || not_ok "exit status $E2E_STATUS"
check "the logged line is printed once the terminal is back" e2e_wait "logged entry 1: "
out=$("$LIMBER" --data "$D" diary)
printf '%s' "$out" | grep -q '^1 .*   4    6  lower back; tingling; “worse after the drive' && ok "limber diary shows the entry" || { not_ok "diary"; diag "$out"; }
row=$(last_entry)
printf '%s' "$row" | grep -q '^entry,[^,]*,[^,]*,4,6,"\{0,1\}lower-back"\{0,1\},"\{0,1\}tingling"\{0,1\},,,,"\{0,1\}worse after the drive – café ✓"\{0,1\},,' && ok "the export holds the same values" || { not_ok "export row"; diag "$row"; }

# 2. Esc: with nothing changed it leaves at once; with a change it asks first.
e2e_start 80 24 "$LOG"
e2e_wait "How do you feel?" >/dev/null
e2e_keys Escape
e2e_finish
[ "$E2E_STATUS" = 0 ] && ok "Esc on an untouched form leaves (exit 0)" || not_ok "exit status $E2E_STATUS"
e2e_start 80 24 "$LOG"
e2e_wait "How do you feel?" >/dev/null
e2e_keys 3
e2e_keys Escape
check "Esc after a change asks" e2e_wait "Discard this entry? y/n"
e2e_keys n
check "n goes back to the form" e2e_wait "Enter save · Esc cancel"
e2e_keys Escape
e2e_wait "Discard this entry? y/n" >/dev/null
e2e_keys y
e2e_finish
[ "$E2E_STATUS" = 0 ] && ok "y discards (exit 0)" || not_ok "exit status $E2E_STATUS"
check "and says nothing was logged" e2e_wait "nothing logged"
[ "$(entries)" = 1 ] && ok "the discarded entry was not stored" || not_ok "entries: $(entries)"

# 3. An empty form is not saved; it says so.
e2e_start 80 24 "$LOG"
e2e_wait "How do you feel?" >/dev/null
e2e_keys Enter
check "Enter on an empty form says there is nothing to save" e2e_wait "Nothing to save yet"
e2e_keys ?
check "? shows the form's keys" e2e_wait "Keys in the entry form"
check "each with what it does" e2e_wait "Tab  Shift-Tab      next, previous"
e2e_keys G
check "the text lines' keys follow" e2e_wait "Ctrl-U              delete to the"
e2e_keys q
check "q goes back to the form" e2e_wait "How do you feel?"
e2e_keys Escape
e2e_finish

# 4. A red flag: the urgent message full screen, then the entry is stored with the flag.
e2e_start 80 24 "$LOG"
e2e_wait "How do you feel?" >/dev/null
e2e_keys 5 BTab BTab
check "Shift-Tab wraps round to the question" e2e_wait "y yes · n no"
e2e_keys y
check "yes shows the flags to tick" e2e_wait "[ ] numbness around the genitals or bottom"
e2e_keys Down Space
e2e_keys Enter
check "a ticked flag shows the urgent-care message" e2e_wait "emergency services now"
check "with what was ticked" e2e_wait "! sciatica in both legs"
e2e_gone "How do you feel?" 1 && ok "full screen: the form is gone" || not_ok "the form still shows"
[ "$(entries)" = 1 ] && ok "nothing is stored before a key" || not_ok "stored early: $(entries)"
check "then it asks for Enter" e2e_wait "Enter  I understand, save the entry"
e2e_keys Enter
e2e_finish
[ "$E2E_STATUS" = 0 ] && ok "the flagged entry exits 0" || not_ok "exit status $E2E_STATUS"
e2e_has_entry "$D" '^entry,[^,]*,[^,]*,5,,.*,"\{0,1\}both-legs"\{0,1\},[^,]*,[^,]*,' && ok "it is stored with the flag" || { not_ok "flag row"; diag "$(last_entry)"; }
check "the urgent message stays in the terminal after it" e2e_wait "!! Contact emergency services now"

# 5. Medication completes from earlier entries; Right takes the suggestion.
"$LIMBER" --data "$D" log --meds "ibuprofen 200mg" >/dev/null
e2e_start 80 24 "$LOG"
e2e_wait "How do you feel?" >/dev/null
e2e_keys Tab Tab Tab Tab Tab Tab i
check "the earlier medication is suggested" e2e_wait "Medication ibuprofen 200mg"
e2e_keys Right Enter
e2e_finish
e2e_has_entry "$D" '^entry,[^,]*,[^,]*,,,,,,,"\{0,1\}ibuprofen 200mg"\{0,1\},' && ok "Right took it whole" || { not_ok "meds row"; diag "$(last_entry)"; }

# 6. Small terminals: 40x12 is too small, 40x14 fits, and resizing redraws.
e2e_start 40 12 "$LOG"
check "40x12 says the terminal is too small" e2e_wait "window too small (need 40x14)"
e2e_resize 40 14
check "40x14 shows the form" e2e_wait "How do you feel?"
check "with a key line that fits" e2e_wait "Tab next · 0-9 rate · Enter save · Esc"
e2e_keys Escape
e2e_finish

# 7. SIGTERM: the terminal is restored, nothing half-typed is stored, status 143.
n_before=$(entries)
e2e_start 80 24 "stty -g >'$TMP/stty-before'; $LOG; echo \$? >'$TMP/log-status'; stty -g >'$TMP/stty-after'"
e2e_wait "How do you feel?" >/dev/null
e2e_keys 7
pid=$(pgrep -n -f "limber --data $D log")
[ -n "$pid" ] && kill -TERM "$pid"
e2e_finish
[ "$(cat "$TMP/log-status" 2>/dev/null)" = 143 ] && ok "SIGTERM ends with status 143" || not_ok "status $(cat "$TMP/log-status" 2>/dev/null)"
cmp -s "$TMP/stty-before" "$TMP/stty-after" && ok "stty settings are the same before and after" || not_ok "terminal not restored"
[ "$(entries)" = "$n_before" ] && ok "the unsaved form was not stored" || not_ok "entries $n_before -> $(entries)"

# 8. Without a terminal, limber log with no options is still a usage error.
run "$LIMBER" --data "$D" log </dev/null
expect_rc 2 "log without options in a pipe"

# 9. The diary list, opened from the home screen with d: newest first, days apart, edit, delete.
L="$TMP/list"
"$LIMBER" --data "$L" log --at "2024-03-04 08:00" --back 2 --leg 3 --where calf-left >/dev/null
"$LIMBER" --data "$L" log --at "2024-03-05 09:15" --back 6 --leg 7 --flag saddle-numbness >/dev/null 2>&1
"$LIMBER" --data "$L" log --back 1 --note "today's" >/dev/null
cat >"$TMP/sessions.csv" <<'CSV'
type,uid,time,back,leg,where,symptoms,sitting,sleep,meds,note,red_flags,created,updated,routine,title,ended,steps_done,steps_skipped,steps_total,before_back,before_leg,after_back,after_leg,complete,speed
session,e2e00000000000000000000000000001,2024-03-05T07:00:00+00:00,,,,,,,,,,,,sciatica-morning,"Morning sciatica relief",2024-03-05T07:12:00+00:00,7,0,7,4,6,3,5,1,1
session,e2e00000000000000000000000000002,2024-03-04T18:00:00+00:00,,,,,,,,,,,,glute-piriformis,"Glute & piriformis",2024-03-04T18:03:00+00:00,2,1,6,,,,,0,10
CSV
"$LIMBER" --data "$L" import "$TMP/sessions.csv" >/dev/null
e2e_start 80 24 "$LIMBER --data '$L'"
e2e_wait "I understand" >/dev/null && e2e_keys q
e2e_wait "d diary" >/dev/null
e2e_keys d
check "d on the home screen opens the diary" e2e_wait "3 entries · 2 sessions"
check "today's entry says Today" e2e_wait "Today"
screen=$(e2e_screen)
printf '%s\n' "$screen" | grep -q '^ 05 Mar 2024 09:15     6     7 RED FLAG: numbness around the genitals or bottom' && ok "a day starts with its date; red flags in words" || { not_ok "flag row"; diag "$screen"; }
printf '%s\n' "$screen" | grep -q '^             07:00   4→3   6→5 session: Morning sciatica relief, 12 min, compl' && ok "a session: pain before and after, later rows of the day without the date" || { not_ok "session row"; diag "$screen"; }
printf '%s\n' "$screen" | grep -q 'preview: Glute & piriformis, 3 min, partial' && ok "a session at another speed says preview" || { not_ok "preview row"; diag "$screen"; }
order=$(printf '%s\n' "$screen" | grep -o 'Today\|RED FLAG\|Morning\|preview\|left calf' | tr '\n' ' ')
[ "$order" = "Today RED FLAG Morning preview left calf " ] && ok "newest first" || not_ok "order: $order"
e2e_keys j j e
check "sessions cannot be edited, and it says so" e2e_wait "Sessions cannot be edited"
e2e_keys G e
check "e on an entry opens the form to edit it" e2e_wait "Edit entry 1"
e2e_keys 5 Enter
check "saving goes back to the list" e2e_wait "Saved entry 1"
check "which shows the change" e2e_wait "09:15     6     7"
e2e_screen | grep -q '08:00     5     3 left calf' && ok "the edited row" || { not_ok "edited row"; diag "$(e2e_screen)"; }
e2e_keys d
check "d asks before deleting" e2e_wait "Delete entry 1 (Mon 04 Mar 08:00)? y/n"
e2e_keys n
check "n keeps it" e2e_wait "Kept it"
e2e_keys d y
check "y deletes it" e2e_wait "Deleted entry 1"
check "and the count follows" e2e_wait "2 entries · 2 sessions"
e2e_keys ?
check "? shows the keys" e2e_wait "Keys in the diary"
check "the diary's own, made from the key table" e2e_wait "d  Delete        delete the entry or"
check "and the moves it shares with the pager" e2e_wait "g  G  Home  End  top and bottom"
e2e_keys q
check "q closes them" e2e_wait "Enter view · e edit · / search · d delete"
e2e_resize 40 10
check "40x10 fits a narrower list" e2e_wait "DAY       TIME  B/L   DETAILS"
e2e_resize 39 10
check "39x10 is too small" e2e_wait "window too small (need 40x10)"
e2e_resize 80 24
e2e_keys q
check "q goes back home" e2e_wait "d diary"
e2e_keys q
e2e_finish
[ "$E2E_STATUS" = 0 ] && ok "and home quits with 0" || not_ok "exit status $E2E_STATUS"
"$LIMBER" --data "$L" diary | grep -q "left calf" && not_ok "entry 1 is still stored" || ok "the deleted entry is gone from the store"
"$LIMBER" --data "$L" diary | grep -q "^2 .*   6    7  RED FLAG" && ok "the others are kept" || not_ok "entry 2 missing"

done_testing
