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
plan "$_t"
done_testing
