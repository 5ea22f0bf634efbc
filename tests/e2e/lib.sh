# SPDX-License-Identifier: ISC
# e2e/lib.sh - drive the real binary in a pseudo-terminal (tmux) and read its screen.
# Sourced after tests/lib.sh. The pattern follows shared/design/toolchain.md:
# a private tmux server per test, the exit status through a file, exit seen with wait-for.
TMUX_BIN=${TMUX_BIN:-tmux}
# Without tmux these tests skip, saying why. Under automake's TAP driver a
# skip is the plan "1..0 # SKIP reason" with exit 0 (there, exit 77 would
# count as an error, not as automake's SKIP).
if ! command -v "$TMUX_BIN" >/dev/null 2>&1; then
	echo "1..0 # SKIP tmux not found ('$TMUX_BIN'): install the Debian package tmux"
	exit 0
fi
E2E_SOCK=""
# At the end, no limber of this test may outlive it: one whose terminal went away
# while a sanitizer's exit check ran has been seen spinning for an hour. Each was
# started with --data or --routines under $TMP, so its command line names $TMP.
# A test that needs its own EXIT trap keeps this pkill in it (pending.sh).
trap 'e2e_stop; pkill -KILL -f -- "$TMP/" 2>/dev/null; rm -rf "$TMP"' EXIT

# e2e_start W H CMD: runs CMD (a shell command line) in a fresh W x H terminal.
e2e_start() {
	e2e_stop
	E2E_SOCK="limber-e2e-$$-$(date +%s%N)"
	rm -f "$TMP/e2e-status"
	"$TMUX_BIN" -L "$E2E_SOCK" -f /dev/null new-session -d -s t -x "$1" -y "$2" \
		-e LANG=C.UTF-8 -e LC_ALL=C.UTF-8 -e HOME="$HOME" -e XDG_CONFIG_HOME="$XDG_CONFIG_HOME" \
		-e XDG_DATA_HOME="$XDG_DATA_HOME" -e TERM="${E2E_TERM:-xterm-256color}" \
		"$3; echo \$? >'$TMP/e2e-status'; $TMUX_BIN -L '$E2E_SOCK' wait-for -S done; sleep 60"
}

e2e_screen() {
	"$TMUX_BIN" -L "$E2E_SOCK" capture-pane -p -t t
}

# The screen with its colours and attributes as escape sequences.
e2e_screen_escapes() {
	"$TMUX_BIN" -L "$E2E_SOCK" capture-pane -p -e -t t
}

# e2e_wait TEXT [SECONDS]: polls the screen until the fixed string TEXT shows.
e2e_wait() {
	_deadline=$(($(date +%s) + ${2:-10}))
	while [ "$(date +%s)" -le "$_deadline" ]; do
		e2e_screen | grep -qF -- "$1" && return 0
		sleep 0.1
	done
	diag "timed out waiting for: $1" "--- screen ---"
	diag "$(e2e_screen)"
	return 1
}

# e2e_gone TEXT [SECONDS]: waits until TEXT is no longer on the screen.
e2e_gone() {
	_deadline=$(($(date +%s) + ${2:-10}))
	while [ "$(date +%s)" -le "$_deadline" ]; do
		e2e_screen | grep -qF -- "$1" || return 0
		sleep 0.1
	done
	return 1
}

e2e_keys() {
	"$TMUX_BIN" -L "$E2E_SOCK" send-keys -t t "$@"
}

e2e_resize() {
	"$TMUX_BIN" -L "$E2E_SOCK" resize-window -t t -x "$1" -y "$2"
}

# e2e_finish [SECONDS]: waits for the command to end; its exit status in E2E_STATUS.
e2e_finish() {
	E2E_STATUS=timeout
	if timeout "${1:-10}" "$TMUX_BIN" -L "$E2E_SOCK" wait-for done; then
		E2E_STATUS=$(cat "$TMP/e2e-status" 2>/dev/null || echo missing)
	fi
}

e2e_stop() {
	[ -n "$E2E_SOCK" ] && "$TMUX_BIN" -L "$E2E_SOCK" kill-server 2>/dev/null
	E2E_SOCK=""
}

# check DESC CMD...: ok when the command succeeds.
check() {
	_desc=$1
	shift
	if "$@"; then ok "$_desc"; else not_ok "$_desc"; fi
}

# e2e_has_entry DATA PATTERN: true when an entry row of DATA's export matches
# PATTERN (grep). Entries saved within one second sort by their random uid, so
# "the last row" is not always the newest one: look for the row itself.
e2e_has_entry() {
	"$LIMBER" --data "$1" export | tr -d '\r' | grep '^entry,' | grep -q -- "$2"
}
