#!/bin/sh
# SPDX-License-Identifier: ISC
# coach.sh - the home screen's suggestion with its reason, and red flags before any session.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/lib.sh"
plan 14

D="$TMP/data"
mkdir -m 700 -p "$D"
touch "$D/notice-seen"
L="$LIMBER --data '$D'"
# Ten quiet days, then a bad morning today.
for d in 10 9 8 7 6 5 4 3 2 1; do
	"$LIMBER" --data "$D" log --back 2 --leg 3 --at "$(date -d "-$d days" '+%Y-%m-%d') 08:00" >/dev/null
done
"$LIMBER" --data "$D" log --back 3 --leg 8 --at "$(date '+%Y-%m-%d') 00:00" >/dev/null

e2e_start 80 24 "$L"
check "a bad day suggests the gentle routine" e2e_wait "Gentle flare-up routine"
check "with its reason on the line under it" e2e_wait "leg pain 8 today"
check "the verdict of the weeks has a line" e2e_wait "Trend        leg pain not known yet"
e2e_keys q
e2e_finish
check "q quits" [ "$E2E_STATUS" = 0 ]

# A red flag a moment ago.
"$LIMBER" --data "$D" log --leg 6 --flag saddle-numbness >/dev/null 2>&1
e2e_start 80 24 "$L"
check "after a red flag there is no suggestion" e2e_wait "no session: a red flag is still open"
e2e_keys Enter
check "Enter shows the urgent message first" e2e_wait "URGENT: these can be signs"
sleep 1
e2e_keys x y Space 5
sleep 0.3
check "other keys do nothing" e2e_wait "Enter  I understand, go on"
e2e_keys Escape
check "Esc goes back home, no session" e2e_wait "no session: a red flag"
e2e_keys s
check "s too shows the message first" e2e_wait "URGENT: these can be signs"
sleep 1
e2e_keys Enter
check "Enter, deliberately, goes on to choose a routine" e2e_wait "Choose a routine"
e2e_keys Escape q
e2e_finish
check "nothing was recorded" sh -c "! $L diary | grep -q 'session'"

# limber run asks too.
e2e_start 80 24 "$L run quick-five"
check "limber run shows the message before the session" e2e_wait "URGENT: these can be signs"
sleep 1
e2e_keys q
e2e_finish
check "q leaves without a session (exit 0)" [ "$E2E_STATUS" = 0 ]
check "and records nothing" sh -c "! $L diary | grep -q 'Five-minute'"
done_testing
