# SPDX-License-Identifier: ISC
# lib.sh - TAP helpers for limber's shell tests (sourced, not run).
# Each test script: . "$top_srcdir/tests/lib.sh"; plan N; ...checks...; done_testing
set -u
: "${LIMBER:?LIMBER must name the limber binary}"
: "${top_srcdir:?top_srcdir must be set}"

_t=0
_failed=0
TMP=$(mktemp -d "${TMPDIR:-/tmp}/limber-test.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
# A private home: no user config or routines leak into the tests.
export HOME="$TMP/home" XDG_CONFIG_HOME="$TMP/home/.config" XDG_DATA_HOME="$TMP/home/.local/share"
mkdir -p "$HOME"
# English messages, whatever language the caller reads (tests that want another set it).
unset LIMBER_DATA_DIR NO_COLOR LANGUAGE LIMBER_LOCALEDIR
export LC_ALL=C.UTF-8

plan() { echo "1..$1"; }
ok() { _t=$((_t + 1)); echo "ok $_t - $1"; }
not_ok() { _t=$((_t + 1)); _failed=$((_failed + 1)); echo "not ok $_t - $1"; }
diag() { printf '%s\n' "$@" | sed 's/^/# /'; }

# run CMD...: runs limber's command, keeping stdout in $OUT, stderr in $ERR, status in $RC.
run() {
	"$@" >"$TMP/out" 2>"$TMP/err"
	RC=$?
	OUT=$(cat "$TMP/out")
	ERR=$(cat "$TMP/err")
}

# expect_rc N DESC
expect_rc() {
	if [ "$RC" -eq "$1" ]; then ok "$2 (exit $1)"; else
		not_ok "$2: exit $RC, wanted $1"; diag "stdout: $OUT" "stderr: $ERR"; fi
}

# expect_in WHICH TEXT DESC: WHICH is OUT or ERR; TEXT a fixed string.
expect_in() {
	eval "_v=\$$1"
	if printf '%s' "$_v" | grep -qF -- "$2"; then ok "$3"; else
		not_ok "$3: '$2' not in $1"; diag "$_v"; fi
}

expect_not_in() {
	eval "_v=\$$1"
	if printf '%s' "$_v" | grep -qF -- "$2"; then not_ok "$3: '$2' in $1"; diag "$_v"; else
		ok "$3"; fi
}

done_testing() {
	[ "$_failed" -eq 0 ]
}
