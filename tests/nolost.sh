#!/bin/sh
# SPDX-License-Identifier: ISC
# nolost.sh - nothing lost, ever (issue 18): -o never onto the diary, sound files
# written whole, damaged diaries refused, and the smaller cases.
. "$top_srcdir/tests/lib.sh"

D="$TMP/data"
"$LIMBER" --data "$D" log --back 3 --leg 2 >/dev/null
cp "$D/diary.db" "$TMP/diary-before.db"
same_diary() { cmp -s "$D/diary.db" "$TMP/diary-before.db"; }

# ---- -o never onto the diary ----
for cmd in "export" "export --format json" "report" "audio quick-five"; do
	for target in "$D/diary.db" "$D/diary.db-wal" "$D/diary.db-shm" "$D/diary.db-journal" \
		"$D/new-file.out" "$D/../data/./diary.db"; do
		case $cmd in report) t="$target" ;; audio*) t="$target.wav" ;; *) t="$target" ;; esac
		[ "$target" = "$D/diary.db" ] && t="$target"
		run "$LIMBER" --data "$D" $cmd -o "$t"
		if [ "$RC" -eq 2 ] && printf '%s' "$ERR" | grep -qF "data directory" && same_diary; then
			ok "$cmd -o $t is refused (exit 2), the diary untouched"
		else
			not_ok "$cmd -o $t: exit $RC"; diag "$ERR"
		fi
	done
done
ln -s "$D/diary.db" "$TMP/link.db"
run "$LIMBER" --data "$D" export -o "$TMP/link.db"
expect_rc 2 "a symbolic link to the diary is refused"
ln -s "$D" "$TMP/datalink"
run "$LIMBER" --data "$D" report -o "$TMP/datalink/r.pdf"
expect_rc 2 "a new file through a link to the data directory is refused"
mkdir "$TMP/hard"
ln "$D/diary.db" "$TMP/hard/copy.db"
run "$LIMBER" --data "$D" export -o "$TMP/hard/copy.db"
expect_rc 2 "a hard link to the diary is refused (same device and inode)"
rm "$TMP/hard/copy.db"
same_diary && ok "the diary is what it was" || not_ok "the diary changed"
run "$LIMBER" --data "$D" export -o "$TMP/fine.csv"
expect_rc 0 "a file elsewhere is written"

# ---- a damaged diary is refused ----
B="$TMP/big"
DIARY_ENTRIES=3000 DIARY_SESSIONS=300 DIARY_DAYS=300 DIARY_NOW=1767225600 \
	sh "$top_srcdir/bench/diary-gen" "$TMP/big.csv"
"$LIMBER" --data "$B" import "$TMP/big.csv" >/dev/null
run "$LIMBER" --data "$B" diary
expect_rc 0 "a sound diary opens"
size=$(stat -c %s "$B/diary.db")
# 80 KB overwritten in the middle of the file, as a disk or a copy gone wrong would.
dd if=/dev/urandom of="$B/diary.db" bs=1024 seek=$((size / 2048 - 40)) count=80 conv=notrunc 2>/dev/null
cp "$B/diary.db" "$TMP/damaged.db"
for cmd in "log --back 3" "diary" "trends" "import $TMP/big.csv"; do
	run "$LIMBER" --data "$B" $cmd
	if [ "$RC" -eq 1 ] && printf '%s' "$ERR" | grep -qF "diary.db: the diary is damaged" &&
		printf '%s' "$ERR" | grep -qF "limber export -o FILE"; then
		ok "$cmd refuses a damaged diary (exit 1), naming it and saying how to save it"
	else
		not_ok "$cmd on a damaged diary: exit $RC"; diag "$ERR"
	fi
done
cmp -s "$B/diary.db" "$TMP/damaged.db" && ok "nothing was written into the damaged diary" ||
	not_ok "the damaged diary was changed"
run "$LIMBER" --data "$B" export -o "$TMP/salvage.csv"
expect_in ERR "could not be read and" "export reads what it can and says what it could not"
n=$(grep -c '^entry,' "$TMP/salvage.csv" 2>/dev/null || echo 0)
[ "$n" -gt 1000 ] && ok "the export kept what was readable ($n entries)" || not_ok "export kept $n entries"
run "$LIMBER" --data "$TMP/rescued" import "$TMP/salvage.csv"
expect_rc 0 "and imports into a new diary"
# A good check is remembered: an unchanged diary is not checked again the same day.
"$LIMBER" --data "$D" diary >/dev/null
[ -f "$D/diary-checked" ] && ok "the last good check is kept beside the diary" || not_ok "no diary-checked"

# ---- sound files ----
A="$TMP/audio"
mkdir -p "$A/long" "$A/near"
cat >"$A/long/long.conf" <<'CONF'
exercise "long-hold" {
    title = "Long hold"
    area = {core}
    hold = 600
    reps = 50
    rest = 0
}
routine "too-long" {
    title = "Too long"
    step "long-hold" {}
}
CONF
cat >"$A/near/near.conf" <<'CONF'
exercise "near-hold" {
    title = "Near hold"
    area = {core}
    hold = 600
    reps = 23
    rest = 0
}
routine "near-four" {
    title = "Nearly four hours"
    step "near-hold" {}
}
CONF
run "$LIMBER" check "$A/long/long.conf"
expect_rc 2 "check refuses a routine that plays for more than 4 hours"
expect_in ERR "long.conf:8: routine \"too-long\" plays for 8 h 20 min" "saying where and how long"
run "$LIMBER" --routines "$A/long" audio too-long -o "$TMP/long.wav" --no-voice
expect_rc 2 "audio refuses it too"
expect_in ERR "at most 4 hours" "saying why"
[ -e "$TMP/long.wav" ] && not_ok "a file was written" || ok "and writes nothing"
# A write that fails partway (ulimit -f: 100 blocks) ends the command, naming the file.
printf 'old\n' >"$TMP/q.wav"
(ulimit -f 100; exec timeout 30 "$LIMBER" audio quick-five -o "$TMP/q.wav" --no-voice) >"$TMP/out" 2>"$TMP/err"
RC=$?
ERR=$(cat "$TMP/err")
expect_rc 1 "audio ends with exit 1 when a write fails partway (no spinning)"
expect_in ERR "q.wav: cannot write: File too large" "naming the file and why"
[ "$(cat "$TMP/q.wav")" = old ] && ok "the old file is left whole" || not_ok "q.wav changed"
ls -a "$TMP" | grep -q 'limber-' && not_ok "a temporary file is left" || ok "no temporary file is left"
for ext in flac ogg; do
	(ulimit -f 4; exec timeout 30 "$LIMBER" audio quick-five -o "$TMP/q.$ext" --no-voice) >"$TMP/out" 2>"$TMP/err"
	RC=$?
	ERR=$(cat "$TMP/err")
	expect_rc 1 "$ext: the same"
done
(ulimit -f 100; exec timeout 30 "$LIMBER" audio quick-five -o - --no-voice) >"$TMP/s.wav" 2>"$TMP/err"
RC=$?
ERR=$(cat "$TMP/err")
expect_rc 1 "-o - ends with exit 1 when standard output cannot take it all"
# -o - streams: peak memory stays small for a session of nearly four hours.
if [ -x /usr/bin/time ]; then
	/usr/bin/time -f %M -o "$TMP/rss" "$LIMBER" --routines "$A/near" audio near-four -o - --no-voice |
		{ dd bs=44 count=1 iflag=fullblock of="$TMP/hdr" 2>/dev/null; wc -c >"$TMP/bytes"; }
	rss=$(tail -1 "$TMP/rss")
	# AddressSanitizer's shadow memory and quarantine come on top (16 MB here
	# becomes 39 MB): a sanitizer build is held to twice the bound.
	limit=32768
	grep -q __asan_init "$LIMBER" 2>/dev/null && limit=65536
	[ "$rss" -lt "$limit" ] && ok "-o - of 3 h 50 min peaks at $rss KB (< $((limit / 1024)) MB)" ||
		not_ok "-o - peaks at $rss KB"
	said=$(od -An -tu4 -j40 -N4 "$TMP/hdr" | tr -d ' ')
	got=$(cat "$TMP/bytes")
	[ "$said" = "$got" ] && [ "$got" -gt $((2 * 22050 * 13800)) ] &&
		ok "and is the whole WAV its header announces ($got bytes of samples)" ||
		not_ok "-o - header says $said bytes, $got written"
else
	ok "# SKIP /usr/bin/time (GNU time) not installed"
	ok "# SKIP /usr/bin/time (GNU time) not installed"
fi

# ---- text from routine files ----
T="$TMP/text"
mkdir -p "$T"
for pair in 061c:330234 200e:342200216 200f:342200217 202a:342200252 202b:342200253 \
	202c:342200254 202d:342200255 202e:342200256 2066:342201246 2067:342201247 \
	2068:342201250 2069:342201251 200b:342200213 2060:342201240 feff:357273277; do
	cp=${pair%%:*} oct=${pair#*:}
	# The character's UTF-8 bytes, from octal triples (POSIX printf has no \u).
	ch=$(printf "$(printf '%s' "$oct" | sed 's/\([0-7][0-7][0-7]\)/\\\1/g')")
	printf 'exercise "ex-%s" {\n    title = "Safe"\n    area = {core}\n}\nroutine "rt-%s" {\n    title = "Nice %s title"\n    step "ex-%s" {}\n}\n' \
		"$cp" "$cp" "$ch" "$cp" >"$T/bidi-$cp.conf"
	run "$LIMBER" check "$T/bidi-$cp.conf"
	if [ "$RC" -eq 2 ] && printf '%s' "$ERR" | grep -qF "bidi-$cp.conf:6: title: " &&
		printf '%s' "$ERR" | grep -qi "U+$cp"; then
		ok "check refuses U+$cp in a routine title, at FILE:LINE"
	else
		not_ok "check with U+$cp in a title: exit $RC"; diag "$ERR"
	fi
done
printf '\357\273\277exercise "bom-ex" {\n    title = "With a BOM"\n    area = {core}\n}\n' >"$T/bom.conf"
run "$LIMBER" check "$T/bom.conf"
expect_rc 0 "a byte-order mark at the start of a routine file is accepted"
printf 'exercise "raw" {\n    title = "x"\n    area = {core}\n    \342\200\256key = 1\n}\n' >"$T/raw.conf"
run "$LIMBER" check "$T/raw.conf"
expect_in ERR "unknown key '\\u202ekey'" "check echoes a bad file's bytes in visible escapes"

# Every kind of record limber stores, with sessions of user routines whose
# titles are unusual, exported and imported into an empty diary.
U="$TMP/user"
mkdir -p "$U"
cat >"$U/odd.conf" <<'CONF'
exercise "odd-one" {
    title = "=cmd|' /C calc'!A0"
    area = {glutes}
    hold = 5
}
routine "odd-formula" {
    title = "=SUM(A1:A9), \"quoted\"; 'apos' \\ back"
    step "odd-one" {}
}
routine "odd-wide" {
    title = "膝を胸に — ψ Ω ñ é́ عربي עברית 👩‍⚕️"
    step "odd-one" {}
}
routine "odd-fullwidth" {
    title = "＝１＋１ ＠home －x ＋y"
    step "odd-one" {}
}
CONF
R="$TMP/round"
run "$LIMBER" check "$U/odd.conf"
expect_rc 0 "the unusual titles are good routine text"
for r in odd-formula odd-wide odd-fullwidth; do
	"$LIMBER" --data "$R" --routines "$U" log --session "$r" --before-back 5 --after-leg 2 >/dev/null 2>"$TMP/err" ||
		{ not_ok "log --session $r"; diag "$(cat "$TMP/err")"; }
done
"$LIMBER" --data "$R" log --back 4 --leg 6 --where lower-back,calf-left --symptoms burning,numbness \
	--sitting 40 --sleep 3 --meds "=ibuprofen 400" --note "$(printf 'two\nlines\twith a tab, "quotes"')" \
	--flag both-legs >/dev/null 2>&1
"$LIMBER" --data "$R" log --back 0 >/dev/null
# A routine with a bidi control in its title is refused, so no session of it can
# carry the control into the diary (where it made the export unimportable).
run "$LIMBER" --data "$R" --routines "$T" log --session rt-202e --after-back 3
[ "$RC" -ne 0 ] && ok "no session of a routine with a bidi control in its title is recorded" ||
	not_ok "a session of rt-202e was recorded"
"$LIMBER" --data "$R" log --note "＠fullwidth ＝ and -minus" >/dev/null
for fmt in csv json; do
	"$LIMBER" --data "$R" export --format $fmt -o "$TMP/all.$fmt"
	run "$LIMBER" --data "$TMP/empty-$fmt" import "$TMP/all.$fmt"
	expect_rc 0 "an export ($fmt) of every kind of record imports into an empty diary"
	expect_in OUT "imported 3 entries and 3 sessions" "all of it ($fmt)"
	"$LIMBER" --data "$TMP/empty-$fmt" export --format $fmt -o "$TMP/again.$fmt"
	cmp -s "$TMP/all.$fmt" "$TMP/again.$fmt" && ok "and exports to the same bytes ($fmt)" ||
		not_ok "the second export ($fmt) differs"
done

# ---- smaller ----
S="$TMP/small"
mkdir -p "$TMP/adir"
run "$LIMBER" --data "$S" import "$TMP/adir"
expect_rc 2 "importing a directory is refused"
expect_in ERR "adir: is a directory" "saying it is a directory"
printf '[{"type": "entry", "back": 3}]\n' >"$TMP/array.json"
run "$LIMBER" --data "$S" import "$TMP/array.json"
expect_rc 2 "a JSON array is refused"
expect_in ERR "array.json:1: looks like JSON" "saying it looks like JSON"
# The formula escape: a line feed, a tab, spaces before = + - @, and the fullwidth forms.
for note in "$(printf '\n=1+1')" "$(printf '\t=1')" "  =1+1" "   @SUM(A1)" " -2" "＝1＋1" "＋1" "－1" "＠cmd"; do
	"$LIMBER" --data "$S" log --back 1 --note "$note" >/dev/null
done
"$LIMBER" --data "$S" export -o "$TMP/formula.csv"
n=$(grep -c "^entry,.*,\"'" "$TMP/formula.csv")
[ "$n" -eq 9 ] && ok "every formula-like note is written with the apostrophe" ||
	{ not_ok "$n of 9 notes escaped"; diag "$(cat "$TMP/formula.csv")"; }
run "$LIMBER" --data "$TMP/formula-back" import "$TMP/formula.csv"
"$LIMBER" --data "$TMP/formula-back" export -o "$TMP/formula2.csv"
cmp -s "$TMP/formula.csv" "$TMP/formula2.csv" && ok "and import takes it off again" ||
	not_ok "the escape does not survive import"
printf 'kept out of ps\nsecond line\n' | "$LIMBER" --data "$S" log --back 2 --note - >/dev/null
"$LIMBER" --data "$S" export --format json | grep -qF '"note":"kept out of ps\nsecond line"' &&
	ok "--note - reads the note from standard input" || not_ok "--note - did not take standard input"
ps_note=$(printf 'x' | "$LIMBER" --data "$S" log --back 2 --note - 2>&1 >/dev/null)
[ -z "$ps_note" ] && ok "quietly" || { not_ok "--note - said something"; diag "$ps_note"; }
plan "$_t"
done_testing
