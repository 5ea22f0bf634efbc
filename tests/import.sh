#!/bin/sh
# SPDX-License-Identifier: ISC
# import.sh - import reads and checks everything first, streams JSON, and refuses what is wrong (issue 14)
. "$top_srcdir/tests/lib.sh"
plan 16
D="$TMP/data"
L() { "$LIMBER" --data "$D" "$@"; }
L log --back 2 --leg 3 --note "first" >/dev/null
L export -o "$TMP/one.csv"
L export --format json -o "$TMP/one.json"
rm -rf "$D"

# A byte-order mark, as spreadsheets write, before CSV and before JSON.
printf '\357\273\277' | cat - "$TMP/one.csv" >"$TMP/bom.csv"
run L import "$TMP/bom.csv"
expect_rc 0 "a CSV with a byte-order mark imports"
printf '\357\273\277' | cat - "$TMP/one.json" >"$TMP/bom.json"
rm -rf "$D"
run L import "$TMP/bom.json"
expect_rc 0 "and JSON with one is recognised as JSON"
expect_in OUT "imported 1 entry" "with its entry"

# /dev/zero: no end, no newline; it stops with a message, not by running out of memory.
run L import /dev/zero
expect_rc 2 "/dev/zero is refused"
expect_in ERR "a NUL byte is not text" "with a clear message"

# A NUL inside a CSV field is no longer cut silently.
{ head -n 1 "$TMP/one.csv"; tail -n 1 "$TMP/one.csv" | sed 's/first/fi\x00rst/'; } >"$TMP/nul.csv"
run L import "$TMP/nul.csv"
expect_rc 2 "a NUL inside a CSV field is refused"
expect_in ERR "nul.csv:2: a NUL byte" "naming its line"

# JSON: a version of 0 or below, an unknown key at the top, a record from the future.
sed 's/"version":1/"version":0/' "$TMP/one.json" >"$TMP/v0.json"
run L import "$TMP/v0.json"
expect_rc 2 "JSON version 0 is refused"
expect_in ERR "version must be a whole number from 1" "and says why"
sed 's/"version":1,/"version":1,"extra":true,/' "$TMP/one.json" >"$TMP/extra.json"
run L import "$TMP/extra.json"
expect_rc 2 "an unknown top-level key is refused"
expect_in ERR "unknown key 'extra' at the top level" "by name"
next=$(date -d '+3 days' +%Y)-$(date -d '+3 days' +%m-%d)
sed "s/\"time\":\"[0-9-]*T/\"time\":\"${next}T/" "$TMP/one.json" >"$TMP/future.json"
run L import "$TMP/future.json"
expect_rc 2 "an entry three days ahead is refused"
expect_in ERR "time is more than a day in the future" "as a mistake"

# The whole input is read before the write lock: a slow pipe keeps nobody waiting.
L log --back 1 >/dev/null
{ sleep 4; cat "$TMP/one.csv"; } | L import - >"$TMP/slow.out" 2>&1 &
slow=$!
sleep 1
start=$(date +%s)
run L log --back 5 --leg 5
took=$(($(date +%s) - start))
expect_rc 0 "limber log works while an import waits on a slow pipe"
[ "$took" -le 2 ] && ok "without waiting for it (${took} s)" || not_ok "log waited ${took} s"
wait $slow
grep -q "imported" "$TMP/slow.out" && ok "and the slow import then completes" ||
	not_ok "slow import: $(cat "$TMP/slow.out")"
done_testing
