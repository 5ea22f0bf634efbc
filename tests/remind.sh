#!/bin/sh
# SPDX-License-Identifier: ISC
# remind.sh - limber remind: strict options, the units (systemd-analyze verify),
# systemctl --user's calls, --list and --off, and --now on a private D-Bus
# session (tests/notifyd owns org.freedesktop.Notifications) and without one.
. "$top_srcdir/tests/lib.sh"
plan 49

UNITS=$XDG_CONFIG_HOME/systemd/user
EXE=$(readlink -f "$LIMBER")
NOTIFYD=$top_builddir/tests/notifyd

# Never the user's own systemd: a stand-in systemctl, first on PATH, logs its
# arguments; SYSTEMCTL_MODE=absent answers as systemctl does without a user manager.
mkdir -p "$TMP/bin"
cat >"$TMP/bin/systemctl" <<'EOF'
#!/bin/sh
echo "$*" >>"$SYSTEMCTL_LOG"
if [ "${SYSTEMCTL_MODE:-}" = absent ]; then
	echo "Failed to connect to bus: No medium found" >&2
	exit 1
fi
if [ "${SYSTEMCTL_MODE:-}" = refuses ] && [ "$2" = enable ]; then
	echo "Failed to enable unit: Access denied" >&2
	exit 1
fi
[ "$2" = is-enabled ] && echo enabled
exit 0
EOF
chmod +x "$TMP/bin/systemctl"
export PATH="$TMP/bin:$PATH" SYSTEMCTL_LOG="$TMP/systemctl.log"
: >"$SYSTEMCTL_LOG"

# expect_file PATH DESC / expect_no_file PATH DESC
expect_file() { if [ -f "$1" ]; then ok "$2"; else not_ok "$2: no $1"; fi; }
expect_no_file() { if [ -e "$1" ]; then not_ok "$2: $1 is there"; else ok "$2"; fi; }
# expect_log TEXT DESC: a line of the stand-in systemctl's log is exactly TEXT.
expect_log() {
	if grep -qxF -- "$1" "$SYSTEMCTL_LOG"; then ok "$2"; else
		not_ok "$2: no '$1'"; diag "$(cat "$SYSTEMCTL_LOG")"; fi
}

# --- Strict options: nothing written.
run "$LIMBER" remind --at 25:00
expect_rc 2 "--at 25:00"
expect_in ERR "--at: must be a time HH:MM from 00:00 to 23:59, got '25:00'" "the error names --at and the value"
run "$LIMBER" remind --at 7:3
expect_rc 2 "--at 7:3"
run "$LIMBER" remind --at 07:30 --days mon-fry
expect_rc 2 "an unknown day"
expect_in ERR "--days: unknown day 'fry' in 'mon-fry'" "the error names --days and the day"
run "$LIMBER" remind --days mon-fri
expect_rc 2 "--days without --at"
run "$LIMBER" remind --list --off
expect_rc 2 "--list with --off"
expect_no_file "$UNITS" "bad options write no unit"
run "$LIMBER" remind --list
expect_in OUT "No reminders." "--list with none set says so"

# --- No user manager: the units are written, it says so, and gives the crontab lines.
run env SYSTEMCTL_MODE=absent "$LIMBER" remind --at 07:30 --at 19:00 --days mon-fri
expect_rc 0 "reminders without a user manager"
expect_in OUT "systemctl --user is not available here (Failed to connect to bus: No medium found)" "it says systemctl --user is not there"
expect_in OUT "30 7 * * 1-5 DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/$(id -u)/bus $EXE remind --now" "the crontab line for 07:30"
expect_in OUT "0 19 * * 1-5 " "the crontab line for 19:00"
expect_file "$UNITS/limber-remind-0730.timer" "the 07:30 timer is written"
expect_file "$UNITS/limber-remind-1900.timer" "the 19:00 timer is written"
expect_file "$UNITS/limber-remind.service" "the service is written"
T=$(cat "$UNITS/limber-remind-0730.timer")
expect_in T "OnCalendar=Mon..Fri *-*-* 07:30:00" "the timer's calendar"
expect_in T "Persistent=true" "a missed reminder comes at wake-up"
S=$(cat "$UNITS/limber-remind.service")
expect_in S "ExecStart=$EXE remind --now" "the service runs this limber's remind --now"

# The files as systemd reads them (a private runtime directory stands in for the session's).
if [ -n "${SYSTEMD_ANALYZE:-}" ]; then
	mkdir -m 700 "$TMP/run"
	run env XDG_RUNTIME_DIR=$TMP/run "$SYSTEMD_ANALYZE" --user verify \
		"$UNITS/limber-remind-0730.timer" "$UNITS/limber-remind-1900.timer" "$UNITS/limber-remind.service"
	expect_rc 0 "systemd-analyze verify passes the units"
	if [ -z "$OUT$ERR" ]; then ok "systemd-analyze has nothing to say"; else
		not_ok "systemd-analyze said something"; diag "$OUT" "$ERR"; fi
else
	ok "# skip systemd-analyze not found (tools/bootstrap installs systemd)"
	ok "# skip systemd-analyze not found"
fi

run env SYSTEMCTL_MODE=absent "$LIMBER" remind --list
expect_in OUT "07:30  mon-fri        written   limber-remind-0730.timer" "--list shows the 07:30 reminder"
expect_in OUT "19:00  mon-fri        written   limber-remind-1900.timer" "--list shows the 19:00 reminder"

# --- With a user manager: daemon-reload, enable --now; a new --at replaces the old times.
: >"$SYSTEMCTL_LOG"
run "$LIMBER" remind --at 08:00 --at 19:00 --data "$TMP/d"
expect_rc 0 "reminders with a user manager"
expect_log "--user daemon-reload" "systemctl --user daemon-reload"
expect_log "--user disable --now limber-remind-0730.timer" "the old time is disabled"
expect_log "--user enable --now limber-remind-0800.timer limber-remind-1900.timer" "the new timers are enabled"
expect_no_file "$UNITS/limber-remind-0730.timer" "the old time's file is gone"
expect_in OUT "Enabled with systemctl --user" "it says they are enabled"
S=$(cat "$UNITS/limber-remind.service")
expect_in S "ExecStart=$EXE remind --now --data $TMP/d" "the reminder reads the same diary"
run "$LIMBER" remind --list
expect_in OUT "08:00  every day      enabled   limber-remind-0800.timer" "--list shows the state"
run env SYSTEMCTL_MODE=refuses "$LIMBER" remind --at 08:00 --at 19:00 --data "$TMP/d"
expect_rc 1 "systemctl --user enable failing"
expect_in ERR "limber: systemctl --user enable failed: Failed to enable unit: Access denied" "says what systemctl said"

: >"$SYSTEMCTL_LOG"
run "$LIMBER" remind --off
expect_rc 0 "--off"
expect_log "--user disable --now limber-remind-0800.timer limber-remind-1900.timer" "--off disables first"
if ls "$UNITS" | grep -q limber-remind; then not_ok "--off leaves files"; diag "$(ls "$UNITS")"; else
	ok "--off removes the timers and the service"; fi
run "$LIMBER" remind --list
expect_in OUT "No reminders." "--list after --off"

# --- The reminder itself. Local time is set so that now is 08:xx (or 20:xx).
# tz HOUR: a fixed-offset zone in which the hour now is HOUR.
tz() {
	off=$((($1 - $(date -u +%-H) + 36) % 24 - 12))
	echo "LMB$((-off))"
}
HEAD=type,uid,time,back,leg,where,symptoms,sitting,sleep,meds,note,red_flags,created,updated,routine,title,ended,steps_done,steps_skipped,steps_total,before_back,before_leg,after_back,after_leg,complete,speed
n=0
# entry WHEN LEG / session WHEN ROUTINE: CSV lines; WHEN as date -d reads it.
entry() {
	n=$((n + 1))
	t=$(date -d "$1" +%Y-%m-%dT%H:%M:%S%:z)
	printf 'entry,%032x,%s,3,%s,,,,,,,,%s,%s,,,,,,,,,,,,\n' "$n" "$t" "$2" "$t" "$t"
}
session() {
	n=$((n + 1))
	t=$(date -d "$1" +%Y-%m-%dT%H:%M:%S%:z)
	printf 'session,%032x,%s,,,,,,,,,,%s,%s,%s,%s,%s,3,0,3,,,,,1,1\n' "$n" "$t" "$t" "$t" "$2" "$2" "$t"
}
month() {
	echo "$HEAD"
	# Leg pain 6-7 four weeks ago, 4-5 in the last two: down 2 points.
	for d in $(seq 27 -1 18); do entry "$d days ago 09:00" $((6 + d % 2)); done
	for d in $(seq 12 -1 1); do entry "$d days ago 09:00" $((4 + d % 2)); done
	for d in 3 2 1; do session "$d days ago 07:00" sciatica-morning; done
}
export TZ
TZ=$(tz 8)
month >"$TMP/month.csv"
"$LIMBER" --data "$TMP/d" import "$TMP/month.csv" >/dev/null
MIN=$("$LIMBER" routines | awk '$1 == "sciatica-morning" { for (i = 2; i <= NF; i++) if ($i ~ /^[0-9]+$/) { print $i; exit } }')
SUMMARY="Morning sciatica relief — $MIN min"
BODY="Your leg pain is down 2 points this month. When you are ready: limber run sciatica-morning."

run env DBUS_SESSION_BUS_ADDRESS=unix:path=$TMP/no-bus "$LIMBER" --data "$TMP/d" remind --now
expect_rc 0 "--now without D-Bus"
if [ "$OUT" = "$SUMMARY. $BODY" ]; then ok "without D-Bus: one line on standard output"; else
	not_ok "the fallback line"; diag "got:    $OUT" "wanted: $SUMMARY. $BODY" "$ERR"; fi
if [ -z "$ERR" ]; then ok "nothing on stderr without D-Bus"; else not_ok "stderr: $ERR"; fi

# notify CMD...: runs CMD on a private session bus whose notification server logs to $TMP/notify.log.
notify() {
	rm -f "$TMP/notify.log" "$TMP/ready"
	"$DBUS_RUN_SESSION" -- sh -c '
		"$0" "$1" "$2" 30 & pid=$!
		i=0; while [ ! -e "$2" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
		shift 2; "$@"; rc=$?
		sleep 0.3; kill $pid; wait $pid; exit $rc' \
		"$NOTIFYD" "$TMP/notify.log" "$TMP/ready" "$@" 2>"$TMP/dbus.err"
}
if [ -n "${DBUS_RUN_SESSION:-}" ] && [ -x "$NOTIFYD" ]; then
	notify "$LIMBER" --data "$TMP/d" remind --now >"$TMP/now.out"
	RC=$?
	expect_rc 0 "--now on a private bus"
	N=$(grep -c '^Notify' "$TMP/notify.log" 2>/dev/null || true)
	if [ "$N" = 1 ]; then ok "exactly one Notify call"; else
		not_ok "Notify calls: ${N:-none}"; diag "$(cat "$TMP/notify.log" "$TMP/dbus.err" 2>&1)"; fi
	LINE=$(cat "$TMP/notify.log" 2>/dev/null)
	WANT=$(printf 'Notify\tlimber\t%s\t%s\t1' "$SUMMARY" "$BODY")
	if [ "$LINE" = "$WANT" ]; then ok "the notification's summary and body"; else
		not_ok "the notification"; diag "got:    $LINE" "wanted: $WANT"; fi
	if [ ! -s "$TMP/now.out" ]; then ok "nothing on stdout when the notification is shown"; else
		not_ok "stdout: $(cat "$TMP/now.out")"; fi
else
	for i in 1 2 3 4; do ok "# skip dbus-run-session or tests/notifyd missing"; done
fi

# The evening asks for the day's rating.
run env TZ=$(tz 20) DBUS_SESSION_BUS_ADDRESS=unix:path=$TMP/no-bus "$LIMBER" --data "$TMP/d" remind --now
expect_in OUT "How was today? Rate your back and leg pain" "the evening reminder asks for the rating"

# After a red flag: care, not a session.
"$LIMBER" --data "$TMP/d" log --back 3 --leg 6 --flag bladder >/dev/null 2>&1
run env DBUS_SESSION_BUS_ADDRESS=unix:path=$TMP/no-bus "$LIMBER" --data "$TMP/d" remind --now
expect_in OUT "Seek medical care first, not a session" "after a red flag it says to seek care"
expect_in OUT "Contact emergency services now" "with the urgent-care words"
expect_not_in OUT "limber run" "and suggests no session"
if [ -n "${DBUS_RUN_SESSION:-}" ] && [ -x "$NOTIFYD" ]; then
	notify "$LIMBER" --data "$TMP/d" remind --now >/dev/null
	if grep -q "	Seek medical care first, not a session	.*	2\$" "$TMP/notify.log"; then
		ok "the red-flag notification is critical"; else
		not_ok "the red-flag notification"; diag "$(cat "$TMP/notify.log" 2>&1)"; fi
else
	ok "# skip dbus-run-session or tests/notifyd missing"
fi

done_testing
