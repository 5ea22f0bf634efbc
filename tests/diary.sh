#!/bin/sh
# SPDX-License-Identifier: ISC
# diary.sh - the diary commands: log, diary, edit, delete, export, import.
. "$top_srcdir/tests/lib.sh"
plan 62
D="$TMP/data"
L() { "$LIMBER" --data "$D" "$@"; }
count() { L export | grep -c '^entry,'; }

run L log --back 3 --leg 5 --where buttock-left,thigh-left --symptoms tingling,numbness \
	--sitting 45 --sleep 6 --meds "ibuprofen 200mg" --note "worse after the drive"
expect_rc 0 "log with every measure"
expect_in OUT "logged entry 1:" "log prints the new id"
expect_in OUT "back 3 · leg 5 · left buttock, left thigh · tingling, numbness" "log prints a summary"
[ "$(stat -c %a "$D")" = 700 ] && ok "data directory is 0700" || not_ok "data directory is $(stat -c %a "$D")"
[ "$(stat -c %a "$D/diary.db")" = 600 ] && ok "diary is 0600" || not_ok "diary is $(stat -c %a "$D/diary.db")"

cp "$D/diary.db" "$TMP/before.db"
run L log --back 12
expect_rc 2 "out of range"
expect_in ERR "--back: must be 0..10, got 12" "the range error names the flag"
run L log --leg five
expect_rc 2 "not a number"
run L log --where buttok-left
expect_rc 2 "unknown location"
expect_in ERR "did you mean 'buttock-left'?" "a close location is suggested"
run L log --symptoms itchy
expect_rc 2 "unknown symptom"
expect_in ERR "allowed: burning, tingling, numbness, weakness, shooting, stiffness" "the allowed symptoms are listed"
run L log --back 2 --at "2026-02-30 10:00"
expect_rc 2 "impossible date"
expect_in ERR "2026-02-30 does not exist" "the impossible date is named"
run L log --back 2 --at "$(date -d '+3 days' '+%Y-%m-%d %H:%M')"
expect_rc 2 "more than a day in the future"
expect_in ERR "more than a day in the future" "the future is refused"
run L log --note "$(printf 'bad \377 byte')"
expect_rc 2 "invalid UTF-8 note"
run L log --note "$(head -c 2001 /dev/zero | tr '\0' x)"
expect_rc 2 "a note over 2,000 characters"
expect_in ERR "at most 2000 characters, got 2001" "the length limit is named"
run L log
expect_rc 2 "log needs a measure"
cmp -s "$D/diary.db" "$TMP/before.db" && ok "refused entries left the diary byte for byte" || not_ok "the diary changed"

run L log --back 2 --at "$(date -d 'yesterday' '+%Y-%m-%d') 07:30" --flag saddle-numbness,bladder
expect_rc 0 "a red-flag entry is stored"
expect_in ERR "URGENT" "red flags print the urgent message"
expect_in ERR "Contact emergency services now" "the urgent message says what to do"
expect_in ERR "numbness around the genitals or bottom" "the red flag is named"
[ "$(count)" = 2 ] && ok "both entries stored" || not_ok "entries: $(count)"

run L diary
expect_rc 0 "diary lists"
expect_in OUT "RED FLAG" "the red flag shows in the list"
first=$(printf '%s\n' "$OUT" | grep -n ' 07:30 ' | cut -d: -f1)
second=$(printf '%s\n' "$OUT" | grep -n 'left buttock' | cut -d: -f1)
[ -n "$first" ] && [ -n "$second" ] && [ "$first" -lt "$second" ] && ok "diary is in time order" || not_ok "order: $first $second"
w=$(printf '%s\n' "$OUT" | wc -L)
[ "$w" -le 80 ] && ok "the table fits 80 columns" || not_ok "the table is $w wide"

run L diary --since "$(date '+%Y-%m-%d')"
expect_not_in OUT "07:30" "--since leaves out yesterday"
run L diary --until 2026-02-30
expect_rc 2 "--until with an impossible date"
run L diary --format json
expect_in OUT '"format":"limber-diary"' "diary --format json"

run L edit 1 --back 4 --note ""
expect_rc 0 "edit"
expect_in OUT "changed entry 1:" "edit says what changed"
expect_not_in OUT "worse after" "edit cleared the note"
run L edit 99 --back 1
expect_rc 2 "edit of a missing entry"
expect_in ERR "there is no entry 99" "the missing entry is named"

run L delete 1 </dev/null
expect_rc 2 "delete without a terminal needs --yes"
run L delete 1 --yes
expect_rc 0 "delete --yes"
[ "$(count)" = 1 ] && ok "one entry left" || not_ok "entries: $(count)"

# Export, import into a fresh diary, export again: the same bytes; a second import adds nothing.
L log --back 1 --note "=HYPERLINK(\"x\")" --meds "+1 dose" >/dev/null
L export -o "$TMP/one.csv"
run L export --format json -o "$TMP/one.json"
expect_rc 0 "export -o"
[ "$(stat -c %a "$TMP/one.csv")" = 600 ] && ok "the export file is private" || not_ok "export mode $(stat -c %a "$TMP/one.csv")"
grep -q "\"'=HYPERLINK" "$TMP/one.csv" && ok "a formula is defused in CSV" || not_ok "formula not escaped"
run "$LIMBER" --data "$TMP/fresh" import "$TMP/one.csv"
expect_in OUT "imported 2 entries and 0 sessions" "import counts what it adds"
"$LIMBER" --data "$TMP/fresh" export >"$TMP/two.csv"
cmp -s "$TMP/one.csv" "$TMP/two.csv" && ok "export, import, export: identical bytes" || not_ok "round trip differs"
run "$LIMBER" --data "$TMP/fresh" import "$TMP/one.json"
expect_in OUT "imported 0 entries and 0 sessions; 2 already in the diary" "a second import adds nothing"

printf 'type,uid\r\nentry,x\r\n' >"$TMP/bad.csv"
cp "$TMP/fresh/diary.db" "$TMP/fresh-before.db"
run "$LIMBER" --data "$TMP/fresh" import "$TMP/bad.csv"
expect_rc 2 "a malformed import"
expect_in ERR "bad.csv:1: the header is not limber's" "the malformed line is named"
cmp -s "$TMP/fresh/diary.db" "$TMP/fresh-before.db" && ok "nothing was imported" || not_ok "the diary changed"

# A file that is not a diary is reported and never overwritten.
mkdir -p "$TMP/notdb" && chmod 700 "$TMP/notdb"
echo "my shopping list" >"$TMP/notdb/diary.db" && chmod 600 "$TMP/notdb/diary.db"
run "$LIMBER" --data "$TMP/notdb" log --back 1
expect_rc 1 "a non-SQLite diary file is a runtime failure"
[ "$(cat "$TMP/notdb/diary.db")" = "my shopping list" ] && ok "and it was left untouched" || not_ok "the file changed"

# A session done away from the screen counts like a played one.
run "$LIMBER" --data "$TMP/away" log --session quick-five --minutes 6 --before-leg 5 --after-leg 3 \
	--at "$(date -d yesterday +%Y-%m-%d) 07:30"
expect_rc 0 "log --session records a session done away from the screen"
expect_in OUT "logged session s1: Five-minute quick routine, 6 min, complete; leg 5→3" "and says what"
run "$LIMBER" --data "$TMP/away" export
expect_in OUT "$(date -d yesterday +%Y-%m-%d)T07:30:00" "it began at --at"
expect_in OUT ",4,0,4,,5,,3,,1,1" "complete, every step, real time, the ratings"
run "$LIMBER" --data "$TMP/away" trends --format json
expect_in OUT '"sessions": 1' "it counts in trends (not a preview)"
run "$LIMBER" --data "$TMP/away" log --session quick-fiv
expect_rc 2 "an unknown routine is refused"
expect_in ERR "did you mean 'quick-five'?" "with a hint"
run "$LIMBER" --data "$TMP/away" log --session quick-five --leg 4
expect_rc 2 "entry measures do not go with --session"
run "$LIMBER" --data "$TMP/away" log --leg 4 --after-leg 2
expect_rc 2 "session ratings do not go without --session"

# A data directory that cannot be created.
run "$LIMBER" --data /proc/limber-cannot log --back 1
expect_rc 1 "an impossible data directory"

done_testing
