#!/bin/sh
# SPDX-License-Identifier: ISC
# durability.sh - the diary survives what happens to real processes: kills in
# the middle of a write, two writers at once, a permissive umask, a full disk.
# POSIX sh + awk (runs under dash and bash); needs sqlite3 for the checks.
. "$top_srcdir/tests/lib.sh"
plan 25

# A seed for the random choices; set LIMBER_TEST_SEED to repeat a run's choices.
SEED=${LIMBER_TEST_SEED:-$(date +%s)}
diag "seed $SEED"
now_ms() { date +%s%3N; }
t_start=$(now_ms)

have_sqlite3=false
command -v sqlite3 >/dev/null 2>&1 && have_sqlite3=true

# few WORD...: the first ten words, and how many there are in all.
few() {
	if [ $# -le 10 ]; then echo "$*"; else
		_n=$#; echo "$1 $2 $3 $4 $5 $6 $7 $8 $9 ${10} ... ($_n in all)"; fi
}

# integrity DIR DESC: PRAGMA integrity_check of DIR/diary.db says ok.
integrity() {
	if ! $have_sqlite3; then
		ok "$2 # SKIP sqlite3 is not installed"
		return
	fi
	_ic=$(sqlite3 "$1/diary.db" 'PRAGMA integrity_check' 2>&1)
	if [ "$_ic" = ok ]; then ok "$2"; else not_ok "$2"; diag "$_ic"; fi
}

# notes DIR: the note of every entry in 'limber export', one a line (the notes
# used here are plain words, so the first quoted cell after the fields is it).
notes() {
	"$LIMBER" --data "$1" export >"$TMP/notes.csv" || return 1
	awk -F'"' '/^entry,/ { print $2 }' "$TMP/notes.csv"
}

# The 1,400 runs of parts a and b skip the leak check of an AddressSanitizer
# build: it more than doubles the time of a run (76 ms instead of 34 on a
# 2-core machine). Parts c and d, error paths included, keep it.
NOLEAK="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"

# ---------------------------------------------------------------------------
# a. 200 writers, a random half of them killed with SIGKILL at a random moment.
A="$TMP/kill/data"
# The diary exists before the writers start (making a new diary from many
# processes at once is not what this part is about).
"$LIMBER" --data "$A" log --back 1 --note seed >/dev/null 2>"$TMP/seed.err" ||
	diag "seeding failed: $(cat "$TMP/seed.err")"
# Kill within a window scaled to how long one write takes on this machine
# (about 10 ms, 40 ms under AddressSanitizer), so that kills land before,
# during and after the write transaction.
t0=$(now_ms)
ASAN_OPTIONS=$NOLEAK "$LIMBER" --data "$A" log --back 1 --note timing >/dev/null 2>&1
t1=$(($(now_ms) - t0))
window=$((t1 * 4))
[ "$window" -lt 40 ] && window=40
batch=20
# The plan: one line per process, "N KILL DELAY": an exact half is killed.
awk -v seed="$SEED" -v n=200 -v w="$window" 'BEGIN {
	srand(seed)
	for (i = 0; i < n; i++) idx[i] = i
	for (i = n - 1; i > 0; i--) { j = int(rand() * (i + 1)); t = idx[i]; idx[i] = idx[j]; idx[j] = t }
	for (i = 0; i < n; i++) kill[idx[i]] = i < n / 2
	for (i = 0; i < n; i++) printf "%d %d %.3f\n", i, kill[i], int(rand() * w) / 1000
}' >"$TMP/plan"
mkdir -p "$TMP/kill/st"
# One process: its parent subshell sleeps, kills it, waits for it, keeps its status.
one() {
	ASAN_OPTIONS=$NOLEAK "$LIMBER" --data "$A" log --back 3 --note "p$1" >/dev/null \
		2>"$TMP/kill/st/err.$1" &
	_p=$!
	if [ "$2" -eq 1 ]; then
		sleep "$3"
		kill -9 "$_p" 2>/dev/null
	fi
	wait "$_p"
	echo "$1 $?" >"$TMP/kill/st/$1"
}
i=0
while read -r n k d; do
	one "$n" "$k" "$d" 2>/dev/null &
	i=$((i + 1))
	[ $((i % batch)) -eq 0 ] && wait
done <"$TMP/plan"
wait
cat "$TMP/kill/st"/[0-9]* >"$TMP/kill/status"
notes "$A" >"$TMP/kill/notes" || diag "export failed"
# Tally: statuses 0 (wrote), 137 (SIGKILL), anything else (failed).
tally=$(awk 'FILENAME == ARGV[1] { st[$1] = $2; next }
	{ seen[$0]++ }
	END {
		for (i in st) {
			if (st[i] == 0) { ok++; if (!(("p" i) in seen)) missing = missing " p" i }
			else if (st[i] == 137) { killed++; if (("p" i) in seen) kept++ }
			else failed = failed " p" i "=" st[i]
		}
		for (s in seen) if (seen[s] > 1) dup = dup " " s "*" seen[s]
		printf "%d %d %d %d|%s|%s|%s\n", NR - FNR, ok, killed, kept, missing, dup, failed
	}' "$TMP/kill/status" "$TMP/kill/notes")
set -- $(echo "$tally" | cut -d'|' -f1)
nst=$1 nok=$2 nkilled=$3 nkept=$4
missing=$(echo "$tally" | cut -d'|' -f2)
dups=$(echo "$tally" | cut -d'|' -f3)
failed=$(echo "$tally" | cut -d'|' -f4)
msg="kill test: 200 writers, kills within ${window} ms: $nkilled killed ($nkept of them after"
diag "$msg their commit), $nok exited 0, $(echo $failed | wc -w) failed otherwise; $(($(now_ms) - t_start)) ms"
if [ "$nst" -eq 200 ] && [ -z "$failed" ]; then ok "every writer not killed exited 0"; else
	not_ok "writers failed without being killed: $(few $failed) ($nst statuses)"
	for f in $(few $failed | sed 's/ \.\.\..*//'); do f=${f%=*}; diag "$f: $(cat "$TMP/kill/st/err.${f#p}" 2>/dev/null)"; done
fi
[ "$nkilled" -ge 10 ] && [ "$nok" -ge 10 ] && ok "kills landed ($nkilled) and writers got through ($nok)" ||
	not_ok "the kill test did not test much: $nkilled killed, $nok exited 0"
[ -z "$missing" ] && ok "every writer that exited 0 has its entry" ||
	not_ok "exited 0 but not in the export: $(few $missing)"
[ -z "$dups" ] && ok "no entry is stored twice" || not_ok "notes stored more than once: $(few $dups)"
grep -qx seed "$TMP/kill/notes" && grep -qx timing "$TMP/kill/notes" &&
	ok "the entries from before the kills are there" || not_ok "the seed entries are gone"
integrity "$A" "integrity_check after the kills"
run "$LIMBER" --data "$A" diary
[ "$RC" -eq 0 ] && [ -n "$OUT" ] && ok "limber diary works after the kills" ||
	{ not_ok "limber diary after the kills: exit $RC"; diag "$ERR"; }

# ---------------------------------------------------------------------------
# b. Two writers of 500 entries each, at the same time (LIMBER_TEST_WRITES
# changes the 500).
writes=${LIMBER_TEST_WRITES:-500}
total=$((2 * writes))
B="$TMP/two/data"
"$LIMBER" --data "$B" log --back 1 --note seed >/dev/null 2>&1
writer() {
	_i=0 _fail=0
	while [ $_i -lt "$writes" ]; do
		ASAN_OPTIONS=$NOLEAK "$LIMBER" --data "$B" log --back 4 --note "$1$_i" >/dev/null 2>>"$TMP/two/err.$1" ||
			_fail=$((_fail + 1))
		_i=$((_i + 1))
	done
	echo "$_fail" >"$TMP/two/fail.$1"
}
t0=$(now_ms)
writer a &
writer b &
wait
diag "two writers: $total entries in $(($(now_ms) - t0)) ms"
fa=$(cat "$TMP/two/fail.a" 2>/dev/null || echo lost) fb=$(cat "$TMP/two/fail.b" 2>/dev/null || echo lost)
[ "$fa" = 0 ] && [ "$fb" = 0 ] && ok "all $total writes exited 0" ||
	{ not_ok "failed writes: $fa and $fb"; diag "$(sort "$TMP/two/err.a" "$TMP/two/err.b" | uniq -c | head -5)"; }
notes "$B" >"$TMP/two/notes"
n=$(grep -c '^entry,' "$TMP/notes.csv")
[ "$n" -eq $((total + 1)) ] && ok "exactly $total entries plus the seed ($n)" ||
	not_ok "$n entries, wanted $((total + 1))"
bad=$(awk -v w="$writes" '{ seen[$0]++ }
	END {
		for (t = 0; t < 2; t++) for (i = 0; i < w; i++) {
			s = (t ? "b" : "a") i
			if (seen[s] != 1) printf " %s*%d", s, seen[s]
		}
	}' "$TMP/two/notes")
[ -z "$bad" ] && ok "each of the $total entries is stored once" ||
	not_ok "entries not stored once (note*count): $(few $bad)"
integrity "$B" "integrity_check after two writers"

# ---------------------------------------------------------------------------
# c. File modes, whatever the umask.
mode() { stat -c %a "$1" 2>/dev/null || echo none; }
U="$TMP/u/a/b"
(umask 000 && "$LIMBER" --data "$U" log --back 1 >/dev/null 2>"$TMP/umask.err")
[ "$(mode "$U")" = 700 ] && ok "umask 000: a new data directory is 0700" ||
	not_ok "umask 000: the data directory is $(mode "$U")"
[ "$(mode "$U/diary.db")" = 600 ] && ok "umask 000: a new diary is 0600" ||
	not_ok "umask 000: the diary is $(mode "$U/diary.db")"
pa=$(mode "$TMP/u") pb=$(mode "$TMP/u/a")
[ "$pa" != none ] && [ $((0$pa & 022)) -eq 0 ] && [ $((0$pb & 022)) -eq 0 ] &&
	ok "umask 000: the parents made on the way are not writable by others ($pa, $pb)" ||
	not_ok "umask 000: parent directories are $pa and $pb"
[ ! -s "$TMP/umask.err" ] && ok "a new private diary brings no warning" ||
	{ not_ok "warnings for a new diary"; diag "$(cat "$TMP/umask.err")"; }

# An old diary and data directory open to others are tightened, with a warning.
O="$TMP/old/data"
"$LIMBER" --data "$O" log --back 1 >/dev/null 2>&1
chmod 644 "$O/diary.db"
run "$LIMBER" --data "$O" log --back 2
[ "$RC" -eq 0 ] && [ "$(mode "$O/diary.db")" = 600 ] && ok "a 0644 diary is tightened to 0600" ||
	not_ok "a 0644 diary: exit $RC, mode $(mode "$O/diary.db")"
case $ERR in
*"$O/diary.db"*0644*0600*) ok "the warning names the diary and both modes" ;;
*) not_ok "no warning for the 0644 diary"; diag "stderr: $ERR" ;;
esac
chmod 755 "$O"
run "$LIMBER" --data "$O" diary
[ "$RC" -eq 0 ] && [ "$(mode "$O")" = 700 ] && ok "limber diary tightens a 0755 data directory" ||
	not_ok "a 0755 data directory: exit $RC, mode $(mode "$O")"
expect_in ERR "it is now 0700" "the warning says the directory is now 0700"

# SQLite's -wal and -shm files, made loose while another program has the diary
# open (they exist only then), are tightened too.
W="$TMP/wal/data"
if $have_sqlite3 && mkfifo "$TMP/fifo" 2>/dev/null; then
	"$LIMBER" --data "$W" log --back 1 >/dev/null 2>&1
	sqlite3 "$W/diary.db" <"$TMP/fifo" >/dev/null 2>&1 &
	holder=$!
	exec 5>"$TMP/fifo"
	echo "SELECT count(*) FROM entry;" >&5
	i=0
	while [ ! -e "$W/diary.db-shm" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
	# A write while the holder is there leaves frames in the -wal file.
	"$LIMBER" --data "$W" log --back 2 >/dev/null 2>&1
	chmod 644 "$W/diary.db-wal" "$W/diary.db-shm" 2>/dev/null
	(umask 000 && "$LIMBER" --data "$W" log --back 3 >/dev/null 2>&1)
	mw=$(mode "$W/diary.db-wal") ms=$(mode "$W/diary.db-shm")
	[ "$mw" = 600 ] && [ "$ms" = 600 ] && ok "loose -wal and -shm files are tightened to 0600" ||
		not_ok "-wal is $mw, -shm is $ms (wanted 600 both)"
	exec 5>&-
	wait "$holder"
else
	ok "loose -wal and -shm files are tightened # SKIP no sqlite3 or mkfifo"
fi

# ---------------------------------------------------------------------------
# d. A full disk, simulated with the file size limit (SIGXFSZ ignored, so a
# write past it fails with EFBIG).
F="$TMP/full/data"
for w in kept1 kept2 kept3; do "$LIMBER" --data "$F" log --back 2 --note "$w" >/dev/null 2>&1; done
# ulimit -f counts 512-byte blocks in dash and bash --posix, 1024 in bash.
unit=$( (ulimit -f 8 && awk '/^Max file size/ { print $4 / 8 }' /proc/self/limits) 2>/dev/null)
case $unit in 512 | 1024) ;; *) unit=512 ;; esac
size=$(stat -c %s "$F/diary.db")
# Room for the 32 KiB -shm file and about 8 KiB more than the diary has now.
[ "$size" -lt 32768 ] && size=32768
blocks=$(((size + 8192) / unit))
pad=$(awk 'BEGIN { while (length(s) < 1900) s = s "x"; print s }')
(
	trap '' XFSZ
	ulimit -f "$blocks" || exit 3
	i=0
	while [ $i -lt 100 ]; do
		"$LIMBER" --data "$F" log --back 5 --note "full$i $pad" >/dev/null 2>"$TMP/full/err"
		rc=$?
		echo "$i $rc" >>"$TMP/full/status"
		[ $rc -ne 0 ] && break
		i=$((i + 1))
	done
)
last=$(tail -n 1 "$TMP/full/status" 2>/dev/null)
lrc=${last#* } li=${last% *}
diag "full disk: limit $blocks blocks of $unit bytes; $li writes went through, then: $(cat "$TMP/full/err" 2>/dev/null)"
[ "$lrc" = 1 ] && ok "a write to a full disk exits 1" || not_ok "a write to a full disk: '$last' (attempt, exit)"
grep -qF "$F/diary.db: " "$TMP/full/err" && grep -qF "the disk is full" "$TMP/full/err" &&
	! grep -q Sanitizer "$TMP/full/err" &&
	ok "the error names the diary and says the disk is full" ||
	{ not_ok "no 'disk is full' error naming the diary"; diag "stderr: $(cat "$TMP/full/err")"; }
integrity "$F" "integrity_check after the full disk"
notes "$F" >"$TMP/full/notes"
lost=$(awk 'FILENAME == ARGV[1] { if ($2 == 0) want["full" $1] = 1; else bad["full" $1] = 1; next }
	{ split($0, w, " "); got[w[1]] = 1 }
	END {
		want["kept1"]; want["kept2"]; want["kept3"]
		for (s in want) if (!(s in got)) printf " %s", s
		for (s in bad) if (s in got) printf " %s(failed,but-stored)", s
	}' "$TMP/full/status" "$TMP/full/notes")
[ -z "$lost" ] && ok "every entry logged before is there, the failed one is not" ||
	not_ok "after the full disk: $(few $lost)"
run "$LIMBER" --data "$F" log --back 1 --note after
notes "$F" >"$TMP/full/notes"
[ "$RC" -eq 0 ] && grep -qx after "$TMP/full/notes" && ok "with room again, a write goes through" ||
	{ not_ok "with room again: exit $RC"; diag "$ERR"; }

diag "durability.sh took $(($(now_ms) - t_start)) ms"
done_testing
