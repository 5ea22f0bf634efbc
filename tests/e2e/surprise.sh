#!/bin/sh
# SPDX-License-Identifier: ISC
# surprise.sh - keys that never surprise: the picker types every letter, the
# routines reader starts what it shows, the first-run notice closes with Enter.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/lib.sh"
plan 12

D="$TMP/data"
L="$LIMBER --data '$D'"

# ---- the first-run notice closes with Enter ----
e2e_start 80 24 "$L"
e2e_wait "Before you start" >/dev/null
check "the notice says Enter closes it" e2e_wait "Enter, q or Esc"
e2e_keys Enter
check "Enter closes the notice" e2e_wait "s session"
[ -e "$D/notice-seen" ] && ok "Enter counts as read" || not_ok "notice-seen missing after Enter"

# ---- the picker: "quick" types, q included ----
e2e_keys s
e2e_wait "Choose a routine" >/dev/null
e2e_keys q u i c k
check "q types into the search" e2e_wait "Find: quick"
line=$(e2e_screen | grep -c "Choose a routine")
[ "$line" -ge 1 ] && ok "q does not leave the picker" || not_ok "the picker closed on q"
e2e_keys Space 5
check "space and digits type too" e2e_wait "Find: quick 5"
e2e_keys ?
check "? still opens the help" e2e_wait "Keys in the picker"
e2e_keys q
e2e_wait "Choose a routine" >/dev/null
e2e_keys Escape
if e2e_gone "Find: quick" 3 && e2e_screen | grep -q "Choose a routine"; then
	ok "the first Esc clears the search"
else
	not_ok "Esc did not clear the search"; diag "$(e2e_screen)"
fi
e2e_keys Escape
check "a second Esc goes back" e2e_wait "s session"

# ---- the routines reader starts the routine shown ----
e2e_keys r
e2e_wait "Choose a routine" >/dev/null
e2e_keys -l quick
e2e_keys Enter
check "the reader shows how to start" e2e_wait "s start"
e2e_keys s
check "s starts the routine read" e2e_wait "how is your pain"
e2e_keys Escape
e2e_wait "s session" >/dev/null
e2e_keys r
e2e_wait "Choose a routine" >/dev/null
e2e_keys -l quick
e2e_keys Enter
e2e_wait "s start" >/dev/null
e2e_keys Enter
check "Enter starts it too" e2e_wait "how is your pain"
e2e_stop
done_testing
