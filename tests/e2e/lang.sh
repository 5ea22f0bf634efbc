#!/bin/sh
# SPDX-License-Identifier: ISC
# lang.sh - the daily loop in German, Spanish and French (issue 23): --help,
# limber show, the home screen, the entry form and the player, each at 80x24
# and 40x12, in the language of LANGUAGE with the build tree's catalogs
# (LIMBER_LOCALEDIR). What each should say is the catalog's own translation
# (gettext(1) on the same .mo), so the test follows the translators' words;
# it fails when a screen shows English where a translation exists, or when a
# line of the screen holds an English key word that has a translation.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/lib.sh"
LOC=$(cd "$top_builddir/po/locale" 2>/dev/null && pwd)
if [ -z "$LOC" ] || ! command -v gettext >/dev/null 2>&1; then
	echo "1..0 # SKIP no build-tree catalogs (configure --disable-nls?) or no gettext(1)"
	exit 0
fi
plan 43

D="$TMP/data"
mkdir -m 700 -p "$D"
: >"$D/notice-seen"
"$LIMBER" --data "$D" log --back 3 --leg 5 >/dev/null

# tr LANG MSGID [CONTEXT]: the catalog's translation of MSGID.
tr_() {
	if [ -n "${3:-}" ]; then
		TEXTDOMAINDIR=$LOC LC_ALL=$(locale_of "$1") LANGUAGE=$1 gettext -d limber -c "$3" -- "$2"
	else
		TEXTDOMAINDIR=$LOC LC_ALL=$(locale_of "$1") LANGUAGE=$1 gettext -d limber -- "$2"
	fi
}
locale_of() { case $1 in de) echo de_DE.UTF-8 ;; es) echo es_ES.UTF-8 ;; fr) echo fr_FR.UTF-8 ;; esac; }
# in LANG CMD...: CMD in that language.
in_() { _l=$1; shift; env LC_ALL="$(locale_of "$_l")" LANGUAGE="$_l" LIMBER_LOCALEDIR="$LOC" "$@"; }

for l in de es fr; do
	if ! locale -a 2>/dev/null | grep -qi "^$(locale_of $l | sed 's/UTF-8/utf8/')\$"; then
		for i in 1 2 3 4 5 6 7 8 9 10 11 12 13; do
			echo "ok $(( ${_t:-0} + 1 )) # SKIP locale $(locale_of $l) not generated"
			_t=$(( ${_t:-0} + 1 ))
		done
		continue
	fi
	want=$(tr_ $l "write a PDF report for your doctor or physiotherapist")
	if [ "$want" = "write a PDF report for your doctor or physiotherapist" ]; then
		not_ok "$l: the catalog has no translation of the report's summary"
	else
		ok "$l: the catalog translates the report's summary"
	fi
	run in_ $l "$LIMBER" --help
	expect_in OUT "$want" "$l: limber --help says it in $l"
	expect_not_in OUT "write a PDF report for your doctor" "$l: and not in English"
	title=$(tr_ $l "Five-minute quick routine" "quick-five|title")
	run in_ $l "$LIMBER" show quick-five
	expect_in OUT "$title" "$l: limber show gives the shipped routine's title in $l"
	expect_not_in OUT "Five-minute quick routine" "$l: not the English title"

	# The home screen and the entry form at 80x24; at 40x12 the home screen
	# says in the language that it needs more room, and the form fits.
	L="env LC_ALL=$(locale_of $l) LANGUAGE=$l LIMBER_LOCALEDIR='$LOC' '$LIMBER' --data '$D'"
	e2e_start 80 24 "$L"
	today=$(tr_ $l "Today")
	check "$l 80x24: the home screen says '$today'" e2e_wait "$today"
	e2e_screen | grep -qE "Suggested|Last entry|This week" &&
		{ not_ok "$l 80x24: English labels on the home screen"; diag "$(e2e_screen)"; } ||
		ok "$l 80x24: no English label on the home screen"
	e2e_keys l
	feel=$(tr_ $l "How do you feel?")
	check "$l 80x24: the form asks '$feel'" e2e_wait "$feel"
	e2e_screen | grep -q "How do you feel" && not_ok "$l 80x24: English on the form" ||
		ok "$l 80x24: no English heading on the form"
	e2e_keys Escape
	e2e_keys q
	e2e_finish
	e2e_start 40 12 "$L"
	small=$(tr_ $l "window too small (need %dx%d)")
	small=${small%%(*}
	check "$l 40x12: the home screen says in $l that it is too small ('$small')" e2e_wait "$small"
	e2e_keys q
	e2e_finish
	# The form's least size is 40x14.
	e2e_start 40 14 "$L log"
	# (its heading may be cut at a word, with "…", beside the date)
	check "$l 40x14: the form fits and asks '${feel%% *}…'" e2e_wait "${feel%% *}"
	e2e_screen | grep -q "How do you feel" && not_ok "$l 40x14: English on the form" ||
		ok "$l 40x14: no English heading on the form"
	e2e_keys Escape
	e2e_finish
	# The player, at 80x24: the phase in the language.
	e2e_start 80 24 "env LC_ALL=$(locale_of $l) LANGUAGE=$l LIMBER_LOCALEDIR='$LOC' '$LIMBER' --data '$D' run quick-five --no-rating"
	ready=$(tr_ $l "step %zu of %zu %s %s left")
	ready=${ready%%%*}
	check "$l: the player counts the steps in $l ('$ready')" e2e_wait "$ready"
	e2e_keys q
	e2e_finish
done
# German, the longest: the form's scale ends whole, side by side, and the
# symptoms beside the body map at 80x24; on the home screen at its least
# size (50x16), every action above the line at the foot.
if locale -a 2>/dev/null | grep -qi '^de_DE.utf8$'; then
	L="env LC_ALL=de_DE.UTF-8 LANGUAGE=de LIMBER_LOCALEDIR='$LOC' '$LIMBER' --data '$D'"
	e2e_start 80 24 "$L log"
	e2e_wait "$(tr_ de "How do you feel?")" >/dev/null
	low=$(tr_ de none "scale end") high=$(tr_ de "worst imaginable" "scale end")
	e2e_screen | grep -qF "$low  $high" && ok "de 80x24: the scale's ends whole, apart ('$low', '$high')" ||
		{ not_ok "de 80x24: the scale's ends run into each other"; diag "$(e2e_screen)"; }
	where=$(tr_ de Where) feels=$(tr_ de "Feels like")
	e2e_screen | grep -q "^ $where .* $feels" && ok "de 80x24: '$feels' beside the body map" ||
		{ not_ok "de 80x24: the symptoms are not beside the map"; diag "$(e2e_screen)"; }
	e2e_keys Escape
	e2e_finish
	e2e_start 50 16 "$L"
	e2e_wait "$(tr_ de "Today")" >/dev/null
	above=$(e2e_screen | head -n 13)
	missing=""
	actions=$(tr_ de "s session   l log how you feel   d diary   t trends   r routines")
	for item in $(printf '%s\n' "$actions" | sed 's/   /\n/g' | tr ' ' '_'); do
		printf '%s' "$above" | grep -qF "$(printf '%s' "$item" | tr '_' ' ')" || missing="$missing $item"
	done
	[ -z "$missing" ] && ok "de 50x16: every action above the line at the foot" ||
		{ not_ok "de 50x16: not shown:$missing"; diag "$(e2e_screen)"; }
	e2e_screen | sed -n 14p | grep -q '^─*$' && ok "de 50x16: and the line is whole" ||
		{ not_ok "de 50x16: the line at the foot is broken"; diag "$(e2e_screen)"; }
	e2e_keys q
	e2e_finish
else
	for i in 1 2 3 4; do
		echo "ok $(( ${_t:-0} + 1 )) # SKIP locale de_DE.UTF-8 not generated"
		_t=$(( ${_t:-0} + 1 ))
	done
fi
done_testing
