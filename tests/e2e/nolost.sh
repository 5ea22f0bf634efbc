#!/bin/sh
# SPDX-License-Identifier: ISC
# nolost.sh - the screens' side of issue 18: a bad LINES or COLUMNS is named, not TERM.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/lib.sh"
plan 6

for var in LINES COLUMNS; do
	e2e_start 80 24 "$var=99999999 $LIMBER --data '$TMP/data'"
	e2e_finish 10
	[ "$E2E_STATUS" = 1 ] && ok "$var=99999999: the screens exit 1" ||
		not_ok "$var=99999999: exit $E2E_STATUS"
	screen=$(e2e_screen)
	printf '%s' "$screen" | grep -qF "$var is '99999999'; it must be 1..9999" &&
		ok "saying what is wrong with $var" || { not_ok "no word of $var"; diag "$screen"; }
	printf '%s' "$screen" | grep -qF "terminal type" && not_ok "TERM is blamed" ||
		ok "TERM is not blamed"
done
done_testing
