#!/bin/sh
# SPDX-License-Identifier: ISC
# report.sh - the trends screen's p: a PDF report of the weeks shown, in the home directory.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/lib.sh"
if "$LIMBER" report -o "$TMP/probe.pdf" 2>&1 | grep -q "built without PDF reports"; then
	echo "1..0 # SKIP this limber was built --without-report"
	exit 0
fi
plan 8

D="$TMP/data"
mkdir -m 700 -p "$D"
touch "$D/notice-seen"
for d in 9 8 7 6 5 4 3 2 1; do
	day=$(date -d "-$d days" '+%Y-%m-%d')
	"$LIMBER" --data "$D" log --back 3 --leg $((d / 2 + 2)) --at "$day 08:00" >/dev/null
done
file="$HOME/limber-report-$(date +%Y-%m-%d).pdf"

e2e_start 80 24 "$LIMBER --data '$D'"
e2e_wait "Today" 5 >/dev/null || true
e2e_keys t
check "t opens trends" e2e_wait "Trends"
check "the key line names p" e2e_wait "p PDF report"
e2e_keys ?
check "? lists p with its help" e2e_wait "a PDF report of these weeks"
e2e_keys q # the keys are a pager of their own: q goes back
e2e_wait "avg/max" >/dev/null
e2e_keys p
check "p says where the report went" e2e_wait "Report written: $file"
[ -f "$file" ] && ok "the file is there" || not_ok "no $file"
mode=$(stat -c %a "$file" 2>/dev/null)
[ "$mode" = 600 ] && ok "mode 0600" || not_ok "mode $mode"
if command -v pdfinfo >/dev/null; then
	pages=$(pdfinfo "$file" 2>/dev/null | sed -n 's/^Pages: *//p')
	[ "${pages:-0}" -ge 1 ] && ok "a PDF of $pages pages" || not_ok "pdfinfo: ${pages:-nothing}"
else
	ok "a PDF # SKIP pdfinfo is not installed"
fi
e2e_keys w
check "the message goes with the next key of trends" e2e_gone "Report written"
e2e_keys q q
e2e_finish
