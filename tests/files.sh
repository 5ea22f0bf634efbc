#!/bin/sh
# SPDX-License-Identifier: ISC
# files.sh - the diary's files and directories: symlinked homes, links to the diary,
# read-only file systems (issue 14).
. "$top_srcdir/tests/lib.sh"
plan 14

# A data directory reached through a symbolic link (/home -> /var/home).
mkdir -p "$TMP/var/home"
ln -s "$TMP/var/home" "$TMP/home-link"
run "$LIMBER" --data "$TMP/home-link/limber" log --back 2 --leg 3
expect_rc 0 "a data directory behind a symbolic link works"
run "$LIMBER" --data "$TMP/home-link/limber" diary
expect_in OUT "   2" "and reads back"
[ "$(stat -c %a "$TMP/var/home/limber/diary.db")" = 600 ] && ok "the real file is 0600" ||
	not_ok "mode $(stat -c %a "$TMP/var/home/limber/diary.db")"

# A diary.db that is itself a symbolic link is refused, saying so.
mkdir -m 700 "$TMP/linked"
ln -s "$TMP/var/home/limber/diary.db" "$TMP/linked/diary.db"
run "$LIMBER" --data "$TMP/linked" log --back 1
expect_rc 1 "a symbolic link as diary.db is refused"
expect_in ERR "diary.db: is a symbolic link" "and named"

# So is a -wal or -shm that is a link.
mkdir -m 700 "$TMP/wal"
"$LIMBER" --data "$TMP/wal" log --back 1 >/dev/null
ln -s "$TMP/elsewhere" "$TMP/wal/diary.db-wal"
run "$LIMBER" --data "$TMP/wal" log --back 1
expect_rc 1 "a symbolic link as diary.db-wal is refused"
expect_in ERR "diary.db-wal: is a symbolic link" "and named"

# A diary with a second hard link is refused: the other name may be anyone's.
mkdir -m 700 "$TMP/hard" "$TMP/hard2"
"$LIMBER" --data "$TMP/hard" log --back 1 >/dev/null
ln "$TMP/hard/diary.db" "$TMP/hard2/diary.db"
run "$LIMBER" --data "$TMP/hard" diary
expect_rc 1 "a diary with two hard links is refused"
expect_in ERR "has 2 hard links" "and says why"

# A failed open leaves no empty diary.db behind.
mkdir -m 700 "$TMP/nothing"
ln -s "$TMP/elsewhere" "$TMP/nothing/diary.db-shm"
run "$LIMBER" --data "$TMP/nothing" log --back 1
[ ! -e "$TMP/nothing/diary.db" ] && ok "a refused open leaves no diary.db behind" ||
	not_ok "diary.db was left: $(ls -la "$TMP/nothing")"

# export -o writes into what is not a regular file, never replacing it.
out=$("$LIMBER" --data "$TMP/ro-src" export -o /dev/stdout 2>&1)
case "$out" in type,uid,*) ok "export -o /dev/stdout writes standard output" ;;
*) not_ok "export -o /dev/stdout: $out" ;; esac
"$LIMBER" --data "$TMP/ro-src" export -o /dev/null && [ -c /dev/null ] &&
	ok "export -o /dev/null leaves the device a device" || not_ok "/dev/null was replaced"

# On a read-only file system, reading still works and writing says why.
mkdir -m 700 "$TMP/ro"
"$LIMBER" --data "$TMP/ro" log --back 4 --leg 6 >/dev/null
if unshare -m sh -c "mount --bind '$TMP/ro' '$TMP/ro' && mount -o remount,bind,ro '$TMP/ro'" 2>/dev/null; then
	ro() { unshare -m sh -c "mount --bind '$TMP/ro' '$TMP/ro' && mount -o remount,bind,ro '$TMP/ro' && $*"; }
	out=$(ro "'$LIMBER' --data '$TMP/ro' diary; '$LIMBER' --data '$TMP/ro' export; '$LIMBER' --data '$TMP/ro' trends" 2>&1)
	rc=$?
	if [ $rc = 0 ] && printf '%s' "$out" | grep -q 'entry,' && printf '%s' "$out" | grep -q 'Trends'; then
		ok "diary, export and trends work on a read-only file system"
	else
		not_ok "read-only: rc $rc"; diag "$out"
	fi
	out=$(ro "'$LIMBER' --data '$TMP/ro' log --back 1" 2>&1)
	case "$out" in *"read-only or full"*) ok "log says the file system takes no writes" ;;
	*) not_ok "log on a read-only file system: $out" ;; esac
else
	ok "# SKIP cannot mount a read-only file system here"
	ok "# SKIP cannot mount a read-only file system here"
fi
done_testing
