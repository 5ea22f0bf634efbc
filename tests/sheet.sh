#!/bin/sh
# SPDX-License-Identifier: ISC
# sheet.sh - limber sheet read back with poppler-utils: every shipped routine at A4 and
# letter holds each exercise's title and dose as limber show prints them, on 1 or 2 pages;
# -o - and the file's mode; an unknown routine or paper exits 2 with a message.
. "$top_srcdir/tests/lib.sh"
if ! command -v pdfinfo >/dev/null || ! command -v pdftotext >/dev/null; then
	echo "1..0 # SKIP poppler-utils is not installed (apt-get install poppler-utils)"
	exit 0
fi
if "$LIMBER" sheet quick-five -o "$TMP/probe.pdf" 2>&1 | grep -q "built without PDF"; then
	echo "1..0 # SKIP this limber was built --without-report"
	exit 0
fi
ids=$("$LIMBER" routines | awk 'NR > 1 && $1 ~ /^[a-z0-9-]+$/ && substr($0, 1, 1) != " " { print $1 }')
n=$(printf '%s\n' "$ids" | wc -l)
plan $((n * 2 * 3 + 16))

# The text on one line, spaces squeezed: titles and doses may wrap.
flat() { pdftotext "$@" - 2>/dev/null | tr '\n' ' ' | tr -s ' '; }
pages() { pdfinfo "$1" 2>/dev/null | sed -n 's/^Pages: *//p'; }

for id in $ids; do
	# limber show: " 1  Title   1:02" then the dose on the next line.
	"$LIMBER" show "$id" >"$TMP/show" 2>&1
	titles=$(sed -n 's/^ *[0-9][0-9]*  \(.*[^ ]\)  *[0-9]*:[0-9][0-9]$/\1/p' "$TMP/show")
	doses=$(awk '/^ *[0-9]+  .* [0-9]+:[0-9][0-9]$/ { getline; sub(/^ +/, ""); print }' "$TMP/show")
	for paper in a4 letter; do
		run "$LIMBER" sheet "$id" --paper "$paper" -o "$TMP/$id-$paper.pdf"
		p=$(pages "$TMP/$id-$paper.pdf")
		size=$(pdfinfo "$TMP/$id-$paper.pdf" 2>/dev/null | sed -n 's/^Page size: *//p')
		want="595.28 x 841.89"
		[ "$paper" = letter ] && want="612 x 792"
		if [ "$RC" -eq 0 ] && [ "${p:-0}" -ge 1 ] && [ "${p:-0}" -le 2 ] &&
			case "$size" in "$want"*) true ;; *) false ;; esac; then
			ok "$id at $paper: $p page(s), $want"
		else
			not_ok "$id at $paper: exit $RC, $p pages, size $size"
			diag "$ERR"
		fi
		text=$(flat "$TMP/$id-$paper.pdf")
		missing=""
		while IFS= read -r t; do
			case "$text" in *"$t"*) ;; *) missing="$missing [$t]" ;; esac
		done <<EOF2
$titles
EOF2
		[ -n "$titles" ] && [ -z "$missing" ] && ok "$id at $paper: every exercise title" ||
			not_ok "$id at $paper: missing$missing"
		missing=""
		while IFS= read -r d; do
			case "$text" in *"Dose: $d"*) ;; *) missing="$missing [$d]" ;; esac
		done <<EOF2
$doses
EOF2
		[ -n "$doses" ] && [ -z "$missing" ] && ok "$id at $paper: every dose" ||
			not_ok "$id at $paper: doses missing$missing"
	done
done

OUT=$(flat "$TMP/sciatica-morning-a4.pdf")
expect_in OUT "Tick a box each day you do it Mon Tue Wed Thu Fri Sat Sun" "a box per day, from Monday"
expect_in OUT "Contact emergency services now if you have numbness around the genitals" \
	"the safety advice at the foot"
expect_in OUT "Morning sciatica relief (continued)" "the title repeats where the page breaks"

if command -v pdfimages >/dev/null && grep -q '^#define HAVE_FIGURES 1' "$top_builddir/config.h"; then
	# The figures' outlined start positions are masks librsvg paints as images: at 288 ppi.
	all=$(pdfimages -list "$TMP/sciatica-morning-a4.pdf" 2>/dev/null | tail -n +3 | wc -l)
	fine=$(pdfimages -list "$TMP/sciatica-morning-a4.pdf" 2>/dev/null | tail -n +3 | awk '$13 >= 288' | wc -l)
	[ "$all" -gt 0 ] && [ "$all" = "$fine" ] && ok "figures drawn, their masks at print resolution ($all)" ||
		not_ok "figure images: $fine of $all at 288 ppi"
else
	ok "figures # SKIP pdfimages is not installed or this limber has no figures"
fi

umask 022
run "$LIMBER" sheet quick-five -o "$TMP/q.pdf"
expect_in OUT "$TMP/q.pdf: 2 pages, Five-minute quick routine (A4)" "says what it wrote"
[ "$(stat -c %a "$TMP/q.pdf")" = 600 ] && ok "mode 0600 as the report" ||
	not_ok "mode $(stat -c %a "$TMP/q.pdf")"
"$LIMBER" sheet quick-five -o - >"$TMP/s.pdf" 2>"$TMP/err"
[ "$(head -c 5 "$TMP/s.pdf")" = "%PDF-" ] && ok "-o - writes the PDF to standard output" ||
	not_ok "stdout: $(head -c 20 "$TMP/s.pdf")"

run "$LIMBER" sheet quick-fiv -o "$TMP/x.pdf"
expect_rc 2 "an unknown routine"
expect_in ERR "no routine 'quick-fiv' (did you mean 'quick-five'?)" "names it, with a hint"
run "$LIMBER" sheet quick-five --paper a3 -o "$TMP/x.pdf"
expect_rc 2 "--paper a3"
expect_in ERR "--paper: must be a4 or letter, got 'a3'" "names the paper sizes"
run "$LIMBER" sheet -o "$TMP/x.pdf"
expect_rc 2 "no routine"
expect_in ERR "which routine? (see 'limber routines')" "asks which"
run "$LIMBER" sheet quick-five
expect_rc 2 "no -o"
expect_in ERR "where to? give -o FILE.pdf" "asks where to"
[ ! -e "$TMP/x.pdf" ] && ok "nothing written on an error" || not_ok "x.pdf was written"
