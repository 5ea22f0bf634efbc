#!/bin/sh
# SPDX-License-Identifier: ISC
# figure.sh - how long an exercise figure takes to become terminal cells: the
# SVG read by librsvg, cropped, drawn into pixels and turned into cells by
# chafa, as the player does when the step or the window size changes (it
# keeps the cells otherwise). Target (issue 21): under 20 ms at 132x43.
# Usage: bench/figure.sh [BUILDDIR]   (default: build; needs a build with figures)
set -eu
cd "$(dirname "$0")/.."
build=${1:-build}
make -s -C "$build" bench/figure-bench >/dev/null
# Every shipped figure, 20 rounds, in the boxes the player has for it at
# 132x43: a column beside the countdown (38 rows by 51 columns; a standing
# figure takes 19 by 50 of it) and across the window under the words (20 by
# 128; a figure lying down takes 16 to 20 rows by 106 to 123 columns).
"$build/bench/figure-bench" 38 51 20 routines/figures/*.svg
"$build/bench/figure-bench" 20 128 20 routines/figures/*.svg
# And at 100x30: a column of 25 by 33, across 9 by 96.
"$build/bench/figure-bench" 25 33 20 routines/figures/*.svg
"$build/bench/figure-bench" 9 96 20 routines/figures/*.svg
