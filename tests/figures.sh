# SPDX-License-Identifier: ISC
# figures.sh - exercise figures from the command line: check finds a missing
# one at its line, a routine without its figure still plays, show prints
# figures only to a terminal.
. "$top_srcdir/tests/lib.sh"
plan 7

U="$XDG_CONFIG_HOME/limber/routines"
mkdir -p "$U"
cat >"$U/mine.conf" <<'CONF'
exercise "my-stretch" {
    title  = "My stretch"
    area   = {hips}

    figure = "not-drawn-yet"
}
routine "mine" {
    title = "Mine"
    step "my-stretch" { hold = 5 }
}
CONF
run "$LIMBER" check "$U/mine.conf"
expect_rc 2 "check fails on a missing figure"
expect_in ERR "mine.conf:5: figure \"not-drawn-yet\": no figures/not-drawn-yet.svg" \
	"check names the figure's file and line"

run "$LIMBER" show mine
expect_rc 0 "a routine whose figure is missing still shows"
expect_not_in ERR "skipped" "and is not skipped"

mkdir -p "$U/figures"
cp "$top_srcdir/tests/data/figures/stick.svg" "$U/figures/not-drawn-yet.svg"
run "$LIMBER" check "$U/mine.conf"
expect_rc 0 "check passes once the user draws the figure"

printf 'this is not an SVG\n' >"$U/figures/not-drawn-yet.svg"
run "$LIMBER" check "$U/mine.conf"
if grep -q '^#define HAVE_FIGURES 1' "$top_builddir/config.h"; then
	expect_rc 2 "check fails on a figure that does not draw"
	expect_in ERR "mine.conf:5: figure \"not-drawn-yet\": $U/figures/not-drawn-yet.svg: " \
		"and says which file and why"
else
	expect_rc 0 "built --without-figures, check cannot draw figures: only their files count"
	ok "# SKIP no librsvg in this build"
fi

done_testing
