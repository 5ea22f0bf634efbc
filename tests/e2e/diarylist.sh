#!/bin/sh
# SPDX-License-Identifier: ISC
# diarylist.sh - the diary list's own keys: a session done away, an empty list, notes alone.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/lib.sh"
plan 18
export TZ=UTC

D="$TMP/data"
R="$TMP/routines"
mkdir -p "$R" "$D"
touch "$D/notice-seen"
cat >"$R/test.conf" <<'CONF'
exercise "e2e-hold" {
    title = "Test hold"
    area = {core}
    hold = 30
    reps = 2
}
routine "e2e-tiny" {
    title = "Tiny test routine"
    step "e2e-hold" {}
}
CONF
L="$LIMBER --data '$D' --routines '$R'"
sessions() { "$LIMBER" --data "$D" export | tr -d '\r' | grep '^session,'; }
# column NAME: the export's column of that name, counted from 1.
column() { "$LIMBER" --data "$D" export | head -n 1 | tr -d '\r' | tr ',' '\n' | grep -nx "$1" | cut -d: -f1; }

# 1. An empty list offers what can be done in it, and not Enter or d.
e2e_start 80 24 "$L"
e2e_wait "s session" >/dev/null
e2e_keys d
check "an empty diary says so" e2e_wait "Nothing here yet"
check "its key line offers a to add a session" e2e_wait "a add a session done away from the screen"
e2e_screen | grep -q "Enter edit" && not_ok "an empty list offers Enter" || ok "and not Enter or d"
e2e_keys d
sleep 0.3
e2e_screen | grep -q "Delete" && not_ok "d asks to delete nothing" || ok "d does nothing there"

# 2. a: a session done away from the screen, as limber log --session records it.
e2e_keys a
check "a opens the picker" e2e_wait "Core stability"
e2e_keys t i n y
e2e_wait "Tiny test routine" >/dev/null
e2e_keys Enter
check "then asks the minutes, the planned time first" e2e_wait "planned time; type to change"
e2e_keys 2 5 Enter
check "then the pain before" e2e_wait "Before it: how is your pain?"
e2e_keys 4 6
check "then after" e2e_wait "After it: how is your pain?"
e2e_keys 3 4
check "then where leg symptoms went" e2e_wait "Leg symptoms now:"
e2e_keys s
check "the list shows it, selected" e2e_wait "›Today"
check "with its pain before and after" e2e_wait "4→3   6→4 session: Tiny test routine, 25 min, complete"
check "and says it was added" e2e_wait "Added session s1: Tiny test routine, 25 min, complete"
row=$(sessions)
printf '%s' "$row" | grep -q '^session,.*,"\{0,1\}e2e-tiny"\{0,1\},"\{0,1\}Tiny test routine"\{0,1\},[^,]*,1,0,1,4,6,3,4,same,1,1,1$' &&
	ok "stored complete, in real time, logged afterwards, with the ratings" || { not_ok "session row"; diag "$row"; }
started=$(printf '%s' "$row" | cut -d, -f"$(column time)") ended=$(printf '%s' "$row" | cut -d, -f"$(column ended)")
[ $(( $(date -d "$ended" +%s) - $(date -d "$started" +%s) )) = 1500 ] && ok "25 minutes long" || not_ok "from $started to $ended"
e2e_keys q q
e2e_finish

# 3. A note alone shows its start on the home screen and in the list; days are named alike.
"$LIMBER" --data "$D" log --note "$(printf 'Long day at the office, sat for hours in meetings\nand then drove home through traffic for ninety minutes')" >/dev/null
"$LIMBER" --data "$D" log --note "walked the dog" --at "$(date -d yesterday '+%Y-%m-%d') 09:00" >/dev/null
e2e_start 80 24 "$L"
check "home: today's lines say Today" e2e_wait "Today      $(date +%H):"
e2e_screen | grep -q "“Long day at the office, sat for hours in meetings and th…" && ok "home: the note's start, cut with …" || { not_ok "home note"; diag "$(e2e_screen)"; }
check "home: yesterday is Yesterday, as in the list" e2e_wait "Yesterday  09:00  “walked the dog”"
e2e_keys d
check "the list shows the same" e2e_wait "Yesterday   09:00             “walked the dog”"
e2e_keys q q
e2e_finish
