#!/bin/sh
# pkg.sh - what a packager and outside tools rely on: where the routines are
# found, the licence in --version, standard streams, locale-proof numbers.
. "$top_srcdir/tests/lib.sh"
plan 5

run "$LIMBER" routines --ids
expect_rc 0 "routines --ids"
[ "$(printf '%s\n' "$OUT" | head -n 1)" = core-stability ] && ! printf '%s' "$OUT" | grep -q ' ' &&
	ok "routines --ids prints bare ids, one a line" || { not_ok "routines --ids"; diag "$OUT"; }

# A copy of the binary beside a marker naming a tree without routines: it
# looks only there and in the user's directory, and says so.
mkdir -p "$TMP/bin"
cp "$LIMBER" "$TMP/bin/limber"
echo "$TMP/no-tree" >"$TMP/bin/limber-srcdir"
run "$TMP/bin/limber" routines
expect_rc 1 "routines with the shipped directory missing"
expect_in ERR "$TMP/no-tree/routines (missing)" "it names the directories searched"
expect_in ERR "$XDG_CONFIG_HOME/limber/routines (missing)" "the user's directory too"

done_testing
