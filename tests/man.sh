#!/bin/sh
# SPDX-License-Identifier: ISC
# man.sh - the man pages lint clean and document what the program does.
. "$top_srcdir/tests/lib.sh"
plan 13
# The pages as installed: made by make from man/*.in with the configured paths.
M="$top_builddir/man"
for page in limber.1 limber-routine.5 limber.conf.5 limber-diary.5; do
	if [ -n "${MANDOC:-}" ]; then
		out=$("$MANDOC" -Tlint -W warning "$M/$page" 2>&1)
	else
		out=$(groff -man -ww -z "$M/$page" 2>&1)
	fi
	[ -z "$out" ] && ok "$page lints clean" || { not_ok "$page lint"; diag "$out"; }
done
# Every command in --help is documented in limber(1).
missing=""
for cmd in $("$LIMBER" --help | awk '/^Commands:/ {f=1; next} /^$/ {f=0} f && /^  [a-z]/ {print $1}'); do
	grep -q "^\.B $cmd\|^\\\\fB$cmd\|limber $cmd\|^\.TP.*$cmd\|\\\\fB$cmd\\\\fR" "$M/limber.1" || missing="$missing $cmd"
done
[ -z "$missing" ] && ok "limber(1) documents every command" || not_ok "limber(1) lacks:$missing"
grep -q "EXIT STATUS" "$M/limber.1" && ok "limber(1) has EXIT STATUS" || not_ok "no EXIT STATUS"
grep -qi "not.*treatment\|self-care" "$M/limber.1" && ok "limber(1) carries the disclaimer" || not_ok "no disclaimer"
no_subst=$(grep -l '@[a-zA-Z]*@' "$M"/limber.1 "$M"/*.5)
[ -z "$no_subst" ] && ok "every @variable@ is substituted" || not_ok "left unsubstituted in:$no_subst"
v=$("$LIMBER" --version | sed -n '1s/^limber //p')
grep -q "^\.TH LIMBER 1 [0-9-]* \"limber $v\"" "$M/limber.1" && ok "limber(1) names version $v" ||
	not_ok "limber(1) .TH lacks version $v"
grep -q "exercise" "$M/limber-routine.5" && grep -q "step" "$M/limber-routine.5" && ok "limber-routine(5) documents exercise and step" || not_ok "limber-routine(5) incomplete"
# limber-diary(5) names every CSV column, every column of the diary's
# tables and views (from the schema, with sqlite3 when it is there), and
# each word of the bit masks with its bit.
P="$M/limber-diary.5"
missing=""
"$LIMBER" --data "$TMP/d" log --back 1 >/dev/null
"$LIMBER" --data "$TMP/d" export >"$TMP/x.csv"
for col in $(head -n 1 "$TMP/x.csv" | tr -d '\r' | tr , ' '); do
	grep -q "^\.B[RI]* .*\b$col\b" "$P" || missing="$missing $col"
done
[ -z "$missing" ] && ok "limber-diary(5) names every CSV column" || not_ok "limber-diary(5) lacks columns:$missing"
if command -v sqlite3 >/dev/null 2>&1; then
	missing=""
	for t in entry session entry_view session_view vocabulary; do
		for col in $(sqlite3 "$TMP/d/diary.db" "SELECT name FROM pragma_table_info('$t')"); do
			grep -q "^\.B[RI]* .*\b$col\b" "$P" || missing="$missing $t.$col"
		done
	done
	for i in $(sqlite3 "$TMP/d/diary.db" "SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL"); do
		grep -q "^\.B $i$" "$P" || missing="$missing index:$i"
	done
	[ -z "$missing" ] && ok "limber-diary(5) names every column, view and index" ||
		not_ok "limber-diary(5) lacks:$missing"
else
	ok "# SKIP sqlite3 not installed"
fi
bad=""
n=0
for list in 'lower-back buttock-left buttock-right thigh-left thigh-right calf-left calf-right foot-left foot-right' \
	'burning tingling numbness weakness shooting stiffness' \
	'both-legs saddle-numbness bladder bowel worsening-weakness sexual' \
	'fever weight-loss night-pain injury cancer-history back-shape' \
	'centralised same spread'; do
	bit=0
	for name in $list; do
		grep -A1 -x "$bit" "$P" | grep -q "^\.BR $(printf '%s' "$name" | sed 's/-/\\\\-/g') [,.]" || bad="$bad $bit=$name"
		bit=$((bit + 1)) n=$((n + 1))
	done
done
# The lists above are fields.h's, word for word (as --help prints them).
help=$("$LIMBER" log --help | tr -s ' \n,' ' ')
for list in 'lower-back, buttock-left, buttock-right, thigh-left, thigh-right, calf-left, calf-right, foot-left, foot-right' \
	'burning, tingling, numbness, weakness, shooting, stiffness' \
	'both-legs, saddle-numbness, bladder, bowel, worsening-weakness, sexual' \
	'fever, weight-loss, night-pain, injury, cancer-history, back-shape'; do
	printf '%s' "$help" | grep -qF -- "$(printf '%s' "$list" | tr -s ' ,' ' ')" || bad="$bad help:${list%%,*}"
done
[ "$n" = 30 ] && [ -z "$bad" ] && ok "limber-diary(5) gives each word its bit" || not_ok "limber-diary(5) bits:$bad"
done_testing
