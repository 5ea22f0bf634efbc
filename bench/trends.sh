#!/bin/sh
# SPDX-License-Identifier: ISC
# trends.sh - limber trends --weeks 520 on a ten-year diary (bench/diary-gen:
# 50,000 entries, 5,000 sessions), beside the sqlite3 shell running the same
# aggregation as one GROUP BY on the same file, to see what limber adds.
# Target (issues 5 and 10): under 100 ms.
# Usage: bench/trends.sh [LIMBER]   (default: build/limber). Needs hyperfine and sqlite3.
set -eu
cd "$(dirname "$0")/.."
limber=$(realpath "${1:-build/limber}")
work=$(mktemp -d "${TMPDIR:-/tmp}/limber-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$HOME"
cp "$limber" "$work/limber"
limber=$work/limber
echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
bench/diary-gen "$work/diary.csv"
"$limber" --data "$work/data" import "$work/diary.csv" >/dev/null
db=$work/data/diary.db
from=$(date -d "$((520 * 7)) days ago" +%s)

# The same work in SQL: pain per local day and per routine, sessions' before
# ratings as pain, over the same ten years.
cat >"$work/q.sql" <<SQL
SELECT day, avg(leg), avg(back), count(*) FROM (
  SELECT (at + tz * 60) / 86400 AS day, leg, back FROM entry WHERE at >= $from
  UNION ALL
  SELECT (started + tz * 60) / 86400, before_leg, before_back FROM session
    WHERE started >= $from AND speed = 1)
GROUP BY day;
SELECT routine, count(*), avg(after_leg - before_leg) FROM session
  WHERE started >= $from AND speed = 1 GROUP BY routine;
SQL
hyperfine -N --warmup 3 --runs 30 --export-markdown "$work/t.md" \
	"$limber --data $work/data trends --weeks 520" \
	"$limber --data $work/data trends --weeks 520 --format json" \
	"sqlite3 -init /dev/null $db '.read $work/q.sql'" >/dev/null
sed "s|$work/||g" "$work/t.md"
