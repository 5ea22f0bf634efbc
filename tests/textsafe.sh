#!/bin/sh
# SPDX-License-Identifier: ISC
# textsafe.sh - nothing from a file or a user reaches the terminal raw (issue 14)
. "$top_srcdir/tests/lib.sh"
plan 12
D="$TMP/data"
L() { "$LIMBER" --data "$D" "$@"; }
ESC=$(printf '\033')
HEAD=type,uid,time,back,leg,where,symptoms,sitting,sleep,meds,note,red_flags,created,updated,routine,title,ended,steps_done,steps_skipped,steps_total,before_back,before_leg,after_back,after_leg,complete,speed
T=2026-11-20T09:00:00+00:00
E=2026-11-20T09:10:00+00:00

# A session whose title would rename the window, clear the screen and move the cursor.
printf '%s\nsession,%032x,%s,,,,,,,,,,%s,%s,quick-five,"Evil%s]0;pwned%s%s[2Jtitle\r",%s,1,0,1,,,,,1,1\n' \
	"$HEAD" 1 "$T" "$T" "$T" "$ESC" "$(printf '\007')" "$ESC" "$E" >"$TMP/evil.csv"
run L import "$TMP/evil.csv"
expect_rc 2 "an imported title with terminal controls is refused"
expect_in ERR "title: control characters are not allowed" "and the line says why"
expect_not_in ERR "$ESC" "the error holds no raw escape"
expect_in ERR 'evil.csv:2:' "it names the file and line"

# A routine id that is not an id.
printf '%s\nsession,%032x,%s,,,,,,,,,,%s,%s,"Quick Five!",Quick,%s,1,0,1,,,,,1,1\n' \
	"$HEAD" 2 "$T" "$T" "$T" "$E" >"$TMP/badid.csv"
run L import "$TMP/badid.csv"
expect_rc 2 "an imported routine id is checked with the id rules"
expect_in ERR "routine: must be a routine id" "and says so"

# An unknown record type is echoed made visible.
printf '%s\nentrx%s]0;x%s,%032x,%s,,,,,,,,,,%s,%s,,,,,,,,,,,,\n' "$HEAD" "$ESC" "$(printf '\007')" 3 "$T" \
	"$T" "$T" >"$TMP/type.csv"
run L import "$TMP/type.csv"
expect_rc 2 "an unknown record type is refused"
expect_not_in ERR "$ESC" "and echoed without the escape"
expect_in ERR 'entrx\x1b]0;x\x07' "but with it made visible"

# Notes and medication refuse C1 and direction controls at entry.
run L log --note "$(printf 'abc\342\200\256fed')"
expect_rc 2 "a right-to-left override in a note is refused"
run L log --meds "$(printf 'x\302\233' )2J"
expect_rc 2 "a C1 control in medication is refused"

# A diary written before these checks: what it holds is shown, not obeyed.
L log --back 1 --note "old" >/dev/null
sqlite3 "$D/diary.db" "UPDATE entry SET note = 'old' || char(27) || '[2J note' WHERE note = 'old';" \
	"INSERT INTO session (uid, routine, title, started, ended, tz, steps_done, steps_skipped, steps_total, complete, speed) VALUES ('$(printf '%032x' 9)', 'quick-five', 'T' || char(27) || ']0;x' || char(7), 1795600000, 1795600600, 0, 1, 0, 1, 1, 1);"
out=$(L diary --since 2026-11-01; L trends --weeks 520)
case "$out" in *"$ESC"*) not_ok "diary and trends print stored escapes raw" ;;
*) ok "diary and trends show stored escapes as text" ;; esac
done_testing
