#!/bin/sh
# SPDX-License-Identifier: ISC
# player.sh - the session player, end to end, in a real terminal.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/lib.sh"
plan 94

D="$TMP/data"
R="$TMP/routines"
mkdir -p "$R"
# A short routine: 3 steps, 15 planned seconds apart from the count-in.
cat >"$R/test.conf" <<'CONF'
exercise "e2e-hold" {
    title = "Test hold"
    area = {core}
    position = "Lie on your back."
    cue = {"Breathe out."}
    hold = 4
    reps = 2
    rest = 1
    caution = "Stop if it hurts."
}
exercise "e2e-sides" {
    title = "Test sides"
    area = {hips}
    hold = 3
    reps = 1
    sides = both
}
exercise "e2e-long" {
    title = "Long hold"
    area = {glutes}
    hold = 300
}
routine "e2e-short" {
    title = "Short test routine"
    rest = 2
    step "e2e-hold" {}
    step "e2e-sides" {}
    step "e2e-hold" { reps = 1 }
}
exercise "e2e-quick" {
    title = "Quick one"
    area = {core}
    hold = 1
}
routine "e2e-rest" {
    title = "Rest test routine"
    rest = 30
    step "e2e-quick" {}
    step "e2e-hold" {}
}
exercise "e2e-grow" {
    title = "Growing one"
    area = {core}
    hold = 3
    reps = 3
    progress {
        reps = "2..6"
        every = 3
    }
}
routine "e2e-grow" {
    title = "Growing test routine"
    step "e2e-grow" {}
}
routine "e2e-long" {
    title = "Long test routine"
    rest = 5
    step "e2e-long" {}
    step "e2e-hold" {}
    step "e2e-long" {}
}
CONF
RUN="$LIMBER --data '$D' --routines '$R' run"
sessions() { "$LIMBER" --data "$D" diary; }

# 1. Played to the end at 50x, with ratings before and after: recorded as complete.
e2e_start 80 24 "$RUN e2e-short --speed 50"
check "the rating before the session shows" e2e_wait "Before you start: how is your pain?"
e2e_keys 4
e2e_keys 6
check "the session plays" e2e_wait "Short test routine"
check "and reaches the end" e2e_wait "The session is over" 20
e2e_keys Enter
check "the rating after shows" e2e_wait "After the session"
e2e_keys 3 5
check "then where leg symptoms went, one key each" e2e_wait "d  spread further down the leg"
e2e_keys b
e2e_finish
[ "$E2E_STATUS" = 0 ] && ok "run exits 0" || not_ok "run exit status $E2E_STATUS"
out=$(sessions)
printf '%s' "$out" | grep -q "Short test routine, .*complete" && ok "the session is in the diary as complete" || { not_ok "no complete session"; diag "$out"; }
printf '%s' "$out" | grep -q "back 4→3, leg 6→5" && ok "with pain before and after" || { not_ok "ratings missing"; diag "$out"; }
"$LIMBER" --data "$D" export | tr -d '\r' | grep -q '^session,.*,"e2e-short",.*,3,0,3,4,6,3,5,centralised,1,50,0$' && ok "steps 3 of 3, speed 50 recorded" || { not_ok "export row"; diag "$("$LIMBER" --data "$D" export | grep '^session')"; }

# 2. Pause freezes the countdown; 3. skip and back; 4. quit part-way is partial.
e2e_start 80 24 "$RUN e2e-long --no-rating"
check "a long hold starts" e2e_wait "HOLD" 10
e2e_keys Space
check "space pauses" e2e_wait "PAUSED"
a=$(e2e_screen | grep -o '[0-9:]* s left' | head -n 1)
sleep 2.2
b=$(e2e_screen | grep -o '[0-9:]* s left' | head -n 1)
[ -n "$a" ] && [ "$a" = "$b" ] && ok "the countdown is frozen while paused ($a)" || not_ok "countdown moved: '$a' then '$b'"
e2e_keys Space
check "space resumes" e2e_gone "PAUSED"
sleep 2.2
c=$(e2e_screen | grep -o '[0-9]* of 300 s' | head -n 1)
[ -n "$c" ] && [ "$c" != "0 of 300 s" ] && ok "time runs again after resuming ($c)" || not_ok "not running: '$c'"
e2e_keys n
check "n skips to the next step" e2e_wait "step 2 of 3"
check "the skipped-to step starts with its count-in" e2e_wait "GET READY"
e2e_keys n
check "and again" e2e_wait "step 3 of 3"
e2e_keys p
check "p at the start of a step goes back a step" e2e_wait "step 2 of 3"
e2e_keys ?
check "? shows the session's keys from the key table" e2e_wait "n  Right  l  skip to the next exercise"
e2e_keys x
check "any key closes the help" e2e_gone "Keys in a session"
e2e_keys +
e2e_keys q
check "q asks first" e2e_wait "Quit this session?"
e2e_keys n
check "n goes on" e2e_gone "Quit this session?"
e2e_keys q y
e2e_finish
[ "$E2E_STATUS" = 0 ] && ok "quit exits 0" || not_ok "quit exit status $E2E_STATUS"
sessions | grep -q "Long test routine, .*partial" && ok "a quit session is kept as partial" || { not_ok "no partial session"; diag "$(sessions)"; }

# 5. SIGTERM restores the terminal and keeps the partial session.
n_before=$("$LIMBER" --data "$D" export | grep -c '^session,')
e2e_start 80 24 "stty -g >'$TMP/stty-before'; $RUN e2e-long --no-rating; echo \$? >'$TMP/run-status'; stty -g >'$TMP/stty-after'"
check "running before the signal" e2e_wait "HOLD" 10
pid=$(pgrep -n -f "limber --data $D --routines")
[ -n "$pid" ] && kill -TERM "$pid"
e2e_finish
[ "$(cat "$TMP/run-status" 2>/dev/null)" = 143 ] && ok "SIGTERM ends with status 143" || not_ok "status $(cat "$TMP/run-status" 2>/dev/null)"
cmp -s "$TMP/stty-before" "$TMP/stty-after" && ok "stty settings are the same before and after" || { not_ok "terminal not restored"; diag "$(cat "$TMP/stty-before")" "$(cat "$TMP/stty-after")"; }
n_after=$("$LIMBER" --data "$D" export | grep -c '^session,')
[ "$n_after" -eq $((n_before + 1)) ] && ok "the interrupted session was recorded" || not_ok "sessions $n_before -> $n_after"

# 6. Resize below the minimum and back; the timer runs on meanwhile.
e2e_start 80 24 "$RUN e2e-long --no-rating"
check "full screen at 80x24" e2e_wait "space pause · n skip" 10
e2e_wait "HOLD" 10 >/dev/null
e2e_resize 30 8
check "30x8 says the window is too small" e2e_wait "window too small"
sleep 1.5
e2e_resize 80 24
check "the full screen returns" e2e_wait "space pause · n skip"
t=$(e2e_screen | grep -o '[0-9]* of 300 s' | head -n 1)
[ -n "$t" ] && [ "${t%% *}" -ge 1 ] && ok "the timer ran on while too small ($t)" || not_ok "timer: '$t'"
e2e_keys q y
e2e_finish

# 7. 40x12: big digits, and title, phase, seconds and side all stay.
e2e_start 40 12 "$RUN e2e-short --no-rating --speed 2"
check "40x12 shows the phase in words" e2e_wait "GET READY"
check "40x12 shows the exercise" e2e_wait "Test hold"
check "40x12 shows the rep" e2e_wait "rep 1 of 2"
e2e_keys q y
e2e_finish

# 8. The picker: typing filters, Enter starts; vt100 (no colour) works.
E2E_TERM=vt100 e2e_start 80 24 "$RUN --no-rating --speed 10"
check "run without a routine opens the picker" e2e_wait "Choose a routine"
e2e_keys L o n g
check "typing filters the list" e2e_gone "Short test routine"
e2e_keys Enter
check "Enter starts the chosen routine (under vt100)" e2e_wait "Long test routine"
e2e_keys q y
e2e_finish

# 9. The other terminal types the player must work with.
for term in screen-256color linux xterm-256color; do
	E2E_TERM=$term e2e_start 80 24 "$RUN e2e-short --no-rating --speed 2"
	check "TERM=$term shows the count-in" e2e_wait "GET READY"
	e2e_keys q y
	e2e_finish
	[ "$E2E_STATUS" = 0 ] && ok "TERM=$term quits cleanly" || not_ok "TERM=$term exit $E2E_STATUS"
done

# 10. Colour is an extra: there by default, gone with NO_COLOR, the words stay.
colours() { e2e_screen_escapes | grep -cE '\[([0-9;]*;)?(3[0-7]|38;5;[0-9]+)(;[0-9]+)*m' || true; }
e2e_start 80 24 "$RUN e2e-short --no-rating --speed 2"
e2e_wait "GET READY" >/dev/null
[ "$(colours)" -gt 0 ] && ok "colours by default" || not_ok "no colour by default"
e2e_keys q y
e2e_finish
e2e_start 80 24 "NO_COLOR=1 $RUN e2e-short --no-rating --speed 2"
check "NO_COLOR still shows the phase in words" e2e_wait "GET READY"
[ "$(colours)" -eq 0 ] && ok "NO_COLOR: no colour at all" || { not_ok "colours under NO_COLOR"; diag "$(e2e_screen_escapes | head -5 | cat -v)"; }
e2e_keys q y
e2e_finish

# 11. The rest between exercises shows the next one's starting position.
e2e_start 80 24 "$RUN e2e-rest --no-rating --speed 3"
check "the rest between exercises shows what is next" e2e_wait "next: Test hold" 10
check "with its starting position" e2e_wait "Lie on your back."
check "and its dosage" e2e_wait "4 s × 2"
e2e_keys q y
e2e_finish

# 12. The voice with no sound card (forced, whatever this machine has): the
# session runs to its end and is recorded, one calm line says the voice is
# off, and nothing ALSA or espeak-ng writes reaches the screen.
echo "voice = on" >"$TMP/voice.conf"
echo 'pcm.!default { type hw card 99 }' >"$TMP/nocard.alsa"
echo 'pcm.!default { type null }' >"$TMP/null.alsa"
NOCARD="PULSE_SERVER=unix:/nonexistent ALSA_CONFIG_PATH=/usr/share/alsa/alsa.conf:$TMP/nocard.alsa"
NULLCARD="PULSE_SERVER=unix:/nonexistent ALSA_CONFIG_PATH=/usr/share/alsa/alsa.conf:$TMP/null.alsa"
RUNV="$LIMBER --data '$D' --routines '$R' run --voice"
n_before=$("$LIMBER" --data "$D" export | grep -c '^session,')
rm -f "$D/limber.log"
e2e_start 80 24 "$NOCARD $RUNV e2e-short --no-rating --speed 50 2>'$TMP/voice-stderr'"
check "voice without a sound card: one calm line" e2e_wait "Voice off: no sound card found."
check "the session still reaches its end" e2e_wait "The session is over" 20
e2e_screen | grep -q "ALSA" && { not_ok "ALSA text on the screen"; diag "$(e2e_screen)"; } || ok "no ALSA text on the screen"
e2e_keys Enter
e2e_finish
[ "$E2E_STATUS" = 0 ] && ok "voice without a card: exit 0" || not_ok "exit status $E2E_STATUS"
n_after=$("$LIMBER" --data "$D" export | grep -c '^session,')
[ "$n_after" -eq $((n_before + 1)) ] && ok "the session was recorded" || not_ok "sessions $n_before -> $n_after"
[ ! -s "$TMP/voice-stderr" ] && ok "nothing left on standard error" || { not_ok "stderr"; diag "$(cat "$TMP/voice-stderr")"; }
grep -q "no sound card" "$D/limber.log" 2>/dev/null && ok "why is in the log in the data directory" || { not_ok "log"; diag "$(cat "$D/limber.log" 2>&1)"; }
[ "$(stat -c %a "$D/limber.log" 2>/dev/null)" = 600 ] && ok "the log is private (0600)" || not_ok "log mode $(stat -c %a "$D/limber.log" 2>&1)"

# 13. A silent sound card: the voice stays on; v turns it off and on again.
e2e_start 80 24 "$NULLCARD $RUNV e2e-long --no-rating"
check "with a (silent) card the session plays" e2e_wait "HOLD" 10
e2e_screen | grep -q "Voice off" && not_ok "the voice went off" || ok "the voice stays on"
e2e_keys v
check "v turns the voice off" e2e_wait "Voice off."
e2e_keys v
check "v turns it on again" e2e_wait "Voice on."
e2e_keys ?
check "the help lists v" e2e_wait "voice on or off"
e2e_keys x q y
e2e_finish
[ "$E2E_STATUS" = 0 ] && ok "voice on: quits cleanly" || not_ok "exit status $E2E_STATUS"

# 14. v with no sound card says so once, and the session goes on with the bell.
e2e_start 80 24 "$NOCARD $RUN e2e-long --no-rating"
check "no voice unless asked" e2e_wait "HOLD" 10
e2e_keys v
check "v without a card: the calm line" e2e_wait "Voice off: no sound card found."
check "the line goes after a few seconds" e2e_gone "Voice off" 10
e2e_keys q y
e2e_finish

# 15. The countdown grows with the window: taller at 132x43 than at 80x24.
big_rows() { e2e_screen | grep -v '▕' | grep -c '[█▀▄]' || true; }
e2e_start 80 24 "$RUN e2e-long --no-rating"
e2e_wait "HOLD" 10 >/dev/null
small=$(big_rows)
e2e_resize 132 43
sleep 1.5
large=$(big_rows)
[ "$small" -ge 12 ] && ok "the countdown is half the rows at 80x24 ($small)" || { not_ok "80x24: $small rows"; diag "$(e2e_screen)"; }
[ "$large" -ge 22 ] && [ "$large" -gt "$small" ] && ok "and taller at 132x43 ($large rows)" || { not_ok "132x43: $large rows"; diag "$(e2e_screen)"; }
e2e_keys q y
e2e_finish

# 16. Ctrl-Z pauses and gives the terminal back; after fg the session is
# paused, repainted, and its clock did not run while stopped. limber runs
# under an interactive shell here, for job control.
secs() { e2e_screen | grep -o '[0-9:]* s left' | head -n 1 | awk -F'[: ]' 'NF == 4 { print $1 * 60 + $2; next } { print $1 }'; }
e2e_start 80 24 "stty -g >'$TMP/stty-shell'; PS1='$ ' sh -i"
e2e_wait '$ ' 5 >/dev/null
e2e_keys "$RUN e2e-long --no-rating" Enter
check "the session runs under a shell" e2e_wait "HOLD" 10
sleep 1
a=$(secs)
e2e_keys C-z
check "Ctrl-Z gives the terminal back to the shell" e2e_wait "Stopped"
e2e_keys "stty -g >'$TMP/stty-stopped'" Enter
sleep 3
e2e_keys fg Enter
check "after fg the session is repainted, paused" e2e_wait "PAUSED"
b=$(secs)
[ -n "$a" ] && [ -n "$b" ] && [ $((a - b)) -le 1 ] && ok "the clock did not run while stopped ($a s, then $b s)" || { not_ok "remaining went from '$a' to '$b'"; diag "$(e2e_screen)"; }
cmp -s "$TMP/stty-shell" "$TMP/stty-stopped" && ok "the terminal was restored while stopped" || not_ok "stty differs while stopped"
e2e_keys Space
check "space resumes after fg" e2e_gone "PAUSED"
e2e_keys q y
check "and the session ends normally, recorded" e2e_wait "recorded in the diary"
e2e_keys exit Enter
e2e_finish

# 17. Esc at the rating before, and q in the first count-in, go back and record nothing.
D2="$TMP/data2"
RUN2="$LIMBER --data '$D2' --routines '$R' run"
e2e_start 80 24 "$RUN2 e2e-short"
check "the rating before shows" e2e_wait "Esc back, no session"
e2e_keys Escape
e2e_finish
[ "$E2E_STATUS" = 0 ] && ok "Esc at the rating: exit 0" || not_ok "exit status $E2E_STATUS"
e2e_start 80 24 "$RUN2 e2e-short --no-rating"
check "the first count-in shows" e2e_wait "GET READY"
e2e_keys q
e2e_finish
[ "$E2E_STATUS" = 0 ] && ok "q in the first count-in: exit 0, no question" || not_ok "exit status $E2E_STATUS"
out=$("$LIMBER" --data "$D2" export | grep -c '^session,' || true)
[ "$out" = 0 ] && ok "limber diary shows no session" || { not_ok "$out sessions recorded"; diag "$("$LIMBER" --data "$D2" diary)"; }
e2e_start 80 24 "$RUN2 --no-rating --speed 2"
check "the picker opens" e2e_wait "Choose a routine"
e2e_keys Enter
check "a routine starts" e2e_wait "GET READY"
e2e_keys Escape
check "Esc in the first count-in goes back to the picker" e2e_wait "Choose a routine"
e2e_keys Escape
e2e_finish

# 18. Recorded the moment it ends, before "press any key"; the ratings after go into that record.
e2e_start 80 24 "$RUN2 e2e-short --speed 50"
e2e_wait "Before you start" >/dev/null
e2e_keys 4 6
check "the session ends" e2e_wait "The session is over" 20
"$LIMBER" --data "$D2" diary | grep -q "Short test routine, .*complete" && ok "in the diary while 'press any key' still shows" || { not_ok "not recorded at the end"; diag "$("$LIMBER" --data "$D2" diary)"; }
e2e_keys Enter
e2e_wait "After the session" >/dev/null
e2e_keys 2 3
e2e_wait "Leg symptoms now:" >/dev/null
e2e_keys s
e2e_finish
out=$("$LIMBER" --data "$D2" export | grep '^session,')
[ "$(printf '%s\n' "$out" | wc -l)" = 1 ] && ok "one record, not two" || { not_ok "records"; diag "$out"; }
"$LIMBER" --data "$D2" diary | grep -q "back 4→2, leg 6→3" && ok "with the ratings after added to it" || { not_ok "ratings after"; diag "$("$LIMBER" --data "$D2" diary)"; }

# 19. A session kept aside while the diary was busy is stored by the next command that opens it.
D3="$TMP/data3"
"$LIMBER" --data "$D2" export --format json >"$TMP/all.json"
"$LIMBER" --data "$TMP/none" export --format json >"$TMP/empty.json"
"$LIMBER" --data "$D3" import "$TMP/empty.json" >/dev/null
cp "$TMP/all.json" "$D3/pending-0123456789abcdef0123456789abcdef.json"
run "$LIMBER" --data "$D3" diary
expect_in ERR "1 session from " "the next open says the pending session was recorded"
expect_in OUT "Short test routine" "and the diary has it"
[ ! -e "$D3/pending-0123456789abcdef0123456789abcdef.json" ] && ok "the pending file is gone" || not_ok "pending file left"

# 20. --no-voice wins over voice = on in limber.conf.
e2e_start 80 24 "$NOCARD $LIMBER --config '$TMP/voice.conf' --data '$D' --routines '$R' run e2e-long --no-rating --no-voice"
check "--no-voice: the session plays" e2e_wait "HOLD" 10
e2e_screen | grep -q "Voice off" && not_ok "--no-voice still tried the voice" || ok "--no-voice does not try the voice"
e2e_keys q y
e2e_finish

# 21. The count-in says the dose in force and why: back a step after symptoms spread down the leg.
"$LIMBER" --data "$D" --routines "$R" log --session e2e-grow --spread >/dev/null
e2e_start 80 24 "$RUN e2e-grow --no-rating"
check "the count-in shows the dose stepped back, and why" \
	e2e_wait "3 s × 2 · back from 3: symptoms spread down the leg after a session" 10
e2e_keys q y
e2e_finish

done_testing
