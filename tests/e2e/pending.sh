#!/bin/sh
# SPDX-License-Identifier: ISC
# pending.sh - ratings given while another process holds the diary's lock are never lost.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/lib.sh"
LOCKER=""
trap 'e2e_stop; [ -n "$LOCKER" ] && kill "$LOCKER" 2>/dev/null; pkill -KILL -f -- "$TMP/" 2>/dev/null; rm -rf "$TMP"' EXIT
if ! command -v sqlite3 >/dev/null 2>&1; then
	echo "1..0 # SKIP sqlite3 not found: install the Debian package sqlite3"
	exit 0
fi
plan 8

D="$TMP/data"
R="$TMP/routines"
mkdir -p "$R"
cat >"$R/test.conf" <<'CONF'
exercise "e2e-hold" {
    title = "Test hold"
    area = {core}
    hold = 2
}
routine "e2e-tiny" {
    title = "Tiny test routine"
    step "e2e-hold" {}
}
CONF

# The session ends and is stored; the diary is then locked by another
# process for 35 s, longer than the player waits (30 s), while the ratings
# after are given: they go to a pending file, and the next command merges them.
e2e_start 80 24 "$LIMBER --data '$D' --routines '$R' run e2e-tiny --speed 10"
check "the rating before shows" e2e_wait "Before you start: how is your pain?"
e2e_keys 4 6
check "the session reaches its end" e2e_wait "The session is over" 20
e2e_keys Enter
check "the rating after shows" e2e_wait "After the session"
(printf 'BEGIN IMMEDIATE;\n'; sleep 35; printf 'COMMIT;\n') | sqlite3 "$D/diary.db" &
LOCKER=$!
sleep 1
e2e_keys 3 5
e2e_wait "Leg symptoms now:" >/dev/null
e2e_keys Enter
check "while it waits, the screen says the diary is busy" e2e_wait "the diary is busy" 5
e2e_finish 45
[ "$E2E_STATUS" = 0 ] && ok "run exits 0 after keeping the ratings aside" || not_ok "run exit status $E2E_STATUS"
wait "$LOCKER"
LOCKER=""
run "$LIMBER" --data "$D" diary
expect_in ERR "1 session from " "the next command says the kept session was recorded"
expect_in OUT "back 4→3, leg 6→5" "the ratings after are in the diary"
ls "$D"/pending-*.json >/dev/null 2>&1 && not_ok "a pending file is left" || ok "the pending file is gone"
done_testing
