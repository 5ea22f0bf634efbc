#!/bin/sh
# SPDX-License-Identifier: ISC
# sync.sh - limber sync: two data directories and one folder; edits, deletes,
# half-copied and newer changesets, kill -9 during a sync, limber.conf's sync.
. "$top_srcdir/tests/lib.sh"
plan 55
F="$TMP/folder"
mkdir -p "$F"
L() { d=$1; shift; "$LIMBER" --data "$TMP/$d" "$@"; }
S() { L "$1" sync "$F" >"$TMP/sync.out" 2>"$TMP/sync.err"; }
# The local id of the entry whose note is $2 in diary $1.
idof() { L "$1" diary --since 2000-01-01 | grep -F "“$2”" | awk '{print $1}'; }
# same DESC [X Y]: byte-identical exports of two diaries (a and b by default).
same() {
	L "${2:-a}" export >"$TMP/x.csv"
	L "${3:-b}" export >"$TMP/y.csv"
	if cmp -s "$TMP/x.csv" "$TMP/y.csv"; then ok "$1"; else
		not_ok "$1"
		diag "$(diff "$TMP/x.csv" "$TMP/y.csv")"
	fi
}
# has DIARY NOTE: whether the diary holds an entry with that note.
has() { L "$1" export | grep -qF "\"$2\""; }
# A few sessions for a, made by the benchmark's generator.
DIARY_DAYS=10 DIARY_ENTRIES=4 DIARY_SESSIONS=3 "$top_srcdir/bench/diary-gen" "$TMP/gen.csv" 7

# Entries on both, sessions on a: every order of syncing gives the same diary.
L a log --back 3 --note "a one" >/dev/null
L a log --back 4 --note "a two" >/dev/null
L a import "$TMP/gen.csv" >/dev/null
L b log --leg 5 --note "b one" >/dev/null
S a
grep -q "sent 9 changes (changeset 1)" "$TMP/sync.out" && ok "a's first changeset holds its whole diary" ||
	not_ok "a sent: $(cat "$TMP/sync.out")"
S b
S a
same "a, b, a: the same diary on both"
n=$(L b export | grep -c '^session,')
[ "$n" = 3 ] && ok "sessions travel" || not_ok "b has $n sessions"
ma=$(cat "$TMP/a/machine-id")
[ "$(stat -c %a "$TMP/a/machine-id")" = 600 ] && ok "machine-id is 0600" || not_ok "machine-id mode"
[ -f "$F/$ma/00000001.changeset" ] && ok "a's changesets are in its own folder" || not_ok "no $F/$ma/00000001.changeset"
[ "$(stat -c %a "$F/$ma/00000001.changeset")" = 600 ] && ok "a changeset is 0600" || not_ok "changeset mode"
head -1 "$F/$ma/00000001.changeset" | grep -Eq "^limber-changeset 1 schema [0-9]+ machine $ma seq 1 time [0-9]+ length [0-9]+ crc32 [0-9a-f]{8}$" &&
	ok "the header names format, schema, machine, number, length, checksum" || not_ok "header: $(head -1 "$F/$ma/00000001.changeset")"

# Edits and deletes on both sides, synced b first this time.
L a edit "$(idof a "a one")" --back 6 >/dev/null
L b delete --yes "$(idof b "b one")" >/dev/null
L b log --back 1 --note "b two" >/dev/null
S b
S a
S b
same "b, a, b: edits and deletes on both"
has a "b one" && not_ok "the deletion reached a" || ok "the deletion reached a"
L a export | grep -F '"a one"' | grep -q ',6,' && ok "a's edit reached b" || not_ok "a's edit"

# Applying everything again changes nothing.
cp "$TMP/y.csv" "$TMP/before.csv"
sqlite3 "$TMP/b/diary.db" "UPDATE sync_peer SET applied = 0"
S b
L b export >"$TMP/after.csv"
cmp -s "$TMP/before.csv" "$TMP/after.csv" && ok "applying the same changesets twice changes nothing" ||
	not_ok "a second apply changed b"

# A sync that finds nothing new writes nothing (commands with sync = DIR sync each time).
S b
before=$(stat -c %y "$TMP/b/diary.db")
S b
after=$(stat -c %y "$TMP/b/diary.db")
[ "$before" = "$after" ] && ok "a sync with nothing new does not write the diary" ||
	not_ok "an idle sync wrote: $before, then $after"

# The same entry edited on both: the newer edit wins, whichever syncs first.
L a edit "$(idof a "a two")" --leg 2 >/dev/null
sleep 1
L b edit "$(idof b "a two")" --leg 8 >/dev/null
S b
S a
S b
same "the same edit on both sides gives one diary"
L a export | grep -F '"a two"' | grep -q ',4,8,' && ok "the newer edit (b's) wins" ||
	not_ok "a two: $(L a export | grep -F '"a two"')"
L b edit "$(idof b "a two")" --leg 1 >/dev/null
sleep 1
L a edit "$(idof a "a two")" --leg 9 >/dev/null
S b
S a
S b
L b export | grep -F '"a two"' | grep -q ',4,9,' && ok "the newer edit wins the other way round" ||
	not_ok "a two: $(L b export | grep -F '"a two"')"

# A delete on one and a later edit on the other: the delete wins.
L a delete --yes "$(idof a "a two")" >/dev/null
sleep 1
L b edit "$(idof b "a two")" --note "a two, edited" >/dev/null
S a
S b
S a
same "a delete against a later edit gives one diary"
has b "a two, edited" && not_ok "the edited entry came back" || ok "the delete wins over a later edit"
S b
has b "a two, edited" && not_ok "it comes back at the next sync" || ok "and it does not come back"

# An edit on one and a later delete on the other: the delete wins too.
L b log --back 2 --note "b three" >/dev/null
S b
S a
L b edit "$(idof b "b three")" --back 9 >/dev/null
sleep 1
L a delete --yes "$(idof a "b three")" >/dev/null
S b
S a
S b
same "an edit against a later delete gives one diary"
has a "b three" && not_ok "the deleted entry came back" || ok "the delete wins over an earlier edit"

# A changeset cut in half is skipped, and applied once whole.
L a log --back 2 --note "half" >/dev/null
S a
f=$(ls "$F/$ma"/*.changeset | tail -1)
cp "$f" "$TMP/whole"
head -c $(($(stat -c %s "$f") / 2)) "$TMP/whole" >"$f"
S b
grep -q "incomplete" "$TMP/sync.err" && ok "a half-copied changeset is named as incomplete" ||
	not_ok "sync said: $(cat "$TMP/sync.err")"
has b "half" && not_ok "half a changeset was applied" || ok "nothing of it was applied"
L b sync --status "$F" >"$TMP/status"
grep -q "waiting: .*incomplete" "$TMP/status" && ok "--status says what waits and why" ||
	not_ok "status: $(cat "$TMP/status")"
cp "$TMP/whole" "$f"
S b
has b "half" && ok "applied once whole" || not_ok "the whole changeset was not applied"

# A changeset from a newer limber is refused, and nothing is lost.
L a log --back 7 --note "from the future" >/dev/null
S a
f=$(ls "$F/$ma"/*.changeset | tail -1)
cp "$f" "$TMP/current"
sed -i '1s/ schema [0-9]* / schema 99 /' "$f"
cp "$TMP/b/diary.db" "$TMP/b-before.db"
L b export >"$TMP/before.csv"
S b
grep -q "newer limber (diary version 99" "$TMP/sync.err" && ok "a newer changeset is refused clearly" ||
	not_ok "sync said: $(cat "$TMP/sync.err")"
grep -q "update limber" "$TMP/sync.err" && ok "the message says what to do" || not_ok "no advice"
L b export >"$TMP/after.csv"
cmp -s "$TMP/before.csv" "$TMP/after.csv" && ok "the refused changeset changed nothing" || not_ok "b changed"
cp "$TMP/current" "$f"
S b
has b "from the future" && ok "applied once this limber can read it" || not_ok "never applied"

# kill -9 at every point of a sync leaves both diaries whole; the next sync finishes.
for point in before-write after-write applied-one before-commit after-commit; do
	L a log --back 5 --note "kill $point a" >/dev/null
	L b log --back 5 --note "kill $point b" >/dev/null
	S a
	LIMBER_SYNC_KILL=$point L b sync "$F" >/dev/null 2>&1
	rc=$?
	ic=$(sqlite3 "$TMP/b/diary.db" "PRAGMA integrity_check")
	if [ "$rc" -eq 137 ] && [ "$ic" = ok ] && has b "kill $point b"; then
		ok "killed at $point: b is whole and keeps its entry"
	else
		not_ok "killed at $point: exit $rc, integrity $ic"
	fi
	S b
	S a
	same "after $point, the next syncs finish the job"
done

# The diary never goes into the folder.
run L a sync "$TMP"
expect_rc 2 "a folder that holds the data directory is refused"
expect_in ERR "must not be in the synced folder" "and says why"
run L a sync "$TMP/nowhere"
expect_rc 2 "a folder that does not exist"
run L z sync "$TMP/nowhere"
[ ! -e "$TMP/z" ] && ok "a wrong folder makes no diary" || not_ok "$TMP/z was made"
run "$LIMBER" --data "$F/inside" sync "$F"
expect_rc 2 "a data directory yet to be made inside the folder is refused too"
[ ! -e "$F/inside" ] && ok "and nothing is made in the folder" || not_ok "$F/inside was made"

# sync = DIR in limber.conf: synced when a command writes, and before it reads.
printf 'sync = %s\n' "$F" >"$TMP/sync.conf"
L b --config "$TMP/sync.conf" log --back 3 --note "by the config" >/dev/null
has a "by the config" && not_ok "a has it before syncing" || ok "a has not seen it yet"
L a --config "$TMP/sync.conf" diary --since 2000-01-01 >"$TMP/list"
grep -qF "by the config" "$TMP/list" && ok "written on b at exit, read on a after a sync first" ||
	not_ok "a's list: $(cat "$TMP/list")"
same "limber.conf's sync keeps both the same"

# Compaction: a snapshot stands for what every known machine has applied.
S c
S a
S b
L a log --back 4 --note "late" >/dev/null
S a
newest=$(ls "$F/$ma" | grep '^[0-9]*\.changeset$' | tail -1)
run L a sync --compact "$F"
expect_in OUT "into a snapshot" "--compact folds a's changesets into a snapshot"
[ -f "$F/$ma/snapshot.changeset" ] && ok "the snapshot is there" || not_ok "no snapshot"
left=$(ls "$F/$ma" | grep '^[0-9]*\.changeset$' | tr '\n' ' ')
[ "$left" = "$newest " ] && ok "only the changeset b and c have not applied stays" || not_ok "left: $left (newest $newest)"
S b
S c
L a sync --compact "$F" >/dev/null
n=$(ls "$F/$ma" | grep -c '^[0-9]*\.changeset$')
[ "$n" = 0 ] && ok "once they have, it goes too" || not_ok "$n changesets left"
S d
same "a machine that joins later gets the whole diary from snapshots" a d
same "and the others agree" c d
run L d sync --status "$F"
expect_in OUT "(this machine)" "--status names this machine"
expect_in OUT "$ma: applied" "--status names the others"
done_testing
