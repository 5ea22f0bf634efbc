#!/bin/sh
# SPDX-License-Identifier: ISC
# notes.sh - notes and the diary, readable and searchable: the full view of an
# entry, / in the diary list, limber diary --full and --grep; in the form,
# Enter in the note is a line break, Ctrl-S and F10 save, a form without pain
# asks first, and numbers out of range are refused, never cut.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/lib.sh"
plan 35

D="$TMP/data"
mkdir -m 700 -p "$D"
: >"$D/notice-seen"
LOG="$LIMBER --data '$D' log"
last_entry() { "$LIMBER" --data "$D" export | tr -d '\r' | grep '^entry,' | tail -n 1; }
entries() { "$LIMBER" --data "$D" export | tr -d '\r' | grep -c '^entry,'; }

long="the pain started after the long drive to the coast, eased with walking, came back at night"
"$LIMBER" --data "$D" log --at "$(date -d '-3 days' '+%Y-%m-%d') 08:00" --back 4 --leg 2 \
	--where calf-left --symptoms burning --meds "naproxen 250" \
	--note "$(printf '%s\nsecond line of it\nTHE LAST LINE' "$long")" >/dev/null
"$LIMBER" --data "$D" log --at "$(date -d '-2 days' '+%Y-%m-%d') 08:00" --back 3 --note "plain day" >/dev/null
"$LIMBER" --data "$D" log --at "$(date -d '-1 days' '+%Y-%m-%d') 08:00" --back 2 --leg 1 \
	--symptoms tingling --note "tingling in the drive home" >/dev/null
"$LIMBER" --data "$D" log --session quick-five --at "$(date -d '-1 days' '+%Y-%m-%d') 18:00" >/dev/null

# ---- limber diary --full and --grep ----
run "$LIMBER" --data "$D" diary
printf '%s' "$OUT" | grep -q "THE LAST LINE" && not_ok "the table already shows the whole note" || ok "the table cuts the long note"
run "$LIMBER" --data "$D" diary --full
printf '%s' "$OUT" | grep -q "THE LAST LINE" && ok "--full prints the whole note" || { not_ok "--full cut it"; diag "$OUT"; }
printf '%s' "$OUT" | grep -q "^ *second line of it$" && ok "with its line breaks" || { not_ok "line breaks lost"; diag "$OUT"; }
run "$LIMBER" --data "$D" diary --grep DRIVE
[ "$(printf '%s\n' "$OUT" | grep -c '^[0-9s]')" = 2 ] && ok "--grep finds the two notes, case ignored" || { not_ok "--grep DRIVE"; diag "$OUT"; }
run "$LIMBER" --data "$D" diary --grep naproxen
printf '%s' "$OUT" | grep -q "naproxen" && [ "$(printf '%s\n' "$OUT" | grep -c '^[0-9s]')" = 1 ] && ok "--grep finds medication" || { not_ok "--grep meds"; diag "$OUT"; }
run "$LIMBER" --data "$D" diary --grep "left calf"
[ "$(printf '%s\n' "$OUT" | grep -c '^[0-9s]')" = 1 ] && ok "--grep finds places" || { not_ok "--grep places"; diag "$OUT"; }
run "$LIMBER" --data "$D" diary --grep "quick routine"
printf '%s' "$OUT" | grep -q "^s1 " && ok "--grep finds routine titles" || { not_ok "--grep routine"; diag "$OUT"; }
run "$LIMBER" --data "$D" diary --grep nothing-like-it
printf '%s' "$OUT" | grep -q 'nothing holds "nothing-like-it"' && [ "$RC" = 0 ] && ok "no match says so" || { not_ok "no match: $RC"; diag "$OUT"; }
run "$LIMBER" --data "$D" diary --grep x --format json
[ "$RC" = 2 ] && printf '%s' "$ERR" | grep -q -- "--grep is for the table" && ok "--grep with json: exit 2, says why" || not_ok "--grep json: $RC $ERR"

# ---- the diary screen: the full view, / n N ----
e2e_start 80 24 "$LIMBER --data '$D'"
e2e_wait "d diary" >/dev/null
e2e_keys d
e2e_wait "Diary" >/dev/null
e2e_keys G Enter
check "Enter shows the entry whole" e2e_wait "THE LAST LINE"
check "every field" e2e_wait "Medication  naproxen 250"
check "unset ones too" e2e_wait "Sleep       not given"
check "the note wrapped" e2e_wait "came back at night"
e2e_keys e
check "e there edits it" e2e_wait "Edit entry 1"
e2e_keys Escape
e2e_wait "Diary" >/dev/null
e2e_keys g v
check "v shows the selected one whole too (a session)" e2e_wait "Routine id  quick-five"
e2e_keys q
e2e_wait "Diary" >/dev/null
e2e_keys / d r i v e Enter
check "/ finds the newest match" e2e_wait "/drive: 1 of 2"
e2e_keys n
check "n the next, older one" e2e_wait "/drive: 2 of 2"
e2e_screen | grep -q "^ *entry 1 (" && ok "and selects it" || { not_ok "selection"; diag "$(e2e_screen)"; }
e2e_keys n
check "past the last, it says so" e2e_wait "no older match"
e2e_keys N
check "N goes back" e2e_wait "/drive: 1 of 2"
e2e_keys / b u r n Enter
check "/ finds symptoms" e2e_wait "/burn: 1 of 1"
e2e_keys g / f i v e Enter
check "/ finds routine titles" e2e_wait "/five: 1 of 1"
e2e_stop

# ---- the form: Enter in the note, Ctrl-S, F10, no pain, ranges ----
e2e_start 80 24 "$LOG"
e2e_wait "How do you feel?" >/dev/null
e2e_keys 3 Tab Tab Tab Tab Tab Tab Tab
e2e_wait "›Note" >/dev/null
e2e_keys -l "one"
e2e_keys Enter
e2e_keys -l "two"
check "Enter in the note is a line break" e2e_wait "one↵two"
check "and the key line says how to save" e2e_wait "Ctrl-S or F10 save"
e2e_keys BTab BTab BTab BTab BTab BTab BTab
e2e_keys C-s
e2e_finish
[ "$E2E_STATUS" = 0 ] && ok "Ctrl-S saves from the back pain" || not_ok "exit status $E2E_STATUS"
"$LIMBER" --data "$D" export --format json | tr -d ' ' | grep -qF '"note":"one\ntwo"' && ok "the note kept its line break" || not_ok "note: $(last_entry)"

e2e_start 80 24 "$LOG"
e2e_wait "How do you feel?" >/dev/null
e2e_keys 2 F10
e2e_finish
[ "$E2E_STATUS" = 0 ] && e2e_has_entry "$D" '^entry,[^,]*,[^,]*,2,,' && ok "F10 saves" || not_ok "F10: $E2E_STATUS $(last_entry)"

n=$(entries)
e2e_start 80 24 "$LOG"
e2e_wait "How do you feel?" >/dev/null
e2e_keys Tab Tab Tab Tab Tab Tab Tab
e2e_keys -l "only a note"
e2e_keys C-s
check "no pain rated: it asks" e2e_wait "Save without pain ratings? y/n"
e2e_keys n
check "n goes back to rate it" e2e_wait "Not saved yet: rate the back and leg pain"
[ "$(entries)" = "$n" ] && ok "nothing stored on n" || not_ok "stored on n"
e2e_keys C-s
e2e_wait "Save without pain ratings?" >/dev/null
e2e_keys y
e2e_finish
[ "$E2E_STATUS" = 0 ] && e2e_has_entry "$D" "only a note" && ok "y saves it" || not_ok "y: $E2E_STATUS"

e2e_start 80 24 "$LOG"
e2e_wait "How do you feel?" >/dev/null
e2e_keys 4 Tab Tab Tab Tab Tab 1 2
check "sleep 12 is refused with a message" e2e_wait "must be 0..10: 12 refused"
e2e_screen | grep -q "Sleep  2/10\|Sleep 2/10" && not_ok "sleep 12 became 2" || ok "and not cut to 2"
e2e_keys BTab
e2e_keys 2 0 0 0
check "sitting 2000 is refused with a message" e2e_wait "must be 0..1440 minutes: 2000 refused"
e2e_keys Enter
e2e_finish
e2e_has_entry "$D" '^entry,[^,]*,[^,]*,4,,,,,,' && ok "neither 2 nor 200 is stored" || { not_ok "stored"; diag "$(last_entry)"; }
done_testing
