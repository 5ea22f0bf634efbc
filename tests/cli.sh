#!/bin/sh
# SPDX-License-Identifier: ISC
# cli.sh - the command-line contract: commands, output, exit codes, errors.
. "$top_srcdir/tests/lib.sh"
plan 58
R="$top_srcdir/routines"
D="$top_srcdir/tests/data"

run "$LIMBER" --version
expect_rc 0 "--version"
expect_in OUT "limber 0.1.0" "--version names the version"

run "$LIMBER" --help
expect_rc 0 "--help"
expect_in OUT "Usage: limber" "--help shows usage"
expect_in OUT "check FILE..." "--help lists check"

run "$LIMBER" --frobnicate
expect_rc 2 "unknown global option"
expect_in ERR "unknown option '--frobnicate'" "unknown option is named"

run "$LIMBER" rotuines
expect_rc 2 "unknown command"
expect_in ERR "did you mean 'routines'?" "unknown command gets a suggestion"

run "$LIMBER" routines
expect_rc 0 "routines lists the shipped routines"
expect_in OUT "sciatica-morning" "routines shows sciatica-morning"
expect_in OUT "Morning sciatica relief" "routines shows titles"
n=$(printf '%s\n' "$OUT" | tail -n +2 | wc -l)
[ "$n" -ge 8 ] && ok "at least 8 routines ($n)" || not_ok "only $n routines"
w=$(printf '%s\n' "$OUT" | wc -L)
[ "$w" -le 80 ] && ok "routines fits 80 columns ($w)" || not_ok "routines is $w wide"

run "$LIMBER" routines --area neck
expect_rc 0 "routines --area"
expect_in OUT "desk-break" "neck routines include desk-break"
expect_not_in OUT "glute-piriformis" "--area filters others out"

run "$LIMBER" routines --area glute
expect_rc 2 "routines --area with an unknown area"
expect_in ERR "--area: unknown area 'glute' (did you mean 'glutes'?)" "the area error names the flag"

run "$LIMBER" show sciatica-morning
expect_rc 0 "show"
expect_in OUT "Total 8 min 37 s" "show prints the total time"
expect_in OUT "Standing back extension" "show prints exercise titles"
expect_in OUT "5 minutes" "a timed walk reads in minutes"
expect_in OUT "! " "show prints cautions"

run "$LIMBER" show no-such-routine
expect_rc 2 "show of an unknown routine"
expect_in ERR "no routine 'no-such-routine'" "the unknown routine is named"

run "$LIMBER" check "$R"/*.conf
expect_rc 0 "every shipped routine file passes check"

run "$LIMBER" check "$D/bad/range.conf" "$D/good/basic.conf"
expect_rc 2 "check with one bad file"
expect_in ERR "range.conf:4: hold must be 1..600 seconds, got 0" "check prints FILE:LINE: message"
expect_in OUT "basic.conf: ok (4 exercises, 2 routines)" "the good file is still reported ok"

run "$LIMBER" check "$D/bad/binary.conf" "$D/bad/utf8.conf" "$D/bad/long-line.conf" "$D/bad/empty.conf"
expect_rc 2 "check of binary, bad UTF-8, long lines, empty"

# A user's own routine may use shipped exercises; a user file overrides a shipped one.
mkdir -p "$XDG_CONFIG_HOME/limber/routines"
cat >"$XDG_CONFIG_HOME/limber/routines/mine.conf" <<'CONF'
routine "sciatica-morning" {
    title = "My own morning"
    step "figure-four" { hold = 20 reps = 1 }
}
CONF
run "$LIMBER" routines
expect_in OUT "My own morning" "a user routine overrides a shipped one by id"
run "$LIMBER" check "$XDG_CONFIG_HOME/limber/routines/mine.conf"
expect_rc 0 "check resolves steps against the shipped exercises"

# A broken user file is skipped with a one-line warning; the rest still loads.
printf 'exercise "x" {\n  title = "X"\n  area = {core}\n  hold = 0\n}\n' >"$XDG_CONFIG_HOME/limber/routines/broken.conf"
run "$LIMBER" routines
expect_rc 0 "routines with a broken user file"
expect_in ERR "skipped $XDG_CONFIG_HOME/limber/routines/broken.conf:4: hold must be 1..600 seconds, got 0" "the broken file is named"
expect_in OUT "quick-five" "the good routines still load"
rm -f "$XDG_CONFIG_HOME/limber/routines/"*.conf

run "$LIMBER" --routines /nonexistent/dir routines
expect_rc 2 "a missing --routines directory"

run "$LIMBER" --config "$D/config/bad.conf" routines
expect_rc 2 "a bad limber.conf"
expect_in ERR "bad.conf:1: sound must be bell, flash or none, got 'loud'" "config errors carry FILE:LINE"

# The option parser: every command's help comes from its table and fits 80 columns.
cmds=$("$LIMBER" --help | awk '/^Commands:/ {f=1; next} /^$/ {f=0} f && /^  [a-z]/ {print $1}')
bad=""
for cmd in $cmds; do
	run "$LIMBER" "$cmd" --help
	[ "$RC" -eq 0 ] || bad="$bad $cmd(exit $RC)"
	printf '%s\n' "$OUT" | head -1 | grep -q "^Usage: limber $cmd" || bad="$bad $cmd(usage)"
	printf '%s\n' "$OUT" | grep -q "^Options for every command:" || bad="$bad $cmd(globals)"
	[ "$(printf '%s\n' "$OUT" | wc -L)" -le 80 ] || bad="$bad $cmd(wide)"
	run "$LIMBER" "$cmd" -h
	[ "$RC" -eq 0 ] || bad="$bad $cmd(-h)"
done
[ -n "$cmds" ] && [ -z "$bad" ] && ok "every command's --help works" || not_ok "--help:$bad"

# Every option a command's help names is documented in limber(1).
missing=""
for cmd in $cmds; do
	for opt in $("$LIMBER" "$cmd" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
		grep -q -- "$(printf '%s' "$opt" | sed 's/-/\\\\-/g')" "$top_builddir/man/limber.1" ||
			missing="$missing $cmd:$opt"
	done
done
[ -z "$missing" ] && ok "limber(1) documents every option" || not_ok "limber(1) lacks:$missing"

run "$LIMBER" routines --bogus
expect_rc 2 "an unknown option of a command"
expect_in ERR "unknown option '--bogus'" "the unknown long option is named"
expect_in ERR "Try 'limber routines --help'" "the hint names the command"
run "$LIMBER" delete -z 3
expect_in ERR "unknown option '-z'" "the unknown short option is named"
run "$LIMBER" trends --weeks
expect_rc 2 "an option without its value"
expect_in ERR "option '--weeks' needs a value" "the missing value is named"
run "$LIMBER" export -o
expect_in ERR "option '-o' needs a value" "a short option's missing value is named"
run "$LIMBER" run --no-rating=1
expect_rc 2 "a value given to a flag"
expect_in ERR "option '--no-rating' takes no value" "the flag is named"
run "$LIMBER" trends extra
expect_rc 2 "an unexpected argument"
expect_in ERR "unexpected argument 'extra'" "the argument is named"
run "$LIMBER" trends --weeks 0
expect_in ERR "--weeks: must be 1..520, got 0" "a number out of range is named"
run "$LIMBER" export --format xml
expect_in ERR "--format: must be csv or json, got 'xml'" "the choices are listed"
run "$LIMBER" show -- --area
expect_rc 2 "-- ends the options"
expect_in ERR "no routine '--area'" "after --, --area is an operand"
run "$LIMBER" routines --config "$D/config/bad.conf"
expect_rc 2 "global options work after the command too"
run "$LIMBER" routines -a neck
expect_in OUT "desk-break" "a short option with a value"

done_testing
