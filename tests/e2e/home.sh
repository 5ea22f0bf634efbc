#!/bin/sh
# SPDX-License-Identifier: ISC
# home.sh - the home screen and the trends screen, end to end.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/lib.sh"
plan 28

D="$TMP/data"
R="$TMP/routines"
mkdir -p "$R"
cat >"$R/test.conf" <<'CONF'
exercise "e2e-hold" {
    title = "Test hold"
    area = {core}
    hold = 2
    reps = 1
}
routine "e2e-tiny" {
    title = "Tiny test routine"
    step "e2e-hold" {}
}
CONF
L="$LIMBER --data '$D' --routines '$R'"

# Some diary to look at: two weeks of entries.
for d in 13 12 11 10 9 8 7 6 5 4 3 2 1; do
	day=$(date -d "-$d days" '+%Y-%m-%d')
	"$LIMBER" --data "$D" log --back $((d % 4 + 2)) --leg $((d / 2 + 1)) --symptoms tingling --at "$day 08:00" >/dev/null
done

# Closing the terminal on the notice is not reading it.
e2e_start 80 24 "$L"
e2e_wait "self-care support, not treatment" >/dev/null
e2e_stop
sleep 0.5
[ ! -e "$D/notice-seen" ] && ok "a closed terminal does not dismiss the notice" || not_ok "notice-seen created by a hangup"

# First run: the safety notice, once.
e2e_start 80 24 "$L"
check "the first run shows the safety notice" e2e_wait "self-care support, not treatment"
e2e_keys q
check "then the home screen" e2e_wait "Today"
check "with the last entry" e2e_wait "Last entry"
check "and this week's pain" e2e_wait "This week"
check "and the actions" e2e_wait "s session   l log how you feel"
e2e_keys q
e2e_finish
[ "$E2E_STATUS" = 0 ] && ok "q quits with 0" || not_ok "exit $E2E_STATUS"
e2e_start 80 24 "$L"
check "the notice is not shown again" e2e_wait "Today"
e2e_screen | grep -q "not treatment" && not_ok "notice shown twice" || ok "the notice stays dismissed"

# The help is made from the key table: every key listed with what it does.
e2e_keys ?
check "? shows the home keys" e2e_wait "Keys on the home screen"
check "with s and what it does" e2e_wait "s       choose a routine and start a session"
check "and the key that quits" e2e_wait "q       quit"
e2e_keys q
check "q goes back home" e2e_wait "s session   l log how you feel"

# A session from the home screen appears on it afterwards.
e2e_keys s
check "s opens the picker" e2e_wait "Choose a routine"
e2e_keys t i n y Enter
check "the rating before" e2e_wait "Before you start"
e2e_keys Enter Enter
check "the session ends" e2e_wait "The session is over" 20
e2e_keys Enter
e2e_wait "After the session" >/dev/null && e2e_keys Escape
e2e_wait "Leg symptoms now:" >/dev/null && e2e_keys Escape
check "back home, the session counts" e2e_wait "1 today"
check "and is suggested next time" e2e_wait "Tiny test routine"

# Trends at 80x24.
e2e_keys t
check "t opens trends" e2e_wait "Trends"
check "the verdict comes first, in words" e2e_wait "Leg pain: not known yet"
check "with the pain chart" e2e_wait "10 ┤"
e2e_keys j j j j j j
check "scrolling down reaches the weekly table" e2e_wait "avg/max"
e2e_keys G
check "the end says what each routine does" e2e_wait "3 rated sessions to judge"
e2e_keys w
check "w changes the window" e2e_wait "last 12 weeks"
e2e_keys ?
check "? in trends lists its own keys" e2e_wait "a week further back"
check "and the pager's" e2e_wait "Space  b  PgDn  PgUp"
e2e_keys x
e2e_keys q q
e2e_finish

# Trends at 40x12: the compact tables fit. (Home needs 50x16: it opens
# trends on a larger window, since a hidden screen takes no key but q.)
e2e_start 80 24 "$L"
e2e_wait "Today" 5 >/dev/null || true
e2e_keys t
e2e_wait "Trends" >/dev/null
e2e_resize 40 12
check "trends at 40x12" e2e_wait "Trends"
w=$(e2e_screen | wc -L)
[ "$w" -le 40 ] && ok "nothing wider than 40 columns" || not_ok "width $w"
e2e_keys q q
e2e_finish

done_testing
