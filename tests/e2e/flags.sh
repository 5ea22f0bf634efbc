#!/bin/sh
# SPDX-License-Identifier: ISC
# flags.sh - the form asks about red flags now and offers the GP list; a red flag stays open
# (urgent line, sessions gated) until a check-in answers "none"; GP flags never gate.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/lib.sh"
plan 23

D="$TMP/data"
mkdir -m 700 -p "$D"
touch "$D/notice-seen"
L="$LIMBER --data '$D'"
last_entry() { "$LIMBER" --data "$D" export | tr -d '\r' | grep '^entry,' | tail -n 1; }

# 1. The form: the question is about now, every NHS item is listed, unanswered until y or n.
e2e_start 80 24 "$L log"
e2e_wait "How do you feel?" >/dev/null
e2e_keys 3 BTab BTab
check "the red-flag question asks about now" e2e_wait "Do you have any of these now?"
check "unanswered until y or n" e2e_wait "[ ? ]"
check "sexual problems are on the list" e2e_wait "new loss of sexual function or of feeling during sex"
check "and weakness or numbness in the legs" e2e_wait "weakness or numbness in the legs, getting worse"
check "the key line says how to answer" e2e_wait "y yes · n no"
e2e_keys n
check "n answers no" e2e_wait "[ no ]"
e2e_keys Tab
check "then the optional GP list" e2e_wait "Not urgent, but any of these? (optional: see a GP soon)"
e2e_keys Down Down Space
check "a GP flag is ticked with Space" e2e_wait "[x] pain worse at night, or not eased by rest"
e2e_keys Enter
e2e_finish
check "a GP flag saves without the urgent screen" [ "$E2E_STATUS" = 0 ]
e2e_has_entry "$D" ',3,,.*,,no,night-pain,' && ok "stored: none now, and the GP flag" ||
	{ not_ok "entry row"; diag "$(last_entry)"; }

# 2. GP flags are said on home, calmly, and never gate a session.
e2e_start 80 24 "$L"
check "home says to see a GP soon" e2e_wait "You noted pain worse at night"
e2e_keys Enter
check "Enter goes on to a session, no urgent screen" e2e_wait "Choose a routine"
e2e_keys Escape
e2e_wait "d diary" >/dev/null
e2e_keys q
e2e_finish

# 3. A red flag stays open across an entry that leaves the question unanswered.
"$LIMBER" --data "$D" log --leg 5 --flag bladder >/dev/null 2>&1
"$LIMBER" --data "$D" log --leg 4 >/dev/null 2>&1
e2e_start 80 24 "$L"
check "home keeps the urgent line" e2e_wait "Red flag: new trouble starting or controlling peeing"
check "until a check-in answers none" e2e_wait '"none of these now".'
check "and suggests no session" e2e_wait "no session: a red flag is still open"
e2e_keys Enter
check "Enter shows the urgent screen first" e2e_wait "URGENT: these can be signs"
sleep 1
e2e_keys Escape
e2e_wait "d diary" >/dev/null
# 4. Answered in the form with none ticked: the flag is closed.
e2e_keys l
e2e_wait "How do you feel?" >/dev/null
e2e_keys BTab BTab n Enter
e2e_wait "Save without pain ratings?" >/dev/null
e2e_keys y
check "the home line goes once answered none" e2e_gone "Red flag:"
check "and sessions are suggested again" e2e_gone "no session: a red flag"
e2e_keys q
e2e_finish
run "$LIMBER" --data "$D" trends --format json
expect_in OUT '"red_flag_open": null' "trends --format json: no open red flag"

# 5. From the shell: --flag none closes it too; the JSON lists it until then.
"$LIMBER" --data "$D" log --flag saddle-numbness,sexual >/dev/null 2>&1
run "$LIMBER" --data "$D" trends --format json
expect_in OUT '"saddle-numbness",' "red_flag_open names the flags"
expect_in OUT "\"since\": \"$(date +%Y-%m-%d)\"" "and the date first ticked"
run "$LIMBER" --data "$D" log --flag none
expect_in OUT "no red flags now" "log --flag none answers the question"
run "$LIMBER" --data "$D" trends --format json
expect_in OUT '"red_flag_open": null' "and closes the red flag"
done_testing
