#!/bin/sh
# SPDX-License-Identifier: ISC
# figure.sh - exercise figures on the screen: limber show on a terminal and
# piped, the player at 132x43 step by step and mirrored for the left side, a
# user's own SVG, the picker, figures = no.
. "$top_srcdir/tests/lib.sh"
. "$top_srcdir/tests/e2e/lib.sh"
if ! grep -q '^#define HAVE_FIGURES 1' "$top_builddir/config.h"; then
	echo "1..0 # SKIP this limber was built --without-figures"
	exit 0
fi
plan 18

D="$TMP/data"
U="$XDG_CONFIG_HOME/limber/routines"
mkdir -p "$U/figures"
# The user's own figure: a tall post at its left with a foot to the right, so
# which way it faces shows on the screen.
cat >"$U/figures/post.svg" <<'SVG'
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 100" width="120" height="100">
  <rect x="4" y="4" width="24" height="92" fill="#2f3a4a"/>
  <rect x="4" y="76" width="80" height="20" fill="#2f3a4a"/>
</svg>
SVG
cat >"$U/mine.conf" <<'CONF'
exercise "post" {
    title  = "Post stretch"
    area   = {hips}
    figure = "post"
    hold   = 6
    sides  = both
}
routine "figures" {
    title = "Figure test routine"
    step "post" {}
    step "pelvic-tilt" {}
    step "hip-flexor" {}
}
CONF

# Cells of a figure: characters other than ASCII and the text's own symbols,
# each as one X, so columns count as on the screen.
xs() { sed 's/[·×•—…›▏↑↓]/ /g; s/[^ -~]/X/g'; }
# The part of the screen right of column 80: the player's figure column at
# 132x43, when the figure stands (the countdown keeps 80 columns).
right() { sed -E 's/^.{80}//'; }
# The symbols only a figure uses (braille, eighths, quadrants: the big digits
# and letters use full and half blocks), each as one X; the rest blank.
fig_only() { sed 's/[▀▄█░▕▏─·×•—…›↑↓]/ /g; s/[ -~]/ /g; s/[^ ]/X/g'; }
count_x() { tr -cd X | wc -c; }
# The mean column of the X cells (as a whole number), 0 when none.
mean_x() { awk '{ for (i = 1; i <= length($0); i++) if (substr($0, i, 1) == "X") { s += i; n++ } }
	END { print n ? int(s / n) : 0 }'; }
full_screen() { "$TMUX_BIN" -L "$E2E_SOCK" capture-pane -p -S - -t t; }

# 1. limber show on a terminal draws each exercise's figure before its cues.
e2e_start 132 43 "$LIMBER show sciatica-morning"
e2e_finish 10
n=$(full_screen | xs | count_x)
[ "$n" -gt 300 ] && ok "show on a terminal draws figures ($n cells)" || { not_ok "show drew $n figure cells"; diag "$(full_screen)"; }
full_screen | xs | grep -n "X" | head -n 1 >"$TMP/first-x"
first_fig=$(cut -d: -f1 "$TMP/first-x")
first_start=$(full_screen | grep -n "Start:" | head -n 1 | cut -d: -f1)
[ -n "$first_fig" ] && [ "$first_fig" -lt "$first_start" ] && ok "the figure comes before the start and cues" ||
	not_ok "figure at line $first_fig, Start at $first_start"

# 2. Piped, or with --no-figures, it stays text.
run "$LIMBER" show sciatica-morning
n=$(printf '%s\n' "$OUT" | xs | count_x)
[ "$n" -eq 0 ] && ok "piped show has no figure cells" || not_ok "piped show has $n figure cells"
e2e_start 132 43 "$LIMBER show --no-figures sciatica-morning"
e2e_finish 10
n=$(full_screen | xs | count_x)
[ "$n" -eq 0 ] && ok "--no-figures on a terminal: none" || not_ok "--no-figures drew $n cells"

# 3. The player at 132x43: a figure for every step, the user's own SVG among
# them (in the column at the right), mirrored on the left side. Real time with
# a 1 s count-in: paused in each hold of the first step, then stepped through
# with n. How large and where: figsize.sh.
mkdir -p "$XDG_CONFIG_HOME/limber"
printf 'count_in = 1\n' >"$XDG_CONFIG_HOME/limber/limber.conf"
e2e_start 132 43 "$LIMBER --data '$D' run figures --no-rating"
check "the session starts" e2e_wait "HOLD"
e2e_keys Space
check "and pauses in the first hold" e2e_wait "PAUSED"
left=$(e2e_screen | right | xs)
n=$(printf '%s\n' "$left" | count_x)
[ "$n" -gt 100 ] && ok "step 1 (the user's own SVG) has a figure ($n cells)" || { not_ok "step 1: $n cells"; diag "$(e2e_screen)"; }
e2e_keys Space
check "the sides switch" e2e_wait "SWITCH SIDES"
check "the other side's hold" e2e_wait "HOLD" 12
e2e_keys Space
e2e_wait "PAUSED" >/dev/null
right_side=$(e2e_screen | right | xs)
lx=$(printf '%s\n' "$left" | mean_x)
rx=$(printf '%s\n' "$right_side" | mean_x)
# Drawn for the right side, the post stands at the figure's left; the left
# side (first) is its mirror image, the post at the right.
[ "$lx" -gt $((rx + 5)) ] && ok "the left side is the mirror image (mean column $lx, right side $rx)" ||
	{ not_ok "mean columns: left $lx, right $rx"; diag "$left" "---" "$right_side"; }
e2e_keys n
check "step 2" e2e_wait "step 2 of 3"
sleep 0.3
n=$(e2e_screen | fig_only | count_x)
[ "$n" -gt 50 ] && ok "step 2 has its figure ($n cells)" || { not_ok "step 2: $n cells"; diag "$(e2e_screen)"; }
e2e_keys n
check "step 3" e2e_wait "step 3 of 3"
sleep 0.3
n=$(e2e_screen | fig_only | count_x)
[ "$n" -gt 50 ] && ok "step 3 has its figure ($n cells)" || { not_ok "step 3: $n cells"; diag "$(e2e_screen)"; }
e2e_keys q
e2e_stop

# 4. The picker shows the selected routine's first figure under its summary.
e2e_start 132 43 "$LIMBER --data '$D' run --no-rating"
check "the picker opens" e2e_wait "Choose a routine"
n=$(e2e_screen | xs | count_x)
[ "$n" -gt 50 ] && ok "with the first exercise's figure ($n cells)" || { not_ok "picker: $n cells"; diag "$(e2e_screen)"; }
e2e_keys q
e2e_stop

# 5. figures = no in limber.conf: the player shows none (no braille anywhere:
# the big digits and letters are blocks only).
printf 'figures = no\ncount_in = 1\n' >"$XDG_CONFIG_HOME/limber/limber.conf"
braille=$(printf '\342[\240-\243]')
e2e_start 132 43 "$LIMBER --data '$D' run figures --no-rating"
check "with figures = no the session starts" e2e_wait "HOLD"
n=$(e2e_screen | LC_ALL=C grep -c "$braille")
e2e_keys n
e2e_wait "step 2 of 3" >/dev/null
n=$((n + $(e2e_screen | LC_ALL=C grep -c "$braille")))
[ "$n" -eq 0 ] && ok "and draws no figure" || { not_ok "figures = no: $n lines of braille"; diag "$(e2e_screen)"; }
e2e_keys q
e2e_stop
rm "$XDG_CONFIG_HOME/limber/limber.conf"

done_testing
