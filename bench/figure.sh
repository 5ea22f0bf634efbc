#!/bin/sh
# SPDX-License-Identifier: ISC
# figure.sh - how long an exercise figure takes to become terminal cells: the
# SVG read by librsvg, cropped, drawn into pixels and turned into cells by
# chafa, as the player does when the step or the window size changes (it
# keeps the cells otherwise). Target (issue 21): under 20 ms at 132x43, where
# the player's figure column is 20 rows by 50 columns.
# Usage: bench/figure.sh [BUILDDIR]   (default: build; needs a build with figures)
set -eu
cd "$(dirname "$0")/.."
build=${1:-build}
make -s -C "$build" bench/figure-bench >/dev/null
# Every shipped figure, 20 rounds, at the player's box at 132x43.
"$build/bench/figure-bench" 20 50 20 routines/figures/*.svg
# And at 80x24, beside the countdown (7 rows by 32 columns).
"$build/bench/figure-bench" 7 32 20 routines/figures/*.svg
