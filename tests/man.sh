#!/bin/sh
# man.sh - the man pages lint clean and document what the program does.
. "$top_srcdir/tests/lib.sh"
plan 9
# The pages as installed: made by make from man/*.in with the configured paths.
M="$top_builddir/man"
for page in limber.1 limber-routine.5 limber.conf.5; do
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
no_subst=$(grep -l '@[a-zA-Z]*@' "$M/limber.1" "$M/limber-routine.5" "$M/limber.conf.5")
[ -z "$no_subst" ] && ok "every @variable@ is substituted" || not_ok "left unsubstituted in:$no_subst"
v=$("$LIMBER" --version | sed -n '1s/^limber //p')
grep -q "^\.TH LIMBER 1 [0-9-]* \"limber $v\"" "$M/limber.1" && ok "limber(1) names version $v" ||
	not_ok "limber(1) .TH lacks version $v"
grep -q "exercise" "$M/limber-routine.5" && grep -q "step" "$M/limber-routine.5" && ok "limber-routine(5) documents exercise and step" || not_ok "limber-routine(5) incomplete"
done_testing
