#!/bin/sh
# SPDX-License-Identifier: ISC
# sync-git.sh - limber sync through a real replication engine: a bare git
# repository as the shared remote, two clones of the sync folder.
. "$top_srcdir/tests/lib.sh"
if ! command -v git >/dev/null 2>&1; then
	echo "1..0 # SKIP git is not installed"
	exit 0
fi
plan 9
export GIT_AUTHOR_NAME=limber GIT_AUTHOR_EMAIL=limber@example.org
export GIT_COMMITTER_NAME=limber GIT_COMMITTER_EMAIL=limber@example.org
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
L() { d=$1; shift; "$LIMBER" --data "$TMP/$d" "$@"; }
idof() { L "$1" diary --since 2000-01-01 | grep -F "“$2”" | awk '{print $1}'; }
G() { d=$1; shift; git -C "$TMP/clone-$d" "$@" >>"$TMP/git.log" 2>&1; }
# The recipe of the README: pull, sync, commit what this machine wrote, push.
cycle() {
	G "$1" pull -q --rebase origin main &&
		L "$1" sync "$TMP/clone-$1" >/dev/null 2>"$TMP/sync.err" &&
		G "$1" add -A &&
		{ G "$1" diff --cached --quiet || G "$1" commit -q -m "limber sync"; } &&
		G "$1" push -q origin HEAD:main
}

git init -q --bare -b main "$TMP/remote.git" 2>/dev/null || git init -q --bare "$TMP/remote.git"
git -C "$TMP/remote.git" symbolic-ref HEAD refs/heads/main
git clone -q "$TMP/remote.git" "$TMP/clone-a" 2>/dev/null
git -C "$TMP/clone-a" checkout -q -b main 2>/dev/null
echo "limber sync folder" >"$TMP/clone-a/README"
G a add README
G a commit -q -m "start"
G a push -q origin main
git clone -q "$TMP/remote.git" "$TMP/clone-b" 2>/dev/null

L a log --back 3 --note "laptop" >/dev/null
L b log --leg 6 --note "desktop" >/dev/null
cycle a && ok "a pushes its changeset" || { not_ok "a's cycle"; diag "$(cat "$TMP/git.log")"; }
cycle b && ok "b pulls a's, pushes its own: no merge conflict" || { not_ok "b's cycle"; diag "$(cat "$TMP/git.log")"; }
cycle a && ok "a pulls b's" || not_ok "a's second cycle"
L a export >"$TMP/a.csv"
L b export >"$TMP/b.csv"
cmp -s "$TMP/a.csv" "$TMP/b.csv" && ok "one diary on both through git" || { not_ok "exports differ"; diag "$(diff "$TMP/a.csv" "$TMP/b.csv")"; }

# Both edit the same entry and both delete one while offline; then they meet.
L a edit "$(idof a desktop)" --leg 2 >/dev/null
L b delete --yes "$(idof b laptop)" >/dev/null
sleep 1
L b edit "$(idof b desktop)" --leg 7 >/dev/null
L a log --back 1 --note "laptop again" >/dev/null
cycle a && ok "a's offline changes go out" || not_ok "a's third cycle"
cycle b && ok "b merges them without a git conflict" || { not_ok "b's second cycle"; diag "$(cat "$TMP/git.log")"; }
cycle a || not_ok "a's last cycle"
L a export >"$TMP/a.csv"
L b export >"$TMP/b.csv"
cmp -s "$TMP/a.csv" "$TMP/b.csv" && ok "still one diary" || { not_ok "exports differ"; diag "$(diff "$TMP/a.csv" "$TMP/b.csv")"; }
grep -F '"desktop"' "$TMP/a.csv" | grep -q ',7,' && ok "b's newer edit won" || not_ok "desktop: $(grep -F desktop "$TMP/a.csv")"
grep -qF '"laptop"' "$TMP/a.csv" && not_ok "the deleted entry came back" || ok "the deletion held"
done_testing
