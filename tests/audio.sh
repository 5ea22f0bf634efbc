#!/bin/sh
# SPDX-License-Identifier: ISC
# audio.sh - limber audio: a session as a sound file, its length and its sound
. "$top_srcdir/tests/lib.sh"

if ! command -v soxi >/dev/null 2>&1 || ! command -v sox >/dev/null 2>&1; then
	echo "1..0 # SKIP sox is not installed (apt-get install sox)"
	exit 0
fi
plan 16
R="--routines $top_srcdir/tests/data/good"

# Seconds the plan takes, from the total that limber show prints ("Total 1 min 15 s").
planned() {
	"$LIMBER" $R show "$1" | sed -n 's/^Total \([0-9]*\) min \([0-9]*\) s.*/\1 \2/p;
		s/^Total \([0-9]*\) s.*/0 \1/p' | awk '{ print $1 * 60 + $2 }'
}

# RMS amplitude of FILE over LEN seconds from AT.
rms() {
	sox "$1" -n trim "$2" "$3" stat 2>&1 | awk '/RMS +amplitude/ { print $3 }'
}

# within FILE SECONDS PERCENT: the file's length is within PERCENT of SECONDS.
within() {
	awk -v got="$(soxi -D "$1")" -v want="$2" -v pct="$3" \
		'BEGIN { d = got - want; if (d < 0) d = -d; exit !(d <= want * pct / 100) }'
}

# "lazy": count-in 5 s, one hold of 30 s, then the end.
run "$LIMBER" $R audio lazy -o "$TMP/lazy.wav" --no-voice
expect_rc 0 "tones only renders"
expect_in OUT "Defaults, 0:35 (tones only)" "it says what it wrote"
# The plan's 35 s, then the closing chord (0.7 s) after the last hold.
if within "$TMP/lazy.wav" 35.7 0.3; then ok "the length is the plan's 35 s and the closing chord"; else
	not_ok "length $(soxi -D "$TMP/lazy.wav") s, planned 35 + 0.7"; fi
loud() { awk -v v="$(rms "$1" "$2" "$3")" 'BEGIN { exit !(v > 0.05) }'; }
quiet() { awk -v v="$(rms "$1" "$2" "$3")" 'BEGIN { exit !(v < 0.001) }'; }
if loud "$TMP/lazy.wav" 0 0.1 && loud "$TMP/lazy.wav" 5.0 0.1; then
	ok "a tone as the count-in and the hold begin"; else not_ok "no tone at 0 s or 5 s"; fi
if loud "$TMP/lazy.wav" 32.0 0.05 && loud "$TMP/lazy.wav" 33.0 0.05 && loud "$TMP/lazy.wav" 34.0 0.05
then ok "ticks in the last three seconds"; else not_ok "no ticks at 32-34 s"; fi
if quiet "$TMP/lazy.wav" 10 10; then ok "silence in the middle of the hold"; else
	not_ok "sound in the middle of the hold: $(rms "$TMP/lazy.wav" 10 10)"; fi
if [ "$(soxi -r "$TMP/lazy.wav")" = 22050 ] && [ "$(soxi -c "$TMP/lazy.wav")" = 1 ]; then
	ok "22,050 Hz mono"; else not_ok "format $(soxi "$TMP/lazy.wav")"; fi

# With the voice: words where the frame is said.
run "$LIMBER" $R audio morning -o "$TMP/morning.flac"
expect_rc 0 "a routine with sides, reps and rests renders with words"
total=$(planned morning)
if within "$TMP/morning.flac" "$total" 1; then ok "FLAC length within 1% of show's $total s"; else
	not_ok "length $(soxi -D "$TMP/morning.flac") s, planned $total"; fi
if loud "$TMP/morning.flac" 0.3 0.4; then ok "the title is said as the count-in begins"; else
	not_ok "no words at 0.3 s"; fi

# Standard output is a whole WAV; Ogg Vorbis by its name.
"$LIMBER" $R audio lazy -o - --no-voice --speed 5 >"$TMP/out.wav" 2>"$TMP/err"
if within "$TMP/out.wav" 7.7 0.3; then ok "-o - writes a WAV of the plan at --speed 5"; else
	not_ok "stdout WAV: $(soxi -D "$TMP/out.wav" 2>&1)"; fi
run "$LIMBER" $R audio lazy -o "$TMP/x.ogg" --no-voice
if [ "$RC" = 0 ] && [ "$(soxi -t "$TMP/x.ogg")" = vorbis ]; then ok "Ogg Vorbis by the name"; else
	not_ok "ogg: rc $RC $(soxi -t "$TMP/x.ogg" 2>&1)"; fi

run "$LIMBER" $R audio lazy -o "$TMP/x.mp3"
expect_rc 2 "an unknown format is a usage error"
expect_in ERR "name the file .wav, .flac or .ogg" "it names the formats"
run "$LIMBER" $R audio lazy -o "$TMP/x.wav" --speed 2,5
expect_rc 2 "a comma is not a decimal point"

# Every shipped routine: the length matches limber show within 1%.
bad=""
for f in "$top_srcdir"/routines/*.conf; do
	id=$(basename "$f" .conf)
	[ "$id" = exercises ] && continue
	want=$("$LIMBER" show "$id" | sed -n 's/^Total \([0-9]*\) min \([0-9]*\) s.*/\1 \2/p' |
		awk '{ print $1 * 60 + $2 }')
	"$LIMBER" audio "$id" -o "$TMP/r.wav" >/dev/null 2>&1 && within "$TMP/r.wav" "$want" 1 ||
		bad="$bad $id"
done
if [ -z "$bad" ]; then ok "every shipped routine's file is as long as its plan"; else
	not_ok "lengths differ:$bad"; fi
done_testing
