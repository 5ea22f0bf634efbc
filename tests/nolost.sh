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
plan "$_t"
done_testing
