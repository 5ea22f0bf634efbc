#!/bin/sh
# SPDX-License-Identifier: ISC
# pkg.sh - what a packager and outside tools rely on: where the routines are
# found, the licence in --version, standard streams, locale-proof numbers.
. "$top_srcdir/tests/lib.sh"
plan 35

run "$LIMBER" --version
expect_in OUT "License ISC: <https://opensource.org/licenses/ISC>" "--version names the licence"
expect_in OUT "Copyright (c) 2026 the limber authors" "--version names the copyright holders"

run "$LIMBER" routines --ids
expect_rc 0 "routines --ids"
[ "$(printf '%s\n' "$OUT" | head -n 1)" = core-stability ] && ! printf '%s' "$OUT" | grep -q ' ' &&
	ok "routines --ids prints bare ids, one a line" || { not_ok "routines --ids"; diag "$OUT"; }

# A copy of the binary beside a marker naming a tree without routines: it
# looks only there and in the user's directory, and says so.
mkdir -p "$TMP/bin"
cp "$LIMBER" "$TMP/bin/limber"
echo "$TMP/no-tree" >"$TMP/bin/limber-srcdir"
run "$TMP/bin/limber" routines
expect_rc 1 "routines with the shipped directory missing"
expect_in ERR "$TMP/no-tree/routines (missing)" "it names the directories searched"
expect_in ERR "$XDG_CONFIG_HOME/limber/routines (missing)" "the user's directory too"

# Numbers under a comma-decimal locale, made here with localedef: export
# writes '.', in the shortest exact form, and the export imports again.
H="type,uid,time,back,leg,where,symptoms,sitting,sleep,meds,note,red_flags,created,updated,routine,title,ended,steps_done,steps_skipped,steps_total,before_back,before_leg,after_back,after_leg,complete,speed"
{
	printf '%s\r\n' "$H"
	printf 'session,%032x,2026-11-01T08:00:00+01:00,,,,,,,,,,,,"sciatica-morning","Morning",2026-11-01T08:05:00+01:00,3,0,3,4,,2,,1,2.5\r\n' 1
	printf 'session,%032x,2026-11-02T08:00:00+01:00,,,,,,,,,,,,"sciatica-morning","Morning",2026-11-02T08:05:00+01:00,3,0,3,4,,2,,1,2.2000000000000002\r\n' 2
} >"$TMP/speeds.csv"
if mkdir -p "$TMP/loc" && localedef -i de_DE -f UTF-8 "$TMP/loc/de_DE.UTF-8" >/dev/null 2>&1 &&
	[ "$(LOCPATH="$TMP/loc" LC_ALL=de_DE.UTF-8 locale decimal_point 2>/dev/null)" = , ]; then
	de() { LOCPATH="$TMP/loc" LC_ALL=de_DE.UTF-8 "$@"; }
	run de "$LIMBER" --data "$TMP/de1" import "$TMP/speeds.csv"
	expect_rc 0 "de_DE: import reads 2.5"
	run de "$LIMBER" --data "$TMP/de1" export -o "$TMP/de1.csv"
	expect_rc 0 "de_DE: export"
	tr -d '\r' <"$TMP/de1.csv" >"$TMP/de1.txt"
	grep -q ',1,2\.5$' "$TMP/de1.txt" && grep -q ',1,2\.2$' "$TMP/de1.txt" &&
		ok "de_DE: export writes 2.5 and 2.2 with a point" ||
		{ not_ok "de_DE: export numbers"; diag "$(cat "$TMP/de1.csv")"; }
	n=$(awk -F, 'NR > 1 && $1 == "session" {print NF}' "$TMP/de1.csv" | sort -u)
	[ "$n" = 29 ] && ok "de_DE: every session row has 29 fields" || not_ok "de_DE: rows have $n fields"
	run de "$LIMBER" --data "$TMP/de2" import "$TMP/de1.csv"
	expect_rc 0 "de_DE: the export imports again"
	de "$LIMBER" --data "$TMP/de2" export -o "$TMP/de2.csv"
	cmp -s "$TMP/de1.csv" "$TMP/de2.csv" && ok "de_DE: the round trip is exact" || not_ok "de_DE: round trip differs"
	run de "$LIMBER" --data "$TMP/de1" export --format json
	printf '%s\n' "$OUT" | grep -q '"speed":2.5}' && printf '%s\n' "$OUT" | grep -q '"speed":2.2}' &&
		ok "de_DE: JSON writes 2.5 and 2.2" || { not_ok "de_DE: JSON numbers"; diag "$OUT"; }
	printf '%s\n' "$OUT" >"$TMP/de1.json"
	run de "$LIMBER" --data "$TMP/de3" import "$TMP/de1.json"
	expect_rc 0 "de_DE: the JSON export imports again"
	de "$LIMBER" --data "$TMP/de3" export -o "$TMP/de3.csv"
	cmp -s "$TMP/de1.csv" "$TMP/de3.csv" && ok "de_DE: JSON round trip is exact" || not_ok "de_DE: JSON round trip differs"
	run de "$LIMBER" run sciatica-morning --speed 2.5
	expect_not_in ERR "--speed" "de_DE: --speed 2.5 is accepted"
else
	for i in 1 2 3 4 5 6 7 8 9 10; do ok "# SKIP localedef cannot make de_DE.UTF-8"; done
fi

# Dates and times: the whole text is a documented form, or exit 2.
for at in "2026-11-+1 10:00" "+7:+5" " 2026-11-01 10:00" "7:05"; do
	run "$LIMBER" --data "$TMP/dates" log --back 2 --at "$at"
	[ "$RC" -eq 2 ] && printf '%s' "$ERR" | grep -qF '"YYYY-MM-DD HH:MM"' && ok "--at '$at' is refused" ||
		{ not_ok "--at '$at': exit $RC"; diag "$ERR"; }
done
run "$LIMBER" --data "$TMP/dates" diary --since " 2026-11-01"
expect_rc 2 "--since ' 2026-11-01' is refused"
expect_in ERR "write YYYY-MM-DD" "the error names the form"
printf '%s\r\nentry,%032x,2026-11-01T10:00:60+00:00,3,,,,,,,,,2026-11-01T10:00:00+00:00,2026-11-01T10:00:00+00:00,,,,,,,,,,,,\r\n' \
	"$H" 3 >"$TMP/leap.csv"
run "$LIMBER" --data "$TMP/dates" import "$TMP/leap.csv"
expect_rc 2 "import refuses 10:00:60"
expect_in ERR "2026-11-25T08:10:00+00:00" "the error shows the form"

# '-' is a standard stream; no file named '-' appears.
mkdir -p "$TMP/cwd"
cd "$TMP/cwd" || exit 1
"$LIMBER" --data "$TMP/s1" import "$TMP/speeds.csv" >/dev/null
run "$LIMBER" --data "$TMP/s1" export -o -
expect_rc 0 "export -o -"
"$LIMBER" --data "$TMP/s1" export >"$TMP/plain.csv"
[ "$(printf '%s\n' "$OUT" | tr -d '\r')" = "$(tr -d '\r' <"$TMP/plain.csv")" ] && [ ! -e ./- ] &&
	ok "export -o - writes standard output, no file '-'" || not_ok "export -o -"
"$LIMBER" --data "$TMP/s1" export -o - --format json >"$TMP/s1.json"
run "$LIMBER" --data "$TMP/s2" import - <"$TMP/s1.json"
expect_rc 0 "import - reads standard input"
expect_in OUT "imported 0 entries and 2 sessions" "all of it"
printf 'type,uid\r\nbogus\r\n' >"$TMP/bogus.csv"
run "$LIMBER" --data "$TMP/s2" import - <"$TMP/bogus.csv"
expect_rc 2 "a bad import from standard input"
expect_in ERR "(standard input):" "its problems name standard input"
cd "$top_srcdir" || exit 1

# --config /dev/null is an empty configuration, as tmux's -f /dev/null.
run "$LIMBER" --config /dev/null routines --ids
expect_rc 0 "--config /dev/null"
expect_in OUT "sciatica-morning" "with the defaults"

# The licence: COPYING, and an SPDX line near the top of every source file.
grep -q "Permission to use, copy, modify, and/or distribute this software" "$top_srcdir/COPYING" &&
	ok "COPYING holds the ISC licence" || not_ok "COPYING"
missing=""
for f in "$top_srcdir"/src/*.[ch] "$top_srcdir"/src/*/*.[ch] "$top_srcdir"/tests/unit/*.[ch] \
	"$top_srcdir"/tests/*.sh "$top_srcdir"/tests/e2e/*.sh "$top_srcdir"/man/*.in \
	"$top_srcdir"/Makefile.am "$top_srcdir"/configure.ac "$top_srcdir"/tools/bootstrap; do
	head -n 3 "$f" | grep -q "SPDX-License-Identifier: ISC" || missing="$missing ${f#$top_srcdir/}"
done
[ -z "$missing" ] && ok "every source file names its licence" || not_ok "no SPDX line:$missing"

done_testing
