#!/bin/sh
# SPDX-License-Identifier: ISC
# nls.sh - limber in other languages (issue 23): the catalogs' sources
# (POTFILES.in, tools/routine-po), translations found from the build tree
# with LIMBER_LOCALEDIR, shipped routines translated and a person's own not,
# exports the same in every language, and the voice in the messages' language.
# The German here is the test catalog's (tests/data/i18n/de.po), not po/de.po.
. "$top_srcdir/tests/lib.sh"
plan 32

# skip DESC: a test point that cannot run here, saying why.
skip() { _t=$((_t + 1)); echo "ok $_t # SKIP $1"; }
nls=${USE_NLS:-no}
TESTLOC=${LIMBER_TEST_LOCALEDIR:-}
# German from the test catalog: LANGUAGE picks it, LC_ALL stays C.UTF-8.
de() { LANGUAGE=de LIMBER_LOCALEDIR=$TESTLOC "$@"; }

# --- tools/routine-po ---
run sh "$top_srcdir/tools/routine-po" "$top_srcdir"/routines/*.conf
expect_rc 0 "routine-po reads the shipped routines"
printf '%s\n' "$OUT" >"$TMP/routines.pot"
expect_in OUT 'msgctxt "figure-four|cue"' "a cue's context is the exercise id and the field"
expect_in OUT 'msgctxt "quick-five|title"' "a routine's title is there too"
if msgfmt --check -o /dev/null "$TMP/routines.pot" 2>"$TMP/msgfmt"; then
	ok "its output is a valid PO template"
else
	not_ok "msgfmt --check refuses it"
	diag "$(cat "$TMP/msgfmt")"
fi
# Every exercise's title, once each: 19 exercises and 8 routines ship.
n=$(grep -c '|title"$' "$TMP/routines.pot")
want=$(cat "$top_srcdir"/routines/*.conf | grep -cE '^[[:space:]]*(exercise|routine)[[:space:]]+"')
if [ "$n" -eq "$want" ]; then ok "one title for each of the $want exercises and routines"; else
	not_ok "$n titles for $want exercises and routines"; fi

cat >"$TMP/odd.conf" <<'EOF'
# a "quoted" word in a comment, and // another
exercise "odd" {  // a comment after the section
    title = "Say \"hello\" \\ wave"   # a comment
    area  = {hips, "core"}
    progress { reps = "1..2" }
    /* a block comment: title = "not this" */
    summary = 'single quoted'
    cue = {"one",
           "two"}
    cue += {"three"}
    figure = "odd"
}
routine "r" { title = "R"  step "odd" { reps = 2 } }
EOF
run sh "$top_srcdir/tools/routine-po" "$TMP/odd.conf"
printf '%s\n' "$OUT" >"$TMP/odd.pot"
expect_in OUT 'msgid "Say \"hello\" \\ wave"' "quotes and backslashes are carried over escaped"
expect_in OUT 'msgid "single quoted"' "single-quoted strings are read"
if grep -q 'msgid "three"' "$TMP/odd.pot" && grep -q 'msgid "two"' "$TMP/odd.pot" &&
	! grep -q 'not this' "$TMP/odd.pot" && ! grep -q '1\.\.2' "$TMP/odd.pot" &&
	! grep -q '"core"' "$TMP/odd.pot" && [ "$(grep -c '^msgctxt' "$TMP/odd.pot")" -eq 6 ] &&
	grep -q '"odd", cue 3:' "$TMP/odd.pot"; then
	ok "lists and += are read; comments, areas, doses and figures are not prose"
else
	not_ok "the odd file's entries are wrong"
	diag "$OUT"
fi
printf 'exercise "e" {\n  title = "a\\tb"\n}\n' >"$TMP/esc.conf"
run sh "$top_srcdir/tools/routine-po" "$TMP/esc.conf"
expect_rc 1 "an escape PO cannot carry is refused"
expect_in ERR "esc.conf:2:" "with the file and line"

# --- po/: what the build needs ---
potfiles="$top_srcdir/po/POTFILES.in"
listed=$(sed -e '/^#/d' -e '/^[[:space:]]*$/d' "$potfiles")
if printf '%s\n' "$listed" | LC_ALL=C sort -c 2>/dev/null; then ok "POTFILES.in is sorted"; else
	not_ok "POTFILES.in is not sorted (LC_ALL=C sort)"; fi
missing=""
for f in $listed; do
	[ "$f" = po/routines.pot ] || [ -f "$top_srcdir/$f" ] || missing="$missing $f"
done
if [ -z "$missing" ]; then ok "every file POTFILES.in lists exists"; else
	not_ok "POTFILES.in lists files that are gone:$missing"; fi
# A file that marks a string must be listed, or its strings never reach a translator.
unlisted=""
for f in $(cd "$top_srcdir" && grep -rlE '(^|[^A-Za-z0-9_])(_|N_|C_|NC_|ngettext)\(' src --include='*.c' | LC_ALL=C sort); do
	printf '%s\n' "$listed" | grep -qxF "$f" || unlisted="$unlisted $f"
done
if [ -z "$unlisted" ]; then ok "every source file that marks strings is in POTFILES.in"; else
	not_ok "marked strings in files missing from po/POTFILES.in:$unlisted"; fi
nopo=""
for l in $(sed -e 's/#.*//' "$top_srcdir/po/LINGUAS"); do
	[ -f "$top_srcdir/po/$l.po" ] || nopo="$nopo $l"
done
if [ -z "$nopo" ]; then ok "each language of LINGUAS has its po/LANG.po"; else
	not_ok "LINGUAS names languages without a .po:$nopo (msginit, po/README)"; fi

# --- translations from the build tree (LIMBER_LOCALEDIR) ---
if [ "$nls" != yes ]; then
	for d in "--help in German" "usage in German" "an error in German" "English without a catalog" \
		"a shipped routine in German" "a person's own routine as written" \
		"a stored title in German" "trends in German" "JSON as stored" "the catalogs' tree"; do
		skip "$d: built with --disable-nls"
	done
else
	run de "$LIMBER" --help
	expect_in OUT "Aufruf: limber [OPTION]... [COMMAND [ARG]...]" "limber --help in German (main.c)"
	run de "$LIMBER" routines --help
	expect_in OUT "diese Hilfe zeigen und beenden" "the options' help in German (parse.c)"
	run de "$LIMBER" diary --format xml
	expect_in ERR "--format: muss table, csv oder json sein, nicht „xml“" "an error and a list of choices in German"
	mkdir -p "$TMP/empty"
	run env LANGUAGE=de LIMBER_LOCALEDIR="$TMP/empty" "$LIMBER" --help
	expect_in OUT "Usage: limber [OPTION]..." "English where no catalog is found"
	run de "$LIMBER" show quick-five
	expect_in OUT "Fünf-Minuten-Kurzprogramm" "a shipped routine's title in German"
	mkdir -p "$TMP/own"
	cp "$top_srcdir/routines/quick-five.conf" "$TMP/own/"
	run de "$LIMBER" --routines "$TMP/own" show quick-five
	expect_in OUT "Five-minute quick routine" "a person's own routine is shown as written"
	# A session stores the title it was played under; read in another
	# language, a shipped routine's English title is shown translated.
	S="--data $TMP/titles"
	"$LIMBER" $S log --session quick-five --minutes 5 --before-leg 5 --after-leg 4 >/dev/null
	run de "$LIMBER" $S diary
	if printf '%s' "$OUT" | grep -q "Fünf-Minuten-Kurzprogramm" &&
		! printf '%s' "$OUT" | grep -q "Five-minute"; then
		ok "a session played in English is listed under its German title"
	else
		not_ok "the diary shows the stored English title in German"; diag "$OUT"
	fi
	run de "$LIMBER" $S trends
	expect_in OUT "Fünf-Minuten-Kurzprogramm" "and trends names its routine in German"
	run de "$LIMBER" $S trends --format json
	expect_in OUT '"title": "Five-minute quick routine"' "trends JSON keeps the title as stored"
	miss=""
	for l in $(sed -e 's/#.*//' "$top_srcdir/po/LINGUAS"); do
		[ -f "$LIMBER_PO_LOCALEDIR/$l/LC_MESSAGES/limber.mo" ] || miss="$miss $l"
	done
	if [ -z "$miss" ]; then ok "po/locale holds each language's catalog for LIMBER_LOCALEDIR"; else
		not_ok "po/locale lacks:$miss"; fi
fi

# --- files are the same in every language ---
# de_DE.UTF-8 from the system, else made here (no root needed).
delocale=""
if locale -a 2>/dev/null | grep -qiE '^de_DE\.utf-?8$'; then
	delocale=system
elif command -v localedef >/dev/null 2>&1 && localedef -i de_DE -f UTF-8 "$TMP/loc/de_DE.UTF-8" 2>/dev/null; then
	delocale=$TMP/loc
fi
# german CMD...: CMD with German messages and the German locale (decimal comma, dates).
german() {
	if [ "$delocale" = system ]; then
		env -u LC_ALL LANG=de_DE.UTF-8 LANGUAGE=de LIMBER_LOCALEDIR="$TESTLOC" "$@"
	else
		env -u LC_ALL LOCPATH="$delocale" LANG=de_DE.UTF-8 LANGUAGE=de LIMBER_LOCALEDIR="$TESTLOC" "$@"
	fi
}
if [ -z "$delocale" ] || [ "$(german locale -k decimal_point 2>/dev/null)" != 'decimal_point=","' ]; then
	for d in "CSV export" "JSON export" "trends JSON" "German decimals" "no C decimals"; do
		skip "$d: no de_DE.UTF-8 locale"
	done
else
	D="--data $TMP/diary"
	"$LIMBER" $D log --back 3 --leg 5 --sleep 6 --note "Knie über Kreuz" --at "2026-11-01 08:00" >/dev/null
	"$LIMBER" $D log --back 4 --leg 6 --where buttock-left --at "2026-11-02 08:00" >/dev/null
	"$LIMBER" $D log --session quick-five --minutes 7 --before-back 4 --before-leg 6 \
		--after-back 3 --after-leg 4 --at "2026-11-02 09:00" >/dev/null
	for f in csv json; do
		"$LIMBER" $D export --format $f >"$TMP/c.$f"
		german "$LIMBER" $D export --format $f >"$TMP/de.$f"
		if [ -s "$TMP/c.$f" ] && cmp -s "$TMP/c.$f" "$TMP/de.$f"; then
			ok "the $f export under LANG=de_DE.UTF-8 is byte for byte the C locale's"
		else
			not_ok "the $f export differs in German"
			diag "$(diff "$TMP/c.$f" "$TMP/de.$f" | head -20)"
		fi
	done
	"$LIMBER" $D trends --format json >"$TMP/c.trends"
	german "$LIMBER" $D trends --format json >"$TMP/de.trends"
	if grep -q '[0-9]\.[0-9]' "$TMP/c.trends" && cmp -s "$TMP/c.trends" "$TMP/de.trends"; then
		ok "trends JSON (decimals in it) is the same in German"
	else
		not_ok "trends JSON differs in German, or has no decimals to compare"
		diag "$(diff "$TMP/c.trends" "$TMP/de.trends" | head -20)"
	fi
	# For a person the numbers are the locale's: the week table's means in
	# German have a decimal comma (3,0 / 3), and no number a point.
	weeks=$(( ($(date +%s) - $(date -d 2026-11-01 +%s)) / 604800 + 2 ))
	german "$LIMBER" $D trends --weeks "$weeks" --ascii >"$TMP/de.text"
	grep -q '[0-9],0 / [0-9]' "$TMP/de.text" && ok "trends text in German: decimal commas (3,0 / 3)" ||
		{ not_ok "trends text in German: no decimal comma"; diag "$(cat "$TMP/de.text")"; }
	grep -q '[0-9]\.[0-9]' "$TMP/de.text" && { not_ok "trends text in German: a C decimal point";
		diag "$(grep '[0-9]\.[0-9]' "$TMP/de.text")"; } || ok "trends text in German: no C decimal point"
fi

# --- the voice speaks the messages' language ---
A="--data $TMP/audio"
run "$LIMBER" $A audio quick-five -o "$TMP/a.wav" --speed 50
log="$TMP/audio/limber.log"
if [ "$RC" -ne 0 ] || printf '%s' "$ERR" | grep -q "without speech"; then
	for d in "English voice" "German voice" "voice_name"; do skip "$d: no speech in this build"; done
else
	if tail -n 1 "$log" | grep -q "espeak-ng voice en ("; then ok "without a catalog the voice is English"; else
		not_ok "the voice without a catalog"; diag "$(cat "$log")"; fi
fi
if [ "$RC" -ne 0 ] || printf '%s' "$ERR" | grep -q "without speech" || [ "$nls" != yes ]; then
	for d in "German voice" "voice_name"; do skip "$d: no speech, or built with --disable-nls"; done
else
	de "$LIMBER" $A audio quick-five -o "$TMP/a.wav" --speed 50 >/dev/null
	if tail -n 1 "$log" | grep -q "espeak-ng voice de (German"; then
		ok "with German messages the voice is German (in limber.log)"
	else
		not_ok "the voice with German messages"; diag "$(cat "$log")"
	fi
	printf 'voice_name = "en-gb"\n' >"$TMP/voice.conf"
	de "$LIMBER" $A --config "$TMP/voice.conf" audio quick-five -o "$TMP/a.wav" --speed 50 >/dev/null
	if tail -n 1 "$log" | grep -q "espeak-ng voice en-gb ("; then
		ok "voice_name in limber.conf chooses another voice"
	else
		not_ok "voice_name did not choose the voice"; diag "$(cat "$log")"
	fi
fi
done_testing
