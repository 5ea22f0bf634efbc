#!/bin/sh
# SPDX-License-Identifier: ISC
# report.sh - limber report read back with poppler-utils: paper, pages, mode, the period, the
# verdict and weekly figures of limber trends, red flags on page 1, notes only with --notes,
# the function score beside pain.
. "$top_srcdir/tests/lib.sh"
if ! command -v pdfinfo >/dev/null || ! command -v pdftotext >/dev/null; then
	echo "1..0 # SKIP poppler-utils is not installed (apt-get install poppler-utils)"
	exit 0
fi
if "$LIMBER" report -o "$TMP/probe.pdf" 2>&1 | grep -q "built without PDF reports"; then
	echo "1..0 # SKIP this limber was built --without-report"
	exit 0
fi
plan 66

HEAD=type,uid,time,back,leg,where,symptoms,sitting,sleep,meds,note,red_flags,created,updated,routine,title,ended,steps_done,steps_skipped,steps_total,before_back,before_leg,after_back,after_leg,complete,speed
n=0
# entry DAYS_AGO BACK LEG [FLAGS [NOTE [MEDS]]]: one CSV line, at 09:00 local time that day.
entry() {
	n=$((n + 1))
	t=$(date -d "$1 days ago 09:00" +%Y-%m-%dT%H:%M:%S%:z)
	printf 'entry,%032x,%s,%s,%s,"lower-back,thigh-left",tingling,45,6,"%s","%s","%s",%s,%s,,,,,,,,,,,,\n' \
		"$n" "$t" "$2" "$3" "${6:-}" "${5:-}" "${4:-}" "$t" "$t"
}
# session DAYS_AGO ROUTINE BEFORE_LEG AFTER_LEG: a rated 10-minute session at 18:00.
session() {
	n=$((n + 1))
	t=$(date -d "$1 days ago 18:00" +%Y-%m-%dT%H:%M:%S%:z)
	e=$(date -d "$1 days ago 18:10" +%Y-%m-%dT%H:%M:%S%:z)
	printf 'session,%032x,%s,,,,,,,,,,%s,%s,%s,%s,%s,3,0,3,,%s,,%s,1,1\n' "$n" "$t" "$t" "$t" \
		"$2" "$2" "$e" "$3" "$4"
}
diary() {
	{ echo "$HEAD"; cat; } >"$TMP/$1.csv"
	"$LIMBER" --data "$TMP/$1" import "$TMP/$1.csv" >/dev/null || echo "import of $1 failed" >&2
}
text() { pdftotext -layout "$@" - 2>/dev/null; }
# The text on one line, spaces squeezed: sentences wrap in the PDF.
flat() { pdftotext "$@" - 2>/dev/null | tr '\n' ' ' | tr -s ' '; }
pages() { pdfinfo "$1" 2>/dev/null | sed -n 's/^Pages: *//p'; }

# Eight weeks: leg pain falling from 7 to 3, a routine most evenings, two red flags, notes.
{
	for d in $(seq 55 -1 1); do
		case $d in
		40) entry "$d" 3 $((3 + 4 * d / 55)) "saddle-numbness,bladder" "" "naproxen 250 mg, paracetamol 1 g" ;;
		20) entry "$d" 3 $((3 + 4 * d / 55)) "" "長時間座ると左脚が痛い。" ;;
		10) entry "$d" 3 $((3 + 4 * d / 55)) both-legs "Πόνος στο πόδι μετά το περπάτημα." "paracetamol 1 g" ;;
		*) entry "$d" 3 $((3 + 4 * d / 55)) ;;
		esac
		[ $((d % 3)) -eq 0 ] && session "$d" quick-five 5 3
	done
} | diary eight
L="$LIMBER --data $TMP/eight"

umask 022
run $L report -o "$TMP/r.pdf"
expect_rc 0 "limber report -o r.pdf"
expect_in OUT "$TMP/r.pdf: " "says what it wrote"
info=$(pdfinfo "$TMP/r.pdf" 2>&1)
case "$info" in *"595.28 x 841.89"*) ok "A4 by default" ;; *) not_ok "page size: $info" ;; esac
p=$(pages "$TMP/r.pdf")
[ "${p:-0}" -ge 1 ] && [ "${p:-0}" -le 3 ] && ok "8 weeks on 1 to 3 pages ($p)" || not_ok "pages: $p"
[ "$(stat -c %a "$TMP/r.pdf")" = 600 ] && ok "mode 0600 whatever the umask" ||
	not_ok "mode $(stat -c %a "$TMP/r.pdf")"
ls "$TMP" | grep -q 'r\.pdf\.' && not_ok "a temporary file was left" || ok "no temporary file left"
if command -v pdfimages >/dev/null; then
	# Figures' outlines are masks that librsvg paints as images: at print resolution.
	imgs=$(pdfimages -list "$TMP/r.pdf" 2>/dev/null | tail -n +3 | awk '$13 < 288' | wc -l)
	[ "$imgs" -eq 0 ] && ok "no coarse bitmaps: the chart is vectors" || not_ok "$imgs images"
else
	ok "vectors # SKIP pdfimages is not installed"
fi

json=$($L trends --format json)
start=$(printf '%s\n' "$json" | sed -n 's/^      "start": "\(.*\)",$/\1/p' | head -1)
all=$(flat "$TMP/r.pdf")
OUT=$all
expect_in OUT "Period: $(date -d "$start" '+%-d %b %Y') – $(date -d "$start + 55 days" '+%-d %b %Y') (8 weeks)" \
	"the period, from the week trends starts with"
expect_in OUT "Self-reported with limber" "says it is self-reported"
expect_in OUT "RED FLAG STILL OPEN: sciatica in both legs (first noted" \
	"a red flag never answered with none is still open"
expect_in OUT "not a diagnosis" "and not a diagnosis"
# The verdict with limber trends' numbers, its interval named; identical ratings have no interval.
num() { printf '%s\n' "$json" | sed -n "/\"$1\": {/,/}/s/^      \"$2\": \\(.*\\),\$/\\1/p"; }
leg=$(awk -v f="$(num leg first)" -v r="$(num leg recent)" -v c="$(num leg change)" \
	-v l="$(num leg low)" -v h="$(num leg high)" -v p="$(num leg percent)" \
	'BEGIN { printf "Leg pain fell from %.1f to %.1f: \342\210\222%.1f points (95%% interval \342\210\222%.1f to \342\210\222%.1f), \342\210\222%.0f%%; a clinically important change.", f, r, -c, -l, -h, -p }')
expect_in OUT "$leg" "the verdict for leg pain, with the numbers of limber trends"
expect_in OUT "Back pain: 3 on every rated day of the first two weeks, 3 on every rated day of the last two." \
	"back pain the same every day: no zero-width interval"
expect_not_in OUT "0.0 to 0.0" "none drawn"

# Each week's row: entries, sessions, minutes, leg mean and worst, back mean and worst.
weeks=$(printf '%s\n' "$json" | awk -F': ' '
	/"start"/ { gsub(/[",]/, "", $2); s = $2 }
	/"entries"/ && s { gsub(/,/, "", $2); e = $2 } /"sessions"/ && s { gsub(/,/, "", $2); se = $2 }
	/"minutes"/ && s { gsub(/,/, "", $2); m = $2 } /"leg_mean"/ && s { gsub(/,/, "", $2); lm = $2 }
	/"back_mean"/ && s { gsub(/,/, "", $2); bm = $2 } /"leg_max"/ && s { gsub(/,/, "", $2); lx = $2 }
	/"back_max"/ && s { print s, e, se, m, lm, lx, bm, $2; s = "" }')
table=$(text "$TMP/r.pdf")
bad=0
checked=0
while read -r s e se m lm lx bm bx; do
	row=$(printf '%s\n' "$table" | grep -m1 -E "^ *$(date -d "$s" '+%-d %b %Y') +[0-9]+ +[0-9]")
	set -- $(printf '%s\n' "$row" | awk '{ $1 = $2 = $3 = ""; print }')
	if [ "$1 $2 $3 $5 $7" != "$e $se $m $lx $bx" ] ||
		! awk -v a="$4" -v b="$lm" -v c="$6" -v d="$bm" \
			'BEGIN { exit !((a - b) ^ 2 < 0.0026 && (c - d) ^ 2 < 0.0026) }'; then
		bad=$((bad + 1))
		diag "week $s: json $e $se $m $lm $lx $bm $bx; pdf: $row"
	fi
	checked=$((checked + 1))
done <<EOF2
$weeks
EOF2
[ "$bad" -eq 0 ] && [ "$checked" -eq 8 ] && ok "all 8 weekly rows equal limber trends --format json" ||
	not_ok "$bad of $checked weeks differ"

page1=$(flat -f 1 -l 1 "$TMP/r.pdf")
OUT=$page1
expect_in OUT "RED FLAGS: 2 entries" "red flags on page 1"
expect_in OUT "$(date -d '40 days ago' '+%a %-d %b %Y') 09:00" "with the date of the first"
expect_in OUT "numbness around the genitals or bottom" "and its flags by name"
expect_in OUT "new trouble starting or controlling peeing" "every one of them"
expect_in OUT "$(date -d '10 days ago' '+%a %-d %b %Y') 09:00 sciatica in both legs" "the second, dated"
OUT=$all
expect_in OUT "naproxen 250 mg $(date -d '40 days ago' '+%-d %b %Y') $(date -d '40 days ago' '+%-d %b %Y') 1" \
	"medication with its first and last dates"
# rows: the table's rows as laid out (pdftotext -layout), spaces squeezed.
rows() { pdftotext -layout "$1" - 2>/dev/null | tr -s ' ' | sed 's/^ //'; }
row=$(rows "$TMP/r.pdf" | grep -m1 '^ *quick-five [0-9]')
[ "$row" = "quick-five 18 0 all 18 sessions: −2, lower after not rated" ] &&
	ok "identical ratings: all 18 sessions: −2, no zero-width interval" || not_ok "routine row: $row"
expect_not_in OUT "quick-five: helps" "no prose repeats the routine table"
# 18 comfortable sessions have grown the doses: the report gives those in force, as limber dose.
tilt=$($L dose quick-five | sed -n 's/^Pelvic tilt *\([0-9]* reps × [0-9]* s, 3 s rest between reps\) —.*/\1/p')
expect_in OUT "Five-minute quick routine (quick-five) Exercise Dose Pelvic tilt ${tilt:-?}" \
	"the routine's exercises and the doses in force (${tilt%%,*}; the file says 10 reps × 3 s)"
expect_not_in OUT "長時間" "no notes without --notes"
expect_not_in OUT "Πόνος" "none at all"

run $L report --notes --paper letter --name "Ana Pérez" -o "$TMP/n.pdf"
expect_rc 0 "--notes --paper letter --name"
info=$(pdfinfo "$TMP/n.pdf" 2>&1)
case "$info" in *"612 x 792"*) ok "letter paper" ;; *) not_ok "page size: $info" ;; esac
OUT=$(flat "$TMP/n.pdf")
expect_in OUT "長時間座ると左脚が痛い。" "a Japanese note comes back as text"
expect_in OUT "Πόνος στο πόδι μετά το περπάτημα." "and a Greek one"
expect_in OUT "Pain diary of Ana Pérez" "the name at the top"

run $L report --since "$(date -d '20 days ago' +%Y-%m-%d)" --until "$(date -d '11 days ago' +%Y-%m-%d)" -o "$TMP/d.pdf"
OUT=$(flat "$TMP/d.pdf")
expect_in OUT "Period: $(date -d '20 days ago' '+%-d %b %Y') – $(date -d '11 days ago' '+%-d %b %Y') (10 days)" \
	"--since and --until: those days"

"$LIMBER" --data "$TMP/none" report -o "$TMP/e.pdf" >/dev/null 2>&1
[ "$(pages "$TMP/e.pdf")" = 1 ] && ok "an empty diary: one page" || not_ok "empty: $(pages "$TMP/e.pdf") pages"
OUT=$(flat "$TMP/e.pdf")
expect_in OUT "There are no entries in this period." "that says so"

$L report -o - >"$TMP/s.pdf" 2>"$TMP/err"
[ "$(head -c 5 "$TMP/s.pdf")" = "%PDF-" ] && [ "$(pages "$TMP/s.pdf")" = "$p" ] &&
	ok "-o - writes the PDF to standard output" || not_ok "stdout: $(head -c 20 "$TMP/s.pdf")"

# Five weeks read as a clinician would: no red flag, pain leaving the calf and foot, sessions
# logged afterwards beside played ones, sitting longer on better days, an emoji in a note.
HEAD="$HEAD,away"
# moving DAYS_AGO LEG WHERE SITTING [NOTE]
moving() {
	n=$((n + 1))
	t=$(date -d "$1 days ago 09:00" +%Y-%m-%dT%H:%M:%S%:z)
	printf 'entry,%032x,%s,3,%s,"%s",tingling,%s,6,,"%s",,%s,%s,,,,,,,,,,,,,\n' \
		"$n" "$t" "$2" "$3" "$4" "${5:-}" "$t" "$t"
}
# session2 DAYS_AGO BEFORE_LEG AFTER_LEG AWAY
session2() {
	n=$((n + 1))
	t=$(date -d "$1 days ago 18:00" +%Y-%m-%dT%H:%M:%S%:z)
	e=$(date -d "$1 days ago 18:10" +%Y-%m-%dT%H:%M:%S%:z)
	printf 'session,%032x,%s,,,,,,,,,,,,sciatica-morning,Morning sciatica relief,%s,6,0,6,,%s,,%s,1,1,%s\n' \
		"$n" "$t" "$e" "$2" "$3" "$4"
}
{
	for d in $(seq 34 -1 0); do
		leg=$((2 + (d + d % 3) / 6))
		note=""
		[ "$d" = 5 ] && note="Walked the dog 🐕 for 20 min"
		[ "$d" = 4 ] && note="$(printf 'A private sign \356\200\200 here')"
		if [ "$d" -ge 21 ]; then moving "$d" "$leg" "thigh-left,calf-left,foot-left" $((70 - 8 * leg)) "$note"
		else moving "$d" "$leg" "lower-back,buttock-left" $((70 - 8 * leg)) "$note"; fi
		[ $((d % 4)) -eq 0 ] && session2 "$d" "$leg" $((leg - 1 - d % 3)) $((d % 8 == 0))
	done
} | diary moving
run "$LIMBER" --data "$TMP/moving" report --notes -o "$TMP/m.pdf"
expect_rc 0 "a diary with sessions logged afterwards"
OUT=$(flat "$TMP/m.pdf")
expect_in OUT "Stretching: 4 sessions played in limber and 5 done away from the screen and logged afterwards" \
	"played and logged sessions counted apart"
row=$(rows "$TMP/m.pdf" | grep -m1 '^ *Morning sciatica relief [0-9]')
case "$row" in "Morning sciatica relief 4 5 −2.0 (95% interval −2.7 to not rated") ok "and in the routine table" ;;
*) not_ok "routine row: $row" ;; esac
expect_in OUT "No red flags reported in this period" "no red flag ticked: says so"
expect_in OUT "Pain below the knee (calf or foot): 14 of 14 entries noting a place (100%) in the first two weeks, 0 of 14 (0%) in the last two: the pain has moved up the leg (centralising)." \
	"places over time: the pain left the calf and foot"
row=$(rows "$TMP/m.pdf" | grep -m1 '^ *Left foot ')
[ "$row" = "Left foot 14 (100%) 0 14 (40%)" ] && ok "first and last two weeks side by side" ||
	not_ok "places row: $row"
expect_in OUT "(95% interval −" "intervals are named"
expect_in OUT "Sitting tolerance was higher on days with lower leg pain" "in a clinician's words"
expect_not_in OUT "you could sit" "not the person's"
expect_in OUT "Walked the dog" "a note with an emoji"
expect_in OUT "for 20 min" "keeps the text after it"
expect_in OUT "A private sign [U+E000] here" "a character no font has is shown as its code"
if fc-list 2>/dev/null | grep -qi "color emoji" && command -v pdfimages >/dev/null; then
	imgs=$(pdfimages -list "$TMP/m.pdf" 2>/dev/null | tail -n +3 | wc -l)
	[ "$imgs" -ge 1 ] && ok "the emoji is drawn from the colour emoji font" || not_ok "no emoji drawn"
else
	ok "emoji drawn # SKIP fonts-noto-color-emoji or pdfimages is not installed"
fi

HEAD=${HEAD%,away} # entry writes the columns of an older export

# No heading of a table ends a page, its table on the next: 0 to 8 red flags on page 1,
# short and long, move the week table's heading down across the foot of page 1.
ends=""
for flags in both-legs "saddle-numbness,bladder,bowel,worsening-weakness"; do
	for k in $(seq 0 8); do
		n=0
		{
			for d in $(seq 55 -1 1); do
				if [ "$d" -le "$k" ]; then entry "$d" 3 4 "$flags"; else entry "$d" 3 4; fi
			done
		} | diary "foot$k"
		"$LIMBER" --data "$TMP/foot$k" log --flag none >/dev/null # answered: no open-flag box
		"$LIMBER" --data "$TMP/foot$k" report -o "$TMP/foot$k.pdf" >/dev/null 2>&1
		for pg in $(seq 1 "$(pages "$TMP/foot$k.pdf")"); do
			last=$(pdftotext -layout -f "$pg" -l "$pg" "$TMP/foot$k.pdf" - 2>/dev/null | tr -d '\f' |
				grep -v '^ *$' | grep -v 'not a diagnosis.*page [0-9]' | tail -n 1 |
				sed 's/^ *//; s/ *$//')
			case $last in
			"Week by week" | "Medication" | "Stretching routines and their effect" | "All red flags"*)
				ends="$ends $k:p$pg:$last" ;;
			esac
		done
		rm -rf "$TMP/foot$k" "$TMP/foot$k.csv" "$TMP/foot$k.pdf"
	done
done
[ -z "$ends" ] && ok "no page ends with a table's heading (0..8 red flags)" ||
	not_ok "a heading ends a page:$ends"

# No table leaves one or two rows alone on a page: notes tables of 50 to 62 rows, some of
# which would end with a single row on its last page without the rule.
alone=""
for k in $(seq 50 62); do
	n=0
	{
		for d in $(seq "$k" -1 1); do entry "$d" 3 4 "" "Note of day $d: a line of text, as people write."; done
	} | diary "notes$k"
	"$LIMBER" --data "$TMP/notes$k" report --notes --weeks 16 -o "$TMP/n$k.pdf" >/dev/null 2>&1
	for pg in $(seq 1 "$(pages "$TMP/n$k.pdf")"); do
		c=$(pdftotext -layout -f "$pg" -l "$pg" "$TMP/n$k.pdf" - 2>/dev/null |
			grep -c 'Note of day')
		[ "$c" -eq 1 ] || [ "$c" -eq 2 ] && alone="$alone $k:p$pg:$c"
	done
done
[ -z "$alone" ] && ok "no page holds one or two rows of a table alone (50..62 notes)" ||
	not_ok "rows alone (notes:page:rows):$alone"

# Eight weeks of the same pain while what the person can do rises 3 points (the function score,
# weekly): the report says "better", a clinically important change, beside the flat pain, and
# no "not clearly better: see a doctor".
F="$LIMBER --data $TMP/fn"
$F function --set "sitting through a film" "putting on socks" --at "$(date -d '53 days ago' '+%F 07:00')" >/dev/null
i=0
for r in 3 3 4 4 6 6 7 7; do
	$F function --rate 1=$r 2=$((r + 1)) --at "$(date -d "$((52 - 7 * i)) days ago" '+%F 19:00')" >/dev/null
	i=$((i + 1))
done
for d in $(seq 55 -1 0); do
	$F log --back 5 --leg $((5 + d % 2)) --at "$(date -d "$d days ago" '+%F 09:00')" >/dev/null
done
run $F report -o "$TMP/f.pdf"
expect_rc 0 "a diary with weekly function ratings"
OUT=$(flat "$TMP/f.pdf")
expect_in OUT "Leg pain: no clear change" "leg pain is flat"
expect_in OUT "What the patient can do (Patient-Specific Functional Scale, PSFS)" \
	"the function score has its part, named for a clinician"
expect_in OUT "Function better — rose from 4.0 to 7.0 of 10: +3.0 points (95% interval +" \
	"a rise of 3 points reads better"
expect_in OUT "); a clinically important change. The first 4 weekly ratings" "and meaningful"
case "$OUT" in *"What the patient can do"*"Pain day by day"*) ok "beside pain, before the chart" ;;
*) not_ok "the function part is not beside the pain verdicts" ;; esac
page1=$(flat -f 1 -l 1 "$TMP/f.pdf")
case "$page1" in *"Function better"*) ok "on page 1" ;; *) not_ok "function verdict not on page 1" ;; esac
row=$(rows "$TMP/f.pdf" | grep -m1 '^putting on socks ')
[ "$row" = "putting on socks 4 ($(date -d '52 days ago' '+%-d %b %Y')) 8 ($(date -d '3 days ago' '+%-d %b %Y'))" ] &&
	ok "each activity in the patient's words, first and latest rating" || not_ok "activity row: $row"
json=$($F trends --format json)
weeks=$(printf '%s\n' "$json" | sed -n '/"function": {/,/"verdict"/s/^ *"score": \(.*\)$/\1/p' |
	sed 's/null/–/' | awk '{ printf "%s ", ($1 == "–" ? $1 : sprintf("%.1f", $1)) }')
pdf=$(rows "$TMP/f.pdf" | grep -E '^[0-9]+ [A-Z][a-z]{2} [0-9]{4} [0-9]' | awk 'NF == 13 { printf "%s ", $NF }')
[ -n "$weeks" ] && [ "$pdf" = "$weeks" ] && ok "each week's PSFS score as in limber trends' JSON ($pdf)" ||
	not_ok "weekly scores: pdf '$pdf', json '$weeks'"
expect_not_in OUT "not clearly better" "no 'see a doctor, not better': doing more is progress"
printf '%s' "$json" | grep -q '"kind": "not-better"' && not_ok "trends JSON advises a doctor" ||
	ok "trends JSON gives no not-better advice either"

run $L report --weeks 0 -o "$TMP/x.pdf"
expect_rc 2 "--weeks 0"
expect_in ERR "--weeks: must be 1..520, got 0" "says the range"
run $L report --weeks 4 --since 2026-01-01 -o "$TMP/x.pdf"
expect_in ERR "--weeks or --since/--until, not both" "--weeks with --since (exit $RC)"
run $L report --since 2026-02-01 --until 2026-01-01 -o "$TMP/x.pdf"
expect_in ERR "--since 2026-02-01 is after --until 2026-01-01" "--since after --until (exit $RC)"
run $L report
expect_rc 2 "no -o"
done_testing
