#!/bin/sh
# SPDX-License-Identifier: ISC
# mat.sh - the player as seen from the floor: a countdown that fills any
# window from 30x10 up, movements counted, +/- for the whole exercise, an
# honest end screen, the ratings side by side, the voice offered once, and
# "window too small" that lets nothing act unseen.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/lib.sh"
plan 37

D="$TMP/data"
R="$TMP/routines"
mkdir -p "$R" "$D"
chmod 700 "$D"
: >"$D/notice-seen"
cat >"$R/mat.conf" <<'CONF'
exercise "m-move" {
    title = "Cat-cow test"
    area = {core}
    cue = {"Round your back up toward the ceiling and let your head hang loose now.", "Then sag."}
    hold = 5
    reps = 8
    rest = 0
    kind = move
}
exercise "m-sides" {
    title = "Sides test"
    area = {hips}
    cue = {"Set up: cross one ankle over the other knee.", "Second cue.", "Third cue.", "Fourth cue."}
    hold = 12
    reps = 1
    sides = both
}
exercise "m-hold" {
    title = "Hold test"
    area = {core}
    cue = {"Breathe out."}
    hold = 8
    reps = 2
    rest = 2
}
routine "m-four" {
    title = "Four steps"
    rest = 0
    step "m-hold" { reps = 1 hold = 2 }
    step "m-hold" { reps = 1 hold = 2 }
    step "m-hold" { reps = 1 hold = 2 }
    step "m-hold" { reps = 1 hold = 2 }
}
routine "m-move" {
    title = "Move test"
    step "m-move" {}
}
routine "m-sides" {
    title = "Sides test routine"
    step "m-sides" {}
}
routine "m-hold" {
    title = "Hold test routine"
    step "m-hold" {}
}
CONF
RUN="$LIMBER --data '$D' --routines '$R' run"
# Rows of the screen drawn in blocks: the big digits (and big words beside them).
big_rows() { e2e_screen | grep -v '▕' | grep -c '[█▀▄]' || true; }

# 1. The countdown at every size from 30x10: at least half the rows in blocks.
for size in "30 10" "40 12" "50 16" "56 19" "80 19"; do
	set -- $size
	e2e_start "$1" "$2" "$RUN m-hold --no-rating --no-voice"
	e2e_wait "GET READY" 10 >/dev/null
	n=$(big_rows)
	[ "$n" -ge $(($2 / 2)) ] && ok "$1x$2: the countdown takes $n of $2 rows" || { not_ok "$1x$2: $n rows of digits"; diag "$(e2e_screen)"; }
	e2e_keys q
	e2e_finish
done

# 2. Taller at 100x30 than at 80x24.
e2e_start 80 24 "$RUN m-hold --no-rating --no-voice"
e2e_wait "GET READY" 10 >/dev/null
small=$(big_rows)
e2e_resize 100 30
sleep 0.5
large=$(big_rows)
[ "$small" -ge 12 ] && ok "80x24: the countdown takes $small rows" || { not_ok "80x24: $small rows"; diag "$(e2e_screen)"; }
[ "$large" -gt "$small" ] && ok "100x30: taller ($large rows)" || { not_ok "100x30: $large rows, 80x24: $small"; diag "$(e2e_screen)"; }
e2e_keys q
e2e_finish

# 3. A movement says MOVE and counts its reps; its long cue wraps whole at 30x10.
e2e_start 30 10 "$RUN m-move --no-rating --no-voice --speed 2"
check "a movement says MOVE" e2e_wait "MOVE" 10
check "the cue wraps to its last word" e2e_wait "now." 10
e2e_screen | grep -q "…" && { not_ok "the cue is cut"; diag "$(e2e_screen)"; } || ok "nothing is cut"
check "its reps are counted" e2e_wait "rep 2 of 8" 10
e2e_screen | grep -q "HOLD" && not_ok "a movement said HOLD" || ok "never HOLD for a movement"
e2e_keys q y
e2e_finish

# 4. After the switch of sides, the set-up cue again.
e2e_start 80 24 "$RUN m-sides --no-rating --no-voice --speed 2"
check "the switch comes" e2e_wait "SWITCH SIDES" 15
scr=$(e2e_screen)
printf '%s' "$scr" | grep -q "Set up: cross one ankle" && ok "the switch shows the set-up cue" || { not_ok "no set-up cue at the switch"; diag "$scr"; }
printf '%s' "$scr" | grep -q "Second cue\|Third cue\|Fourth cue" && { not_ok "the other side's cue stays"; diag "$scr"; } || ok "not the other side's cue"
e2e_keys q y
e2e_finish

# 5. + lengthens every hold of the exercise, and the time left says so at once.
left_s() { e2e_screen | head -n 1 | grep -o '[0-9]*:[0-9]* left' | awk -F'[: ]' '{ print $1 * 60 + $2 }'; }
e2e_start 80 24 "$RUN m-hold --no-rating --no-voice --speed 2"
e2e_wait "HOLD" 10 >/dev/null
a=$(left_s)
e2e_keys +
check "+ says what the hold is now" e2e_wait "Hold 13 s for the rest of this exercise"
b=$(left_s)
[ -n "$a" ] && [ -n "$b" ] && [ $((b - a)) -ge 7 ] && ok "the time left grew at once ($a s, then $b s)" || { not_ok "time left: '$a' then '$b'"; diag "$(e2e_screen)"; }
check "the next rep comes" e2e_wait "rep 2 of 2" 15
e2e_wait "HOLD" 5 >/dev/null
e2e_screen | grep -q "of 13 s" && ok "and is held longer too" || { not_ok "rep 2 not longer"; diag "$(e2e_screen)"; }
e2e_keys q y
e2e_finish

# 6. A skipped step: the end says how much was done, not "Well done"; the
# rating after shows the one before beside it.
e2e_start 80 24 "$RUN m-four --speed 10"
e2e_wait "Before you start" >/dev/null
e2e_keys 4 6
e2e_wait "step 1 of 4" >/dev/null
e2e_keys n
check "the end says 3 of 4 steps, partial" e2e_wait "3 of 4 steps — partial" 20
e2e_screen | grep -q "Well done" && { not_ok "Well done after a skip"; diag "$(e2e_screen)"; } || ok "no Well done after a skip"
e2e_screen | grep -q "DONE" && not_ok "DONE after a skip" || ok "no DONE after a skip"
e2e_keys Enter
check "the rating after" e2e_wait "After the session"
check "shows back pain before beside it" e2e_wait "before: 4"
check "and leg pain before" e2e_wait "before: 6"
e2e_keys 3 5
e2e_finish

# 7. First run: the voice is offered; the answer is remembered.
echo 'pcm.!default { type null }' >"$TMP/null.alsa"
NULLCARD="PULSE_SERVER=unix:/nonexistent ALSA_CONFIG_PATH=/usr/share/alsa/alsa.conf:$TMP/null.alsa"
e2e_start 80 24 "$NULLCARD $RUN m-hold --no-rating"
check "the first count-in offers the voice" e2e_wait "Press v to hear the cues spoken"
e2e_keys v
check "v turns it on" e2e_wait "Voice on."
e2e_keys q
e2e_finish
[ "$(cat "$D/voice-offered" 2>/dev/null)" = on ] && ok "the answer is kept" || not_ok "voice-offered: $(cat "$D/voice-offered" 2>&1)"
e2e_start 80 24 "$NULLCARD $RUN m-hold --no-rating"
e2e_wait "GET READY" >/dev/null
e2e_screen | grep -q "Press v to hear" && not_ok "offered again" || ok "not offered twice"
e2e_keys v
check "and the voice is on from the start (v turns it off)" e2e_wait "Voice off."
e2e_keys q
e2e_finish

# 8. Under a screen's minimum: "window too small", and no key acts but q and Ctrl-L.
e2e_start 40 12 "$LIMBER --data '$D' --routines '$R'"
check "home at 40x12: window too small" e2e_wait "window too small"
e2e_keys t Enter d
e2e_keys C-l
e2e_resize 80 24
check "the home screen is back" e2e_wait "s session"
e2e_screen | grep -q "Trends\|Diary\|Choose a routine" && { not_ok "a key acted on the hidden screen"; diag "$(e2e_screen)"; } || ok "t, Enter and d did nothing while hidden"
e2e_resize 40 12
e2e_wait "window too small" >/dev/null
e2e_keys q
e2e_finish
[ "$E2E_STATUS" = 0 ] && ok "q leaves from a window too small" || not_ok "exit $E2E_STATUS"

e2e_start 80 24 "$RUN m-hold --no-rating --no-voice"
e2e_wait "HOLD" 10 >/dev/null
e2e_resize 29 9
e2e_wait "window too small" >/dev/null
e2e_keys Space n
e2e_resize 80 24
e2e_wait "HOLD" >/dev/null
scr=$(e2e_screen)
printf '%s' "$scr" | grep -q "PAUSED" && { not_ok "space paused a hidden player"; diag "$scr"; } || ok "space did nothing while hidden"
e2e_resize 29 9
e2e_wait "window too small" >/dev/null
n0=$("$LIMBER" --data "$D" export | grep -c '^session,' || true)
e2e_keys q
e2e_finish 5
[ "$E2E_STATUS" = 0 ] && ok "q ends a hidden session" || not_ok "exit $E2E_STATUS"
n1=$("$LIMBER" --data "$D" export | grep -c '^session,' || true)
[ "$n1" -eq $((n0 + 1)) ] && ok "and keeps it as partial" || not_ok "sessions $n0 -> $n1"

done_testing
